/**
 * `<pay-checkout>` against a backend whose payment provider is the truth (as the reference server
 * is): confirming after the provider's step answers the order still `pending_payment`, and the
 * element shows that it waits, fires `upcart-payment-pending`, reads the order until the
 * "webhook" pays (or fails) it, offers "Check again" when the reads run out, and stops reading
 * when it is removed. The mock backend's confirmation is swapped for one that only answers the
 * order; its own confirmation (which pays) stands in for the provider's webhook.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import '../../src/elements/pay-checkout/pay-checkout.js';
import type { PayCheckout } from '../../src/elements/pay-checkout/pay-checkout.component.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import type { Order } from '../../src/api/schemas.js';
import { configurePayments } from '../../src/payments/payment-config.js';
import { createLoadedStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';
import { buttonByText, fillCard, until as poll } from '../payments/stand-in-helpers.js';

let mock: MockBackend;
let store: CheckoutStore;
let reads = 0;
/** The provider's webhook: pays the order as the backend would on a verified event. */
let webhook: (orderId: string) => Order;
let restore = () => {};

before(async () => {
  mock = await startMockBackend();
});

beforeEach(async () => {
  mock.reset();
  configurePayments({ stripeScriptUrl: '/public/stand-ins/stripe.js', paypalSdkBaseUrl: '/public/stand-ins/paypal.js', confirmPollMs: [30, 30, 30, 30] });
  const db = mock.db;
  const pays = db.confirmOrder.bind(db);
  const gets = db.getOrder.bind(db);
  const originals = { confirmOrder: db.confirmOrder, getOrder: db.getOrder };
  restore = () => Object.assign(db, originals);
  webhook = (orderId) => pays(orderId, {});
  // The provider decides: the browser's confirmation answers the order as it stands.
  db.confirmOrder = (orderId) => gets(orderId);
  reads = 0;
  db.getOrder = (orderId) => {
    reads += 1;
    return gets(orderId);
  };
  store = await createLoadedStore(mock, flows.expand);
  store.setQuantity('extensions', 60);
  await quoteSettled(store);
});

afterEach(() => {
  restore();
  store.destroy();
  configurePayments({ confirmPollMs: undefined });
  for (const overlay of document.querySelectorAll('[data-upcart-stand-in]')) overlay.remove();
});

const $ = (el: PayCheckout, selector: string) => el.shadowRoot!.querySelector(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pending = (el: PayCheckout) => $(el, '[part="payment-pending"]');

async function payByCard(): Promise<PayCheckout> {
  const el = await fixture<PayCheckout>(html`<pay-checkout .store=${store}></pay-checkout>`);
  ($(el, 'input[name="method"][value="card"]') as HTMLInputElement).click();
  await el.updateComplete;
  const mount = await poll(() => document.querySelector<HTMLElement>('[slot^="card-mount"]'), 'the card mount');
  await poll(() => mount.querySelector('iframe'), 'the card element');
  const pay = () => $(el, '[part="pay-button"]') as HTMLButtonElement;
  await poll(() => pay().getAttribute('aria-disabled') === 'false' || null, 'the card form to be ready');
  fillCard(mount, '4242 4242 4242 4242');
  pay().click();
  return el;
}

describe('<pay-checkout> waits for the server to confirm a payment', () => {
  it('card: shows the pending state and fires upcart-payment-pending, reads the order until the webhook pays it', async () => {
    const events: string[] = [];
    const el = await payByCard();
    el.addEventListener('upcart-payment-pending', (event) => events.push(`pending ${event.detail.order.status}`));
    el.addEventListener('upcart-order-complete', (event) => events.push(`complete ${event.detail.order.status}`));
    await poll(() => pending(el), 'the pending note');
    expect(text(pending(el))).to.contain('Waiting for our confirmation');
    expect(pending(el)!.getAttribute('role')).to.equal('status');
    expect(($(el, '[part="pay-button"]') as HTMLButtonElement).getAttribute('aria-disabled')).to.equal('true');
    await poll(() => reads >= 2 || null, 'two reads of the order');
    expect(store.getState().order?.status).to.equal('pending_payment');
    webhook(store.getState().order!.id);
    await until(store, (state) => state.order?.status === 'paid');
    await el.updateComplete;
    await poll(() => $(el, '[part="result"]'), 'the result');
    expect(pending(el)).to.equal(null);
    expect(events).to.deep.equal(['pending pending_payment', 'complete paid']);
  });

  it('still pending after the last read: says so, and "Check again" reads it again', async () => {
    const el = await payByCard();
    await poll(() => text(pending(el)).includes('still being confirmed') || null, 'the still-pending note', 5000);
    const readsThen = reads;
    expect(readsThen).to.equal(4);
    webhook(store.getState().order!.id);
    buttonByText(el.shadowRoot!, 'Check again')!.click();
    await until(store, (state) => state.order?.status === 'paid');
    expect(reads).to.be.greaterThan(readsThen);
  });

  it('a failed payment ends the wait with the failed order', async () => {
    const el = await payByCard();
    await poll(() => pending(el), 'the pending note');
    const record = mock.db.repository.orders.get(store.getState().order!.id)!;
    record.order.status = 'failed';
    await until(store, (state) => state.order?.status === 'failed');
    await el.updateComplete;
    await poll(() => $(el, '[part="result"]'), 'the result');
    expect(pending(el)).to.equal(null);
  });

  it('stops reading the order when the element is removed', async () => {
    configurePayments({ confirmPollMs: [30, 30, 30, 30, 30, 30, 30, 30] });
    const el = await payByCard();
    await poll(() => reads >= 1 || null, 'a first read');
    el.remove();
    const readsThen = reads;
    // Nothing to wait for but time: longer than the reads left would have taken.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reads - readsThen).to.be.at.most(1);
  });

  it('PayPal: approved, the order stays pending until the server settles it, then the result', async () => {
    const el = await fixture<PayCheckout>(html`<pay-checkout .store=${store}></pay-checkout>`);
    ($(el, 'input[name="method"][value="paypal"]') as HTMLInputElement).click();
    await el.updateComplete;
    const buttons = await poll(() => document.querySelector('[data-upcart-stand-in="paypal-buttons"]'), 'the PayPal buttons');
    buttonByText(buttons, 'PayPal')!.click();
    const panel = await poll(() => document.querySelector('[data-upcart-stand-in="paypal-approval"]'), 'the approval panel');
    buttonByText(panel, 'Approve payment')!.click();
    await poll(() => text(pending(el)).includes('Waiting for our confirmation') || null, 'the pending note');
    webhook(store.getState().order!.id);
    await until(store, (state) => state.order?.status === 'paid');
    await el.updateComplete;
    await poll(() => $(el, '[part="result"]'), 'the result');
  });
});
