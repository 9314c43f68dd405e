/**
 * Dead ends: what the backend refuses for a reason the buyer can act on is
 * not offered, or explained before it is chosen, and a refusal names the next step.
 * - expanding a trial or an inactive subscription: no steppers, the reason, and the flow it
 *   needs first (`upcart-flow-request`, which `<checkout-session>` follows unless prevented);
 * - an upgrade cycle whose new term costs less than the credit for the unused term: unavailable,
 *   with the reason, exactly where the backend refuses it (`credit_exceeds_price`);
 * - an unknown company id: one message beside the field, and no Try again that cannot help.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import type { QuoteRequest } from '../../src/api/schemas.js';
import '../../src/define.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { PlanPicker } from '../../src/elements/plan-picker/plan-picker.component.js';
import type { UpcartFlowRequestEvent } from '../../src/events/flow-request.js';
import { formatMoney } from '../../src/i18n/format.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import { createLoadedStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';
import { deepQuery, deepQueryAll, retryButtonOf, textOf, visibleAlerts } from './helpers.js';

let mock: MockBackend;
const stores: CheckoutStore[] = [];

before(async () => {
  mock = await startMockBackend();
});

beforeEach(() => mock.reset());

afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
});

async function loadedStore(config: Parameters<typeof createLoadedStore>[1]): Promise<CheckoutStore> {
  const store = await createLoadedStore(mock, config);
  stores.push(store);
  return store;
}

async function picker(store: CheckoutStore): Promise<PlanPicker> {
  const el = await fixture<PlanPicker>(html`<plan-picker .store=${store}></plan-picker>`);
  await el.updateComplete;
  return el;
}

/** Everything in the session has rendered what its store says now. */
async function settled(session: CheckoutSession): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const elements = [session, ...deepQueryAll(session, '*').filter((element) => 'updateComplete' in element)];
    await Promise.all(elements.map((element) => (element as Partial<PlanPicker>).updateComplete));
  }
}

/** The server's refusal code for a quote request, or null when it prices it. */
function refusal(request: QuoteRequest): string | null {
  try {
    mock.db.createQuote(request);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

/** The Workplace partner portal of the demo: a company ID search, then the expand. */
function partnerPortal(locale = 'en-US'): Promise<CheckoutSession> {
  return fixture<CheckoutSession>(html`<checkout-session locale=${locale} company-lookup flow="expand" product="workplace"></checkout-session>`);
}

async function search(session: CheckoutSession, companyId: string): Promise<void> {
  const input = session.shadowRoot!.querySelector<HTMLInputElement>('#company-id')!;
  input.value = companyId;
  input.dispatchEvent(new Event('input'));
  session.shadowRoot!.querySelector<HTMLFormElement>('form[part="company-search"]')!.requestSubmit();
  await session.updateComplete;
}

/** Resolves after the microtasks queued so far, the session's handling of a flow request among them. */
const afterQueuedMicrotasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('dead ends', () => {
  describe('expanding a subscription the backend does not expand', () => {
    const nextStepButton = (session: CheckoutSession) => deepQuery<HTMLButtonElement>(session, '[part="next-step"] button');

    it('a trial (the demo’s WP-200777): no steppers, the reason, and Upgrade this trial, which the session follows to a priced upgrade', async () => {
      const session = await partnerPortal();
      const errors: Event[] = [];
      session.addEventListener('upcart-error', (event) => errors.push(event));
      await search(session, 'WP-200777');
      await waitUntil(() => nextStepButton(session), 'no next step offered', { timeout: 3000 });
      const pickerEl = deepQuery(session, 'plan-picker')!;
      expect(deepQueryAll(pickerEl, 'capacity-stepper'), 'no steppers that lead to a refusal').to.have.length(0);
      expect(textOf(pickerEl.shadowRoot!.querySelector('[part="next-step"]'))).to.include('A trial cannot be expanded: upgrade it to a paid plan first');
      const store = session.store!;
      expect(store.getState().pricing, 'nothing to price, nothing refused').to.equal(null);

      const button = nextStepButton(session)!;
      expect(textOf(button)).to.equal('Upgrade this trial');
      const requested = oneEvent(session, 'upcart-flow-request');
      button.click();
      const event = (await requested) as UpcartFlowRequestEvent;
      expect(event.detail).to.deep.equal({ subscriptionId: 'sub-workplace-trial', flow: 'upgrade' });
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);

      await until(store, (state) => state.selection?.flow === 'upgrade' && state.quote !== null, 'the trial’s upgrade was never priced');
      expect([session.flow, session.subscription, session.companyId]).to.deep.equal(['upgrade', 'sub-workplace-trial', 'WP-200777']);
      expect(store.getState().customer?.name).to.equal('Initech Software Srl');
      // Workplace Standard (free) with the trial's 5 accounts at $6.00, one month: $30.00 before tax.
      expect(store.getState().quote!.subtotal).to.deep.equal({ amount: 3000, currency: 'USD' });
      await settled(session);
      expect(deepQuery(session, 'plan-picker')!.shadowRoot!.querySelector('[part~="plan-current"]')).to.not.equal(null);
      expect(visibleAlerts(session).map(textOf)).to.deep.equal([]);
      expect(errors).to.have.length(0);
    });

    it('a host page that prevents the request keeps the session as it is, to take the buyer its own way', async () => {
      const session = await partnerPortal();
      await search(session, 'WP-200777');
      await waitUntil(() => nextStepButton(session), 'no next step offered', { timeout: 3000 });
      const heard: UpcartFlowRequestEvent[] = [];
      document.addEventListener(
        'upcart-flow-request',
        (event) => {
          heard.push(event);
          event.preventDefault();
        },
        { once: true },
      );
      nextStepButton(session)!.click();
      await afterQueuedMicrotasks();
      expect(heard.map((event) => event.detail)).to.deep.equal([{ subscriptionId: 'sub-workplace-trial', flow: 'upgrade' }]);
      expect([session.flow, session.subscription]).to.deep.equal(['expand', undefined]);
      expect(session.store!.getState().config?.flow).to.equal('expand');
    });

    it('an inactive subscription: the flows its catalog has, each asked for with the event, where the backend refuses the expansion', async () => {
      // A cloud phone that expired: KooPhone renews and has plans; the old contact-center branch: plans only.
      for (const [config, offered] of [
        [{ flow: 'expand', productId: 'koophone', subscriptionId: 'phone-01' }, ['renew', 'upgrade']],
        [{ flow: 'expand', productId: 'contact-center', subscriptionId: 'sub-cc-inactive' }, ['upgrade']],
      ] as const) {
        const store = await loadedStore(config);
        const subscription = store.getState().subscriptions[0]!;
        expect(subscription.status).to.equal('inactive');
        const el = await picker(store);
        expect(textOf(el.shadowRoot!.querySelector('[part="next-step"]'))).to.include('An inactive subscription cannot be expanded');
        await expect(el).to.be.accessible();
        const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="next-step"] button')];
        expect(
          buttons.map((button) => button.dataset['flow']),
          config.productId,
        ).to.deep.equal(offered);
        expect(buttons.map(textOf)).to.deep.equal(offered.map((flow) => (flow === 'renew' ? 'Renew this subscription' : 'Upgrade this subscription')));
        for (const button of buttons) {
          const requested = oneEvent(el, 'upcart-flow-request');
          button.click();
          expect((await requested).detail).to.deep.equal({ subscriptionId: subscription.id, flow: button.dataset['flow'] });
        }
        // The rule the picker follows is the backend's.
        expect(refusal({ flow: 'expand', subscriptionId: subscription.id, items: [{ serviceId: 'none', quantity: 1 }] })).to.equal('subscription_not_active');
      }
    });
  });

  describe('an upgrade cycle that costs less than the credit for the unused term', () => {
    it('is unavailable, with the reason, exactly where the backend refuses it', async () => {
      const store = await loadedStore(flows.upgrade);
      const subscription = store.getState().subscriptions[0]!;
      const catalog = store.getState().catalog!;
      // The subscription carries the credit an upgrade now gives: the quote's credit line.
      const quote = mock.db.createQuote({ flow: 'upgrade', subscriptionId: subscription.id, planId: 'cc-3', cycleId: 'm12', quantity: 100 });
      const creditLine = quote.lines.find((line) => line.kind === 'credit')!;
      expect(subscription.upgradeCredit).to.deep.equal({ amount: -creditLine.amount.amount, currency: 'EUR' });

      const el = await picker(store);
      expect(textOf(el.shadowRoot!.querySelector('[part="current-details"] .credit'))).to.equal(formatMoney(subscription.upgradeCredit!, 'en-US'));
      let marked = 0;
      for (const planId of ['cc-2', 'cc-3', 'cc-4']) {
        for (const quantity of [101, 130, 200]) {
          expect(store.selectPlan(planId).ok && store.setPlanQuantity(quantity).ok, `${planId} × ${quantity}`).to.equal(true);
          await el.updateComplete;
          for (const cycle of catalog.cycles) {
            const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="cycle"][value="${cycle.id}"]`)!;
            const refused = refusal({ flow: 'upgrade', subscriptionId: subscription.id, planId, cycleId: cycle.id, quantity }) === 'credit_exceeds_price';
            expect(input.disabled, `${planId} × ${quantity}, ${cycle.id}: unavailable exactly when refused`).to.equal(refused);
            if (refused) marked += 1;
          }
        }
      }
      expect(marked, 'some cycles are too short').to.be.greaterThan(0);

      // Contact Center 3 for the same 100 accounts: one month is too short, and says why.
      store.selectPlan('cc-3');
      store.setPlanQuantity(100);
      await el.updateComplete;
      const month = el.shadowRoot!.querySelector('[part~="cycle"][data-cycle-id="m1"]')!;
      expect(month.getAttribute('part')).to.equal('cycle cycle-unavailable');
      expect(month.querySelector('input')!.getAttribute('aria-describedby')).to.equal('cycles-credit');
      expect(textOf(el.shadowRoot!.querySelector('#cycles-credit'))).to.equal(
        `Your unused credit of ${formatMoney(subscription.upgradeCredit!, 'en-US')} is more than 1 month of the chosen package costs; choose a longer cycle or a larger quantity.`,
      );
      await expect(el).to.be.accessible();
      // A click on it changes nothing.
      month.querySelector('input')!.click();
      expect(store.getState().selection).to.include({ cycleId: 'm6' });
    });

    it('says so next to the chosen cycle when fewer accounts make it too short, and the backend’s refusal names the next step', async () => {
      const store = await loadedStore(flows.upgrade);
      const el = await picker(store);
      store.selectPlan('cc-3');
      store.setPlanQuantity(200);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[name="cycle"][value="m3"]')!.click();
      expect(store.getState().selection).to.include({ cycleId: 'm3', quantity: 200 });
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('#cycles-credit'))).to.include('more than 1 month');
      expect(el.shadowRoot!.querySelector('#cycles-credit')!.className).to.equal('muted hint');

      expect(store.setPlanQuantity(80).ok).to.equal(true);
      await el.updateComplete;
      const note = el.shadowRoot!.querySelector('#cycles-credit')!;
      expect(note.className, 'an error beside the chosen cycle').to.equal('field-error');
      expect(note.getAttribute('role')).to.equal('status');
      expect(textOf(note)).to.include('is more than 3 months of the chosen package costs; choose a longer cycle or a larger quantity');
      expect(el.shadowRoot!.querySelector('[part~="cycle-selected"]')!.getAttribute('part')).to.include('cycle-unavailable');
      // The server stays the backstop, and its refusal says what to do.
      await quoteSettled(store);
      const error = store.getState().status.quote.error!;
      expect(error.serverCode).to.equal('credit_exceeds_price');
      expect(error.message).to.include('choose a longer billing cycle or more accounts');
    });

    it('is never marked for a trial, which is credited nothing', async () => {
      const store = await loadedStore(flows.upgradeTrial);
      expect(store.getState().subscriptions[0]!.upgradeCredit).to.equal(undefined);
      const el = await picker(store);
      expect(el.shadowRoot!.querySelectorAll('input[name="cycle"]:disabled')).to.have.length(0);
      expect(textOf(el.shadowRoot!.querySelector('#cycles-credit'))).to.equal('');
    });
  });

  describe('an unknown company id', () => {
    const tryAgainButtons = (session: CheckoutSession) => deepQueryAll<HTMLButtonElement>(session, 'button').filter((button) => textOf(button) === 'Try again');

    it('shows one message beside the company field and no Try again; a failure a retry can fix offers one that recovers', async () => {
      const session = await partnerPortal();
      await search(session, 'WP-000000');
      await until(session.store!, (state) => state.status.lookup.state === 'error', 'the lookup never failed');
      await settled(session);
      expect(visibleAlerts(session).map(textOf)).to.deep.equal(['No customer with company ID WP-000000.']);
      const alert = visibleAlerts(session)[0]!;
      expect(alert.id).to.equal('company-error');
      expect(session.shadowRoot!.querySelector('#company-id')!.getAttribute('aria-describedby')).to.include('company-error');
      expect(tryAgainButtons(session), 'searching again cannot find it').to.have.length(0);
      expect(deepQuery(session, 'plan-picker'), 'nothing to choose for no customer').to.equal(undefined);

      mock.faults.set('lookupCompany', { status: 503, times: 1 });
      await search(session, 'WP-100234');
      await until(session.store!, (state) => state.status.lookup.state === 'error', 'the lookup never failed');
      await settled(session);
      expect(visibleAlerts(session)).to.have.length(1);
      const retry = retryButtonOf(visibleAlerts(session)[0]!);
      expect(retry, 'a retry can fix a 503').to.not.equal(undefined);
      expect(tryAgainButtons(session)).to.have.length(1);
      retry!.click();
      await until(session.store!, (state) => state.customer !== null && state.selection !== null, 'the retry never found the customer');
      await settled(session);
      expect(session.store!.getState().customer!.name).to.equal('Globex Trading Ltd');
      expect(deepQuery(session, 'plan-picker')).to.not.equal(undefined);
      expect(visibleAlerts(session).map(textOf)).to.deep.equal([]);
    });

    it('says it in the buyer’s language', async () => {
      const session = await partnerPortal('de-DE');
      await search(session, 'WP-000000');
      await waitUntil(() => visibleAlerts(session).some((alert) => textOf(alert).startsWith('Kein Kunde')), 'no German message', { timeout: 3000 });
      expect(visibleAlerts(session).map(textOf)).to.deep.equal(['Kein Kunde mit der Firmen-ID WP-000000.']);
    });

    it('a plan picker on its own says so too, without a Try again', async () => {
      const store = await loadedStore({ flow: 'expand', productId: 'workplace', companyId: 'WP-000000' });
      const el = await picker(store);
      const alert = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(textOf(alert.querySelector('strong'))).to.equal('The customer could not be looked up.');
      expect(textOf(alert.querySelector('span'))).to.equal('No customer with company ID WP-000000.');
      expect(alert.querySelector('button')).to.equal(null);
    });
  });
});
