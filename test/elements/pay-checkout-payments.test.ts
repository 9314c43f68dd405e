/**
 * `<pay-checkout>` paying for real through the local Stripe and PayPal stand-ins and the mock
 * backend: nothing loads before a method is chosen; success, decline, an extra authentication
 * step, cancel, a double click and a retry after a network failure each end with exactly one
 * order; a provider that cannot load leaves offline payable; the mount works from inside
 * another element's shadow root.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import '../../src/elements/pay-checkout/pay-checkout.js';
import '../../src/elements/checkout-session/checkout-session.js';
import type { PayCheckout } from '../../src/elements/pay-checkout/pay-checkout.component.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import { configurePayments } from '../../src/payments/payment-config.js';
import { createLoadedStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';
import { buttonByText, fillCard, scriptsAt, until as poll } from '../payments/stand-in-helpers.js';

const STRIPE = '/public/stand-ins/stripe.js';
const PAYPAL = '/public/stand-ins/paypal.js';

let mock: MockBackend;
let store: CheckoutStore;
const stores: CheckoutStore[] = [];

before(async () => {
  mock = await startMockBackend();
});

beforeEach(async () => {
  mock.reset();
  configurePayments({ stripeScriptUrl: STRIPE, paypalSdkBaseUrl: PAYPAL, nonce: 'n0nce' });
  store = await createLoadedStore(mock, flows.expand);
  stores.push(store);
  store.setQuantity('extensions', 60);
  await quoteSettled(store);
});

afterEach(() => {
  for (const created of stores.splice(0)) created.destroy();
  for (const overlay of document.querySelectorAll('[data-upcart-stand-in]')) overlay.remove();
});

const $ = (el: PayCheckout, selector: string) => el.shadowRoot!.querySelector(selector);
const payButton = (el: PayCheckout) => $(el, '[part="pay-button"]') as HTMLButtonElement;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(): Promise<PayCheckout> {
  const el = await fixture<PayCheckout>(html`<pay-checkout .store=${store}></pay-checkout>`);
  await el.updateComplete;
  return el;
}

async function choose(el: PayCheckout, method: string): Promise<void> {
  ($(el, `input[name="method"][value="${method}"]`) as HTMLInputElement).click();
  await el.updateComplete;
}

/** The light-DOM element Stripe's Payment Element was mounted into. */
async function cardMount(el: PayCheckout): Promise<HTMLElement> {
  const mount = await poll(() => document.querySelector<HTMLElement>('[slot^="card-mount"], [slot^="upcart-mount"]'), 'the card mount');
  await poll(() => mount.querySelector('iframe'), 'the card element to mount');
  await poll(() => payButton(el).getAttribute('aria-disabled') === 'false' || null, 'the card form to be ready');
  return mount;
}

const ordersPaid = () => mock.db.listOrders().filter((order) => order.status === 'paid');

describe('<pay-checkout> payments', () => {
  it('loads no provider script before a method is chosen, and only the chosen one', async () => {
    const el = await render();
    expect(scriptsAt(STRIPE)).to.have.length(0);
    expect(scriptsAt(PAYPAL.replace(/\?.*/, ''))).to.have.length(0);
    await choose(el, 'offline');
    expect(scriptsAt(STRIPE)).to.have.length(0);
    await choose(el, 'card');
    await poll(() => scriptsAt(STRIPE).length === 1, 'the Stripe stand-in to load');
    expect(scriptsAt(STRIPE)[0]!.nonce).to.equal('n0nce');
    expect(document.querySelectorAll(`script[src*="paypal"]`)).to.have.length(0);
  });

  it('pays by card: one order, paid, with the invoice, and no card data in Upcart', async () => {
    const el = await render();
    const complete: string[] = [];
    el.addEventListener('upcart-order-complete', (event) => complete.push(event.detail.order.status));
    await choose(el, 'card');
    const mount = await cardMount(el);
    expect(mount.getRootNode()).to.equal(document);
    expect(text(payButton(el))).to.equal('Pay $132.92');
    fillCard(mount, '4242 4242 4242 4242');
    payButton(el).click();
    await until(store, (state) => state.order?.status === 'paid');
    await el.updateComplete;
    expect(mock.db.listOrders()).to.have.length(1);
    expect(complete).to.deep.equal(['paid']);
    expect(text($(el, '[part="result"] .status'))).to.contain('Paid');
    expect($(el, '[part="invoice-link"]')).to.exist;
    // The card number lives in the provider's frame only.
    expect(JSON.stringify(store.getState())).to.not.contain('4242');
    expect(el.shadowRoot!.innerHTML).to.not.contain('4242');
    // The order is complete: Stripe's element and its mount are gone.
    expect(document.querySelector('[slot^="card-mount"]')).to.equal(null);
  });

  it("shows Stripe's decline message and lets the buyer try again on the same order", async () => {
    const el = await render();
    await choose(el, 'card');
    const mount = await cardMount(el);
    fillCard(mount, '4000 0000 0000 0002');
    payButton(el).click();
    await poll(() => text($(el, '[role="alert"]')).includes('declined') || null, 'the decline message');
    expect(mock.db.listOrders()).to.have.length(1);
    expect(mock.db.listOrders()[0]!.status).to.equal('pending_payment');
    fillCard(mount, '4242 4242 4242 4242');
    payButton(el).click();
    await until(store, (state) => state.order?.status === 'paid');
    expect(mock.db.listOrders()).to.have.length(1);
    expect(ordersPaid()).to.have.length(1);
  });

  it('leaves the extra authentication step to Stripe (3-D Secure)', async () => {
    const el = await render();
    await choose(el, 'card');
    const mount = await cardMount(el);
    fillCard(mount, '4000 0027 6000 3184');
    payButton(el).click();
    const dialog = await poll(() => document.querySelector('[data-upcart-stand-in="stripe-3ds"]'), 'the 3-D Secure dialog');
    buttonByText(dialog, 'Complete authentication')!.click();
    await until(store, (state) => state.order?.status === 'paid');
    expect(mock.db.listOrders()).to.have.length(1);
  });

  it('creates one order for a double click', async () => {
    const el = await render();
    await choose(el, 'card');
    const mount = await cardMount(el);
    fillCard(mount, '4242 4242 4242 4242');
    const confirmationsBefore = window.__upcartStripeStandIn!.confirmations;
    payButton(el).click();
    payButton(el).click();
    await el.updateComplete;
    payButton(el).click();
    await until(store, (state) => state.order?.status === 'paid');
    expect(mock.db.listOrders()).to.have.length(1);
    expect(window.__upcartStripeStandIn!.confirmations - confirmationsBefore).to.equal(1);
  });

  it('retries after a network failure with the same idempotency key: one order', async () => {
    const el = await render();
    await choose(el, 'card');
    const mount = await cardMount(el);
    fillCard(mount, '4242 4242 4242 4242');
    mock.faults.set('createOrder', { network: true, times: 1 });
    payButton(el).click();
    await until(store, (state) => state.status.order.state === 'error');
    await el.updateComplete;
    expect(mock.db.listOrders()).to.have.length(0);
    payButton(el).click();
    await until(store, (state) => state.order?.status === 'paid');
    expect(mock.db.listOrders()).to.have.length(1);
  });

  it('pays with PayPal: cancel leaves the order payable, approve pays it once', async () => {
    const el = await render();
    await choose(el, 'paypal');
    expect($(el, '[part="pay-button"]')).to.equal(null);
    const buttons = await poll(() => document.querySelector('[data-upcart-stand-in="paypal-buttons"]'), 'the PayPal buttons');
    expect(buttons.getRootNode() as Node).to.equal(document);
    buttonByText(buttons, 'PayPal')!.click();
    let panel = await poll(() => document.querySelector('[data-upcart-stand-in="paypal-approval"]'), 'the approval panel');
    buttonByText(panel, 'Cancel')!.click();
    await poll(() => text($(el, '[role="status"]')).includes('Nothing was charged') || null, 'the cancel note');
    expect(mock.db.listOrders()).to.have.length(1);
    expect(mock.db.listOrders()[0]!.status).to.equal('pending_payment');

    buttonByText(buttons, 'PayPal')!.click();
    panel = await poll(() => document.querySelector('[data-upcart-stand-in="paypal-approval"]'), 'the approval panel again');
    buttonByText(panel, 'Approve payment')!.click();
    await until(store, (state) => state.order?.status === 'paid');
    expect(mock.db.listOrders()).to.have.length(1);
    expect(ordersPaid()).to.have.length(1);
  });

  it('says so when card payment cannot load, and offline still works', async () => {
    // The stand-in fails to load Stripe's element for an invalid key, as Stripe does.
    const el = await fixture<PayCheckout>(html`<pay-checkout stripe-key="pk_invalid" .store=${store}></pay-checkout>`);
    await choose(el, 'card');
    await poll(() => text($(el, '[role="alert"]')).includes('could not be loaded') || null, 'the load failure');
    expect($(el, '[role="alert"] button')).to.exist;
    expect(payButton(el).getAttribute('aria-disabled')).to.equal('true');
    await choose(el, 'offline');
    payButton(el).click();
    await until(store, (state) => state.order?.status === 'awaiting_offline_payment');
    expect(mock.db.listOrders()).to.have.length(1);
  });

  it('mounts the card element from inside another element’s shadow root', async () => {
    // The session's own store checks quote expiry against real time: run the backend on it too.
    mock.clock.set(new Date());
    const session = await fixture<CheckoutSession>(html`<checkout-session flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`);
    await until(session.store!, (state) => state.selection !== null && state.contacts.length > 0);
    const sessionStore = session.store!;
    sessionStore.setQuantity('extensions', 60);
    await quoteSettled(sessionStore);
    const pay = session.shadowRoot!.querySelector('pay-checkout') as PayCheckout;
    await choose(pay, 'card');
    const mount = await poll(() => session.querySelector<HTMLElement>(':scope > [slot]'), 'the mount in the document');
    expect(mount.getRootNode()).to.equal(document);
    // The session keeps its default layout: the mount is not content of its own.
    expect(session.shadowRoot!.querySelector('plan-picker')).to.exist;
    await poll(() => mount.querySelector('iframe'), 'the card element to mount');
    await poll(() => pay.shadowRoot!.querySelector('[part="pay-button"]')?.getAttribute('aria-disabled') === 'false' || null, 'ready to pay');
    fillCard(mount, '4242 4242 4242 4242');
    (pay.shadowRoot!.querySelector('[part="pay-button"]') as HTMLButtonElement).click();
    await until(sessionStore, (state) => state.order?.status === 'paid');
    expect(mock.db.listOrders()).to.have.length(1);
  });
});
