import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import type { MockBackend } from '../../mocks/index.js';
import '../../src/elements/pay-checkout/pay-checkout.js';
import type { PayCheckout } from '../../src/elements/pay-checkout/pay-checkout.component.js';
import { formatMoney } from '../../src/i18n/format.js';
import { loadLocale, translate, type MessageKey, type MessageParams } from '../../src/i18n/messages.js';
import { render as litRender } from 'lit';
import { checkoutContext } from '../../src/store/checkout-context.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { resultLoaders } from '../../src/elements/pay-checkout/result-loaders.js';
import type { OrderResultClass } from '../../src/elements/pay-checkout/result-context.js';
import { methodLoaders } from '../../src/payments/method-loaders.js';
import { createLoadedStore, createTestStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 50));

describe('<pay-checkout>', () => {
  let mock: MockBackend;
  let store: CheckoutStore;
  const stores: CheckoutStore[] = [];

  /** The expand flow with +10 extensions quoted and Anna (the default contact) chosen. */
  async function quoted(): Promise<CheckoutStore> {
    const created = await createLoadedStore(mock, flows.expand);
    stores.push(created);
    created.setQuantity('extensions', 60);
    await quoteSettled(created);
    return created;
  }

  async function render(target: CheckoutStore = store, theme: 'light' | 'dark' = 'light'): Promise<PayCheckout> {
    const el = await fixture<PayCheckout>(html`<pay-checkout style="width: 480px" theme=${theme} .store=${target}></pay-checkout>`);
    await el.updateComplete;
    return el;
  }

  const $ = (el: PayCheckout, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: PayCheckout, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const payButton = (el: PayCheckout) => $(el, '[part="pay-button"]') as HTMLButtonElement;
  const radio = (el: PayCheckout, method: string) => $(el, `input[name="method"][value="${method}"]`) as HTMLInputElement;

  async function choose(el: PayCheckout, method: string): Promise<void> {
    radio(el, method).click();
    await el.updateComplete;
  }

  /** Counts the order events the element fires. */
  function recordOrderEvents(el: PayCheckout): { placed: string[]; complete: string[] } {
    const seen = { placed: [] as string[], complete: [] as string[] };
    el.addEventListener('upcart-order-placed', (event) => seen.placed.push(event.detail.order.id));
    el.addEventListener('upcart-order-complete', (event) => seen.complete.push(`${event.detail.order.id}|${event.detail.order.status}`));
    return seen;
  }

  before(async () => {
    mock = await startMockBackend();
  });

  beforeEach(async () => {
    mock.reset();
    store = await quoted();
  });

  afterEach(() => {
    for (const created of stores.splice(0)) created.destroy();
  });

  it('is accessible in light and dark, with the offline form and with a result', async () => {
    const light = await render(store, 'light');
    await expect(light).to.be.accessible();
    await choose(light, 'offline');
    await expect(light).to.be.accessible();
    const dark = await render(store, 'dark');
    await expect(dark).to.be.accessible();
    payButton(dark).click();
    await until(store, (state) => state.order !== null);
    await dark.updateComplete;
    await expect(dark).to.be.accessible();
  });

  it('offers the catalog’s payment methods as a radio group used with the keyboard', async () => {
    const el = await render();
    const options = $$(el, '[part="method"] .option-title').map(text);
    expect(options).to.deep.equal(['PayPal', 'Debit or Credit Card', 'Offline']);
    expect(text($(el, '[part="method"] legend'))).to.equal('Payment method');

    radio(el, 'paypal').focus();
    const changed = oneEvent(el, 'upcart-payment-method-change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await changed).detail.method).to.equal('card');
    expect(store.getState().payment.method).to.equal('card');
    await el.updateComplete;
    expect(radio(el, 'card').checked).to.equal(true);
  });

  it('shows Auto Renew for PayPal and card only', async () => {
    const el = await render();
    expect($(el, '[part="auto-renew"]')).to.equal(null);
    await choose(el, 'paypal');
    const box = $(el, '[part="auto-renew"] input') as HTMLInputElement;
    expect(text($(el, '[part="auto-renew"]'))).to.contain('Auto Renew');
    box.click();
    expect(store.getState().payment.autoRenew).to.equal(true);
    await choose(el, 'card');
    expect($(el, '[part="auto-renew"]')).to.exist;
    await choose(el, 'offline');
    expect($(el, '[part="auto-renew"]')).to.equal(null);
    expect($(el, '[part="pi-number"]')).to.exist;
  });

  it('checks the PI number by the contract’s rule', async () => {
    const el = await render();
    await choose(el, 'offline');
    const input = $(el, '[part="pi-number"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: '<script>' });
    await el.updateComplete;
    expect(text($(el, '#pi-error'))).to.equal('Use only letters, digits, -, /, . and _.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#pay-blockers'))).to.contain('Correct the PI number.');
    expect(payButton(el).getAttribute('aria-disabled')).to.equal('true');
    const invalid = oneEvent(el, 'upcart-input-invalid');
    input.blur();
    expect((await invalid).detail).to.deep.include({ name: 'piNumber', value: '<script>' });

    input.select();
    input.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'PI-2026/113' });
    await el.updateComplete;
    expect(store.getState().payment.piNumber).to.equal('PI-2026/113');
    expect(text($(el, '#pi-error'))).to.equal('');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(payButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '#pay-blockers')).to.equal(null);
  });

  it('reviews the service information and lists what still blocks the order', async () => {
    const bare = createTestStore(mock);
    stores.push(bare);
    bare.configure({ locale: 'en-US', ...flows.expand });
    await bare.load();
    const el = await render(bare);
    const review = $(el, '[part="review"]');
    expect(text(review)).to.contain('Expand capacity').and.contain('P-Series BYOI Hosting (pbx.acme-telecom.example)');
    expect([...$$(el, '#pay-blockers li')].map(text)).to.deep.equal([
      'Choose what to buy to get a price.',
      'Choose or add a billing contact.',
      'Choose a payment method.',
    ]);
    expect(payButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(payButton(el).getAttribute('aria-describedby')).to.equal('pay-blockers');
    payButton(el).click();
    await settle();
    expect(mock.db.listOrders()).to.have.length(0);

    // With a quote and a contact, the review shows both and only the method is missing.
    const ready = await render(store);
    const readyReview = text($(ready, '[part="review"]'));
    expect(readyReview).to.contain('Anna Schmidt').and.contain('anna.schmidt@acme-telecom.example').and.contain('$132.92');
    expect([...$$(ready, '#pay-blockers li')].map(text)).to.deep.equal(['Choose a payment method.']);
  });

  it('counts the subscriptions of a renewal', async () => {
    const renew = await createLoadedStore(mock, flows.renew);
    stores.push(renew);
    renew.setRenewalSelection(['phone-02', 'phone-03', 'phone-05']);
    const el = await render(renew);
    expect(text($(el, '[part="review"]')))
      .to.contain('Renew subscriptions')
      .and.contain('3 subscriptions');
  });

  it('places an offline order end to end and shows the result', async () => {
    const el = await render();
    const events = recordOrderEvents(el);
    await choose(el, 'offline');
    const input = $(el, '[part="pi-number"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'PI-2026/113' });
    await el.updateComplete;
    payButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(store, (state) => state.order !== null);
    await el.updateComplete;

    const [order] = mock.db.listOrders();
    expect(mock.db.listOrders()).to.have.length(1);
    expect(order!.piNumber).to.equal('PI-2026/113');
    const result = $(el, '[part="result"]')!;
    const heading = result.querySelector('h2')!;
    expect(text(heading)).to.equal('Order placed');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(el.shadowRoot!.activeElement === heading, 'the result heading has the focus').to.equal(true);
    expect(text(result.querySelector('.order-id'))).to.equal(order!.id);
    expect(text(result.querySelector('.status'))).to.equal('Awaiting offline payment');
    const item = [...result.querySelectorAll('tbody tr > *')].map(text);
    // The line written from its kind and parameters, with how its amount comes about under it.
    expect(item).to.deep.equal(['Extensions 50 → 60 (+10), 151 of 365 days left in the term10 × $2.50 × 12 months × 151/365 days − 10%', '10', '$111.70']);
    expect(text(result.querySelector('tbody th .notes'))).to.equal('10 × $2.50 × 12 months × 151/365 days − 10%');
    expect(text(result.querySelector('.result-total'))).to.equal('$132.92');
    expect(text(result)).to.contain('PI-2026/113');

    const link = result.querySelector('[part="invoice-link"]') as HTMLAnchorElement;
    expect(link.href).to.equal(order!.invoice!.url);
    expect(link.rel).to.equal('noopener');
    expect(link.target).to.equal('_blank');
    expect(text(link)).to.equal('View or download the proforma invoice (opens in a new tab)');
    // Every invoice link, a proforma's too, is valid 24 hours and usable once (core/invoices.ts).
    expect(text(result.querySelector('.invoice .hint'))).to.equal('The link is valid for 24 hours and can be used once.');
    expect(text(result.querySelector('.note'))).to.equal('Your account manager or local distributor will contact you for the payment.');

    expect(events.placed).to.deep.equal([order!.id]);
    expect(events.complete).to.deep.equal([`${order!.id}|awaiting_offline_payment`]);
    // Fetching the same order again is no news.
    await store.refreshOrder();
    await el.updateComplete;
    expect(events.placed).to.have.length(1);
    expect(events.complete).to.have.length(1);
  });

  it('reports a paid order complete once more, with the one-time invoice link', async () => {
    const el = await render();
    const events = recordOrderEvents(el);
    await choose(el, 'offline');
    payButton(el).click();
    await until(store, (state) => state.order !== null);
    await el.updateComplete;
    const id = store.getState().order!.id;
    // The offline payment arrived.
    mock.db.confirmOrder(id, {});
    await store.refreshOrder();
    await el.updateComplete;
    expect(text($(el, '.status'))).to.equal('Paid');
    expect(text($(el, '.invoice .hint'))).to.equal('The link is valid for 24 hours and can be used once.');
    expect(events.placed).to.deep.equal([id]);
    expect(events.complete).to.deep.equal([`${id}|awaiting_offline_payment`, `${id}|paid`]);
  });

  it('reports no order that was there before it saw its store, only what happens to it since', async () => {
    store.setPaymentMethod('offline');
    await store.placeOrder();
    const id = store.getState().order!.id;
    const el = await render();
    const events = recordOrderEvents(el);
    await store.refreshOrder();
    await el.updateComplete;
    expect(events.placed).to.deep.equal([]);
    expect(events.complete).to.deep.equal([]);
    mock.db.confirmOrder(id, {});
    await store.refreshOrder();
    await el.updateComplete;
    expect(events.placed).to.deep.equal([]);
    expect(events.complete).to.deep.equal([`${id}|paid`]);
    // The result was there already: it does not take the focus.
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('writes the order result in the buyer language from each line kind and parameters (de-DE)', async () => {
    const german = await createLoadedStore(mock, { ...flows.expand, locale: 'de-DE' });
    stores.push(german);
    await loadLocale('de-DE');
    german.setQuantity('extensions', 60);
    await quoteSettled(german);
    german.setPaymentMethod('offline');
    await german.placeOrder();
    const el = await render(german);
    await until(german, (state) => state.order !== null);
    await el.updateComplete;
    const row = $(el, '[part="result"] tbody th')!;
    const line = german.getState().order!.lines[0]!;
    // Not the server's English description: the line in German, from its kind and parameters.
    expect(text(row)).not.to.contain(line.description);
    expect(text(row.firstElementChild)).to.equal(
      german.getState().catalog!.services.find((service) => service.id === line.refId)!.name + ' 50 → 60 (+10), noch 151 von 365 Tagen der Laufzeit',
    );
    expect(text(row.querySelector('.notes'))).to.contain('× 12 Monate');
    expect(text($(el, '[part="receipt-subtotal"]'))).to.contain('Zwischensumme');
  });

  it('shows the receipt rows from the order itself, without the quote it was placed for (a reload, a payment return)', async () => {
    store.setPaymentMethod('offline');
    await store.placeOrder();
    const order = store.getState().order!;
    const Result = await resultLoaders.result();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const t = (key: MessageKey, params?: MessageParams) => translate('en-US', key, params);
    const view = new Result({ host, root: () => host, store: () => undefined, locale: () => 'en-US', t, errorText: () => '', newOrder: () => {} } as never);
    // Only the order: no quote is passed, the order carries subtotal, promotion and tax.
    litRender(view.render(order, null), host);
    const cell = (part: string) => text(host.querySelector(`[part="${part}"] td.num`));
    expect(cell('receipt-subtotal')).to.equal(formatMoney(order.subtotal, 'en-US'));
    expect(cell('receipt-tax')).to.equal(formatMoney(order.tax.amount, 'en-US'));
    expect(text(host.querySelector('[part="receipt-tax"] th'))).to.equal(`VAT 19% (${order.tax.country})`);
    expect(text(host.querySelector('.result-total'))).to.equal(formatMoney(order.total, 'en-US'));
  });

  describe('the order result, loaded on demand', () => {
    const originals = { ...resultLoaders };
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

    afterEach(() => {
      Object.assign(resultLoaders, originals);
    });

    /** Chooses offline and presses Place Order, without waiting for the result. */
    async function placeOffline(el: PayCheckout): Promise<string> {
      await choose(el, 'offline');
      payButton(el).click();
      await until(store, (state) => state.order !== null);
      return store.getState().order!.id;
    }

    it('starts loading when the buyer reaches for the pay button, and names the order while it loads', async () => {
      let imports = 0;
      let release: (Result: OrderResultClass) => void = () => {};
      resultLoaders.result = () => {
        imports += 1;
        return new Promise((resolve) => (release = resolve));
      };
      const el = await render();
      expect(imports).to.equal(0);
      payButton(el).dispatchEvent(new PointerEvent('pointerenter'));
      expect(imports).to.equal(1);
      const events = recordOrderEvents(el);
      const id = await placeOffline(el);
      // Not `el.updateComplete`: it waits for the result, held back here.
      await nextFrame();
      expect(imports).to.equal(1);
      expect(events.placed).to.deep.equal([id]);
      const status = $(el, '[role="status"]')!;
      expect(text(status)).to.equal(`Order ${id} is placed. Loading its details…`);
      expect($(el, '[part="result"]')).to.equal(null);
      await expect(el).to.be.accessible();

      release(await originals.result());
      await el.updateComplete;
      const heading = $(el, '#result-title') as HTMLElement;
      expect(text(heading)).to.equal('Order placed');
      // The new order's result takes the focus once it is there.
      expect(el.shadowRoot!.activeElement === heading, 'the result heading has the focus').to.equal(true);
    });

    it('keeps the order in view when the result cannot load, and loads it again on Try again', async () => {
      resultLoaders.result = () => Promise.reject(new Error('chunk 404'));
      const el = await render();
      const id = await placeOffline(el);
      await el.updateComplete;
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain(`Order ${id} is placed, but its details could not be shown.`);
      expect($(el, '[part="result"]')).to.equal(null);
      // Nothing was lost: the store still holds the order, and no second one was made.
      expect(mock.db.listOrders()).to.have.length(1);

      resultLoaders.result = originals.result;
      (alert.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(text($(el, '[part="result"] .order-id'))).to.equal(id);
      expect($(el, '[role="alert"]')).to.equal(null);
    });
  });

  describe('the payment methods, loaded on demand', () => {
    const originals = { ...methodLoaders };
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

    afterEach(() => {
      Object.assign(methodLoaders, originals);
    });

    it('loads a method when the pointer reaches the choice, and holds the pay button with a status while it loads', async () => {
      const imports: string[] = [];
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      for (const method of ['card', 'paypal', 'offline'] as const) {
        methodLoaders[method] = () => {
          imports.push(method);
          return held.then(() => originals[method]());
        };
      }
      const el = await render();
      expect(imports).to.deep.equal([]);
      expect(text(payButton(el))).to.equal('Place Order');
      $(el, '[part="method"]')!.dispatchEvent(new PointerEvent('pointerenter'));
      expect(imports.sort()).to.deep.equal(['card', 'offline', 'paypal']);
      radio(el, 'offline').click();
      // Not `el.updateComplete`: it waits for the method, held back here.
      await nextFrame();
      expect(radio(el, 'offline').checked).to.equal(true);
      expect(text($(el, '#pay-unavailable'))).to.equal('Loading…');
      expect(payButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(text(payButton(el))).to.equal('Place Order');
      await expect(el).to.be.accessible();

      release();
      await el.updateComplete;
      expect($(el, '#pay-unavailable')).to.equal(null);
      expect(text($(el, 'label[for="pi"]'))).to.equal('PI number (optional)');
      expect(payButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(imports.sort()).to.deep.equal(['card', 'offline', 'paypal']);
    });

    it('says so when a method cannot be loaded, and Try again loads it', async () => {
      let fail = true;
      methodLoaders.offline = () => (fail ? Promise.reject(new Error('chunk 404')) : originals.offline());
      const el = await render();
      await choose(el, 'offline');
      const alert = $(el, '#pay-unavailable[role="alert"]')!;
      expect(text(alert.querySelector('p'))).to.equal('This payment method could not be loaded. Check your connection and try again.');
      expect(payButton(el).getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();

      fail = false;
      (alert.querySelector('button.retry') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '#pay-unavailable')).to.equal(null);
      expect($(el, '#pi')).to.not.equal(null);
    });
  });

  it('places one order for a double click and shows it is busy meanwhile', async () => {
    mock.faults.set('createOrder', { latencyMs: 300 });
    const el = await render();
    await choose(el, 'offline');
    const button = payButton(el);
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(button)).to.equal('Placing order…');
    expect(button.querySelector('.spinner')).to.exist;
    button.click();
    await until(store, (state) => state.order !== null);
    await settle();
    expect(mock.db.listOrders()).to.have.length(1);
  });

  it('shows a failed order in an alert and retries it as the same order', async () => {
    mock.faults.set('createOrder', { status: 500, times: 1 });
    const el = await render();
    await choose(el, 'offline');
    payButton(el).click();
    await until(store, (state) => state.status.order.state === 'error');
    await el.updateComplete;
    const alert = $(el, '[part="error"][role="alert"]')!;
    expect(text(alert)).to.contain('The checkout service is having trouble');
    expect(mock.db.listOrders()).to.have.length(0);

    (alert.querySelector('button') as HTMLButtonElement).click();
    await until(store, (state) => state.order !== null);
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, '[part="result"]')).to.exist;
    expect(mock.db.listOrders()).to.have.length(1);
  });

  it('says a method is not configured when neither the attributes nor the catalog give its key', async () => {
    // A vendor backend whose catalog names no payment keys.
    const http = httpBackend({ baseUrl: '/api' });
    const keyless = new CheckoutStore({
      backend: { ...http, getCatalog: async (id, options) => ({ ...(await http.getCatalog(id, options)), payments: {} }) },
      quoteDebounceMs: 10,
      now: () => mock.clock.now().getTime(),
    });
    stores.push(keyless);
    keyless.configure({ ...flows.expand, locale: 'en-US' });
    await keyless.load();
    await keyless.loadContacts();
    keyless.setQuantity('extensions', 60);
    await quoteSettled(keyless);
    const el = await render(keyless);
    await choose(el, 'card');
    const button = payButton(el);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text($(el, '#pay-unavailable'))).to.equal("Card payment isn't configured for this checkout.");
    button.click();
    await settle();
    expect(mock.db.listOrders()).to.have.length(0);
    await choose(el, 'paypal');
    expect(text($(el, '#pay-unavailable'))).to.equal("PayPal isn't configured for this checkout.");
    expect(document.querySelector('script[src*="stand-ins"]')).to.equal(null);
  });

  it('blocks the order on a changed price until the buyer confirms it', async () => {
    const el = await render();
    await choose(el, 'offline');
    mock.db.setUnitPrice('pseries', 'extensions', { amount: 300, currency: 'USD' });
    payButton(el).click();
    await until(store, (state) => state.priceChange !== null && state.quote !== null);
    await el.updateComplete;
    expect([...$$(el, '#pay-blockers li')].map(text)).to.deep.equal(['The price changed: confirm the new total in the order summary.']);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(mock.db.listOrders()).to.have.length(0);

    store.confirmPriceChange();
    await el.updateComplete;
    const newTotal = store.getState().quote!.total;
    expect(text($(el, '.review-total'))).to.equal(formatMoney(newTotal, 'en-US'));
    payButton(el).click();
    await until(store, (state) => state.order !== null);
    expect(mock.db.listOrders().map((order) => order.total)).to.deep.equal([newTotal]);
  });

  it('finds the store through the checkout context', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      new ContextProvider(host, { context: checkoutContext, initialValue: store });
      const el = document.createElement('pay-checkout');
      host.append(el);
      await el.updateComplete;
      expect(text($(el, '[part="review"]'))).to.contain('$132.92');
    } finally {
      host.remove();
    }
  });
});
