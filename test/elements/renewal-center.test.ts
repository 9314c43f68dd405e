/**
 * <renewal-center> in a <checkout-session> without a flow, on the mock backend: accessibility,
 * tabs and counts from the server, select all as a filter, the renew checkout in the same page
 * (the quote for the selection, grouped) and back to the views after the order, and 100,000
 * resources. What the state module sends for each filter and action, answers out of order and
 * failures are in renewal-center-state.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import type { RenewQuoteRequest } from '../../src/api/schemas.js';
import '../../src/elements/checkout-session/checkout-session.js';
import '../../src/elements/renewal-center/renewal-center.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { RenewalCenter } from '../../src/elements/renewal-center/renewal-center.component.js';
import { formatCount, formatDate } from '../../src/i18n/format.js';
import { loadLocale } from '../../src/i18n/messages.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import { startMockBackend } from '../fixtures/mock-session.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<renewal-center> on the mock backend', () => {
  let mock: MockBackend;
  let session: CheckoutSession;
  let el: RenewalCenter;

  const $ = <E extends Element = HTMLElement>(selector: string) => el.shadowRoot!.querySelector<E>(selector);
  const $$ = <E extends Element = HTMLElement>(selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
  const rows = () => $$('tbody tr[data-id]');
  const count = (mode: string) => text($(`#tab-${mode} .count`));
  const store = () => session.store as CheckoutStore;

  async function mount(theme: 'light' | 'dark' = 'light'): Promise<void> {
    session = await fixture<CheckoutSession>(
      html`<checkout-session product="koophone" locale="en-US" theme=${theme} style="width: 1100px"><renewal-center theme=${theme}></renewal-center></checkout-session>`,
    );
    el = session.querySelector('renewal-center')!;
    await waitUntil(() => rows().length > 0 && count('manual') !== '…', 'rows and counts never showed', { timeout: 5000 });
  }

  before(async () => {
    mock = await startMockBackend();
  });

  beforeEach(() => mock.reset());

  it('is accessible in light and dark', async () => {
    await mount('light');
    await expect(el).to.be.accessible();
    await mount('dark');
    await expect(el).to.be.accessible();
  });

  it('is accessible with a row menu open, in the set-renewal-day dialog and in the renew checkout', async () => {
    await mount();
    $<HTMLButtonElement>('tbody .more')!.click();
    await waitUntil(() => $('[role="menu"]') !== null, 'no menu');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>('tbody input[data-action="select"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="day"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>('dialog')?.open === true, 'no dialog');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>('dialog button[value="cancel"]')!.click();
    await waitUntil(() => $('dialog') === null, 'the dialog stayed');
    // Select all keeps its label and says it is on by aria-pressed.
    const label = text($('.select-all'));
    $<HTMLButtonElement>('.select-all')!.click();
    await el.updateComplete;
    expect([text($('.select-all')), $('.select-all')!.getAttribute('aria-pressed')]).to.deep.equal([label, 'true']);
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(() => store().getState().quote !== null && $$('[part="groups"] li').length > 0, 'no quote', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('shows each tab with its count from the server, and lists nothing for the checkout', async () => {
    await mount();
    const counts = await (await fetch('/api/renewals/counts?productId=koophone')).json();
    expect([count('manual'), count('auto'), count('pay_per_use'), count('canceled')]).to.deep.equal(
      [counts.manual, counts.auto, counts.pay_per_use, counts.canceled].map(String),
    );
    expect(rows()).to.have.length(counts.manual);
    expect(store().getState().config).to.equal(null);
    expect(text(session.shadowRoot!.querySelector('[part="error"]'))).to.equal('');
  });

  it('select all and Batch renew: the checkout in the same page prices the filter, grouped, then returns to the views', async () => {
    await mount();
    const manual = Number(count('manual'));
    $<HTMLButtonElement>('.select-all')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(() => store().getState().quote !== null, 'no quote', { timeout: 5000 });
    const request = store().getState().quoteRequest as RenewQuoteRequest;
    expect(request.selection).to.deep.equal({ filter: { mode: 'manual', productId: 'koophone' } });
    expect(request.subscriptionIds).to.equal(undefined);
    expect(store().getState().subscriptions).to.have.length(0);
    expect(text($('#checkout-title'))).to.equal(`Renew ${manual} resources`);
    await waitUntil(() => $$('[part="groups"] li').length > 0);
    const grouped = store()
      .getState()
      .quote!.lines.filter((line) => line.kind === 'renewal')
      .reduce((sum, line) => sum + (line.count ?? 1), 0);
    expect(grouped).to.equal(manual);
    // The checkout's elements are in the center's light DOM (so card payment can mount).
    expect(el.querySelector(':scope > [slot="checkout"] pay-checkout')).to.not.equal(null);

    const co = store().setCoterm(true);
    expect(co.ok).to.equal(true);
    await waitUntil(() => (store().getState().quoteRequest as RenewQuoteRequest | null)?.coterm === true && store().getState().quote !== null);
    await waitUntil(() => store().getState().contactId !== null, 'no contact chosen', { timeout: 5000 });
    store().setPaymentMethod('offline');
    const placed = await store().placeOrder();
    expect(placed.ok, JSON.stringify(placed)).to.equal(true);
    await waitUntil(() => $('#checkout-title') === null && rows().length > 0, 'never returned to the views', { timeout: 5000 });
    expect(text($('[part="status"]'))).to.match(/^Order .+ placed\. The renewal takes effect once it is paid\.$/);
    expect(el.querySelector(':scope > [slot="checkout"]')).to.equal(null);
  });

  it("follows the session's locale: tabs, dates and numbers, and the renew checkout it opens", async () => {
    await loadLocale('de');
    // Counts over a thousand, so that the grouping separator tells the locales apart.
    mock.db.generateResources(2_000);
    await mount();
    const manual = await (await fetch('/api/renewals/counts?productId=koophone')).json();
    const first = await (await fetch('/api/renewals?mode=manual&productId=koophone&sort=expiry_asc&limit=1')).json();
    const termEnd: string = first.resources[0].termEnd;
    expect(text($('#tab-manual span'))).to.equal('Manual renewals');
    expect(count('manual')).to.equal(formatCount(manual.manual, 'en-US'));
    expect(text(rows()[0]!.querySelector('td:nth-of-type(5)'))).to.contain(formatDate(termEnd, 'en-US'));

    session.setAttribute('locale', 'de-DE');
    await waitUntil(() => text($('#tab-manual span')) === 'Manuelle Verlängerung', 'the tabs did not follow the session’s locale');
    expect(count('manual')).to.equal(formatCount(manual.manual, 'de-DE'));
    expect(count('manual')).to.not.equal(formatCount(manual.manual, 'en-US'));
    expect(text(rows()[0]!.querySelector('td:nth-of-type(5)'))).to.contain(formatDate(termEnd, 'de-DE'));

    // The renew checkout takes the session's locale, and follows it while open.
    rows()[0]!.querySelector<HTMLInputElement>('input[data-action="select"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    // It reads the account's standard renewal day first.
    await waitUntil(() => $('#checkout-title') !== null, 'the checkout never opened');
    expect(store().getState().config?.locale).to.equal('de-DE');
    expect(text($('#checkout-title'))).to.equal('1 Ressource verlängern');
    session.setAttribute('locale', 'en-US');
    await waitUntil(() => text($('#checkout-title')) === 'Renew 1 resource', 'the checkout did not follow the session’s locale');
    expect(store().getState().config?.locale).to.equal('en-US');
    expect(store().getState().config?.renewal).to.deep.equal({ ids: [first.resources[0].id] });
    await waitUntil(() => store().getState().quote !== null, 'the renewal was not priced again', { timeout: 5000 });
    // The quote's group is named in the buyer's language (from the catalog), not in the server's words.
    await waitUntil(() => $$('[part="groups"] .group-name').length > 0, 'no groups');
    expect(text($('[part="groups"] .group-name'))).to.match(/^.+, renewed for \d+ months?$/);
    session.setAttribute('locale', 'de-DE');
    await waitUntil(() => /^.+, Verlängerung um \d+ Monate?$/.test(text($('[part="groups"] .group-name'))), 'the groups did not follow', { timeout: 5000 });
  });

  it('reports failures to the host through the session: a 401 on the list asks for a sign-in, a 500 on an action is an error', async () => {
    const heard: string[] = [];
    const listen = (target: EventTarget) => {
      for (const type of ['upcart-error', 'upcart-auth-required'] as const)
        target.addEventListener(type, (event) => heard.push(`${type} ${(event as CustomEvent<{ step: string }>).detail.step}`));
    };
    mock.faults.set('listRenewals', { status: 401, times: 1 });
    session = document.createElement('checkout-session') as CheckoutSession;
    session.setAttribute('product', 'koophone');
    session.setAttribute('locale', 'en-US');
    session.style.width = '1100px';
    listen(session);
    el = session.appendChild(document.createElement('renewal-center'));
    (await fixture<HTMLElement>(html`<div></div>`)).append(session);
    await waitUntil(() => heard.length >= 2, 'the host heard nothing', { timeout: 5000 });
    expect(heard).to.deep.equal(['upcart-error renewals', 'upcart-auth-required renewals']);
    // The center's own alert with Retry stays.
    expect($('[part="error"] [part="retry"], [part="error"] button')).to.not.equal(null);
    // The host signed the buyer in again: the session's retryFailed() loads the list.
    await session.retryFailed();
    await waitUntil(() => rows().length > 0, 'retryFailed() did not load the list', { timeout: 5000 });

    heard.length = 0;
    mock.faults.set('setRenewalMode', { status: 500, times: 1 });
    rows()[0]!.querySelector<HTMLInputElement>('input[data-action="select"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="auto"]')!.click();
    await waitUntil(() => heard.length > 0, 'the failed action never reached the host', { timeout: 5000 });
    expect(heard).to.deep.equal(['upcart-error renewalAction']);
    expect($('[part="error"] button')).to.not.equal(null);
  });

  it('100,000 resources: first rows, a filter, and select all renewed by one quote request with a filter', async () => {
    mock.db.generateResources(100_000);
    const started = performance.now();
    await mount();
    const firstRows = performance.now() - started;
    expect(rows().length).to.be.at.most(60);
    expect(Number(count('manual').replace(/,/g, ''))).to.be.greaterThan(10_000);
    const select = $<HTMLSelectElement>('select[name="expires"]')!;
    select.value = '7d';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // The old rows render dimmed and busy first; select all waits for the filter's own page.
    await el.updateComplete;
    await waitUntil(
      () =>
        text($('.more-row')).includes('of') &&
        $('.skeleton') === null &&
        $('.table-wrap')?.getAttribute('aria-busy') === 'false' &&
        $<HTMLSelectElement>('select[name="expires"]')!.value === '7d',
      '',
      {
        timeout: 5000,
      },
    );
    $<HTMLButtonElement>('.select-all')!.click();
    await el.updateComplete;
    const quotes: unknown[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/quotes')) quotes.push(JSON.parse(String(init?.body)));
      return original(input, init);
    };
    try {
      $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
      await waitUntil(() => store().getState().quote !== null, 'no quote', { timeout: 8000 });
    } finally {
      window.fetch = original;
    }
    expect(quotes).to.have.length(1);
    expect((quotes[0] as RenewQuoteRequest).selection).to.deep.equal({ filter: { mode: 'manual', productId: 'koophone', expires: '7d' } });
    console.log(`renewal center, 100,000 resources: first rows after ${Math.round(firstRows)} ms`);
  });
});
