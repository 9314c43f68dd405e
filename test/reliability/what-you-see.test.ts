/**
 * What the buyer sees is what is ordered: after an order the checkout is a receipt, a
 * field showing a refused value blocks ordering, no quote in another currency is shown, an expired
 * or superseded price is never paid silently, and a refused promotion code keeps the price.
 * Each test fails without its fix; they run on the MSW mock backend through the real elements
 * where the buyer's view is the point, and on the store where the rule lives.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { MockBackend } from '../../mocks/index.js';
import type { CheckoutBackend } from '../../src/api/backend.js';
import { httpBackend } from '../../src/api/http-backend.js';
import type { Money, Quote } from '../../src/api/schemas.js';
import '../../src/define.js';
import type { CapacityStepper } from '../../src/elements/capacity-stepper/capacity-stepper.component.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import { UpcartNewOrderEvent } from '../../src/events/new-order.js';
import { UpcartSubscriptionsUpdateEvent } from '../../src/events/subscriptions-update.js';
import { formatMoney } from '../../src/i18n/format.js';
import { payableOrder } from '../../src/store/checkout-state.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { createLoadedStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';
import { ManualTimers } from '../store/manual-timers.js';
import { controlledBackend, deepQuery, deepQueryAll, pricesOnScreen, textOf, unquotedPrices } from './helpers.js';

let mock: MockBackend;
const stores: CheckoutStore[] = [];

before(async () => {
  mock = await startMockBackend();
});

beforeEach(() => mock.reset());

afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
});

function keep(store: CheckoutStore): CheckoutStore {
  stores.push(store);
  return store;
}

async function session(attributes: string, backend: CheckoutBackend): Promise<CheckoutSession> {
  const [flow, product, subscription] = attributes.split(' ');
  const el = await fixture<CheckoutSession>(html`<checkout-session
    locale="en-US"
    flow=${flow!}
    product=${product!}
    subscription=${subscription ?? ''}
    .backend=${backend}
  ></checkout-session>`);
  const store = el.store!;
  await until(store, (state) => state.selection !== null && state.status.contacts.state === 'done', 'the session never loaded');
  return el;
}

const inShadow = <T extends Element = HTMLElement>(root: Element, selector: string) => root.shadowRoot!.querySelector<T>(selector);

async function typeInto(stepper: CapacityStepper, text: string): Promise<void> {
  const input = stepper.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
  await stepper.updateComplete;
}

/** Every Money of a quote in `currency`, so the quote is consistent but in another currency. */
function inCurrency(quote: Quote, currency: string): Quote {
  const to = (money: Money): Money => ({ ...money, currency });
  return {
    ...quote,
    currency,
    lines: quote.lines.map((line) => ({ ...line, unitPrice: to(line.unitPrice), amount: to(line.amount) })),
    subtotal: to(quote.subtotal),
    discount: quote.discount && { ...quote.discount, amount: to(quote.discount.amount) },
    tax: { ...quote.tax, amount: to(quote.tax.amount) },
    total: to(quote.total),
  };
}

/** A store with a pending card order for 60 extensions (its card not charged yet). */
async function pendingCardOrder() {
  const store = keep(await createLoadedStore(mock, flows.expand));
  store.setQuantity('extensions', 60);
  await quoteSettled(store);
  store.setPaymentMethod('card');
  expect((await store.placeOrder()).ok).to.equal(true);
  return { store, stale: store.getState().order! };
}

describe('what the buyer sees is what is ordered', function () {
  this.timeout(12_000);

  it('an order placed locks the checkout into a receipt, reads the subscription again, and "Start a new order" starts over', async () => {
    const control = controlledBackend(httpBackend({ baseUrl: '/api' }));
    const el = await session('expand pseries sub-pseries', control.backend);
    const store = el.store!;
    store.setQuantity('extensions', 60);
    await quoteSettled(store);
    const quote = store.getState().quote!;
    store.setPaymentMethod('offline');
    const pay = deepQuery<LitElement>(el, 'pay-checkout')!;
    const updated = oneEvent(el, UpcartSubscriptionsUpdateEvent.eventName);
    await waitUntil(() => inShadow(pay, '[part="pay-button"]')?.getAttribute('aria-disabled') === 'false', 'Place Order never enabled');
    inShadow<HTMLButtonElement>(pay, '[part="pay-button"]')!.click();
    await until(store, (state) => state.order?.status === 'awaiting_offline_payment', 'no order');
    expect((await updated).detail.subscriptions[0]!.id).to.equal('sub-pseries');
    expect(control.count('getSubscription'), 'the subscription is read again').to.equal(2);

    // Nothing can change what was ordered, and nothing is priced any more.
    const quotes = control.count('createQuote');
    expect(store.setQuantity('extensions', 61)).to.deep.equal({ ok: false, reason: 'order_complete' });
    expect(store.setPromoCode('WELCOME10')).to.deep.equal({ ok: false, reason: 'order_complete' });
    expect(store.setPaymentMethod('card')).to.deep.equal({ ok: false, reason: 'order_complete' });
    expect((await store.retry('quote')).ok).to.equal(false);
    expect(control.count('createQuote'), 'no further quote').to.equal(quotes);
    const picker = deepQuery<LitElement>(el, 'plan-picker')!;
    await picker.updateComplete;
    expect(inShadow<HTMLFieldSetElement>(picker, 'fieldset.locked')?.disabled, 'the picker is read-only').to.equal(true);
    const stepper = deepQueryAll<CapacityStepper>(el, 'capacity-stepper').find((candidate) => candidate.getAttribute('service-id') === 'extensions')!;
    await stepper.updateComplete;
    expect(stepper.shadowRoot!.querySelector('input')!.disabled, 'the stepper is off').to.equal(true);

    // The receipt: every row of the quote, in the summary and in the result.
    const summary = deepQuery<LitElement>(el, 'order-summary')!;
    await summary.updateComplete;
    expect(textOf(inShadow(summary, '[part="subtotal"]'))).to.contain(formatMoney(quote.subtotal, 'en-US'));
    expect(textOf(inShadow(summary, '[part="tax"]'))).to.contain(formatMoney(quote.tax.amount, 'en-US'));
    expect(textOf(inShadow(summary, '[part="total"]'))).to.equal(formatMoney(quote.total, 'en-US'));
    expect(inShadow(summary, '[part="promo"]') === null, 'no promotion field on a receipt').to.equal(true);
    await pay.updateComplete;
    expect(textOf(inShadow(pay, '[part="receipt-subtotal"]'))).to.contain(formatMoney(quote.subtotal, 'en-US'));
    expect(textOf(inShadow(pay, '[part="receipt-tax"]'))).to.contain(formatMoney(quote.tax.amount, 'en-US'));
    expect(unquotedPrices(el, (id) => mock.db.getQuote(id))).to.deep.equal([]);

    // Start a new order: a fresh selection of the subscription as it is now.
    const started = oneEvent(el, UpcartNewOrderEvent.eventName);
    inShadow<HTMLButtonElement>(pay, '[part="new-order"]')!.click();
    await started;
    const state = store.getState();
    expect(state.order).to.equal(null);
    expect(state.quote).to.equal(null);
    expect(state.selection?.flow === 'expand' && state.selection.quantities['extensions']).to.equal(50);
    expect(store.setQuantity('extensions', 55).ok).to.equal(true);
    await quoteSettled(store);
    expect(store.getState().quote!.id).to.not.equal(quote.id);
  });

  it('a paid trial upgrade and a paid renewal show the subscriptions as they are after payment', async () => {
    const upgrade = keep(await createLoadedStore(mock, flows.upgradeTrial));
    expect(upgrade.getState().subscriptions[0]!.status).to.equal('trial');
    await quoteSettled(upgrade);
    upgrade.setPaymentMethod('card');
    expect((await upgrade.placeOrder()).ok).to.equal(true);
    expect((await upgrade.confirmOrder({ paymentIntentId: 'pi_stand_in' })).ok).to.equal(true);
    await until(upgrade, (state) => state.subscriptions[0]!.status === 'active', 'the trial still shows as a trial');

    const renew = keep(await createLoadedStore(mock, flows.renew));
    const [first] = renew.getState().subscriptions;
    renew.setRenewalSelection([first!.id]);
    renew.setDuration(renew.getState().catalog!.renewalDurations[0]!.id);
    await quoteSettled(renew);
    renew.setPaymentMethod('card');
    expect((await renew.placeOrder()).ok).to.equal(true);
    expect((await renew.confirmOrder({ paymentIntentId: 'pi_stand_in' })).ok).to.equal(true);
    await until(
      renew,
      (state) => state.subscriptions.find((subscription) => subscription.id === first!.id)!.termEnd > first!.termEnd,
      'the old expiry date still shows',
    );
  });

  it('a quantity typed out of range blocks Place Order with its reason, and no total is shown for the quantity the store kept', async () => {
    const control = controlledBackend(httpBackend({ baseUrl: '/api' }));
    const el = await session('upgrade contact-center sub-cc', control.backend);
    const store = el.store!;
    store.selectPlan('cc-3');
    store.setPaymentMethod('offline');
    await quoteSettled(store);
    const picker = deepQuery<LitElement>(el, 'plan-picker')!;
    const stepper = picker.shadowRoot!.querySelector<CapacityStepper>('capacity-stepper[plan-quantity]')!;
    await typeInto(stepper, '600');
    await until(store, (state) => state.rejectedInputs['quantity'] !== undefined, 'the store never heard of the refused value');
    expect(store.getState().selection).to.deep.include({ quantity: 100 });

    const pay = deepQuery<LitElement>(el, 'pay-checkout')!;
    const summary = deepQuery<LitElement>(el, 'order-summary')!;
    await Promise.all([pay.updateComplete, summary.updateComplete, picker.updateComplete]);
    const button = inShadow<HTMLButtonElement>(pay, '[part="pay-button"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(inShadow(pay, '.blockers'))).to.contain('Enter a whole number from 1 to 500');
    button.click();
    expect(await store.placeOrder()).to.deep.equal({ ok: false, reason: 'rejected_input' });
    expect(control.count('createOrder')).to.equal(0);
    expect(inShadow(summary, '[part="total"]') === null, 'no total for 100 while 600 shows').to.equal(true);
    expect(inShadow(picker, '[part="total"]') === null, 'no preview for 100 while 600 shows').to.equal(true);
    expect(pricesOnScreen(el), 'no figure priced for 100 while 600 shows').to.deep.equal([]);

    await typeInto(stepper, '120');
    await until(store, (state) => state.rejectedInputs['quantity'] === undefined && state.quote !== null, 'the fixed value was not priced');
    await Promise.all([pay.updateComplete, summary.updateComplete]);
    expect(inShadow(pay, '[part="pay-button"]')!.getAttribute('aria-disabled')).to.equal('false');
    expect(textOf(inShadow(summary, '[part="total"]'))).to.equal(formatMoney(store.getState().quote!.total, 'en-US'));
  });

  it('the same rule holds for a service stepper: a capacity below the current one blocks ordering', async () => {
    const el = await session('expand pseries sub-pseries', httpBackend({ baseUrl: '/api' }));
    const store = el.store!;
    store.setQuantity('extensions', 60);
    await quoteSettled(store);
    const stepper = deepQueryAll<CapacityStepper>(el, 'capacity-stepper').find((candidate) => candidate.getAttribute('service-id') === 'extensions')!;
    await typeInto(stepper, '5');
    await until(store, (state) => state.rejectedInputs['extensions'] !== undefined, 'the store never heard of the refused value');
    expect(await store.placeOrder()).to.deep.equal({ ok: false, reason: 'rejected_input' });
    stepper.remove();
    await until(store, (state) => Object.keys(state.rejectedInputs).length === 0, 'a removed field still blocks the order');
  });

  it('a quote in another currency than the catalog is refused when the session names no currency', async () => {
    const base = httpBackend({ baseUrl: '/api' });
    const backend: CheckoutBackend = { ...base, createQuote: async (request, options) => inCurrency(await base.createQuote(request, options), 'EUR') };
    const store = keep(new CheckoutStore({ backend, quoteDebounceMs: 0 }));
    store.configure({ ...flows.expand, locale: 'en-US' });
    await Promise.all([store.load(), store.loadContacts()]);
    expect(store.getState().catalog!.currency).to.equal('USD');
    store.setQuantity('extensions', 60);
    await quoteSettled(store);
    const { quote, status } = store.getState();
    expect(quote).to.equal(null);
    expect(status.quote.error?.code).to.equal('bad_response');
    expect(status.quote.error?.message).to.contain('EUR');
  });

  it('a pending card order whose quote expired is not paid at the old price: the checkout re-quotes and the server refuses the old one', async () => {
    const { store, stale } = await pendingCardOrder();
    // The card was declined; the buyer comes back after the price expired.
    mock.clock.advanceMinutes(16);
    expect(() => mock.db.confirmOrder(stale.id, { paymentIntentId: 'pi_late' }))
      .to.throw()
      .with.property('code', 'quote_expired');
    expect(await store.preparePayment()).to.deep.equal({ ok: false, reason: 'quote_expired' });
    expect(store.getState().priceChange?.reason).to.equal('quote_expired');
    await quoteSettled(store);
    const fresh = store.getState().quote!;
    expect(fresh.id).to.not.equal(stale.quoteId);
    expect(payableOrder(store.getState()), 'the old order is not reused').to.equal(null);
    // Same total: nothing to confirm; a new order is made for the new quote and paid.
    expect(store.getState().priceChange).to.equal(null);
    expect((await store.preparePayment()).ok).to.equal(true);
    const order = store.getState().order!;
    expect(order.id).to.not.equal(stale.id);
    expect(order.quoteId).to.equal(fresh.id);
    expect((await store.confirmOrder({ paymentIntentId: 'pi_good' })).ok).to.equal(true);
    await waitUntil(() => mock.db.getOrder(stale.id).status === 'cancelled', 'the replaced order was left pending');
  });

  it('a pending order confirmed after its quote expired on the server is refused, and the checkout re-quotes', async () => {
    const { store, stale } = await pendingCardOrder();
    // The server's clock is ahead of what the client knows: only the server sees the expiry.
    mock.clock.advanceMinutes(16);
    const refused = await store.confirmOrder({ paymentIntentId: 'pi_late' });
    expect(refused.ok === false && refused.error?.serverCode).to.equal('quote_expired');
    expect(store.getState().priceChange).to.deep.include({ reason: 'quote_expired', refusedOrder: true });
    await quoteSettled(store);
    expect(store.getState().quote!.id).to.not.equal(stale.quoteId);
    expect(mock.db.getOrder(stale.id).status).to.equal('pending_payment');
  });

  it("an order the client refuses (its total is not the quote's) is cancelled on the server, and a retry makes a new one", async () => {
    const base = httpBackend({ baseUrl: '/api' });
    let tamper = true;
    const backend: CheckoutBackend = {
      ...base,
      createOrder: async (request, key, options) => {
        const order = await base.createOrder(request, key, options);
        return tamper ? { ...order, total: { ...order.total, amount: order.total.amount + 100 } } : order;
      },
    };
    const store = keep(new CheckoutStore({ backend, quoteDebounceMs: 0 }));
    store.configure({ ...flows.expand, locale: 'en-US' });
    await Promise.all([store.load(), store.loadContacts()]);
    store.setQuantity('extensions', 60);
    await quoteSettled(store);
    store.setPaymentMethod('offline');
    const refused = await store.placeOrder();
    expect(refused.ok === false && refused.error?.code).to.equal('bad_response');
    expect(store.getState().order).to.equal(null);
    const [made] = mock.db.listOrders();
    await waitUntil(() => mock.db.getOrder(made!.id).status === 'cancelled', 'the refused order was left behind');
    tamper = false;
    expect((await store.retry('order')).ok).to.equal(true);
    expect(store.getState().order!.id).to.not.equal(made!.id);
    expect(mock.db.listOrders().filter((order) => order.status === 'awaiting_offline_payment')).to.have.length(1);
  });

  it('an expired price is re-quoted by itself, and the summary says so meanwhile', async () => {
    const timers = new ManualTimers();
    const control = controlledBackend(httpBackend({ baseUrl: '/api' }));
    const store = keep(new CheckoutStore({ backend: control.backend, quoteDebounceMs: 0, timers, now: () => mock.clock.now().getTime() }));
    store.configure({ ...flows.expand, locale: 'en-US' });
    await Promise.all([store.load(), store.loadContacts()]);
    store.setQuantity('extensions', 60);
    timers.advance(0);
    await quoteSettled(store);
    const first = store.getState().quote!;
    const summary = await fixture<LitElement>(html`<order-summary .store=${store}></order-summary>`);
    const held = control.holdNext('createQuote', 50);
    mock.clock.advanceMinutes(15);
    timers.advance(15 * 60_000);
    expect(store.getState().quote, 'the expired price is gone at once').to.equal(null);
    expect(store.getState().priceChange?.reason).to.equal('quote_expired');
    await summary.updateComplete;
    expect(textOf(summary.shadowRoot!.querySelector('.notice'))).to.contain('has expired');
    await held.delivered;
    await quoteSettled(store);
    const fresh = store.getState().quote!;
    expect(fresh.id).to.not.equal(first.id);
    expect(store.getState().priceChange, 'the same total needs no confirmation').to.equal(null);
    expect(Date.parse(fresh.expiresAt)).to.be.above(Date.parse(first.expiresAt));
  });

  it('a price superseded elsewhere: the buyer is told why Place Order ordered nothing, and can order again', async () => {
    const el = await session('expand pseries sub-pseries', httpBackend({ baseUrl: '/api' }));
    const store = el.store!;
    store.setQuantity('extensions', 60);
    await quoteSettled(store);
    store.setPaymentMethod('offline');
    // Another tab asks for a price for the same subscription.
    mock.db.createQuote(store.getState().quoteRequest);
    const pay = deepQuery<LitElement>(el, 'pay-checkout')!;
    await waitUntil(() => inShadow(pay, '[part="pay-button"]')?.getAttribute('aria-disabled') === 'false', 'Place Order never enabled');
    inShadow<HTMLButtonElement>(pay, '[part="pay-button"]')!.click();
    await until(store, (state) => state.priceNotice === 'quote_superseded' && state.quote !== null, 'no notice after the refusal');
    await pay.updateComplete;
    expect(textOf(inShadow(pay, '.notice[role="status"]'))).to.contain('A newer price was made');
    expect(store.getState().order).to.equal(null);
    expect((await store.placeOrder()).ok).to.equal(true);
    expect(store.getState().priceNotice).to.equal(null);
  });

  it('a refused promotion code keeps the price without it on screen, with the reason beside the field', async () => {
    const control = controlledBackend(httpBackend({ baseUrl: '/api' }));
    const store = keep(new CheckoutStore({ backend: control.backend, quoteDebounceMs: 0, now: () => mock.clock.now().getTime() }));
    store.configure({ ...flows.expand, locale: 'en-US' });
    await Promise.all([store.load(), store.loadContacts()]);
    store.setQuantity('extensions', 60);
    await quoteSettled(store);
    const priced = store.getState().quote!;
    const quotes = control.count('createQuote');
    store.setPromoCode('EXPIRED20');
    await until(store, (state) => state.promoRefusal !== null, 'the code was never refused');
    const state = store.getState();
    expect(state.quote, 'the price without the code is back').to.equal(priced);
    expect(state.promoCode).to.equal(null);
    expect(state.status.quote.state).to.equal('done');
    expect(state.promoRefusal!.code).to.equal('EXPIRED20');
    expect(control.count('createQuote'), 'no extra request to get the old price back').to.equal(quotes + 1);
    store.setPaymentMethod('offline');
    expect(await store.placeOrder(), 'the kept price is payable').to.deep.equal({ ok: true });
  });
});
