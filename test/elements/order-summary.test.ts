import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import type { MockBackend } from '../../mocks/index.js';
import '../../src/elements/order-summary/order-summary.js';
import type { OrderSummary } from '../../src/elements/order-summary/order-summary.component.js';
import { formatDateTime, formatMoney } from '../../src/i18n/format.js';
import { loadLocale } from '../../src/i18n/messages.js';
import { unitName } from '../../src/i18n/units.js';
import type { Catalog, Money, Plan, Quote, QuoteLine } from '../../src/api/schemas.js';
import type { CheckoutOrder, CheckoutState } from '../../src/store/checkout-state.js';
import { checkoutContext } from '../../src/store/checkout-context.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import { createLoadedStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';

/** Text with every kind of space (Intl puts narrow and no-break spaces in money) as one plain space. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<order-summary>', () => {
  let mock: MockBackend;
  let store: CheckoutStore;
  const stores: CheckoutStore[] = [];

  async function loaded(config: Parameters<typeof createLoadedStore>[1] = flows.expand): Promise<CheckoutStore> {
    const created = await createLoadedStore(mock, config);
    stores.push(created);
    return created;
  }

  async function render(target: CheckoutStore = store, theme?: 'light' | 'dark'): Promise<OrderSummary> {
    const el = await fixture<OrderSummary>(html`<order-summary style="width: 640px" theme=${theme ?? 'light'} .store=${target}></order-summary>`);
    await el.updateComplete;
    return el;
  }

  /** Waits for the store's quote and the element's render of it. */
  async function settled(el: OrderSummary, target: CheckoutStore = store): Promise<void> {
    await quoteSettled(target);
    await el.updateComplete;
  }

  const $ = (el: OrderSummary, selector: string) => el.shadowRoot!.querySelector(selector);
  /** A line's own words, without its notes. */
  const labelOf = (cell: Element) =>
    text(cell)
      .slice(0, text(cell).length - text(cell.querySelector('.notes')).length)
      .trim();
  const $$ = (el: OrderSummary, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

  before(async () => {
    mock = await startMockBackend();
  });

  beforeEach(async () => {
    mock.reset();
    store = await loaded();
  });

  afterEach(() => {
    for (const created of stores.splice(0)) created.destroy();
  });

  it('is accessible in light and dark, empty and priced', async () => {
    const light = await render(store, 'light');
    await expect(light).to.be.accessible();
    store.setQuantity('extensions', 60);
    await settled(light);
    await expect(light).to.be.accessible();
    const dark = await render(store, 'dark');
    await expect(dark).to.be.accessible();
  });

  it('shows the quote lines and the exact figures the server computed', async () => {
    const el = await render();
    expect(text($(el, '.empty'))).to.equal('Choose what to add to see the price');
    store.setQuantity('extensions', 60);
    await settled(el);

    const quote = store.getState().quote!;
    expect(quote.lines.map((line) => line.amount.amount)).to.deep.equal([11170]);
    expect(quote.tax.amount.amount).to.equal(2122);
    expect(quote.total.amount).to.equal(13292);

    const lines = $$(el, '[part="line"]');
    expect(lines).to.have.length(1);
    const cells = [...lines[0]!.querySelectorAll('th, td')].map((cell) => text(cell));
    expect(cells[0]).to.contain(quote.lines[0]!.description);
    expect(cells.slice(1)).to.deep.equal(['10', '$2.50', '$111.70']);
    // How the amount comes about; a server that sends the line's months gets them written too.
    expect(text(lines[0]!.querySelector('.notes .math'))).to.match(/^10 × \$2\.50\b/);
    expect(text($(el, '[part="subtotal"]'))).to.equal(`Subtotal ${formatMoney(quote.subtotal, 'en-US')}`);
    expect(text($(el, '[part="tax"]'))).to.equal('VAT 19% (DE) $21.22');
    expect($(el, '[part="discount"]')).to.equal(null);
    expect(text($(el, '[part="total"]'))).to.equal('$132.92');
    expect(text($(el, '[part="expiry"]'))).to.equal(`Price valid until ${formatDateTime(quote.expiresAt, 'en-US')}`);
    const headers = $$(el, 'thead th').map((th) => [th.getAttribute('scope'), text(th)]);
    expect(headers).to.deep.equal([
      ['col', 'Item'],
      ['col', 'Qty'],
      ['col', 'Unit price'],
      ['col', 'Amount'],
    ]);
  });

  it('groups a batch renewal by subscription, with each line named in the buyer’s language', async () => {
    const renewal = await loaded(flows.renew);
    expect(renewal.setCoterm(true).ok).to.equal(true);
    // A Standard and a Pro phone: no group of lines spans both, so each line names its phone.
    expect(renewal.setRenewalSelection(['phone-01', 'phone-21']).ok).to.equal(true);
    const el = await render(renewal);
    await settled(el, renewal);
    const quote = renewal.getState().quote!;
    const groups = $$(el, '[part="group"]');
    expect(groups.map((group) => text(group.querySelector('[part="group-heading"] th')))).to.deep.equal(['Cloud phone 01', 'Cloud phone 21']);
    expect(groups[0]!.querySelector('[part="group-heading"] th')!.getAttribute('scope')).to.equal('rowgroup');
    // Every line of the quote, in its order, under its subscription; only the server's figures.
    const shown = groups.flatMap((group) =>
      [...group.querySelectorAll('[part="line"]')].map((row) => [
        group.getAttribute('data-subscription'),
        row.getAttribute('data-kind'),
        text(row.querySelector('.amount-value')),
      ]),
    );
    expect(shown).to.deep.equal(quote.lines.map((line) => [line.subscriptionId, line.kind, formatMoney(line.amount, 'en-US')]));
    expect(quote.lines.map((line) => line.kind)).to.include.members(['renewal', 'coterm']);
    const labels = $$(el, '[part="group"] [part="line"] .description').map(labelOf);
    // Each line is written from its plan and duration (the renewal's, from the catalog, when the line does not say it).
    expect(labels)
      .to.include('Cloud phone 01: Cloud Phone Standard × 1 phone, renewed for 1 month')
      .and.include('Cloud phone 01: Cloud Phone Standard × 1 phone, 12 days to the standard renewal date')
      .and.include('Cloud phone 21: Cloud Phone Pro × 1 phone, 10 days to the standard renewal date');
    // Each line's row header names its subscription too (visually hidden), for screen readers.
    expect(text($(el, '[part="group"] [part="line"] .description .visually-hidden'))).to.equal('Cloud phone 01:');
    expect(text(el.shadowRoot!.querySelector('[data-kind="renewal"] .notes'))).to.match(/\w{3} \d{1,2}, 2026 – \w{3} \d{1,2}, 202\d/);

    // One subscription: its lines, no group.
    expect(renewal.setRenewalSelection(['phone-01']).ok).to.equal(true);
    await settled(el, renewal);
    expect($$(el, '[part="group"]')).to.have.length(0);
    expect(labelOf($(el, '[part="line"] .description')!)).to.equal('Cloud Phone Standard × 1 phone, renewed for 1 month');
  });

  it('keeps a grouped renewal’s amounts in the amount column of a narrow sidebar', async () => {
    const renewal = await loaded(flows.renew);
    renewal.setCoterm(true);
    renewal.setRenewalSelection(['phone-01', 'phone-02']);
    const el = await fixture<OrderSummary>(html`<order-summary style="width: 320px" theme="light" .store=${renewal}></order-summary>`);
    await settled(el, renewal);
    expect(getComputedStyle($(el, '[part="line"] .quantity')!).display, 'the narrow layout').to.equal('none');
    const tableRight = $(el, 'table')!.getBoundingClientRect().right;
    for (const cell of $$(el, '[part="line"] .amount-value, [part="subtotal"] .num')) {
      expect(Math.abs(cell.closest('td')!.getBoundingClientRect().right - tableRight), text(cell)).to.be.below(2);
    }
  });

  it('names the grouped renewal lines in German', async () => {
    const renewal = await loaded({ ...flows.renew, locale: 'de-DE' });
    await loadLocale('de-DE');
    renewal.setCoterm(true);
    renewal.setRenewalSelection(['phone-01', 'phone-21']);
    const el = await render(renewal);
    await settled(el, renewal);
    const labels = $$(el, '[part="group"] [part="line"] .description').map(labelOf);
    expect(labels)
      .to.include('Cloud phone 01: Cloud Phone Standard × 1 Telefon, verlängert um 1 Monat')
      .and.include('Cloud phone 01: Cloud Phone Standard × 1 Telefon, 12 Tage bis zum Standard-Verlängerungsdatum');
  });

  it('writes a line that groups several phones from its data: plan, count and duration', async () => {
    const renewal = await loaded(flows.renew);
    // Two monthly Standard phones: one renewal line for both (count 2).
    expect(renewal.setRenewalSelection(['phone-01', 'phone-04']).ok).to.equal(true);
    const el = await render(renewal);
    await settled(el, renewal);
    const lines = renewal.getState().quote!.lines.filter((line) => line.kind === 'renewal');
    expect(lines.map((line) => [line.count, line.subscriptionId])).to.deep.equal([[2, undefined]]);
    expect($$(el, '[part="group"]')).to.have.length(0);
    const shown = $$(el, '[part="line"] .description').map(text);
    expect(
      shown.some((line) => line.startsWith('Cloud Phone Standard: 2 subscriptions, renewed for 1 month')),
      JSON.stringify(shown),
    ).to.equal(true);
  });

  it('holds a same-size placeholder while the quote loads, then the total in one polite live region', async () => {
    mock.faults.set('createQuote', { latencyMs: 300 });
    const el = await render();
    const base = $(el, '[part="base"]')!;
    const live = $(el, '[aria-live]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(base.getAttribute('aria-busy')).to.equal('false');

    store.setQuantity('extensions', 60);
    await el.updateComplete;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part="placeholder"]')).to.exist;
    expect($$(el, '[part="line"]')).to.have.length(0);
    // No figure is shown before the server priced this selection.
    expect(text(base)).not.to.match(/\$\d/);
    const loadingHeight = base.getBoundingClientRect().height;

    await settled(el);
    expect(base.getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[part="placeholder"]')).to.equal(null);
    const pricedHeight = base.getBoundingClientRect().height;
    expect(Math.abs(pricedHeight - loadingHeight)).to.be.below(4);

    // The same live node now holds the total and nothing else of the table.
    expect($(el, '[aria-live]')).to.equal(live);
    expect(live.getAttribute('aria-atomic')).to.equal('true');
    expect(text(live)).to.equal('Total $132.92');
    expect(live.querySelector('table, [part="line"]')).to.equal(null);

    // A re-quote keeps the priced summary's exact height while it loads.
    store.setQuantity('extensions', 61);
    await el.updateComplete;
    expect($(el, '[part="placeholder"]')).to.exist;
    expect(text(live)).not.to.match(/\d/);
    expect(live.querySelector('.bone')?.closest('[aria-hidden="true"]')).to.exist;
    expect(base.getBoundingClientRect().height).to.be.at.least(pricedHeight);
    await settled(el);
    expect(text(live)).to.equal(`Total ${formatMoney(store.getState().quote!.total, 'en-US')}`);
  });

  it('applies a promotion code typed with the keyboard and shows a refused one beside the field', async () => {
    const el = await render();
    store.setQuantity('extensions', 60);
    await settled(el);

    const input = $(el, '#promo') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'WELCOME10' });
    await sendKeys({ press: 'Enter' });
    expect(store.getState().promoCode).to.equal('WELCOME10');
    await settled(el);
    const quote = store.getState().quote!;
    expect(quote.discount?.code).to.equal('WELCOME10');
    expect(text($(el, '[part="discount"]')))
      .to.contain('Promotion WELCOME10')
      .and.contain(formatMoney({ ...quote.discount!.amount, amount: -1117 }, 'en-US'));
    expect(text($(el, '[part="total"]'))).to.equal(formatMoney(quote.total, 'en-US'));

    const remove = [...$$(el, '[part="promo"] button')].find((button) => text(button) === 'Remove') as HTMLButtonElement;
    remove.click();
    expect(store.getState().promoCode).to.equal(null);
    await settled(el);
    expect($(el, '[part="discount"]')).to.equal(null);
    expect(input.value).to.equal('');

    input.focus();
    await sendKeys({ type: 'EXPIRED20' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => store.getState().promoRefusal !== null, 'the code was never refused');
    await settled(el);
    expect(store.getState().promoRefusal?.error.serverCode).to.equal('promo_invalid');
    expect(store.getState().promoCode, 'the refused code is not applied').to.equal(null);
    // The reason in the client's words for the code, not the server's ("… expired on 2026-11-22").
    expect(text($(el, '#promo-message'))).to.equal(
      'The code EXPIRED20 was not applied: This code does not exist, has expired or does not apply to this order.',
    );
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[part="error"]')).to.equal(null);
    // The price without the code stays on screen.
    expect(text($(el, '[part="total"]'))).to.equal(formatMoney(store.getState().quote!.total, 'en-US'));
    expect($(el, '[part="discount"]')).to.equal(null);
  });

  it('refuses an empty code without asking the server', async () => {
    const el = await render();
    ($(el, '[part="promo"] button[type="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '#promo-message'))).to.equal('Enter a promotion code.');
    expect(store.getState().promoCode).to.equal(null);
  });

  it('shows a failed quote in an alert and recovers with Retry', async () => {
    mock.faults.set('createQuote', { status: 500, times: 1 });
    const el = await render();
    store.setQuantity('extensions', 60);
    await settled(el);
    const alert = $(el, '[role="alert"][part="error"]');
    expect(text(alert)).to.contain('The checkout service is having trouble');
    expect($(el, '[part="total"]')).to.equal(null);

    (alert!.querySelector('button') as HTMLButtonElement).click();
    await settled(el);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(text($(el, '[part="total"]'))).to.equal('$132.92');
  });

  it('offers no Try again for a selection the server refused: asking again as it is cannot help', async () => {
    mock.faults.set('createQuote', { status: 422, message: 'This selection cannot be priced.', fields: { items: 'Not allowed' }, times: 1 });
    const el = await render();
    store.setQuantity('extensions', 60);
    await settled(el);
    const alert = $(el, '[role="alert"][part="error"]');
    // invalid_request: the client's words; the server's own message is never shown.
    expect(text(alert)).to.equal('Some entries were not accepted. Please check them.');
    expect(alert!.querySelector('button') === null, 'no Try again').to.equal(true);
  });

  it('says why a promotion code was refused in the buyer’s language, never in the server’s words (de-DE)', async () => {
    await loadLocale('de-DE');
    const german = await loaded({ ...flows.expand, locale: 'de-DE' });
    const el = await render(german);
    german.setQuantity('extensions', 60);
    await settled(el, german);
    german.setPromoCode('EXPIRED20');
    await until(german, (state) => state.promoRefusal !== null, 'the code was never refused');
    await settled(el, german);
    expect(german.getState().promoRefusal?.error.message, 'the server did explain, in English').to.contain('expired on');
    const message = text($(el, '#promo-message'));
    expect(message).to.equal('Der Code EXPIRED20 wurde nicht angewendet: Dieser Code existiert nicht, ist abgelaufen oder gilt nicht für diese Bestellung.');
    expect(el.shadowRoot!.textContent).not.to.contain('expired on');
  });

  it('formats money and labels in the session locale (de-DE)', async () => {
    const german = await loaded({ ...flows.expand, locale: 'de-DE' });
    const el = await render(german);
    german.setQuantity('extensions', 60);
    await settled(el, german);
    expect(text($(el, '[part="total"]'))).to.equal('132,92 $');
    expect(text($$(el, '[part="line"] td')[2])).to.equal('111,70 $');
  });

  it('fires upcart-quote-change for a new quote and for its clearing', async () => {
    const el = await render();
    const arrived = oneEvent(el, 'upcart-quote-change');
    store.setQuantity('extensions', 60);
    const first = await arrived;
    expect(first.detail.quote).to.equal(store.getState().quote);
    expect(first.detail.quote?.total.amount).to.equal(13292);
    expect(first.bubbles && first.composed).to.equal(true);

    const cleared = oneEvent(el, 'upcart-quote-change');
    store.setQuantity('extensions', 61);
    expect((await cleared).detail.quote).to.equal(null);
    const next = await oneEvent(el, 'upcart-quote-change');
    expect(next.detail.quote?.lines[0]?.quantity).to.equal(11);
  });

  it('fires upcart-quote-change once it shows the new quote', async () => {
    const el = await render();
    const shown: string[] = [];
    el.addEventListener('upcart-quote-change', (event) => shown.push(event.detail.quote ? text($(el, '[part="total"]')) : 'cleared'));
    store.setQuantity('extensions', 60);
    await settled(el);
    expect(shown).to.deep.equal(['$132.92']);
  });

  it('shows a price change with both totals and lets the buyer confirm the new one', async () => {
    const el = await render();
    store.setQuantity('extensions', 60);
    await settled(el);
    mock.db.setUnitPrice('pseries', 'extensions', { amount: 300, currency: 'USD' });
    store.setPaymentMethod('offline');
    const refused = await store.placeOrder();
    expect(refused.ok).to.equal(false);
    await until(store, (state) => state.priceChange !== null && state.quote !== null);
    await el.updateComplete;

    const { quote, priceChange } = store.getState();
    expect(priceChange?.reason).to.equal('price_changed');
    const notice = $(el, '.notice');
    expect(text(notice)).to.contain(`The price changed from $132.92 to ${formatMoney(quote!.total, 'en-US')}.`);
    expect(quote!.total.amount).to.not.equal(13292);
    expect(text($(el, '[part="total"]'))).to.equal(formatMoney(quote!.total, 'en-US'));

    const confirm = notice!.querySelector('button') as HTMLButtonElement;
    expect(text(confirm)).to.equal('Confirm new total');
    confirm.click();
    expect(store.getState().priceChange).to.equal(null);
    await el.updateComplete;
    expect($(el, '.notice')).to.equal(null);
  });

  it('finds the store through the checkout context', async () => {
    // A plain element, not fixture(): fixture() waits for an animation frame, which a background test page may never get.
    const host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
    try {
      new ContextProvider(host, { context: checkoutContext, initialValue: store });
      const el = document.createElement('order-summary');
      host.append(el);
      store.setQuantity('extensions', 60);
      await settled(el);
      expect(text($(el, '[part="total"]'))).to.equal('$132.92');
    } finally {
      host.remove();
    }
  });

  describe('lines written from their kind and parameters', () => {
    const usd = (amount: number): Money => ({ amount, currency: 'USD' });
    /** What a server that sends every parameter quotes for an upgrade with an expansion, a credit and a line it cannot describe. */
    const fixtureLines: QuoteLine[] = [
      // prettier-ignore
      { id: 'l-plan', kind: 'plan', refId: 'cc-2', itemName: 'Contact Center 2', quantity: 10, unitPrice: usd(2500), months: 12, discountPercent: 10, amount: usd(270000), periodStart: '2026-11-23', periodEnd: '2027-11-23', description: 'server plan text' },
      { id: 'l-one', kind: 'plan', refId: 'cc-2', quantity: 1, unitPrice: usd(2500), months: 1, amount: usd(2500), description: 'server one text' },
      // prettier-ignore
      { id: 'l-expand', kind: 'service', refId: 'not-in-catalog', itemName: 'Recording minutes', fromQuantity: 50, toQuantity: 60, quantity: 10, unitPrice: usd(250), months: 12, prorationDays: 151, termDays: 365, discountPercent: 10, amount: usd(11170), description: 'server expand text' },
      {
        id: 'l-credit',
        kind: 'credit',
        quantity: 1,
        unitPrice: usd(-30000),
        prorationDays: 121,
        termDays: 182,
        amount: usd(-19945),
        description: 'server credit text',
      },
      // No months: not enough to write it, so the server's text.
      { id: 'l-sla', kind: 'sla', refId: 'gold', quantity: 1, unitPrice: usd(5000), amount: usd(60000), description: 'SLA Gold, 12 months' },
    ];
    const priced = {
      subtotal: usd(313725),
      discount: { code: 'WELCOME10', description: '10% off', amount: usd(31373) },
      tax: { country: 'DE', ratePercent: 19, reverseCharge: false, amount: usd(53647) },
      total: usd(335999),
    };
    const quote = (lines: QuoteLine[] = fixtureLines): Quote => ({
      id: 'q-fixture',
      flow: 'upgrade',
      currency: 'USD',
      lines,
      ...priced,
      createdAt: '2026-11-23T10:00:00.000Z',
      expiresAt: '2026-11-23T10:15:00.000Z',
    });

    /** The loaded store's state with `patch` on top: what the summary shows for a fixture quote or order. */
    function showing(base: CheckoutStore, patch: (state: CheckoutState) => Partial<CheckoutState>): CheckoutStore {
      const state: CheckoutState = { ...base.getState(), ...patch(base.getState()) };
      return { getState: () => state, subscribe: () => () => {}, onEvent: () => () => {} } as unknown as CheckoutStore;
    }
    /** The catalog with the server's unit forms for Contact Center 2. */
    const withForms = (catalog: Catalog | null, unitForms: Plan['unitForms']): Catalog => ({
      ...catalog!,
      plans: catalog!.plans.map((plan) => (plan.id === 'cc-2' ? { ...plan, unitForms } : plan)),
    });
    const row = (el: OrderSummary, id: number) => $$(el, '[part="line"]')[id]!;

    it('writes each line in English with how its amount comes about, and the server’s text where a parameter is missing', async () => {
      const base = await loaded(flows.upgrade);
      const target = showing(base, (state) => ({ quote: quote(), catalog: withForms(state.catalog, { one: 'account', other: 'accounts' }) }));
      const el = await render(target);
      expect($$(el, '[part="line"] .description').map(labelOf)).to.deep.equal([
        'Contact Center 2 × 10 accounts, 12 months',
        'Contact Center 2 × 1 account, 1 month',
        'Recording minutes 50 → 60 (+10), 151 of 365 days left in the term',
        'Credit for 121 unused of 182 days',
        'SLA Gold, 12 months',
      ]);
      expect($$(el, '[part="line"] .math').map(text)).to.deep.equal([
        '10 × $25.00 × 12 months − 10%',
        '1 × $25.00 × 1 month',
        '10 × $2.50 × 12 months × 151/365 days − 10%',
        '1 × -$300.00 × 121/182 days',
        '1 × $50.00',
      ]);
      // The period note stays beside the explanation.
      expect(text(row(el, 0).querySelector('.notes'))).to.contain('Nov 23, 2026 – Nov 23, 2027');
      // Names and figures are isolated, so they read in their own direction inside right-to-left text.
      expect([...row(el, 2).querySelectorAll('.description bdi')].map(text)).to.include.members(['Recording minutes', '50', '60', '151']);
      expect([...row(el, 2).querySelectorAll('.math bdi')].map(text)).to.include.members(['10', '$2.50']);
    });

    it('writes the lines in German with the server’s German unit forms', async () => {
      const base = await loaded({ ...flows.upgrade, locale: 'de-DE' });
      await loadLocale('de-DE');
      const target = showing(base, (state) => ({ quote: quote(), catalog: withForms(state.catalog, { one: 'Konto', other: 'Konten' }) }));
      const el = await render(target);
      expect($$(el, '[part="line"] .description').map(labelOf)).to.deep.equal([
        'Contact Center 2 × 10 Konten, 12 Monate',
        'Contact Center 2 × 1 Konto, 1 Monat',
        'Recording minutes 50 → 60 (+10), noch 151 von 365 Tagen der Laufzeit',
        'Gutschrift für 121 ungenutzte von 182 Tagen',
        'SLA Gold, 12 months',
      ]);
      expect(text(row(el, 0).querySelector('.math'))).to.equal('10 × 25,00 $ × 12 Monate − 10 %');
      expect(text(row(el, 2).querySelector('.math'))).to.equal('10 × 2,50 $ × 12 Monate × 151/365 Tage − 10 %');
    });

    it('names a unit by the plural category of its count, falling back to other, then to the unit', () => {
      const minutes = { unit: 'minute', unitForms: { one: 'minute', other: 'minutes' } };
      expect([1, 0, 5].map((count) => unitName(minutes, count, 'en'))).to.deep.equal(['minute', 'minutes', 'minutes']);
      const arabic = { unit: 'minute', unitForms: { one: 'دقيقة', two: 'دقيقتان', few: 'دقائق', other: 'دقيقة' } };
      expect([2, 3, 11].map((count) => unitName(arabic, count, 'ar'))).to.deep.equal(['دقيقتان', 'دقائق', 'دقيقة']);
      expect(unitName({ unit: 'Nebenstelle', unitForms: { one: 'Nebenstelle', other: 'Nebenstellen' } }, 1000, 'de')).to.equal('Nebenstellen');
      expect(unitName({ unit: 'minute' }, 5, 'en')).to.equal('minute');
    });

    it('says how many units an expansion adds over an included allowance, in English and German', async () => {
      // From 5 to 15 with 10 included: 10 added, 5 of them billed ("5 × $2.50").
      // prettier-ignore
      const expand: QuoteLine = { id: 'l-inc', kind: 'service', itemName: 'Recording minutes', fromQuantity: 5, toQuantity: 15, included: 10, quantity: 5, unitPrice: usd(250), months: 12, amount: usd(15000), description: 'server text' };
      const termed: QuoteLine = { ...expand, id: 'l-inc-term', prorationDays: 151, termDays: 365 };
      const english = await render(showing(await loaded(flows.upgrade), () => ({ quote: quote([expand, termed]) })));
      expect($$(english, '[part="line"] .description').map(labelOf)).to.deep.equal([
        'Recording minutes 5 → 15 (+10, 10 included)',
        'Recording minutes 5 → 15 (+10, 10 included), 151 of 365 days left in the term',
      ]);
      expect(text(row(english, 0).querySelector('.math'))).to.equal('5 × $2.50 × 12 months');
      const germanBase = await loaded({ ...flows.upgrade, locale: 'de-DE' });
      await loadLocale('de-DE');
      const german = await render(showing(germanBase, () => ({ quote: quote([expand, termed]) })));
      expect($$(german, '[part="line"] .description').map(labelOf)).to.deep.equal([
        'Recording minutes 5 → 15 (+10, 10 inklusive)',
        'Recording minutes 5 → 15 (+10, 10 inklusive), noch 151 von 365 Tagen der Laufzeit',
      ]);
    });

    it('uses a catalog’s unit forms only when the catalog is in the buyer’s language', async () => {
      const extensions = { unit: 'extension', unitForms: { one: 'extension', other: 'extensions' } };
      // The catalog says English: a Japanese or French buyer gets the bare unit, an English one the forms.
      expect(unitName(extensions, 50, 'ja-JP', 'en')).to.equal('extension');
      expect(unitName(extensions, 50, 'fr', 'en-US')).to.equal('extension');
      expect(unitName(extensions, 50, 'en-GB', 'en-US')).to.equal('extensions');
      expect(unitName({ unit: 'Konto', unitForms: { one: 'Konto', other: 'Konten' } }, 10, 'de-DE', 'de')).to.equal('Konten');
      // A catalog that does not say its language: its forms, as before.
      expect(unitName(extensions, 50, 'ja')).to.equal('extensions');
      // Lines: an English catalog's forms never stand in a German line; the bare count does.
      const base = await loaded({ ...flows.upgrade, locale: 'de-DE' });
      await loadLocale('de-DE');
      const english = (state: CheckoutState) => ({ ...withForms(state.catalog, { one: 'account', other: 'accounts' }), language: 'en' });
      const el = await render(showing(base, (state) => ({ quote: quote(fixtureLines.slice(0, 2)), catalog: english(state) })));
      expect($$(el, '[part="line"] .description').map(labelOf)).to.deep.equal(['Contact Center 2 × 10, 12 Monate', 'Contact Center 2 × 1, 1 Monat']);
      const german = (state: CheckoutState) => ({ ...withForms(state.catalog, { one: 'Konto', other: 'Konten' }), language: 'de-DE' });
      const matching = await render(showing(base, (state) => ({ quote: quote(fixtureLines.slice(0, 1)), catalog: german(state) })));
      expect($$(matching, '[part="line"] .description').map(labelOf)).to.deep.equal(['Contact Center 2 × 10 Konten, 12 Monate']);
    });

    it('shows every row of the receipt from the order alone, when the checkout no longer has its quote', async () => {
      const base = await loaded(flows.upgrade);
      const order = {
        id: 'ord-77',
        quoteId: 'q-gone',
        status: 'paid',
        paymentMethod: 'card',
        lines: fixtureLines.slice(0, 2),
        ...priced,
        tax: { country: 'AT', ratePercent: 0, reverseCharge: true, amount: usd(0) },
        total: usd(248627),
        autoRenew: true,
        createdAt: '2026-11-23T10:00:00.000Z',
        payment: null,
      } as unknown as CheckoutOrder;
      const el = await render(showing(base, () => ({ quote: null, order })));
      expect(text($(el, '.receipt-title'))).to.equal('Your order');
      expect($$(el, '[part="line"] .description').map(labelOf)).to.deep.equal([
        'Contact Center 2 × 10 accounts, 12 months',
        'Contact Center 2 × 1 account, 1 month',
      ]);
      expect(text($(el, '[part="subtotal"]'))).to.equal('Subtotal $3,137.25');
      expect(text($(el, '[part="discount"]'))).to.equal('Promotion WELCOME10 10% off -$313.73');
      expect(text($(el, '[part="tax"]'))).to.equal('Reverse charge — 0% $0.00');
      expect(text($(el, '[part="total"]'))).to.equal('$2,486.27');
      await expect(el).to.be.accessible();
    });

    /** A batch renewal of 30 phones: a renewal and a co-term line each. */
    function batchQuote(): Quote {
      const lines = seedPhones.flatMap((id, index): QuoteLine[] => [
        {
          id: `r-${id}`,
          kind: 'renewal',
          subscriptionId: id,
          refId: 'kp-standard',
          itemName: 'Cloud Phone Standard',
          quantity: 1,
          unitPrice: usd(900),
          months: 12,
          amount: usd(10800),
          description: `${id}: renew`,
        },
        // prettier-ignore
        { id: `c-${id}`, kind: 'coterm', subscriptionId: id, refId: 'kp-standard', itemName: 'Cloud Phone Standard', quantity: 1, unitPrice: usd(900), months: 12, prorationDays: index + 1, termDays: 365, amount: usd(30 * (index + 1)), description: `${id}: coterm` },
      ]);
      return { ...quote(lines), flow: 'renew' };
    }
    const seedPhones = Array.from({ length: 30 }, (_, index) => `phone-${String(index + 1).padStart(2, '0')}`);

    it('folds a long batch renewal per subscription, lists the first few, and keeps the total in view', async () => {
      const base = await loaded(flows.renew);
      const target = showing(base, () => ({ quote: batchQuote() }));
      const scroller = await fixture<HTMLDivElement>(html`<div style="height: 480px; overflow: auto; width: 640px">
        <order-summary theme="light" .store=${target}></order-summary>
      </div>`);
      const el = scroller.querySelector('order-summary') as OrderSummary;
      await el.updateComplete;
      const toggles = () => $$(el, '[part="group-heading"] button') as HTMLButtonElement[];
      // The first 8 of 30, folded: the name is a button, the subscription's amount beside it.
      expect(toggles()).to.have.length(8);
      expect(toggles().every((button) => button.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(text($(el, '[part="group-heading"] .num'))).to.equal('$108.30');
      expect($$(el, '[part="line"]').filter((line) => (line as HTMLElement).offsetHeight > 0)).to.have.length(0);
      expect($(el, '[part="base"]')!.getBoundingClientRect().height, 'the folded summary').to.be.below(900);
      await expect(el).to.be.accessible();

      // The keyboard unfolds one subscription.
      toggles()[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggles()[1]!.getAttribute('aria-expanded')).to.equal('true');
      const unfolded = [...$$(el, '[part="group"]')[1]!.querySelectorAll('[part="line"]')] as HTMLElement[];
      expect(unfolded.map((line) => line.offsetHeight > 0)).to.deep.equal([true, true]);
      expect(labelOf(unfolded[0]!.querySelector('.description')!)).to.equal('Cloud phone 02: Cloud Phone Standard × 1 phone, renewed for 12 months');

      const showAll = $(el, '[part="show-all"]') as HTMLButtonElement;
      expect(text(showAll)).to.equal('Show all 30 subscriptions');
      showAll.click();
      await el.updateComplete;
      expect(toggles()).to.have.length(30);
      expect($(el, '[part="show-all"]')).to.equal(null);

      // Taller than its scroller now, the summary keeps its total at the scroller's bottom edge.
      expect(scroller.scrollHeight).to.be.above(scroller.clientHeight * 2);
      scroller.scrollTop = 0;
      const total = $(el, '.total-row')!.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      expect(total.bottom, 'the total row is in view').to.be.at.most(box.bottom + 1);
      expect(total.top).to.be.above(box.top);
      expect(getComputedStyle($(el, '.total-row')!).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    });

    it('fits 360 px in English and Arabic: nothing overflows and long names wrap', async () => {
      for (const locale of ['en-US', 'ar']) {
        const base = await loaded({ ...flows.upgrade, locale });
        await loadLocale(locale);
        const long = 'Contact Center Enterprise Kontaktcenterunternehmensomnikanalpremiumausgabe with Workforce Management';
        const target = showing(base, (state) => ({
          quote: quote(),
          catalog: { ...state.catalog!, plans: state.catalog!.plans.map((plan) => (plan.id === 'cc-2' ? { ...plan, name: long } : plan)) },
        }));
        const el = await fixture<OrderSummary>(html`<order-summary style="width: 360px" theme="light" .store=${target}></order-summary>`);
        await el.updateComplete;
        const base360 = $(el, '[part="base"]')!;
        expect(base360.scrollWidth, locale).to.be.at.most(base360.clientWidth);
        const { left, right } = base360.getBoundingClientRect();
        for (const node of $$(el, '[part="base"] *')) {
          const box = node.getBoundingClientRect();
          if (box.width === 0 || node.closest('.visually-hidden')) continue;
          expect(box.left >= left - 0.5 && box.right <= right + 0.5, `${locale}: ${node.tagName}.${node.className} ${text(node).slice(0, 40)}`).to.equal(true);
        }
        // The long name wraps between words: its cell is several lines tall, and no line starts mid-word.
        const name = row(el, 0).querySelector('.description bdi')!;
        expect(name.getClientRects().length, locale).to.be.above(1);
      }
    });
  });
});
