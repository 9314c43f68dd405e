/**
 * Races a buyer or a portal can start: fifty quantity changes in a second, a session removed in the
 * middle of a request, two sessions on one page, a reload between "Place Order" and its answer,
 * and a change of the order while it is being placed.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import { httpBackend } from '../../src/api/http-backend.js';
import '../../src/define.js';
import type { CapacityStepper } from '../../src/elements/capacity-stepper/capacity-stepper.component.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { UpcartErrorEvent } from '../../src/events/error.js';
import { formatMoney } from '../../src/i18n/format.js';
import { setMessages } from '../../src/i18n/messages.js';
import type { ExpandSelection } from '../../src/store/checkout-state.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { attemptScope, OrderAttempts } from '../../src/store/order-attempts.js';
import { startMockBackend } from '../fixtures/mock-session.js';
import { controlledBackend, deepQuery, deepQueryAll, textOf, unquotedPrices, visibleAlerts, type ControlledBackend } from './helpers.js';

let mock: MockBackend;
const errors: UpcartErrorEvent[] = [];
const problems: string[] = [];
const recordError = (event: Event) => errors.push(event as UpcartErrorEvent);
const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
const realConsoleError = console.error;

before(async () => {
  mock = await startMockBackend();
});

beforeEach(() => {
  mock.reset();
  mock.clock.set(new Date());
  mock.db.reset();
  sessionStorage.clear();
  errors.length = 0;
  problems.length = 0;
  document.addEventListener('upcart-error', recordError);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    realConsoleError(...args);
  };
});

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  document.removeEventListener('upcart-error', recordError);
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.error = realConsoleError;
});

// ------------------------------------------------------------ helpers

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const hosts = [root, ...deepQueryAll(root, '*')];
    await Promise.all(hosts.map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

const mounted: Element[] = [];

/** A session on the page, as a portal adds one: attributes, the backend, then into the document. */
async function session(attributes: Record<string, string>, backend: ControlledBackend): Promise<CheckoutSession> {
  const el = document.createElement('checkout-session') as CheckoutSession;
  for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) el.setAttribute(name, value);
  el.backend = backend.backend;
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

async function loaded(el: CheckoutSession): Promise<void> {
  await waitUntil(() => el.store?.getState().selection != null && el.store.getState().status.contacts.state === 'done', 'the session never loaded', {
    timeout: 3000,
  });
  await settle(el);
}

const http = () => controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: 2000 }));
const stepper = (root: Element, service = 'extensions') => deepQuery<CapacityStepper>(root, `capacity-stepper[service-id="${service}"]`)!;
const extensions = (store: CheckoutStore) => (store.getState().selection as ExpandSelection).quantities['extensions'];
const payOf = (root: Element) => deepQuery(root, 'pay-checkout')!;

async function typeQuantity(el: CapacityStepper, value: number): Promise<void> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = String(value);
  input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
}

/** Fifty changes (plus clicks, minus clicks and typed values) within about a second. */
async function fiftyChanges(el: CapacityStepper, check: () => void): Promise<number> {
  const started = performance.now();
  let last = 50;
  for (let change = 0; change < 50; change += 1) {
    const kind = change % 5;
    if (kind === 3) {
      last = 60 + ((change * 37) % 300);
      await typeQuantity(el, last);
    } else {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>(kind === 4 && last > 50 ? '[part="decrement"]' : '[part="increment"]')!;
      button.click();
      last += kind === 4 && last > 50 ? -1 : 1;
    }
    await el.updateComplete;
    check();
    // Irregular: bursts, and now and then a pause longer than the quote debounce.
    await aTimeout(change % 12 === 11 ? 260 : (change * 7) % 11);
  }
  // How long the burst took depends on the machine; the races below hold at any speed.
  console.log(`fifty changes in ${Math.round(performance.now() - started)} ms`);
  return last;
}

// ------------------------------------------------------------ the races

describe('races', function () {
  this.timeout(15_000);

  it('50 stepper changes in one second end with the quote of the last value, and the shown total is that quote', async () => {
    const control = http();
    // Quotes answer in any order: 20 to 400 ms each, aborts ignored.
    let seed = 7;
    control.delayAll('createQuote', () => ((seed = (seed * 48271) % 2147483647) % 380) + 20);
    const el = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }, control);
    await loaded(el);
    const store = el.store!;
    const seen: string[] = [];
    const last = await fiftyChanges(stepper(el), () => seen.push(...unquotedPrices(el, (id) => mock.db.getQuote(id))));
    expect(extensions(store)).to.equal(last);
    await waitUntil(() => store.getState().quote !== null && store.getState().status.quote.state === 'done', 'no final quote', { timeout: 4000 });
    // Late answers of earlier values are still arriving; none may replace the last one.
    await aTimeout(450);
    await settle(el);
    const quote = store.getState().quote!;
    expect(store.getState().quoteRequest).to.deep.include({ items: [{ serviceId: 'extensions', quantity: last }] });
    expect(mock.db.getQuote(quote.id)!.total).to.deep.equal(quote.total);
    const summary = deepQuery(el, 'order-summary')!;
    expect(textOf(summary.shadowRoot!.querySelector('[part="total"]'))).to.equal(formatMoney(quote.total, 'en-US'));
    expect(textOf(summary.shadowRoot!.querySelector('[part="line"] .quantity'))).to.equal(String(last - 50));
    expect(unquotedPrices(el, (id) => mock.db.getQuote(id))).to.deep.equal([]);
    expect(seen, 'no unquoted price at any moment of the burst').to.deep.equal([]);
    expect(control.count('createQuote'), 'some quotes were overtaken').to.be.greaterThan(2);
    expect(errors).to.have.length(0);
    expect(problems).to.deep.equal([]);
  });

  it('the same burst with no debounce: every change asks, answers come back shuffled, the last value wins', async () => {
    const control = http();
    let seed = 11;
    control.delayAll('createQuote', () => ((seed = (seed * 48271) % 2147483647) % 300) + 5);
    const store = new CheckoutStore({ backend: control.backend, quoteDebounceMs: 0 });
    store.configure({ flow: 'expand', productId: 'pseries', subscriptionId: 'sub-pseries', locale: 'en-US' });
    await Promise.all([store.load(), store.loadContacts()]);
    const root = await fixture<HTMLDivElement>(html`<div>
      <capacity-stepper service-id="extensions" .store=${store}></capacity-stepper>
      <order-summary .store=${store}></order-summary>
    </div>`);
    const el = root.querySelector<CapacityStepper>('capacity-stepper')!;
    const summary = root.querySelector('order-summary')!;
    const shownTotals: string[] = [];
    const last = await fiftyChanges(el, () => {
      const quote = store.getState().quote;
      const shown = textOf(summary.shadowRoot!.querySelector('[part="total"]'));
      if (shown && (!quote || shown !== formatMoney(quote.total, 'en-US'))) shownTotals.push(shown);
    });
    await waitUntil(() => store.getState().quote !== null, 'no final quote', { timeout: 4000 });
    await aTimeout(320);
    await summary.updateComplete;
    expect(control.count('createQuote'), 'one request per change').to.be.at.least(45);
    expect(store.getState().quoteRequest).to.deep.include({ items: [{ serviceId: 'extensions', quantity: last }] });
    expect(textOf(summary.shadowRoot!.querySelector('[part="total"]'))).to.equal(formatMoney(store.getState().quote!.total, 'en-US'));
    expect(shownTotals, 'a total of another value was shown').to.deep.equal([]);
    store.destroy();
  });

  it('removing <checkout-session> in the middle of a request leaves no error, no request, no timer and no listener behind', async () => {
    const control = http();
    const el = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }, control);
    await loaded(el);
    const store = el.store!;
    const elements = deepQueryAll(el, '*').filter((node) => 'requestUpdate' in node);
    expect(elements.length).to.be.greaterThan(4);
    // A quote request in flight, held by the server, and a newer one waiting for its debounce.
    mock.faults.set('createQuote', { hang: true });
    stepper(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    await mock.faults.whenHeld('createQuote');
    stepper(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    await el.updateComplete;
    const callsBefore = control.calls.length;
    const updates: string[] = [];
    for (const node of elements) {
      const original = (node as unknown as { requestUpdate: (...args: unknown[]) => void }).requestUpdate.bind(node);
      (node as unknown as { requestUpdate: (...args: unknown[]) => void }).requestUpdate = (...args) => {
        updates.push(node.localName);
        original(...args);
      };
    }

    el.remove();
    mock.faults.clear('createQuote');
    // Longer than the quote debounce and the answer of the held request.
    await aTimeout(400);
    // A message catalog change reaches only connected elements.
    setMessages('en', {});
    await aTimeout(20);

    expect(errors, 'no upcart-error').to.have.length(0);
    expect(problems, 'no console error').to.deep.equal([]);
    expect(control.calls.length, 'no request after removal (the debounced quote never went)').to.equal(callsBefore);
    expect(el.store).to.equal(undefined);
    // The store: destroyed, no listener, nothing in flight, no timer (its private parts are read
    // here on purpose rather than widening its API for a test).
    const inside = store as unknown as {
      container: { listeners: Set<unknown>; eventListeners: Set<unknown>; destroyed: boolean };
      runner: { inFlight: Map<unknown, unknown> };
      quotes: { quoteTimer: unknown };
    };
    expect(inside.container.destroyed).to.equal(true);
    expect(inside.container.listeners.size, 'state listeners').to.equal(0);
    expect(inside.container.eventListeners.size, 'event listeners').to.equal(0);
    expect(inside.runner.inFlight.size, 'requests in flight').to.equal(0);
    expect(inside.quotes.quoteTimer, 'debounce timer').to.equal(null);
    expect(updates, 'removed elements re-rendered').to.deep.equal([]);
    // And it stays inert.
    let called = false;
    store.subscribe(() => (called = true));
    expect(store.setQuantity('extensions', 70).ok).to.equal(false);
    expect(called).to.equal(false);
  });

  it('keeps two sessions on one page apart: state, quotes, errors and orders', async () => {
    const a = await session({ id: 'a', flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }, http());
    const b = await session({ id: 'b', flow: 'upgrade', product: 'contact-center', subscription: 'sub-cc' }, http());
    await loaded(a);
    await loaded(b);
    expect(a.store).to.not.equal(b.store);
    const fromA: string[] = [];
    const fromB: string[] = [];
    a.addEventListener('upcart-error', (event) => fromA.push(event.detail.step));
    b.addEventListener('upcart-error', (event) => fromB.push(event.detail.step));

    // A's change prices A only.
    stepper(a).shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    await waitUntil(() => a.store!.getState().quote !== null, 'A was never priced', { timeout: 3000 });
    expect(b.store!.getState().quote).to.equal(null);
    expect(b.store!.getState().selection!.flow).to.equal('upgrade');

    // B's failing quote is B's error only.
    mock.faults.set('createQuote', { status: 500, times: 1 });
    const accounts = deepQuery<CapacityStepper>(b, 'capacity-stepper[plan-quantity]')!;
    accounts.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    await waitUntil(() => b.store!.getState().status.quote.state === 'error', 'B never failed', { timeout: 3000 });
    await settle(a);
    await settle(b);
    expect(fromB).to.deep.equal(['quote']);
    expect(fromA).to.deep.equal([]);
    expect(visibleAlerts(a).map(textOf)).to.deep.equal([]);
    expect(visibleAlerts(b).length).to.be.greaterThan(0);
    expect(a.store!.getState().quote, 'A keeps its quote').to.not.equal(null);

    // A's order is A's.
    payOf(a).shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="offline"]')!.click();
    await settle(a);
    payOf(a).shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!.click();
    await waitUntil(() => a.store!.getState().order !== null, 'A never ordered', { timeout: 3000 });
    await settle(b);
    expect(b.store!.getState().order).to.equal(null);
    expect(payOf(b).shadowRoot!.querySelector('[part="result"]')).to.equal(null);
    expect(mock.db.listOrders()).to.have.length(1);
    expect(unquotedPrices(a, (id) => mock.db.getQuote(id))).to.deep.equal([]);
    expect(unquotedPrices(b, (id) => mock.db.getQuote(id))).to.deep.equal([]);
  });

  describe('a reload after Place Order was sent and before its answer', () => {
    async function placeOrder(el: CheckoutSession): Promise<void> {
      stepper(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
      await waitUntil(() => el.store!.getState().quote !== null, 'never priced', { timeout: 3000 });
      await settle(el);
      payOf(el).shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="offline"]')!.click();
      await settle(el);
      payOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!.click();
    }

    async function resumed(el: CheckoutSession): Promise<void> {
      await waitUntil(() => el.store?.getState().order?.status === 'awaiting_offline_payment', 'the second page never showed the order', { timeout: 3000 });
      await settle(el);
      const order = el.store!.getState().order!;
      expect(mock.db.listOrders().map((stored) => stored.id)).to.deep.equal([order.id]);
      expect(textOf(payOf(el).shadowRoot!.querySelector('[part="result"] .order-id'))).to.equal(order.id);
      expect(new OrderAttempts(sessionStorage).read(attemptScope(el.store!.getState().config!)), 'the attempt is done').to.equal(null);
    }

    it('the server made the order, the answer is lost: the next page shows that one order', async () => {
      const first = http();
      const held = first.holdNext('createOrder', 600);
      const one = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }, first);
      await loaded(one);
      await placeOrder(one);
      await held.answered;
      expect(mock.db.listOrders()).to.have.length(1);
      one.remove();

      const second = http();
      const two = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }, second);
      await loaded(two);
      await resumed(two);
      expect(second.count('createOrder'), 'the attempt was sent again, with its key').to.equal(1);
      await held.delivered;
      expect(mock.db.listOrders()).to.have.length(1);
      expect(errors).to.have.length(0);
      expect(problems).to.deep.equal([]);
    });

    it('the request never reached the server: the next page makes the order once', async () => {
      const first = http();
      // The first page's request is lost before the server.
      const lost = { ...first.backend, createOrder: () => new Promise<never>(() => {}) };
      const one = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }, { ...first, backend: lost });
      await loaded(one);
      await placeOrder(one);
      await waitUntil(() => one.store!.getState().status.order.state === 'loading', 'never sent', { timeout: 3000 });
      expect(mock.db.listOrders()).to.have.length(0);
      one.remove();

      const two = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }, http());
      await loaded(two);
      await resumed(two);
      expect(errors).to.have.length(0);
    });
  });

  /** The expand flow with one more extension priced, offline chosen, and Place Order held in flight. */
  async function offlineOrderInFlight() {
    const control = http();
    const el = await session({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }, control);
    await loaded(el);
    const store = el.store!;
    stepper(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    await waitUntil(() => store.getState().quote !== null, 'never priced', { timeout: 3000 });
    await settle(el);
    payOf(el).shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="offline"]')!.click();
    await settle(el);
    const billed = store.getState().contactId;
    const held = control.holdNext('createOrder', 300);
    payOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!.click();
    await held.answered;
    return { el, store, held, billed };
  }

  it('a quantity change while Place Order is in flight does not leave an order for another selection on screen', async () => {
    const { el, store, held } = await offlineOrderInFlight();
    // The buyer clicks plus once more while the order is on its way.
    stepper(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
    await settle(el);
    await held.delivered;
    await waitUntil(() => store.getState().status.order.state !== 'loading', 'the order never settled', { timeout: 3000 });
    await aTimeout(300);
    await settle(el);
    const state = store.getState();
    const order = state.order!;
    expect(order, 'the order the server made is shown').to.not.equal(null);
    const ordered = mock.db.listOrders();
    expect(ordered).to.have.length(1);
    // What is on screen describes the order: the selection is the ordered one, priced by its quote.
    expect(extensions(store), 'the selection stayed what was ordered').to.equal(51);
    expect(state.quote?.id, 'the quote on screen is the ordered one').to.equal(order.quoteId);
    expect(unquotedPrices(el, (id) => mock.db.getQuote(id))).to.deep.equal([]);
  });

  it('a contact chosen while Place Order is in flight is refused, and the list goes back to the billed contact', async () => {
    const { el, store, held, billed } = await offlineOrderInFlight();
    const select = el.shadowRoot!.querySelector('billing-contact')!.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    const other = [...select.options].find((option) => option.value && option.value !== billed)!;
    select.value = other.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(store.getState().contactId, 'the store kept the billed contact').to.equal(billed);
    expect(select.value, 'the list shows the billed contact again').to.equal(billed);
    await held.delivered;
    await waitUntil(() => store.getState().order !== null, 'the order never arrived', { timeout: 3000 });
  });
});
