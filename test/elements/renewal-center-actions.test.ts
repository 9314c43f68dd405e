/**
 * <renewal-center> on the mock backend, as a buyer uses it: every action (move to manual, auto,
 * pay-per-use, cancel through its dialog and restore, the same renewal day), a failed action kept
 * with Retry, each filter checked against the backend's own answer, renew one from a row's More
 * menu by keyboard, a keyboard-only run, and batch renewal with co-terming paid by card and by
 * PayPal through the local stand-ins, back to the views with the new end dates.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockBackend } from '../../mocks/index.js';
import type { RenewQuoteRequest } from '../../src/api/schemas.js';
import '../../src/define.js';
import '../../src/elements/renewal-center/renewal-center.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { PayCheckout } from '../../src/elements/pay-checkout/pay-checkout.component.js';
import type { RenewalCenter } from '../../src/elements/renewal-center/renewal-center.component.js';
import { formatDate } from '../../src/i18n/format.js';
import { configurePayments } from '../../src/payments/payment-config.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { CheckoutStore as Store } from '../../src/store/checkout-store.js';
import { startMockBackend } from '../fixtures/mock-session.js';
import { ManualTimers } from '../store/manual-timers.js';
import { buttonByText, fillCard, until as poll } from '../payments/stand-in-helpers.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<renewal-center> actions, filters and keyboard on the mock backend', () => {
  let mock: MockBackend;
  let session: CheckoutSession;
  let el: RenewalCenter;

  const $ = <E extends Element = HTMLElement>(selector: string) => el.shadowRoot!.querySelector<E>(selector);
  const $$ = <E extends Element = HTMLElement>(selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];
  const rows = () => $$('tbody tr[data-id]');
  const ids = () => rows().map((row) => row.dataset['id']!);
  const count = (mode: string) => Number(text($(`#tab-${mode} .count`)).replace(/,/g, ''));
  const store = () => session.store as CheckoutStore;
  const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
  const api = async (path: string) => (await fetch(`/api${path}`)).json();
  const idle = () => $('.skeleton') === null && $('.table-wrap')?.getAttribute('aria-busy') !== 'true';

  async function mount(locale = 'en-US', width = 1100): Promise<void> {
    session = await fixture<CheckoutSession>(
      html`<checkout-session product="koophone" locale=${locale} style="width: ${width}px"><renewal-center></renewal-center></checkout-session>`,
    );
    el = session.querySelector('renewal-center')!;
    await waitUntil(() => rows().length > 0 && text($('#tab-manual .count')) !== '…', 'rows and counts never showed', { timeout: 5000 });
  }

  /** The tab's rows and counts as the backend has them now. */
  async function expectViewsMatchBackend(mode: string): Promise<void> {
    const counts = await api('/renewals/counts?productId=koophone');
    await waitUntil(() => ['manual', 'auto', 'pay_per_use', 'canceled'].every((tab) => count(tab) === counts[tab]), 'counts never followed', { timeout: 3000 });
    const page = await api(`/renewals?mode=${mode}&productId=koophone&sort=expiry_asc&limit=50`);
    await waitUntil(() => idle() && ids().join() === page.resources.map((row: { id: string }) => row.id).join(), 'rows never followed', { timeout: 3000 });
  }

  function tick(id: string): void {
    $<HTMLInputElement>(`tr[data-id="${id}"] input[data-action="select"]`)!.click();
  }

  async function openTab(mode: string): Promise<void> {
    $<HTMLButtonElement>(`#tab-${mode}`)!.click();
    await waitUntil(() => $(`#tab-${mode}`)?.getAttribute('aria-selected') === 'true' && idle() && rows().length > 0, `tab ${mode} never opened`);
  }

  async function choose(name: string, value: string): Promise<void> {
    const select = $<HTMLSelectElement>(`select[name="${name}"]`)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }

  const subscription = (id: string) => mock.db.getSubscription(id);

  before(async () => {
    mock = await startMockBackend();
  });

  beforeEach(() => mock.reset());

  afterEach(() => {
    for (const overlay of document.querySelectorAll('[data-upcart-stand-in]')) overlay.remove();
  });

  for (const [target, label] of [
    ['auto', 'auto renewal'],
    ['pay_per_use', 'pay-per-use'],
  ] as const) {
    it(`moves the selection to ${label}: the rows leave the tab, the counts follow`, async () => {
      await mount();
      const [first, second] = ids();
      const before = { manual: count('manual'), target: count(target) };
      tick(first!);
      tick(second!);
      await el.updateComplete;
      $<HTMLButtonElement>(`button[data-bulk="${target}"]`)!.click();
      await waitUntil(() => !ids().includes(first!) && !ids().includes(second!), 'the rows stayed');
      expect(subscription(first!).renewalMode).to.equal(target);
      expect(subscription(second!).renewalMode).to.equal(target);
      await waitUntil(() => count('manual') === before.manual - 2 && count(target) === before.target + 2, 'counts never moved');
      expect(text($('[part="status"]'))).to.equal(`2 resources moved to ${target === 'auto' ? 'Auto renewals' : 'Pay-per-use after expiration'}.`);
      await expectViewsMatchBackend('manual');
    });
  }

  it('moves auto renewals back to manual', async () => {
    await mount();
    await openTab('auto');
    const [first] = ids();
    const before = count('auto');
    tick(first!);
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="manual"]')!.click();
    await waitUntil(() => !ids().includes(first!) && count('auto') === before - 1, 'the row stayed');
    expect(subscription(first!).renewalMode).to.equal('manual');
    await expectViewsMatchBackend('auto');
  });

  it('cancels a renewal through its dialog (Cancel keeps it), then restores it from the canceled tab', async () => {
    await mount();
    const [first] = ids();
    const canceled = count('canceled');
    tick(first!);
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="canceled"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>('dialog')?.open, 'no confirmation');
    // Cancel in the dialog changes nothing.
    buttonByText($('dialog')!, 'Cancel')!.click();
    await waitUntil(() => $('dialog') === null);
    expect(subscription(first!).renewalMode).to.equal('manual');
    expect(ids()).to.include(first);

    $<HTMLButtonElement>('button[data-bulk="canceled"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>('dialog')?.open, 'no confirmation');
    $<HTMLButtonElement>('dialog button[type="submit"]')!.click();
    await waitUntil(() => !ids().includes(first!) && count('canceled') === canceled + 1, 'never canceled');
    expect(subscription(first!).renewalMode).to.equal('canceled');

    await openTab('canceled');
    expect(ids()).to.include(first);
    tick(first!);
    await el.updateComplete;
    const restore = $<HTMLButtonElement>('button[data-bulk="manual"]')!;
    expect(text(restore)).to.equal('Restore');
    restore.click();
    await waitUntil(() => !ids().includes(first!) && count('canceled') === canceled, 'never restored');
    expect(subscription(first!).renewalMode).to.equal('manual');
    await expectViewsMatchBackend('canceled');
  });

  it("sets the same renewal day: the account's standard day, given to the selection", async () => {
    await mount();
    const [first, second] = ids();
    tick(first!);
    tick(second!);
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="day"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>('dialog')?.open, 'no dialog');
    const input = $<HTMLInputElement>('dialog input[name="day"]')!;
    // The account's day shows first.
    await waitUntil(() => input.value === '1', 'the standard day never showed');
    input.value = '31';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>('dialog button[type="submit"]')!.click();
    await waitUntil(() => text($('#day-error')) === 'Enter a day from 1 to 28.', 'no refusal');
    input.value = '15';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>('dialog button[type="submit"]')!.click();
    await waitUntil(() => text($('[part="status"]')) === 'Renewal day 15 set for 2 resources.', 'never set');
    expect(await api('/renewals/settings')).to.deep.equal({ standardRenewalDay: 15 });
    expect(subscription(first!).renewalDay).to.equal(15);
    expect(subscription(second!).renewalDay).to.equal(15);
    await waitUntil(() => text($(`tr[data-id="${first}"]`)).includes('Day 15'), 'the row never showed its day');
    // Still in the tab: the counts are unchanged.
    await expectViewsMatchBackend('manual');
  });

  it('keeps the rows when an action fails with a 500 and shows Retry; Retry does it', async () => {
    await mount();
    const [first] = ids();
    const before = count('manual');
    mock.faults.set('setRenewalMode', { status: 500, times: 1 });
    tick(first!);
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="auto"]')!.click();
    const retry = await poll(() => $<HTMLButtonElement>('[part="error"] button'), 'the Retry button');
    expect(ids()).to.include(first);
    expect(count('manual')).to.equal(before);
    expect(subscription(first!).renewalMode).to.equal('manual');
    retry.click();
    await waitUntil(() => !ids().includes(first!) && count('manual') === before - 1, 'Retry did nothing');
    expect(subscription(first!).renewalMode).to.equal('auto');
    expect($('[part="error"]')).to.equal(null);
  });

  it('filters by name or id, product and plan, every expiry window, and sorts, as the backend does', async () => {
    await mount();
    const same = async (query: string, what: string) => {
      const page = await api(`/renewals?mode=manual&productId=koophone&limit=50&${query}`);
      const wanted = page.resources.map((row: { id: string }) => row.id).join();
      await waitUntil(() => idle() && ids().join() === wanted, '', { timeout: 3000 }).catch(() => {
        throw new Error(`${what}: the rows ${ids().join()} are not the backend's ${wanted}`);
      });
      return page.resources as { id: string; termEnd: string; planId?: string }[];
    };
    const search = $<HTMLInputElement>('input[name="search"]')!;
    search.value = 'phone-05';
    search.dispatchEvent(new Event('input'));
    search.form!.requestSubmit();
    expect((await same('search=phone-05&sort=expiry_asc', 'search')).map((row) => row.id)).to.deep.equal(['phone-05']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    search.form!.requestSubmit();
    await same('sort=expiry_asc', 'cleared search');

    await choose('plan', 'koophone|kp-pro');
    const pro = await same('planId=kp-pro&sort=expiry_asc', 'plan');
    expect(pro.length).to.be.greaterThan(0);
    expect(pro.every((row) => row.planId === 'kp-pro')).to.equal(true);
    await choose('plan', 'koophone|');

    const today = mock.clock.now().toISOString().slice(0, 10);
    const ahead = (days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
    // The manual tab has nothing ending within 7 days; the others each have rows.
    let windows = 0;
    for (const [window, last] of [
      ['expired', null],
      ['7d', ahead(7)],
      ['30d', ahead(30)],
      ['90d', ahead(90)],
    ] as const) {
      await choose('expires', window);
      const found = await same(`expires=${window}&sort=expiry_asc`, window);
      if (found.length > 0) windows += 1;
      for (const row of found) {
        if (last === null) expect(row.termEnd < today, `${row.id} in ${window}`).to.equal(true);
        else expect(row.termEnd >= today && row.termEnd <= last, `${row.id} in ${window}`).to.equal(true);
      }
    }
    expect(windows).to.equal(3);
    await choose('expires', '');
    await choose('sort', 'expiry_desc');
    const latest = await same('sort=expiry_desc', 'sort');
    const ends = latest.map((row) => row.termEnd);
    expect(ends).to.deep.equal([...ends].sort().reverse());
  });

  it('renewing the auto renewals tab starts with Auto Renew ticked, the manual tab with it unticked', async () => {
    await mount();
    await openTab('auto');
    $<HTMLButtonElement>('.select-all')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(() => store().getState().config?.flow === 'renew', 'the renewal never started');
    expect(store().getState().payment.autoRenew).to.equal(true);
    $<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => $('#tab-manual') !== null, 'never back to the list');
    await openTab('manual');
    tick(ids()[0]!);
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(() => store().getState().config?.flow === 'renew', 'the renewal never started');
    expect(store().getState().payment.autoRenew).to.equal(false);
  });

  it('a renewal refused by the store (an order being sent) stays on the list and says so', async () => {
    await mount();
    tick(ids()[0]!);
    await el.updateComplete;
    store().configure = () => ({ ok: false, reason: 'busy' });
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(() => text($('[part="status"]')) !== '', 'the refusal was never said');
    await el.updateComplete;
    expect($('#checkout-title')).to.equal(null);
    expect(rows().length).to.be.greaterThan(0);
    expect(text($('[part="status"]'))).to.equal('An order is being sent. Try again once it is done.');
  });

  it('after More > Move to…, the focus goes to the checkbox of the row now in its place', async () => {
    await mount();
    const [, second, third] = ids();
    $<HTMLButtonElement>(`tr[data-id="${second}"] .more`)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active()?.getAttribute('role') === 'menuitem', 'the menu never took the focus');
    await sendKeys({ press: 'ArrowDown' });
    expect(text(active())).to.equal('Move to auto renewal');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !ids().includes(second!), 'the row never moved');
    await waitUntil(() => active()?.dataset['action'] === 'select', 'the focus never reached a checkbox');
    expect(active()!.closest('tr')!.dataset['id']).to.equal(third);
  });

  it('at 360 px keeps Batch renew and puts the other bulk actions in one More actions menu, by keyboard', async () => {
    await mount('de-DE', 360);
    const visible = () => $$<HTMLButtonElement>('.bulk-bar button').filter((button) => button.getClientRects().length > 0);
    // The count, Select all, Batch renew and More actions: no five stacked buttons, no label cut or overflowing.
    expect(visible().map((button) => button.dataset['bulk'] ?? button.className)).to.deep.equal(['button select-all', 'renew', 'button more-actions']);
    expect($('.bulk-bar')!.getBoundingClientRect().height).to.be.below(200);
    for (const button of visible()) expect(button.scrollWidth, text(button)).to.be.at.most(button.clientWidth);
    expect($<HTMLButtonElement>('.more-actions')!.disabled).to.equal(true);

    const [first, second] = ids();
    tick(first!);
    await el.updateComplete;
    const more = $<HTMLButtonElement>('.more-actions')!;
    expect([more.disabled, more.getAttribute('aria-haspopup'), more.getAttribute('aria-expanded')]).to.deep.equal([false, 'menu', 'false']);
    // ArrowDown opens it on its first item; Escape closes it and gives the focus back.
    more.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => active()?.getAttribute('role') === 'menuitem', 'the menu never took the focus');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect($$('[role="menu"] [role="menuitem"]').map((item) => item.dataset['action'])).to.deep.equal(['auto', 'pay_per_use', 'canceled', 'day']);
    const menu = $('[role="menu"]')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(menu.left >= host.left - 0.5 && menu.right <= host.right + 0.5, 'the menu stays inside the element').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => active() === more && $('[role="menu"]') === null, 'Escape never gave the focus back');
    // Enter opens it, End reaches Set renewal day, Enter opens its dialog; closing it returns to More actions.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active()?.getAttribute('role') === 'menuitem', 'Enter never opened the menu');
    await sendKeys({ press: 'End' });
    expect(active()?.dataset['action']).to.equal('day');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>('dialog')?.open === true, 'the renewal-day dialog never opened');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $('dialog') === null && active() === $('.more-actions'), 'the focus never came back to More actions');
    // Space opens it, ArrowDown then Enter moves the selected resource to auto renewal.
    await sendKeys({ press: 'Space' });
    await waitUntil(() => active()?.getAttribute('role') === 'menuitem', 'Space never opened the menu');
    expect(active()?.dataset['action']).to.equal('auto');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !ids().includes(first!) && subscription(first!)?.renewalMode === 'auto', 'the bulk action never ran');
    expect(ids()).to.include(second!);
  });

  it('Back leaves the renew flow: no quote is asked for again when the hidden one expires', async () => {
    const timers = new ManualTimers();
    let offset = 0;
    let quotes = 0;
    const http = httpBackend({ baseUrl: '/api', timeoutMs: 2000 });
    const backend = Object.assign(Object.create(http) as typeof http, {
      createQuote: (...args: Parameters<typeof http.createQuote>) => ((quotes += 1), http.createQuote(...args)),
    });
    const own = new Store({ backend, timers, quoteDebounceMs: 10, now: () => mock.clock.now().getTime() + offset });
    el = await fixture<RenewalCenter>(html`<renewal-center product="koophone" style="width: 1100px" .store=${own}></renewal-center>`);
    await waitUntil(() => rows().length > 0, 'rows never showed', { timeout: 5000 });
    $<HTMLButtonElement>('.select-all')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(
      () => {
        timers.advance(10);
        return own.getState().quote !== null;
      },
      'no quote',
      { timeout: 5000 },
    );
    const expiresAt = Date.parse(own.getState().quote!.expiresAt);
    expect(text($('#checkout-title'))).to.equal(
      `Renew ${own.getState().quote!.lines.reduce((sum, line) => sum + (line.kind === 'renewal' ? (line.count ?? 1) : 0), 0)} resources`,
    );
    $<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => rows().length > 0 && $('#checkout-title') === null, 'never back to the list');
    expect(own.getState().config).to.equal(null);
    const asked = quotes;
    offset = expiresAt - mock.clock.now().getTime() + 60_000;
    timers.advance(16 * 60_000);
    await el.updateComplete;
    expect(quotes).to.equal(asked);
    expect(own.getState().status.quote.state).to.not.equal('loading');
    own.destroy();
  });

  it('sends % and _ in a search as they are, and the backend matches them as text', async () => {
    await mount();
    const sent: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      sent.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
    try {
      const input = $<HTMLInputElement>('input[type="search"]')!;
      input.value = '%_';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      $<HTMLFormElement>('form[role="search"]')!.requestSubmit();
      await waitUntil(() => text($('[part="empty"]')) !== '', 'the search never answered', { timeout: 3000 });
    } finally {
      window.fetch = original;
    }
    const list = sent.map((url) => new URL(url, location.href)).find((url) => url.pathname.endsWith('/renewals'));
    expect(list?.searchParams.get('search')).to.equal('%_');
    // As wildcards they would match every resource; as text, none has them in its name or id.
    expect(rows()).to.have.length(0);
    expect((await api('/renewals/counts?productId=koophone&search=%25_')).manual).to.equal(0);
  });

  it("passes the account's standard day to the renewal: the co-term hint names it, after each resource's own day", async () => {
    await fetch('/api/renewals/settings', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ standardRenewalDay: 15 }),
    });
    await mount();
    tick(ids()[0]!);
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(() => store().getState().config?.flow === 'renew' && store().getState().catalog !== null, 'the renewal never started', { timeout: 5000 });
    expect(store().getState().config?.standardRenewalDay).to.equal(15);
    const picker = el.querySelector('plan-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('#coterm-hint') !== null, 'no co-term option', { timeout: 5000 });
    expect(text(picker.shadowRoot!.querySelector('#coterm-hint'))).to.equal(
      'Each resource then ends on its own renewal day where one is set, else on the 15th of a month; the extra days are added to the price.',
    );
  });

  it('"Show new end dates" open follows a new quote: its dates load in place of the old one\'s', async () => {
    await mount();
    tick(ids()[0]!);
    tick(ids()[1]!);
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(() => store().getState().quote !== null && $('[part="end-dates"]') !== null, 'no quote', { timeout: 5000 });
    const first = store().getState().quote!.id;
    $<HTMLDetailsElement>('[part="end-dates"]')!.open = true;
    await waitUntil(() => $$('[part="end-dates"] li').length === 2, 'the dates never showed', { timeout: 5000 });
    const before = text($('[part="end-dates"] ul'));
    const state = store().getState();
    const other = state.catalog!.renewalDurations.find((duration) => state.selection?.flow === 'renew' && duration.id !== state.selection.durationId)!;
    expect(store().setDuration(other.id).ok).to.equal(true);
    await waitUntil(() => store().getState().quote !== null && store().getState().quote!.id !== first, 'no new quote', { timeout: 5000 });
    await waitUntil(() => $$('[part="end-dates"] li').length === 2 && text($('[part="end-dates"] ul')) !== before, "the new quote's dates never showed", {
      timeout: 5000,
    });
  });

  it("renews one resource from its row's More menu by keyboard", async () => {
    await mount();
    const [, second] = ids();
    $<HTMLButtonElement>(`tr[data-id="${second}"] .more`)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active()?.getAttribute('role') === 'menuitem', 'the menu never took the focus');
    expect(text(active())).to.equal('Renew');
    await sendKeys({ press: 'ArrowDown' });
    expect(text(active())).to.equal('Move to auto renewal');
    await sendKeys({ press: 'ArrowUp' });
    expect(text(active())).to.equal('Renew');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => store().getState().quote !== null, 'no quote', { timeout: 5000 });
    expect(text($('#checkout-title'))).to.equal('Renew 1 resource');
    expect((store().getState().quoteRequest as RenewQuoteRequest).selection).to.deep.equal({ ids: [second] });
  });

  it('works by keyboard alone: tabs by arrows, rows by Space, a bulk action by Tab', async () => {
    await mount();
    $<HTMLButtonElement>('#tab-manual')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => active()?.id === 'tab-auto' && $('#tab-auto')!.getAttribute('aria-selected') === 'true', 'ArrowRight never opened Auto');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => active()?.id === 'tab-manual' && idle() && rows().length > 0, 'ArrowLeft never came back');
    const before = count('manual');
    // Tab to the first row's box, Space ticks it.
    for (let press = 0; press < 20 && active()?.dataset['action'] !== 'select'; press += 1) await sendKeys({ press: 'Tab' });
    const box = active() as HTMLInputElement;
    expect(box.dataset['action']).to.equal('select');
    const id = box.closest('tr')!.dataset['id']!;
    await sendKeys({ press: 'Space' });
    await waitUntil(() => box.checked && text($('.selected-count')) === '1 resource selected', 'Space never selected the row');
    // Back to the bulk bar by Shift+Tab, Enter on "Move to auto renewal".
    await sendKeys({ down: 'Shift' });
    for (let press = 0; press < 20 && active()?.dataset['bulk'] !== 'auto'; press += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active()?.dataset['bulk']).to.equal('auto');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !ids().includes(id) && count('manual') === before - 1, 'the bulk action never ran');
    expect(subscription(id).renewalMode).to.equal('auto');
  });

  it("writes grouped renewal lines in the buyer's language, and the review counts the selection", async () => {
    await mount();
    $<HTMLButtonElement>('.select-all')!.click();
    await el.updateComplete;
    const manual = count('manual');
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    await waitUntil(() => store().getState().quote !== null, 'no quote', { timeout: 5000 });
    const summary = el.querySelector('order-summary')!;
    const labels = () =>
      [...summary.shadowRoot!.querySelectorAll('[part="line"] .description')].map(
        (cell) => text(cell.firstChild as Element) || cell.childNodes[0]?.textContent?.trim(),
      );
    const grouped = store()
      .getState()
      .quote!.lines.filter((line) => line.count !== undefined);
    expect(grouped.length).to.be.greaterThan(0);
    await waitUntil(
      () => text(summary.shadowRoot!.querySelector('tbody')).includes(`Cloud Phone Standard: ${grouped[0]!.count} subscriptions, renewed for 1 month`),
      'no English group line',
    );
    const pay = el.querySelector<PayCheckout>('pay-checkout')!;
    await waitUntil(() => text(pay.shadowRoot!.querySelector('[part="review"]')).includes(`Subscriptions ${manual} subscriptions`), 'the review never counted');
    expect(labels().join(' ')).to.not.contain('subscriptions, renew');
    await mount('de-DE');
    $<HTMLButtonElement>('.select-all')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
    const german = () => el.querySelector('order-summary')?.shadowRoot?.querySelector('tbody');
    await waitUntil(
      () => text(german()).includes('Cloud Phone Standard: ') && text(german()).includes('Abonnements, verlängert um 1 Monat'),
      'no German group line',
      { timeout: 5000 },
    );
  });

  for (const method of ['card', 'paypal'] as const) {
    it(`batch renews two resources with co-terming, paid by ${method}, and shows their new end dates`, async () => {
      // The session's own store checks quote expiry against real time: run the backend on it too.
      mock.clock.set(new Date());
      mock.db.reset();
      configurePayments({ stripeScriptUrl: '/public/stand-ins/stripe.js', paypalSdkBaseUrl: '/public/stand-ins/paypal.js' });
      await mount();
      const chosen = ids().slice(0, 2);
      const day = (id: string) => subscription(id).renewalDay ?? 1;
      for (const id of chosen) tick(id);
      await el.updateComplete;
      $<HTMLButtonElement>('button[data-bulk="renew"]')!.click();
      await waitUntil(() => store().getState().quote !== null, 'no quote', { timeout: 5000 });
      expect((store().getState().quoteRequest as RenewQuoteRequest).selection).to.deep.equal({ ids: chosen });
      expect(store().setCoterm(true).ok).to.equal(true);
      await waitUntil(() => (store().getState().quoteRequest as RenewQuoteRequest | null)?.coterm === true && store().getState().quote !== null);
      const quote = store().getState().quote!;
      const items = (await api(`/quotes/${quote.id}/items`)).items as { subscriptionId: string; newTermEnd: string }[];
      expect(items.map((item) => item.subscriptionId).sort()).to.deep.equal([...chosen].sort());
      // Co-terming: each ends on its renewal day.
      for (const item of items) expect(Number(item.newTermEnd.slice(8)), item.subscriptionId).to.equal(day(item.subscriptionId));
      await waitUntil(() => store().getState().contactId !== null, 'no contact chosen', { timeout: 5000 });

      const pay = el.querySelector<PayCheckout>('pay-checkout')!;
      await waitUntil(() => pay.shadowRoot!.querySelector(`input[name="method"][value="${method}"]`), 'no payment methods');
      expect(text(pay.shadowRoot!.querySelector('[part="review"]'))).to.contain('Subscriptions 2 subscriptions');
      pay.shadowRoot!.querySelector<HTMLInputElement>(`input[name="method"][value="${method}"]`)!.click();
      if (method === 'card') {
        const mount = await poll(() => document.querySelector<HTMLElement>('[slot^="card-mount"], [slot^="upcart-mount"]'), 'the card mount');
        await poll(() => mount.querySelector('iframe'), 'the card element');
        const button = pay.shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
        await poll(() => button.getAttribute('aria-disabled') === 'false', 'the card form to be ready');
        fillCard(mount, '4242 4242 4242 4242');
        button.click();
      } else {
        const buttons = await poll(() => document.querySelector('[data-upcart-stand-in="paypal-buttons"]'), 'the PayPal buttons');
        buttonByText(buttons, 'PayPal')!.click();
        const panel = await poll(() => document.querySelector('[data-upcart-stand-in="paypal-approval"]'), 'the approval panel');
        buttonByText(panel, 'Approve payment')!.click();
      }
      await waitUntil(() => store().getState().order?.status === 'paid', 'never paid', { timeout: 8000 });
      await waitUntil(() => $('#checkout-title') === null && rows().length > 0 && idle(), 'never returned to the views', { timeout: 5000 });
      expect(text($('[part="status"]'))).to.match(/^Renewal paid \(order .+\)\. The new end dates show below\.$/);
      expect(mock.db.listOrders().filter((order) => order.status === 'paid')).to.have.length(1);
      for (const item of items) {
        expect(subscription(item.subscriptionId).termEnd).to.equal(item.newTermEnd);
        await waitUntil(
          () => text($(`tr[data-id="${item.subscriptionId}"]`)).includes(formatDate(item.newTermEnd, 'en-US')),
          `${item.subscriptionId} never showed ${item.newTermEnd}`,
          { timeout: 3000 },
        );
      }
    });
  }
});
