import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seedIds, type MockBackend } from '../../mocks/index.js';
import type { CheckoutConfigInput } from '../../src/store/checkout-config.js';
import '../../src/elements/plan-picker/plan-picker.js';
import type { CapacityStepper } from '../../src/elements/capacity-stepper/capacity-stepper.component.js';
import type { PlanPicker } from '../../src/elements/plan-picker/plan-picker.component.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { renewalBackend } from '../../src/api/renewal-http.js';
import type { Subscription } from '../../src/api/schemas.js';
import { FULL_RENDER_LIMIT } from '../../src/elements/plan-picker/row-window.js';
import type { PickerViewClass } from '../../src/elements/plan-picker/view-context.js';
import { viewLoaders } from '../../src/elements/plan-picker/view-loaders.js';
import { formatDate } from '../../src/i18n/format.js';
import { checkoutContext } from '../../src/store/checkout-context.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { createLoadedStore, createTestStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';

/** Text with every kind of space (Intl puts narrow and no-break spaces in money) as one plain space. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The focused element of a shadow root, described as a short selector. Tests compare these
 * strings, never elements: a failed comparison of two elements makes the reporter walk every
 * property, store included, and stalls the browser.
 */
function focused(el: Element): string {
  const active = el.shadowRoot!.activeElement;
  if (active === null) return 'nothing';
  const attributes = ['data-plan-id', 'service-id', 'aria-label']
    .filter((name) => active.hasAttribute(name))
    .map((name) => (name === 'aria-label' ? `[aria-label="${active.getAttribute(name)}"]` : `[${name}=${active.getAttribute(name)}]`));
  return `${active.localName}${active.classList.contains('add') ? '.add' : ''}${attributes.join('')}`;
}

describe('<plan-picker>', () => {
  let mock: MockBackend;
  const stores: CheckoutStore[] = [];

  async function loaded(config: CheckoutConfigInput): Promise<CheckoutStore> {
    const created = await createLoadedStore(mock, config);
    stores.push(created);
    return created;
  }

  async function render(store: CheckoutStore, theme: 'light' | 'dark' = 'light'): Promise<PlanPicker> {
    const el = await fixture<PlanPicker>(html`<plan-picker style="width: 900px" theme=${theme} .store=${store}></plan-picker>`);
    await el.updateComplete;
    return el;
  }

  async function mount(config: CheckoutConfigInput): Promise<{ el: PlanPicker; store: CheckoutStore }> {
    const store = await loaded(config);
    return { el: await render(store), store };
  }

  const $ = <E extends Element = HTMLElement>(el: PlanPicker, selector: string) => el.shadowRoot!.querySelector<E>(selector);
  const $$ = <E extends Element = HTMLElement>(el: PlanPicker, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
  const card = (el: PlanPicker, planId: string) => $(el, `[role="radio"][data-plan-id="${planId}"]`)!;
  const row = (el: PlanPicker, id: string) => $(el, `tr[data-id="${id}"]`)!;

  before(async () => {
    mock = await startMockBackend();
  });

  beforeEach(() => {
    mock.reset();
  });

  afterEach(() => {
    for (const created of stores.splice(0)) created.destroy();
  });

  it('is accessible in light and dark in every mode', async () => {
    for (const config of [flows.upgrade, flows.upgradeTrial, flows.expandByCompany, flows.renew]) {
      const store = await loaded(config);
      for (const theme of ['light', 'dark'] as const) {
        const el = await render(store, theme);
        await expect(el, `${config.flow} ${theme}`).to.be.accessible();
      }
    }
  });

  describe('upgrade (contact center)', () => {
    let el: PlanPicker;
    let store: CheckoutStore;

    beforeEach(async () => {
      ({ el, store } = await mount(flows.upgrade));
    });

    it('shows four packages and the current one with its status and details', async () => {
      const cards = $$(el, '[role="radiogroup"] [role="radio"]');
      expect(cards.map((item) => item.dataset['planId'])).to.deep.equal(['cc-1', 'cc-2', 'cc-3', 'cc-4']);
      expect($(el, '[role="radiogroup"]')!.getAttribute('aria-labelledby')).to.equal('plans-title');
      expect(text(card(el, 'cc-2').querySelector('[part~="badge"]'))).to.equal('Current · Active');
      expect(card(el, 'cc-3').querySelector('[part~="badge"]') === null).to.equal(true);
      expect(card(el, 'cc-2').getAttribute('part')).to.include('plan-current');
      expect(text(card(el, 'cc-2').querySelector('.plan-price'))).to.equal('€25.00 per account / month');
      expect(card(el, 'cc-2').querySelectorAll('.features li')).to.have.length(5);
      expect(card(el, 'cc-2').getAttribute('aria-checked')).to.equal('true');

      const subscription = store.getState().subscriptions[0]!;
      const details = $(el, '[part="current-details"]')!;
      expect(text(details.querySelector('.next-payment'))).to.equal(formatDate(subscription.nextPaymentAt!, 'en-US'));
      expect(text(details.querySelector('.registered'))).to.equal(formatDate(subscription.registeredAt, 'en-US'));
      expect(text(details)).to.include('€13,500.00').and.include('6 months').and.include('Active').and.include('100');
    });

    it('disables a lower tier, with a hint, and ignores clicks on it', async () => {
      const lower = card(el, 'cc-1');
      expect(lower.getAttribute('aria-disabled')).to.equal('true');
      expect(text(lower)).to.include('Lower than your current package');
      expect(lower.getAttribute('aria-describedby')).to.include('plan-0-hint');
      let fired = 0;
      el.addEventListener('upcart-plan-change', () => (fired += 1));
      lower.click();
      await el.updateComplete;
      expect(store.getState().selection).to.include({ planId: 'cc-2' });
      expect(fired).to.equal(0);
      expect(card(el, 'cc-4').getAttribute('aria-disabled')).to.equal('false');
    });

    it('moves and selects with the arrow keys as one Tab stop, skipping the disabled tier', async () => {
      expect($$(el, '[role="radio"]').map((item) => item.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
      card(el, 'cc-2').focus();
      const changed = oneEvent(el, 'upcart-plan-change');
      await sendKeys({ press: 'ArrowRight' });
      expect((await changed).detail).to.deep.equal({ planId: 'cc-3' });
      await el.updateComplete;
      expect(store.getState().selection).to.include({ planId: 'cc-3' });
      expect(focused(el)).to.equal('div[data-plan-id=cc-3]');
      expect(card(el, 'cc-3').getAttribute('aria-checked')).to.equal('true');
      expect($$(el, '[role="radio"]').map((item) => item.tabIndex)).to.deep.equal([-1, -1, 0, -1]);

      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      // cc-2, then past the disabled cc-1 round to cc-4.
      expect(store.getState().selection).to.include({ planId: 'cc-4' });
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(store.getState().selection).to.include({ planId: 'cc-2' });
      expect(focused(el)).to.equal('div[data-plan-id=cc-2]');
    });

    it('follows the reading direction in Arabic: ArrowLeft moves forward', async () => {
      const arabic = await loaded({ ...flows.upgrade, locale: 'ar' });
      const rtl = await render(arabic);
      expect($(rtl, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      card(rtl, 'cc-2').focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(arabic.getState().selection).to.include({ planId: 'cc-3' });
      await sendKeys({ press: 'ArrowRight' });
      expect(arabic.getState().selection).to.include({ planId: 'cc-2' });
    });

    it('selects a card by click, Space and Enter', async () => {
      card(el, 'cc-4').click();
      await el.updateComplete;
      expect(store.getState().selection).to.include({ planId: 'cc-4' });
      card(el, 'cc-3').focus();
      await sendKeys({ press: 'Space' });
      expect(store.getState().selection).to.include({ planId: 'cc-3' });
      await el.updateComplete;
      card(el, 'cc-4').focus();
      await sendKeys({ press: 'Enter' });
      expect(store.getState().selection).to.include({ planId: 'cc-4' });
    });

    it('offers billing cycles with their discount and fires upcart-cycle-change', async () => {
      const yearly = $(el, '[part~="cycle"][data-cycle-id="m12"]')!;
      expect(text(yearly)).to.equal('12 months save 15%');
      // The credit for the unused four months of the term is more than a month costs.
      expect(text($(el, '[part~="cycle"][data-cycle-id="m1"]'))).to.equal('1 month Costs less than your credit');
      expect($<HTMLInputElement>(el, 'input[name="cycle"][value="m6"]')!.checked).to.equal(true);
      const changed = oneEvent(el, 'upcart-cycle-change');
      yearly.querySelector('input')!.click();
      expect((await changed).detail).to.deep.equal({ cycleId: 'm12', months: 12, discountPercent: 15 });
      expect(store.getState().selection).to.include({ cycleId: 'm12' });
      await el.updateComplete;
      expect($(el, '[part~="cycle"][data-cycle-id="m12"]')!.getAttribute('part')).to.equal('cycle cycle-selected');
    });

    it('binds the accounts stepper and previews Total = price × quantity, labelled as before discount and tax', async () => {
      const stepper = $(el, '[part="quantity"] capacity-stepper')!;
      expect(stepper.hasAttribute('plan-quantity')).to.equal(true);
      expect((stepper as unknown as { store: CheckoutStore }).store).to.equal(store);
      expect(text($(el, '[part="total"]'))).to.equal('Total €25.00 × 100 = €2,500.00 per month');
      expect($(el, '[part="total"]')!.getAttribute('aria-live')).to.equal('polite');
      expect(text($(el, '[part="quantity"]'))).to.include('Estimate before discount and tax');
      card(el, 'cc-3').click();
      store.setPlanQuantity(120);
      await el.updateComplete;
      expect(text($(el, '[part="total"]'))).to.equal('Total €35.00 × 120 = €4,200.00 per month');
      // Contact center has no SLA levels and no services booked with the plan.
      expect($(el, '[part="sla-levels"]') === null).to.equal(true);
      expect($(el, '[part="services"]') === null).to.equal(true);
    });

    it('unsubscribes after a confirmation, shows the result and fires upcart-unsubscribe', async () => {
      const button = $<HTMLButtonElement>(el, '[part="unsubscribe"]')!;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      button.click();
      expect(dialog.open).to.equal(true);
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.keep')!.click();
      expect(dialog.open).to.equal(false);
      expect(store.getState().status.unsubscribe.state).to.equal('idle');

      button.click();
      const unsubscribed = oneEvent(el, 'upcart-unsubscribe');
      dialog.querySelector<HTMLButtonElement>('.confirm')!.click();
      const event = await unsubscribed;
      expect(event.detail.subscription).to.include({ id: 'sub-cc', autoRenew: false, nextPaymentAt: null });
      expect(store.getState().status.unsubscribe.state).to.equal('done');
      expect(mock.db.getSubscription('sub-cc').autoRenew).to.equal(false);
      await el.updateComplete;
      expect(text($(el, '.unsubscribe-result'))).to.match(/^Unsubscribed\. Your package stays active until /);
      expect($(el, '[part="unsubscribe"]') === null).to.equal(true);
      expect(text($(el, '.next-payment'))).to.equal('None, not renewed');
    });

    it('shows a failed unsubscribe with a Retry that repeats it', async () => {
      mock.faults.set('unsubscribe', { status: 500, times: 1 });
      $<HTMLButtonElement>(el, '[part="unsubscribe"]')!.click();
      $<HTMLButtonElement>(el, 'dialog .confirm')!.click();
      await until(store, (state) => state.status.unsubscribe.state === 'error');
      await el.updateComplete;
      const alert = $(el, '[part="current-details"] [role="alert"]')!;
      expect(text(alert)).to.include('Unsubscribing failed.');
      const unsubscribed = oneEvent(el, 'upcart-unsubscribe');
      alert.querySelector<HTMLButtonElement>('button')!.click();
      await unsubscribed;
      expect(mock.db.getSubscription('sub-cc').nextPaymentAt).to.equal(null);
    });
  });

  describe('upgrade (pascom trial)', () => {
    let el: PlanPicker;
    let store: CheckoutStore;

    beforeEach(async () => {
      ({ el, store } = await mount(flows.upgradeTrial));
    });

    it('shows the trial status and allows a lower tier', async () => {
      expect(text(card(el, 'pascom-business').querySelector('[part~="badge"]'))).to.equal('Current · Try');
      expect(text($(el, '[part="current-details"]')))
        .to.include('Free trial')
        .and.include('Try');
      const lower = card(el, 'pascom-basic');
      expect(lower.getAttribute('aria-disabled')).to.equal('false');
      const changed = oneEvent(el, 'upcart-plan-change');
      lower.click();
      expect((await changed).detail.planId).to.equal('pascom-basic');
      expect(store.getState().selection).to.include({ planId: 'pascom-basic' });
    });

    it('offers SLA levels as a radio group and fires upcart-selection-change', async () => {
      const options = $$(el, '[part="sla-levels"] [part~="sla"]');
      expect(options.map((option) => option.dataset['slaId'])).to.deep.equal(['sla-basic', 'sla-business', 'sla-premium']);
      expect(text(options[0])).to.include('Basic').and.include('Included');
      expect(text(options[1])).to.include('Business').and.include('€49.00 / month').and.include('4-hour response');
      expect($<HTMLInputElement>(el, 'input[name="sla"][value="sla-basic"]')!.checked).to.equal(true);
      const changed = oneEvent(el, 'upcart-selection-change');
      options[1]!.querySelector('input')!.click();
      const { selection } = (await changed).detail;
      expect(selection).to.include({ flow: 'upgrade', slaId: 'sla-business' });
      expect(store.getState().selection).to.include({ slaId: 'sla-business' });
    });

    it('books trunk lines, devices and numbers with bound steppers', async () => {
      const steppers = $$(el, '[part="services"] capacity-stepper');
      expect(steppers.map((stepper) => stepper.getAttribute('service-id'))).to.deep.equal(['trunk-lines', 'endpoint-devices', 'phone-numbers']);
      expect(text($(el, '[part="service"][data-service-id="trunk-lines"]'))).to.include('2 included');
      expect($(el, '[part="quantity"] capacity-stepper[plan-quantity]') !== null).to.equal(true);
    });
  });

  describe('expand', () => {
    it('shows the services with steppers, adds and removes another service', async () => {
      const { el, store } = await mount(flows.expand);
      const owned = $$(el, '.services:not(.other-services) [part="service"]');
      expect(owned.map((item) => item.dataset['serviceId'])).to.deep.equal(['extensions', 'recording-minutes']);
      expect(owned.map((item) => item.querySelector('capacity-stepper')?.getAttribute('service-id'))).to.deep.equal(['extensions', 'recording-minutes']);
      expect(text($(el, '.services'))).to.include('Added capacity is charged up to the end of the current term');

      const other = $(el, '[part="other-services"] [data-service-id="ha"]')!;
      expect(text(other)).to.include('High Availability for BYOI');
      expect(other.querySelector('capacity-stepper') === null).to.equal(true);
      const add = other.querySelector<HTMLButtonElement>('button.add')!;
      expect(add.getAttribute('aria-label')).to.equal('Add High Availability for BYOI');
      const added = oneEvent(el, 'upcart-selection-change');
      add.click();
      expect((await added).detail.selection).to.deep.include({ flow: 'expand' });
      expect(store.getState().selection).to.deep.include({ quantities: { extensions: 50, 'recording-minutes': 1000, ha: 1 } });
      await el.updateComplete;
      const row = $(el, '[part="other-services"] [data-service-id="ha"]')!;
      const stepper = row.querySelector<CapacityStepper>('capacity-stepper')!;
      expect(stepper.getAttribute('service-id')).to.equal('ha');
      await stepper.updateComplete;
      // Focus moved from the Add button, which is gone, to the new stepper.
      expect(focused(el), 'focus').to.equal('capacity-stepper[service-id=ha]');

      const removed = oneEvent(el, 'upcart-selection-change');
      row.querySelector<HTMLButtonElement>('button.remove')!.click();
      await removed;
      expect(Object.keys((store.getState().selection as { quantities: object }).quantities)).to.deep.equal(['extensions', 'recording-minutes']);
      await el.updateComplete;
      expect($(el, '[part="other-services"] [data-service-id="ha"] capacity-stepper') === null).to.equal(true);
      expect(focused(el), 'focus').to.equal('button.add[aria-label="Add High Availability for BYOI"]');
    });

    it('shows the customer found by company id', async () => {
      const { el } = await mount(flows.expandByCompany);
      const customer = $(el, '[part="customer"]')!;
      expect(text(customer.querySelector('.customer-name'))).to.equal('Globex Trading Ltd');
      expect(text(customer.querySelector('.company-id'))).to.equal('WP-100234');
      expect($$(el, '[part="other-services"] button.add')).to.have.length(3);
      const { el: direct } = await mount(flows.expand);
      expect($(direct, '[part="customer"]') === null).to.equal(true);
    });
  });

  describe('renew', () => {
    let el: PlanPicker;
    let store: CheckoutStore;
    const selectedIds = () => (store.getState().selection as { subscriptionIds: readonly string[] }).subscriptionIds;
    const selectAll = () => $<HTMLInputElement>(el, 'input.select-all')!;

    beforeEach(async () => {
      ({ el, store } = await mount(flows.renew));
    });

    it('lists 30 subscriptions with labelled checkboxes, status, billing and expiry', async () => {
      const rows = $$(el, 'tbody tr[part~="renew-row"]');
      expect(rows).to.have.length(30);
      const first = row(el, 'phone-01');
      const phone = store.getState().subscriptions.find((subscription) => subscription.id === 'phone-01')!;
      expect(first.querySelector('input[data-action="select"]')!.getAttribute('aria-label')).to.equal('Renew Cloud phone 01');
      expect(text(first)).to.include('Cloud phone 01').and.include('Monthly').and.include(formatDate(phone.termEnd, 'en-US'));
      // phone-01 ended three days ago.
      expect(text(first.querySelector('[part~="badge"]'))).to.equal('Inactive');
      expect(text(row(el, 'phone-03')))
        .to.include('Yearly')
        .and.include('Active');
      expect(first.querySelector('input[role="switch"]')!.getAttribute('aria-label')).to.equal('Auto-renew Cloud phone 01');
    });

    it('selects all, then shows the indeterminate state when one is unselected', async () => {
      const all = oneEvent(el, 'upcart-selection-change');
      selectAll().click();
      expect((await all).detail.selection).to.deep.include({ flow: 'renew' });
      expect(selectedIds()).to.have.length(30);
      await el.updateComplete;
      expect(selectAll().checked).to.equal(true);
      expect(selectAll().indeterminate).to.equal(false);
      expect(text($(el, '.selected-count'))).to.equal('30 subscriptions selected');

      row(el, 'phone-07').querySelector<HTMLInputElement>('input[data-action="select"]')!.click();
      await el.updateComplete;
      expect(selectedIds()).to.have.length(29).and.not.include('phone-07');
      expect(selectAll().indeterminate).to.equal(true);
      expect(selectAll().checked).to.equal(false);
      expect(row(el, 'phone-07').getAttribute('part')).to.equal('renew-row');
      expect(row(el, 'phone-08').getAttribute('part')).to.equal('renew-row renew-row-selected');

      // From "some", select all selects every row again; a second click clears them.
      selectAll().click();
      expect(selectedIds()).to.have.length(30);
      await el.updateComplete;
      selectAll().click();
      expect(selectedIds()).to.have.length(0);
      await el.updateComplete;
      expect(selectAll().checked).to.equal(false);
      expect(selectAll().indeterminate).to.equal(false);
    });

    it('changes the renewal duration', async () => {
      const yearly = $(el, '[part~="duration"][data-duration-id="r12"]')!;
      expect(text(yearly)).to.equal('1 year save 15%');
      expect(text($(el, '[part~="duration"][data-duration-id="r3"]'))).to.equal('3 months');
      const changed = oneEvent(el, 'upcart-selection-change');
      yearly.querySelector('input')!.click();
      expect((await changed).detail.selection).to.include({ durationId: 'r12' });
      expect(store.getState().selection).to.include({ durationId: 'r12' });
    });

    it('co-terms: new end dates on the 1st, estimated first, then from the quote', async () => {
      expect(text($(el, '.coterm')))
        .to.include('Renew on the standard renewal date')
        .and.include('ends on the 1st of a month');
      store.setRenewalSelection(['phone-02', 'phone-05', 'phone-09']);
      const changed = oneEvent(el, 'upcart-selection-change');
      $<HTMLInputElement>(el, '[part="coterm"] input')!.click();
      expect((await changed).detail.selection).to.include({ coterm: true });
      expect(store.getState().selection).to.include({ coterm: true });
      await el.updateComplete;
      // While the quote loads, a local estimate labelled as such.
      expect(text(row(el, 'phone-02').querySelector('.new-end'))).to.match(/\(estimate\)$/);
      expect(row(el, 'phone-03').querySelector('.new-end') === null).to.equal(true);

      await quoteSettled(store);
      const quote = store.getState().quote!;
      // Yearly Standard phones: their lines are grouped, so each one's end comes from the quote's items.
      expect(quote.lines.every((line) => line.subscriptionId === undefined)).to.equal(true);
      const { items } = await renewalBackend(store.backend)!.listQuoteItems(quote.id);
      for (const id of ['phone-02', 'phone-05', 'phone-09']) {
        const end = items.find((item) => item.subscriptionId === id)!.newTermEnd;
        expect(end.endsWith('-01'), id).to.equal(true);
        const cell = () => row(el, id).querySelector('.new-end')!;
        await waitUntil(() => cell().classList.contains('quoted'), `${id}: no quoted end`);
        expect(text(cell()), id).to.equal(formatDate(end, 'en-US'));
      }
    });

    it('switches auto-renew on the backend, busy meanwhile, and reports a failure', async () => {
      const switchOf = (id: string) => row(el, id).querySelector<HTMLInputElement>('input[role="switch"]')!;
      expect(switchOf('phone-01').checked).to.equal(false);
      const changed = oneEvent(el, 'upcart-auto-renew-change');
      switchOf('phone-01').click();
      await el.updateComplete;
      expect(switchOf('phone-01').getAttribute('aria-busy')).to.equal('true');
      expect((await changed).detail.subscription).to.include({ id: 'phone-01', autoRenew: true });
      expect(mock.db.getSubscription('phone-01').autoRenew).to.equal(true);
      await el.updateComplete;
      expect(switchOf('phone-01').checked).to.equal(true);
      expect(switchOf('phone-01').getAttribute('aria-busy')).to.equal('false');

      mock.faults.set('setAutoRenew', { status: 500, times: 1 });
      switchOf('phone-02').click();
      await until(store, (state) => state.status.autoRenew.state === 'error');
      await waitUntil(() => row(el, 'phone-02').querySelector('[role="alert"]') !== null, 'no row error');
      expect(text(row(el, 'phone-02').querySelector('[role="alert"]'))).to.include('Auto-renew of Cloud phone 02 was not changed');
      expect(switchOf('phone-02').checked).to.equal(false);
      expect(mock.db.getSubscription('phone-02').autoRenew).to.equal(false);
    });

    it('says so when there is nothing to renew', async () => {
      for (const id of seedIds.phones) mock.db.patchSubscription(id, { productId: 'elsewhere' });
      const { el: empty } = await mount(flows.renew);
      expect(text($(empty, '.empty'))).to.equal('No subscriptions to renew.');
      expect($(empty, 'table') === null).to.equal(true);
    });
  });

  describe('renew with 10,000 subscriptions', () => {
    const COUNT = 10_000;
    let el: PlanPicker;
    let store: CheckoutStore;
    const idOf = (index: number) => `phone-b${String(index + 1).padStart(5, '0')}`;
    const rendered = () => $$(el, 'tbody tr[data-id]');
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const settle = async () => {
      await nextFrame();
      while (!(await el.updateComplete));
    };

    beforeEach(async () => {
      // The mock backend's account has 30 phones; this one answers 10,000 (quotes are not needed).
      const template = mock.db.getSubscription('phone-02');
      const many: Subscription[] = Array.from({ length: COUNT }, (_, index) => ({ ...template, id: idOf(index), name: `Cloud phone B${index + 1}` }));
      const backend = {
        ...httpBackend({ baseUrl: '/api', timeoutMs: 2000 }),
        listSubscriptions: () => Promise.resolve(many),
        createQuote: () => new Promise<never>(() => {}),
      };
      store = new CheckoutStore({ backend, quoteDebounceMs: 10 });
      stores.push(store);
      store.configure({ ...flows.renew, locale: 'en-US' });
      await store.load();
      el = await render(store);
      await settle();
    });

    it('renders only a window of rows, with the row count and each row index for assistive technology', () => {
      expect(FULL_RENDER_LIMIT).to.be.below(COUNT);
      const table = $(el, 'table')!;
      expect(table.getAttribute('aria-rowcount')).to.equal(String(COUNT + 1));
      expect($(el, 'thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
      const rows = rendered();
      expect(rows.length).to.be.within(10, 100);
      expect(rows[0]!.dataset['id']).to.equal(idOf(0));
      rows.forEach((row, index) => expect(row.getAttribute('aria-rowindex')).to.equal(String(index + 2)));
      // The rows not rendered are stood in for by one presentational spacer of their height.
      const spacers = $$(el, 'tbody tr.spacer');
      expect(spacers).to.have.length(1);
      expect(spacers[0]!.getAttribute('role')).to.equal('presentation');
      const rowHeight = rows[0]!.getBoundingClientRect().height;
      expect(spacers[0]!.getBoundingClientRect().height).to.be.closeTo((COUNT - rows.length) * rowHeight, COUNT * 0.05);
    });

    it('renders the rows scrolled to, down to the last one', async () => {
      const wrap = $(el, '.table-wrap')!;
      wrap.scrollTop = wrap.scrollHeight / 2;
      await settle();
      const middle = rendered().map((row) => Number(row.getAttribute('aria-rowindex')));
      expect(middle[0])
        .to.be.above(COUNT / 2 - 200)
        .and.below(COUNT / 2 + 200);
      // The rendered rows are where the buyer looks.
      const box = wrap.getBoundingClientRect();
      const inView = rendered().filter((row) => {
        const rect = row.getBoundingClientRect();
        return rect.bottom > box.top && rect.top < box.bottom;
      });
      expect(inView.length).to.be.at.least(3);

      wrap.scrollTop = wrap.scrollHeight;
      await settle();
      const last = rendered().at(-1)!;
      expect(last.dataset['id']).to.equal(idOf(COUNT - 1));
      expect(last.getAttribute('aria-rowindex')).to.equal(String(COUNT + 1));
      expect(last.getBoundingClientRect().bottom).to.be.at.most(wrap.getBoundingClientRect().bottom + 1);
    });

    it('select all selects every subscription, rendered or not, and clears them again', async () => {
      const selectAll = $<HTMLInputElement>(el, 'input.select-all')!;
      selectAll.click();
      const ids = (store.getState().selection as { subscriptionIds: readonly string[] }).subscriptionIds;
      expect(ids).to.have.length(COUNT);
      expect(ids.at(-1)).to.equal(idOf(COUNT - 1));
      await settle();
      expect(selectAll.checked).to.equal(true);
      expect(text($(el, '.selected-count'))).to.equal('10,000 subscriptions selected');
      expect(rendered().every((row) => row.querySelector<HTMLInputElement>('input[data-action="select"]')!.checked)).to.equal(true);

      // A row far down, rendered only once scrolled to, shows the selection too; unselecting it
      // leaves "select all" indeterminate.
      const wrap = $(el, '.table-wrap')!;
      wrap.scrollTop = wrap.scrollHeight;
      await settle();
      row(el, idOf(COUNT - 1))
        .querySelector<HTMLInputElement>('input[data-action="select"]')!
        .click();
      await settle();
      expect((store.getState().selection as { subscriptionIds: readonly string[] }).subscriptionIds).to.have.length(COUNT - 1);
      expect(selectAll.indeterminate).to.equal(true);
      selectAll.click();
      selectAll.click();
      expect((store.getState().selection as { subscriptionIds: readonly string[] }).subscriptionIds).to.have.length(0);
    });

    it('lets the keyboard Tab through rows beyond the first window', async () => {
      const firstWindow = rendered().length;
      row(el, idOf(0)).querySelector<HTMLInputElement>('input[data-action="select"]')!.focus();
      // Two stops per row: the checkbox and the auto-renew switch.
      const rowsToWalk = firstWindow + 5;
      for (let press = 0; press < rowsToWalk * 2; press += 1) {
        await sendKeys({ press: 'Tab' });
        await settle();
      }
      const active = el.shadowRoot!.activeElement as HTMLInputElement | null;
      expect(active?.dataset['action']).to.equal('select');
      const at = active!.closest('tr')!;
      expect(at.dataset['id']).to.equal(idOf(rowsToWalk));
      expect(at.getAttribute('aria-rowindex')).to.equal(String(rowsToWalk + 2));
      // The focused row was scrolled into view.
      const wrap = $(el, '.table-wrap')!.getBoundingClientRect();
      const rect = at.getBoundingClientRect();
      expect(rect.top).to.be.at.least(wrap.top - 1);
      expect(rect.bottom).to.be.at.most(wrap.bottom + 1);
    });
  });

  describe('loading and errors', () => {
    it('keeps a fixed-height skeleton while loading', async () => {
      const store = createTestStore(mock);
      stores.push(store);
      store.configure({ ...flows.upgrade, locale: 'en-US' });
      const el = await render(store);
      const skeleton = $(el, '.skeleton')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(text(skeleton)).to.equal('Loading…');
      expect(skeleton.getBoundingClientRect().height).to.be.at.least(300);
      await store.load();
      await el.updateComplete;
      expect($(el, '.skeleton') === null).to.equal(true);
      expect($$(el, '[role="radio"]')).to.have.length(4);
    });

    it('shows a failed catalog load and retries it', async () => {
      mock.faults.set('getCatalog', { status: 500, times: 1 });
      const store = await loaded(flows.upgrade);
      const el = await render(store);
      const alert = $(el, '[role="alert"][part="error"]')!;
      expect(text(alert)).to.include('The plans and services could not be loaded.');
      expect($$(el, '[role="radio"]')).to.have.length(0);
      alert.querySelector<HTMLButtonElement>('button.retry')!.click();
      await until(store, (state) => state.catalog !== null && state.selection !== null);
      await el.updateComplete;
      expect($(el, '[part="error"]') === null).to.equal(true);
      expect($$(el, '[role="radio"]')).to.have.length(4);
    });

    it('shows a failed company lookup and retries it', async () => {
      mock.faults.set('lookupCompany', { status: 503, times: 1 });
      const store = await loaded(flows.expandByCompany);
      const el = await render(store);
      expect(text($(el, '[part="error"]'))).to.include('The customer could not be looked up.');
      $<HTMLButtonElement>(el, '[part="error"] button.retry')!.click();
      await until(store, (state) => state.customer !== null);
      await el.updateComplete;
      expect(text($(el, '[part="customer"] .customer-name'))).to.equal('Globex Trading Ltd');
    });

    it('works from the session context without a .store', async () => {
      const store = await loaded(flows.renew);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: checkoutContext, initialValue: store });
      const el = document.createElement('plan-picker');
      host.append(el);
      await el.updateComplete;
      expect($$(el, 'tbody tr')).to.have.length(30);
    });
  });

  describe('flow views, each a chunk of its own', () => {
    const originals = { ...viewLoaders };
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

    afterEach(() => {
      Object.assign(viewLoaders, originals);
    });

    it("brings each view's styles with it, into every picker that shows the view", async () => {
      const upgrade = (await mount(flows.upgrade)).el;
      const renew = (await mount(flows.renew)).el;
      const sheets = (el: PlanPicker) => el.shadowRoot!.adoptedStyleSheets.length;
      // The upgrade view's plan cards are styled by its own sheet, which the renew picker never gets.
      const plan = $(upgrade, '[role="radio"][data-plan-id]:not([aria-disabled="true"])')!;
      expect(getComputedStyle(plan).cursor).to.equal('pointer');
      expect(getComputedStyle(plan).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(renew, '.table-wrap')!).overflowY).to.equal('auto');
      expect(getComputedStyle($(renew, 'input.switch')!).appearance).to.equal('none');
      expect(sheets(upgrade)).to.equal(sheets(renew));
      const second = await render(await loaded(flows.upgrade));
      expect(getComputedStyle($(second, '[role="radio"][data-plan-id]:not([aria-disabled="true"])')!).cursor).to.equal('pointer');
      // The same sheet object is shared, as Lit shares an element's static styles.
      expect(second.shadowRoot!.adoptedStyleSheets.at(-1)).to.equal(upgrade.shadowRoot!.adoptedStyleSheets.at(-1));
      expect(second.shadowRoot!.adoptedStyleSheets.includes(renew.shadowRoot!.adoptedStyleSheets.at(-1)!)).to.equal(false);
    });

    it('imports the view as soon as the flow is known, with the skeleton until both the view and the catalog are in', async () => {
      let imports = 0;
      let release: (View: PickerViewClass) => void = () => {};
      viewLoaders.upgrade = () => {
        imports += 1;
        return new Promise((resolve) => (release = resolve));
      };
      const store = createTestStore(mock);
      stores.push(store);
      store.configure({ ...flows.upgrade, locale: 'en-US' });
      // Not through `fixture`: its `updateComplete` waits for the view, which is held back here.
      const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('plan-picker');
      el.store = store;
      host.append(el);
      await waitUntil(() => imports === 1, 'the view was not imported before the catalog loaded');
      expect(text($(el, '.skeleton'))).to.equal('Loading…');

      await store.load();
      await nextFrame();
      expect(store.getState().selection).to.include({ planId: 'cc-2' });
      expect($(el, '.skeleton')!.getAttribute('role')).to.equal('status');
      expect($$(el, '[role="radio"]')).to.have.length(0);

      release(await originals.upgrade());
      await el.updateComplete;
      expect($(el, '.skeleton') === null).to.equal(true);
      expect($$(el, '[role="radio"]')).to.have.length(4);
      expect(imports).to.equal(1);
    });

    it('shows a view that failed to load with Try again, which imports it again', async () => {
      let imports = 0;
      viewLoaders.expand = () => {
        imports += 1;
        return imports === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : originals.expand();
      };
      const { el } = await mount(flows.expand);
      const alert = $(el, '[role="alert"][part="error"]')!;
      expect(text(alert)).to.include('This part of the checkout could not be loaded.').and.include('Check your connection and try again.');
      expect($(el, '[part="service"]') === null).to.equal(true);
      await expect(el).to.be.accessible();
      // Another render does not request the failed chunk again; only Try again does.
      el.requestUpdate();
      await el.updateComplete;
      expect(imports).to.equal(1);

      const retry = alert.querySelector<HTMLButtonElement>('button.retry')!;
      expect(text(retry)).to.equal('Try again');
      retry.click();
      await el.updateComplete;
      expect(imports).to.equal(2);
      expect($(el, '[part="error"]') === null).to.equal(true);
      expect($$(el, '.services:not(.other-services) [part="service"]').map((item) => item.dataset['serviceId'])).to.deep.equal([
        'extensions',
        'recording-minutes',
      ]);
    });

    it('moves the focus from Try again to the view that took its place', async () => {
      let imports = 0;
      viewLoaders.expand = () => {
        imports += 1;
        return imports === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : originals.expand();
      };
      const { el } = await mount(flows.expand);
      const retry = $(el, '[part="error"] button.retry')!;
      retry.focus();
      retry.click();
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement;
      expect(focused, 'focus inside the picker').to.not.equal(null);
      expect($(el, '[part="base"]')!.contains(focused)).to.equal(true);
    });

    it('shows a view that could not be made like one that could not load, not a skeleton for ever', async () => {
      // A module whose view throws when it is created.
      viewLoaders.expand = () =>
        Promise.resolve(
          class {
            constructor() {
              throw new Error('broken view');
            }
          } as unknown as PickerViewClass,
        );
      const { el } = await mount(flows.expand);
      expect(text($(el, '[role="alert"][part="error"]'))).to.include('This part of the checkout could not be loaded.');
      expect($(el, '.skeleton')).to.equal(null);
    });

    it('is complete while another flow’s module still loads', async () => {
      viewLoaders.expand = () => new Promise(() => {});
      const store = createTestStore(mock);
      stores.push(store);
      store.configure({ ...flows.expand, locale: 'en-US' });
      const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('plan-picker');
      el.store = store;
      host.append(el);
      store.configure({ ...flows.renew, locale: 'en-US' });
      await store.load();
      const done = await Promise.race([el.updateComplete.then(() => 'complete'), new Promise((resolve) => setTimeout(() => resolve('held'), 1500))]);
      expect(done).to.equal('complete');
      expect($$(el, 'tbody tr[part~="renew-row"]')).to.have.length(30);
    });

    it('imports only the view of the flow in use, and the other view when the flow changes', async () => {
      let imports = 0;
      viewLoaders.renew = () => {
        imports += 1;
        return originals.renew();
      };
      const { el, store } = await mount(flows.expand);
      expect($$(el, '[part="service"]').length).to.be.above(0);
      expect(imports).to.equal(0);

      store.configure({ ...flows.renew, locale: 'en-US' });
      await store.load();
      await el.updateComplete;
      expect(imports).to.equal(1);
      expect($$(el, 'tbody tr[part~="renew-row"]')).to.have.length(30);
    });
  });
});
