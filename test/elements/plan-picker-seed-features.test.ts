/**
 * The seed features of issue 15 in `<plan-picker>`: Workplace's partner layout (capacity
 * disclosure, Plan/Service tabs with Subscribe, "Other services" through a modal dialog, used by
 * keyboard only), the contact-center packages' registered accounts and "View details", and
 * pascom's user licenses added inside the minimum contract term.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seedIds, type MockBackend } from '../../mocks/index.js';
import '../../src/elements/plan-picker/plan-picker.js';
import type { PlanPicker } from '../../src/elements/plan-picker/plan-picker.component.js';
import { formatDate } from '../../src/i18n/format.js';
import type { CheckoutConfigInput } from '../../src/store/checkout-config.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import type { CheckoutBackend } from '../../src/api/backend.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { createLoadedStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The focused element of the picker's shadow root as a short string (never compare elements). */
function focused(el: PlanPicker): string {
  const active = el.shadowRoot!.activeElement;
  if (active === null) return 'nothing';
  const inDialog = active.closest('dialog') ? 'dialog ' : '';
  const label = active.getAttribute('aria-label');
  return `${inDialog}${active.localName}${active.className ? `.${active.className.split(' ').join('.')}` : ''}${label ? `[${label}]` : ''}`;
}

const licenses = { flow: 'upgrade', productId: 'pascom', subscriptionId: seedIds.subscriptions.pascomPaid } as const satisfies CheckoutConfigInput;
const trialCc = { flow: 'upgrade', productId: 'contact-center', subscriptionId: seedIds.subscriptions.contactCenterTrial } as const;

describe('<plan-picker> seed features', () => {
  let mock: MockBackend;
  const stores: CheckoutStore[] = [];

  async function mount(config: CheckoutConfigInput, theme: 'light' | 'dark' = 'light'): Promise<{ el: PlanPicker; store: CheckoutStore }> {
    const store = await createLoadedStore(mock, config);
    stores.push(store);
    const el = await fixture<PlanPicker>(html`<plan-picker style="width: 900px" theme=${theme} .store=${store}></plan-picker>`);
    await el.updateComplete;
    return { el, store };
  }

  const $ = <E extends Element = HTMLElement>(el: PlanPicker, selector: string) => el.shadowRoot!.querySelector<E>(selector);
  const quantities = (store: CheckoutStore) => (store.getState().selection as { quantities: Record<string, number> }).quantities;

  before(async () => {
    mock = await startMockBackend();
  });

  beforeEach(() => {
    mock.reset();
  });

  afterEach(() => {
    for (const created of stores.splice(0)) created.destroy();
  });

  it('is accessible in light and dark: the partner layout with its dialog open, registered accounts and the details dialog', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const partner = await mount(flows.expandByCompany, theme);
      $<HTMLButtonElement>(partner.el, '.capacity-toggle')!.click();
      await partner.el.updateComplete;
      await expect(partner.el, `partner ${theme}`).to.be.accessible();
      $<HTMLButtonElement>(partner.el, '[data-service-id="wp-storage"] button.add')!.click();
      await waitUntil(() => $<HTMLDialogElement>(partner.el, 'dialog.service-dialog')!.open, 'the service dialog never opened');
      await expect(partner.el, `service dialog ${theme}`).to.be.accessible();

      const upgrade = await mount(licenses, theme);
      $<HTMLButtonElement>(upgrade.el, 'button.view-details')!.click();
      await expect(upgrade.el, `upgrade details ${theme}`).to.be.accessible();
    }
  });

  describe('Workplace (partner portal)', () => {
    let el: PlanPicker;
    let store: CheckoutStore;

    beforeEach(async () => {
      ({ el, store } = await mount(flows.expandByCompany));
    });

    it('shows every service’s current capacity behind a disclosure in front of the plan', async () => {
      const toggle = $<HTMLButtonElement>(el, '.capacity-toggle')!;
      const list = $(el, '#current-capacity')!;
      expect(text(toggle)).to.equal('Workplace Standard');
      expect(toggle.getAttribute('aria-controls')).to.equal('current-capacity');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(list.hidden).to.equal(true);

      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(list.hidden).to.equal(false);
      expect(text(list.querySelector('[data-service-id="wp-accounts"]'))).to.equal('Accounts 25');
      expect(text(list.querySelector('[data-service-id="wp-storage"]'))).to.equal('Storage Not subscribed');

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(list.hidden).to.equal(true);
    });

    it('Service tab: tabs by arrow keys, Subscribe adds the service and focuses its capacity', async () => {
      const planTab = $<HTMLButtonElement>(el, '[role="tab"][data-tab="plan"]')!;
      expect(planTab.getAttribute('aria-selected')).to.equal('true');
      expect($(el, '#panel-service')!.hidden).to.equal(true);
      planTab.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect($(el, '[role="tab"][data-tab="service"]')!.getAttribute('aria-selected')).to.equal('true');
      expect(planTab.tabIndex).to.equal(-1);
      expect($(el, '#panel-service')!.hidden).to.equal(false);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-tab') ?? 'nothing').to.equal('service');

      const storage = $(el, '#panel-service [data-service-id="wp-storage"]')!;
      // The price shows before the service is added.
      expect(text(storage.querySelector('.unit-price'))).to.equal('$10.00 per 100 GB block / month');
      // The price and the unit each read in their own direction (right to left read "GB 100").
      expect([...storage.querySelectorAll('.unit-price bdi')].map(text)).to.deep.equal(['$10.00', '100 GB block']);
      storage.querySelector<HTMLButtonElement>('button.subscribe')!.click();
      expect(quantities(store)).to.deep.include({ 'wp-accounts': 25, 'wp-storage': 1 });
      await waitUntil(() => focused(el) === 'capacity-stepper', 'the new stepper never took the focus');
      expect($(el, '[part~="selected-services"] [data-service-id="wp-storage"] capacity-stepper')!.matches(':focus')).to.equal(true);
      await el.updateComplete;
      expect(text($(el, '#panel-service [data-service-id="wp-storage"] button.subscribe'))).to.equal('Set capacity');
    });

    it('adds another service through the dialog by keyboard only; Escape and Cancel add nothing', async () => {
      const opener = () => $<HTMLButtonElement>(el, '[part~="other-services"] [data-service-id="wp-meeting-rooms"] button.add')!;
      const dialog = () => $<HTMLDialogElement>(el, 'dialog.service-dialog')!;
      const before = { ...quantities(store) };

      // Enter opens it; the capacity field has the focus.
      opener().focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog().open && focused(el) === 'dialog capacity-stepper', 'the dialog never opened with the focus inside');
      // The catalog's price per unit and month, no charge worked out here: the rest of the term is priced by the server's quote.
      expect(text(dialog().querySelector('#service-dialog-price'))).to.equal('$15.00 per room / month');
      expect(text(dialog().querySelector('#service-dialog-note'))).to.equal(
        'The price for the rest of the current term shows in the order summary once you confirm.',
      );
      // Tab goes round inside the dialog: Cancel, Confirm, back to the field, and backwards.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('dialog button.button.cancel');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('dialog button.button.primary.confirm');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('dialog capacity-stepper');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el)).to.equal('dialog button.button.primary.confirm');
      // Escape closes it, the focus returns to the opener, nothing was added.
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog().open && focused(el) === 'button.button.add[Add Meeting room displays]', 'Escape did not close and return the focus');
      expect(quantities(store)).to.deep.equal(before);

      // Cancel adds nothing either.
      await sendKeys({ press: 'Space' });
      await waitUntil(() => dialog().open && focused(el) === 'dialog capacity-stepper', 'Space did not open the dialog');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !dialog().open && focused(el) === 'button.button.add[Add Meeting room displays]', 'Cancel did not close and return the focus');
      expect(quantities(store)).to.deep.equal(before);

      // Confirm adds it at the chosen capacity, and the quote follows.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog().open && focused(el) === 'dialog capacity-stepper', 'Enter did not open the dialog again');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => dialog().querySelector<HTMLElement & { value: number }>('capacity-stepper')?.value === 3, 'the capacity did not follow');
      await el.updateComplete;
      expect(text(dialog().querySelector('#service-dialog-price'))).to.equal('$15.00 per room / month');
      expect(text(dialog()), 'no amount is multiplied out in the dialog').not.to.include('$45.00');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !dialog().open, 'Confirm did not close the dialog');
      expect(quantities(store)).to.deep.equal({ ...before, 'wp-meeting-rooms': 3 });
      await until(store, (state) => state.quote !== null && state.quoteRequest?.flow === 'expand', 'no quote for the added service');
      const request = store.getState().quoteRequest;
      expect(request?.flow === 'expand' ? request.items : []).to.deep.include({ serviceId: 'wp-meeting-rooms', quantity: 3 });
      // The focus is on the new capacity in the subscription details.
      await waitUntil(() => focused(el) === 'capacity-stepper', 'the new stepper never took the focus');
      expect($(el, '[part~="selected-services"] [data-service-id="wp-meeting-rooms"] capacity-stepper')!.matches(':focus')).to.equal(true);
    });
  });

  describe('contact-center Plans', () => {
    it('shows each package’s registered accounts, summed over the customer’s live subscriptions', async () => {
      const { el } = await mount(trialCc);
      const accounts = (planId: string) => text($(el, `[data-plan-id="${planId}"] .registered-accounts`));
      // cc-1: the sales trial (10); the inactive branch office (20) no longer counts.
      expect(accounts('cc-1')).to.equal('10 accounts registered');
      expect(accounts('cc-2')).to.equal('100 accounts registered');
      expect(accounts('cc-3')).to.equal('No accounts registered');
      expect($(el, '[data-plan-id="cc-2"]')!.getAttribute('aria-describedby')).to.include('plan-1-accounts');
    });

    it('reads the subscription once with the list; a failed list leaves the upgrade working, without counts', async () => {
      const calls: string[] = [];
      const backend = httpBackend({ baseUrl: '/api', timeoutMs: 2000 });
      const counting: CheckoutBackend = {
        ...backend,
        getSubscription: (...args) => (calls.push('getSubscription'), backend.getSubscription(...args)),
        listSubscriptions: (...args) => (calls.push('listSubscriptions'), backend.listSubscriptions(...args)),
      };
      const loaded = async () => {
        const store = new CheckoutStore({ backend: counting, quoteDebounceMs: 10, now: () => mock.clock.now().getTime() });
        stores.push(store);
        store.configure({ locale: 'en-US', ...trialCc });
        await store.load();
        const el = await fixture<PlanPicker>(html`<plan-picker style="width: 900px" .store=${store}></plan-picker>`);
        await el.updateComplete;
        return { el, store };
      };
      const counted = await loaded();
      expect(calls).to.deep.equal(['listSubscriptions']);
      expect(text($(counted.el, '[data-plan-id="cc-1"] .registered-accounts'))).to.equal('10 accounts registered');

      calls.length = 0;
      mock.faults.set('listSubscriptions', { status: 500 });
      const { el, store } = await loaded();
      expect(calls).to.deep.equal(['listSubscriptions', 'getSubscription']);
      expect(store.getState().status.subscriptions.state).to.equal('done');
      expect(store.getState().subscriptions.map((one) => one.id)).to.deep.equal([trialCc.subscriptionId]);
      expect(el.shadowRoot!.querySelectorAll('.registered-accounts').length, 'no counts').to.equal(0);
      expect($(el, '[data-plan-id="cc-2"]')!.getAttribute('aria-describedby')).not.to.include('accounts');
      // The upgrade itself still prices.
      expect(store.selectPlan('cc-2').ok).to.equal(true);
      await quoteSettled(store);
      expect(store.getState().quote?.flow).to.equal('upgrade');
    });

    it('View details opens the current package’s details; Escape closes it and the focus returns', async () => {
      const { el } = await mount(flows.upgrade);
      const open = $<HTMLButtonElement>(el, 'button.view-details')!;
      const dialog = $<HTMLDialogElement>(el, 'dialog.details-dialog')!;
      expect(dialog.open).to.equal(false);
      open.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.open, 'the details never opened');
      expect(focused(el)).to.equal('dialog button.button.close');
      expect(text(dialog.querySelector('h2'))).to.equal('Package details: Contact Center 2');
      const rows = [...dialog.querySelectorAll('dl > div')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
      expect(rows.slice(0, 3)).to.deep.equal(['Price this term: €13,500.00', 'Billing cycle: 6 months', 'Status: Active']);
      expect(rows.map((row) => row.split(':')[0])).to.include.members(['Next payment', 'Registered from']);
      expect([...dialog.querySelectorAll('.features li')].map((item) => text(item))).to.include('Outbound campaigns');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open && focused(el) === 'button.button.view-details', 'Escape did not close the details and return the focus');
    });
  });

  describe('pascom: user licenses inside the minimum term', () => {
    it('says that no new minimum contract term starts, with its end date, once the quote is in', async () => {
      const { el, store } = await mount(licenses);
      const subscription = store.getState().subscriptions[0]!;
      expect(subscription.minimumTermEnd > subscription.termEnd).to.equal(true);
      expect(text($(el, '.minimum-term'))).to.equal(formatDate(subscription.minimumTermEnd, 'en-US'));
      expect(text($(el, '[part="term-note"]'))).to.equal('');
      // View details lists what the section lists, the minimum contract term included.
      const rows = (list: Element | null) =>
        [...(list?.querySelectorAll('dl > div') ?? [])].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
      const inline = rows($(el, '.current > dl'));
      expect(inline).to.include(`Minimum contract term until: ${formatDate(subscription.minimumTermEnd, 'en-US')}`);
      expect(rows($(el, 'dialog.details-dialog'))).to.deep.equal(inline);

      expect(store.setPlanQuantity(15).ok).to.equal(true);
      await quoteSettled(store);
      const plan = store.getState().quote!.lines.find((line) => line.kind === 'plan')!;
      expect([plan.quantity, plan.periodEnd]).to.deep.equal([3, subscription.termEnd]);
      await el.updateComplete;
      expect(text($(el, '[part="term-note"]'))).to.equal(
        `Adding user licenses does not start a new minimum contract term; it still ends on ${formatDate(subscription.minimumTermEnd, 'en-US')}.`,
      );
      expect(store.getState().quote!.addsToCurrentTerm).to.equal(true);

      // A yearly cycle starts a new term (and minimum term): the note goes with the quote that says so.
      expect(store.setCycle('m12').ok).to.equal(true);
      await quoteSettled(store);
      expect(store.getState().quote!.addsToCurrentTerm ?? false).to.equal(false);
      await el.updateComplete;
      expect(text($(el, '[part="term-note"]'))).to.equal('');
    });
  });
});
