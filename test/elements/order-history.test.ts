import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { createMockBackend, SEED_PI_NUMBER, type MockBackend } from '../../mocks/index.js';
import type { CheckoutBackend, ListOrdersQuery } from '../../src/api/backend.js';
import { httpBackend } from '../../src/api/http-backend.js';
import type { Order } from '../../src/api/schemas.js';
import '../../src/elements/checkout-session/checkout-session.js';
import '../../src/elements/order-history/order-history.js';
import type { OrderHistory } from '../../src/elements/order-history/order-history.component.js';
import type { UpcartInvoiceLinkEvent } from '../../src/events/invoice-link.js';
import { formatDateTime, formatMoney } from '../../src/i18n/format.js';
import { loadLocale } from '../../src/i18n/messages.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { flows, quoteSettled, TEST_NOW, until } from '../fixtures/mock-session.js';

/** Text with every kind of space (Intl puts narrow and no-break spaces in money) as one plain space. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<order-history>', () => {
  let mock: MockBackend;
  let worker: ReturnType<typeof setupWorker> | undefined;
  /** What the element asked the backend, in order. */
  let listCalls: ListOrdersQuery[];
  let linkCalls: string[];
  /** Answers held back by a test's gate, to wait for once released. */
  let heldAnswers: Promise<unknown>[] = [];
  const stores: CheckoutStore[] = [];
  /** A tab `window.open` opened: what it was asked, and what became of it. */
  interface FakeTab {
    args: unknown[];
    opener: unknown;
    location: { href: string };
    closed: boolean;
    close(): void;
  }
  let opened: FakeTab[];
  /** What `window.open` answers: a tab, or null as a popup blocker does. */
  let blocked: boolean;
  const realOpen = window.open;

  /** The mock backend with the demo account's past orders, over a backend that records its calls. */
  function spiedStore(gates: { link?: Promise<void>; list?: (query: ListOrdersQuery) => Promise<void> | undefined } = {}): CheckoutStore {
    const http = httpBackend({ baseUrl: '/api', timeoutMs: 2000 });
    const backend: CheckoutBackend = {
      ...http,
      listOrders: async (query, options) => {
        listCalls.push(query ?? {});
        const gate = gates.list?.(query ?? {});
        // A held answer comes late, whatever the element aborted meanwhile (as a slow server's would).
        if (gate) {
          const answer = gate.then(() => http.listOrders(query));
          heldAnswers.push(answer);
          return answer;
        }
        return http.listOrders(query, options);
      },
      createInvoiceLink: async (orderId, options) => {
        linkCalls.push(orderId);
        await gates.link;
        return http.createInvoiceLink(orderId, options);
      },
    };
    const store = new CheckoutStore({ backend, quoteDebounceMs: 10, now: () => mock.clock.now().getTime() });
    stores.push(store);
    return store;
  }

  async function render(
    options: { theme?: 'light' | 'dark'; pageSize?: number; lang?: string; width?: number; store?: CheckoutStore } = {},
  ): Promise<OrderHistory> {
    const { theme = 'light', lang = 'en-US', width = 900 } = options;
    const store = options.store ?? spiedStore();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${lang} style="width: ${width}px">
        <order-history theme=${theme} page-size=${options.pageSize ?? 20} .store=${store}></order-history>
      </div>`,
    );
    const el = wrapper.querySelector('order-history')!;
    await loaded(el);
    return el;
  }

  /** Waits until the first page (or its failure) is shown. */
  async function loaded(el: OrderHistory): Promise<void> {
    await waitUntil(() => ['done', 'error'].includes(el.historyState?.list.state ?? ''), 'the orders never loaded');
    await el.updateComplete;
  }

  const $ = (el: OrderHistory, selector: string) => el.shadowRoot!.querySelector(selector);
  const $$ = (el: OrderHistory, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  const rows = (el: OrderHistory) => $$(el, '[part="row"]');
  const ids = (el: OrderHistory) => rows(el).map((row) => row.getAttribute('data-order'));
  const invoiceButton = (el: OrderHistory, orderId: string) => $(el, `[data-order="${orderId}"] [part="invoice"]`) as HTMLButtonElement;
  const filter = (el: OrderHistory) => $(el, '[part="filter"]') as HTMLSelectElement;
  const newest = (): Order[] => mock.db.orderHistory().orders;
  const byStatus = (status: Order['status']) => newest().filter((order) => order.status === status);

  async function choose(el: OrderHistory, value: string): Promise<void> {
    filter(el).value = value;
    filter(el).dispatchEvent(new Event('change'));
    await loaded(el);
  }

  before(async () => {
    mock = createMockBackend({ baseUrl: '/api', now: TEST_NOW, seedOrders: true });
    worker = setupWorker(...mock.handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  });

  after(() => worker?.stop());

  beforeEach(() => {
    mock.reset();
    listCalls = [];
    linkCalls = [];
    heldAnswers = [];
    opened = [];
    blocked = false;
    window.open = (...args: unknown[]) => {
      const tab: FakeTab = {
        args,
        opener: window,
        location: { href: '' },
        closed: false,
        close() {
          this.closed = true;
        },
      };
      opened.push(tab);
      return blocked ? null : (tab as unknown as Window);
    };
  });

  afterEach(() => {
    window.open = realOpen;
    for (const store of stores.splice(0)) store.destroy();
  });

  it('is accessible in light and dark, wide and as cards', async () => {
    const light = await render({ theme: 'light' });
    expect(rows(light)).to.have.length(5);
    await expect(light).to.be.accessible();
    const dark = await render({ theme: 'dark' });
    await expect(dark).to.be.accessible();
    const narrow = await render({ theme: 'dark', width: 390 });
    await expect(narrow).to.be.accessible();
  });

  it('lists the orders newest first with their date, items, status, payment and total in the buyer’s locale', async () => {
    const el = await render();
    const orders = newest();
    expect(ids(el)).to.deep.equal(orders.map((order) => order.id));
    const created = orders.map((order) => Date.parse(order.createdAt));
    expect(created).to.deep.equal([...created].sort((a, b) => b - a));
    expect(rows(el).map((row) => text(row.querySelector('[part="status"]')))).to.deep.equal(['Awaiting payment', 'Failed', 'Paid', 'Cancelled', 'Paid']);
    expect(rows(el).map((row) => text(row.querySelector('.date .value')))).to.deep.equal(orders.map((order) => formatDateTime(order.createdAt, 'en-US')));
    expect(rows(el).map((row) => text(row.querySelector('.total .value')))).to.deep.equal(
      orders.map((order) => text(Object.assign(document.createElement('p'), { textContent: formatMoney(order.total, 'en-US') }))),
    );
    expect(rows(el).map((row) => text(row.querySelector('.payment .value > span')))).to.deep.equal(['Offline', 'Card', 'PayPal', 'Card', 'Card']);
    // The renewal of three phones (lines grouped by plan and cycle): its first line, the others behind "+ N more".
    const renewal = rows(el)[2]!;
    const lines = orders[2]!.lines;
    expect(lines.length).to.be.above(1);
    // Written in the buyer's language from their parameters, never the server's description: each
    // names its plan, and a line of one phone ends with the phone it renews.
    const shown = [text(renewal.querySelector('summary')).replace(` + ${lines.length - 1} more`, ''), ...[...renewal.querySelectorAll('.lines li')].map(text)];
    expect(text(renewal.querySelector('summary'))).to.match(new RegExp(` \\+ ${lines.length - 1} more$`));
    expect(shown).to.have.length(lines.length);
    lines.forEach((line, index) => {
      expect(shown[index], line.description).to.not.equal(line.description);
      expect(shown[index]).to.contain(line.itemName!);
      if (line.subscriptionId) expect(shown[index]).to.match(new RegExp(`, renewed for \\d+ months? ${line.subscriptionId}$`));
      else expect(shown[index]).to.match(new RegExp(`: ${line.count} subscriptions, renewed for \\d+ months?$`));
    });
    const single = orders[4]!.lines[0]!;
    // An expansion's English reads as the server's does; it is written from its parameters all the same.
    expect(text(rows(el)[4]!.querySelector('.items .value'))).to.equal(
      `${single.itemName} ${single.fromQuantity} → ${single.toQuantity} (+${single.toQuantity! - single.fromQuantity!}), ${single.prorationDays} of ${single.termDays} days left in the term`,
    );
    // Invoices where the order has one: the proforma of the offline order, the paid orders' invoices.
    expect(rows(el).map((row) => text(row.querySelector('[part="invoice"]')))).to.deep.equal(['Proforma', '', 'Invoice', '', 'Invoice']);
  });

  it('shows an offline order’s PI number and that it awaits payment', async () => {
    const el = await render();
    const [offline] = byStatus('awaiting_offline_payment');
    const row = $(el, `[data-order="${offline!.id}"]`)!;
    expect(text(row.querySelector('[part="status"]'))).to.equal('Awaiting payment');
    expect(text(row.querySelector('.pi-number'))).to.equal(`PI number ${SEED_PI_NUMBER}`);
    expect(invoiceButton(el, offline!.id).getAttribute('aria-label')).to.equal(`Proforma invoice of order ${offline!.id}, opens in a new tab`);
  });

  it('filters by status on the server and shows only those orders', async () => {
    const el = await render();
    await choose(el, 'paid');
    expect(listCalls.at(-1)).to.deep.include({ status: 'paid' });
    expect(ids(el)).to.deep.equal(byStatus('paid').map((order) => order.id));
    expect(rows(el).map((row) => text(row.querySelector('[part="status"]')))).to.deep.equal(['Paid', 'Paid']);
    await choose(el, 'cancelled');
    expect(listCalls.at(-1)).to.deep.include({ status: 'cancelled' });
    expect(ids(el)).to.deep.equal(byStatus('cancelled').map((order) => order.id));
    await choose(el, '');
    expect(listCalls.at(-1)).to.not.have.property('status');
    expect(rows(el)).to.have.length(5);
  });

  it('says when there are no orders, or none with the status chosen', async () => {
    const el = await render();
    await choose(el, 'pending_payment');
    expect(rows(el)).to.have.length(0);
    expect(text($(el, '.empty'))).to.equal('No orders with this status');
    mock.db.repository.orders.clear();
    const empty = await render();
    expect(text($(empty, '.empty'))).to.equal('No orders yet');
    expect($(empty, '[part="table"]') !== null).to.equal(false);
  });

  it('appends the next page with Load more, following the cursor, and stops at the last', async () => {
    const el = await render({ pageSize: 2 });
    const all = newest().map((order) => order.id);
    expect(ids(el)).to.deep.equal(all.slice(0, 2));
    expect(listCalls[0]).to.deep.equal({ limit: 2 });
    ($(el, '[part="more"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(el).length === 4, 'the second page never came');
    expect(listCalls[1]!.cursor).to.be.a('string');
    expect(ids(el)).to.deep.equal(all.slice(0, 4));
    ($(el, '[part="more"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(el).length === 5, 'the last page never came');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(all);
    expect($(el, '[part="more"]') !== null).to.equal(false);
    expect(text($(el, '[role="status"]'))).to.equal('5 orders shown, all there are');
    expect(listCalls).to.have.length(3);
  });

  it('mints a new link on each Invoice click, hands it to the host, and opens it', async () => {
    const el = await render();
    const [paid] = byStatus('paid');
    const events: UpcartInvoiceLinkEvent[] = [];
    el.addEventListener('upcart-invoice-link', (event) => events.push(event));
    for (const round of [1, 2]) {
      invoiceButton(el, paid!.id).click();
      await waitUntil(() => events.length === round, `Invoice click ${round} fired no event`);
    }
    expect(linkCalls).to.deep.equal([paid!.id, paid!.id]);
    const [first, second] = events.map((event) => event.detail);
    expect(first!.orderId).to.equal(paid!.id);
    expect(first!.url).to.not.equal(second!.url);
    expect(Date.parse(first!.expiresAt)).to.equal(mock.clock.now().getTime() + 24 * 3_600_000);
    expect(events.every((event) => event.cancelable && event.composed && event.bubbles)).to.equal(true);
    // Each click opened a tab at once, cut off from this page, then sent it to its own link.
    expect(opened.map((tab) => [tab.args, tab.opener, tab.location.href, tab.closed])).to.deep.equal([
      [['', '_blank'], null, first!.url, false],
      [['', '_blank'], null, second!.url, false],
    ]);
  });

  it('makes one request for a double click, busy meanwhile', async () => {
    mock.faults.set('createInvoiceLink', { latencyMs: 150 });
    const el = await render();
    const [paid] = byStatus('paid');
    const button = invoiceButton(el, paid!.id);
    const fired = oneEvent(el, 'upcart-invoice-link');
    button.click();
    button.click();
    await el.updateComplete;
    expect(invoiceButton(el, paid!.id).getAttribute('aria-busy')).to.equal('true');
    await fired;
    await el.updateComplete;
    expect(linkCalls).to.have.length(1);
    expect(opened).to.have.length(1);
    expect(invoiceButton(el, paid!.id).getAttribute('aria-busy')).to.equal('false');
  });

  it('leaves the link to a host that calls preventDefault()', async () => {
    const el = await render();
    const [paid] = byStatus('paid');
    el.addEventListener('upcart-invoice-link', (event) => event.preventDefault());
    const fired = oneEvent(el, 'upcart-invoice-link');
    invoiceButton(el, paid!.id).click();
    const event = await fired;
    expect(event.defaultPrevented).to.equal(true);
    await waitUntil(() => opened[0]?.closed === true, 'the tab opened by the click was not closed');
    expect(opened).to.have.length(1);
    expect(opened[0]!.location.href).to.equal('');
  });

  it('shows a failed list with Try again, which recovers', async () => {
    mock.faults.set('listOrders', { status: 500, times: 1 });
    const el = await render();
    const alert = $(el, '[part="error"]');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(text(alert?.querySelector('p'))).to.equal('The checkout service is having trouble. Please try again in a moment.');
    expect(rows(el)).to.have.length(0);
    (alert!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(el).length === 5, 'Try again did not load the orders');
    expect($(el, '[part="error"]') !== null).to.equal(false);
  });

  it('keeps the rows shown when a next page fails, and Try again appends it', async () => {
    const el = await render({ pageSize: 2 });
    mock.faults.set('listOrders', { status: 500, times: 1 });
    ($(el, '[part="more"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part="error"]') !== null, 'the failed page showed no alert');
    expect(rows(el)).to.have.length(2);
    ($(el, '[part="error"] [part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(el).length === 4, 'Try again did not append the page');
    expect(ids(el)).to.deep.equal(
      newest()
        .slice(0, 4)
        .map((order) => order.id),
    );
  });

  it('shows a failed invoice link beside its order, with Try again that recovers', async () => {
    mock.faults.set('createInvoiceLink', { status: 500, times: 1 });
    const el = await render();
    const [paid] = byStatus('paid');
    invoiceButton(el, paid!.id).click();
    const row = () => $(el, `[data-order="${paid!.id}"]`)!;
    await waitUntil(() => row().querySelector('[part="error"]') !== null, 'the failed link showed no alert');
    expect(text(row().querySelector('[part="error"] p'))).to.equal('The checkout service is having trouble. Please try again in a moment.');
    // The tab the click opened closes again: there is nothing to show in it.
    expect(opened.map((tab) => [tab.location.href, tab.closed])).to.deep.equal([['', true]]);
    const fired = oneEvent(el, 'upcart-invoice-link');
    (row().querySelector('[part="error"] [part~="retry"]') as HTMLButtonElement).click();
    expect((await fired).detail.orderId).to.equal(paid!.id);
    await el.updateComplete;
    expect(row().querySelector('[part="error"]') !== null).to.equal(false);
    expect(opened).to.have.length(2);
    expect(opened[1]!.location.href).to.not.equal('');
  });

  it('opens the tab within the click, before the link is minted; blocked anyway, it tries the link itself', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const el = await render({ store: spiedStore({ link: gate }) });
    const [paid] = byStatus('paid');
    invoiceButton(el, paid!.id).click();
    // Still in the click's task: a popup blocker allows only what opens now.
    expect(opened.map((tab) => tab.args)).to.deep.equal([['', '_blank']]);
    const fired = oneEvent(el, 'upcart-invoice-link');
    release();
    expect(opened[0]!.location.href).to.equal('');
    const { url } = (await fired).detail;
    await waitUntil(() => opened[0]!.location.href === url, 'the tab was not sent to the link');

    blocked = true;
    const again = oneEvent(el, 'upcart-invoice-link');
    invoiceButton(el, paid!.id).click();
    const second = (await again).detail.url;
    await waitUntil(() => opened.length === 3, 'no second try with the link');
    expect(opened[2]!.args).to.deep.equal([second, '_blank', 'noopener']);
  });

  it('says an order has no invoice yet when the backend answers 409, without Try again', async () => {
    mock.faults.set('createInvoiceLink', { status: 409, times: 1 });
    const el = await render();
    const [offline] = byStatus('awaiting_offline_payment');
    invoiceButton(el, offline!.id).click();
    const row = $(el, `[data-order="${offline!.id}"]`)!;
    await waitUntil(() => row.querySelector('[part="error"]') !== null, 'the refused link showed no alert');
    expect(text(row.querySelector('[part="error"] p'))).to.equal('This order has no invoice yet.');
    expect(row.querySelector('[part~="retry"]') !== null).to.equal(false);
  });

  it('is used with the keyboard: Tab reaches the filter, the line details, each Invoice and Load more', async () => {
    const el = await render({ pageSize: 3 });
    el.focus();
    const reached: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      reached.push(active?.getAttribute('part') ?? active?.localName ?? 'none');
      await sendKeys({ press: 'Tab' });
    }
    expect(reached).to.deep.equal(['filter', 'invoice', 'summary', 'invoice', 'more', 'none']);
    // Enter on a focused Invoice mints a link as a click does.
    const [paid] = byStatus('paid');
    invoiceButton(el, paid!.id).focus();
    const fired = oneEvent(el, 'upcart-invoice-link');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.orderId).to.equal(paid!.id);
  });

  it('works inside a <checkout-session> without a flow, in the session’s locale', async () => {
    await loadLocale('de');
    const session = await fixture<HTMLElement>(html`<checkout-session locale="de-DE" api-base="/api"><order-history></order-history></checkout-session>`);
    const el = session.querySelector('order-history')!;
    await loaded(el);
    expect(session.shadowRoot!.querySelector('[part="error"]') !== null).to.equal(false);
    const orders = newest();
    expect(ids(el)).to.deep.equal(orders.map((order) => order.id));
    expect(text(rows(el)[0]!.querySelector('[part="status"]'))).to.equal('Wartet auf Zahlung');
    expect(text(rows(el)[0]!.querySelector('.date .value'))).to.equal(formatDateTime(orders[0]!.createdAt, 'de-DE'));
    expect(text(filter(el).options[0])).to.equal('Alle Status');
  });

  it('reads the list again when an order of the same store completes', async () => {
    const store = spiedStore();
    store.configure({ locale: 'en-US', ...flows.expand });
    await store.load();
    await store.loadContacts();
    const el = await render({ store });
    expect(rows(el)).to.have.length(5);
    store.setQuantity('extensions', 70);
    await quoteSettled(store);
    store.setPaymentMethod('offline');
    await store.placeOrder();
    await until(store, (state) => state.order?.status === 'awaiting_offline_payment');
    const placed = store.getState().order!.id;
    await waitUntil(() => rows(el).length === 6, 'the list was not read again');
    expect(ids(el)[0]).to.equal(placed);
  });
  it('shows only the filter chosen last when an earlier filter answers late', async () => {
    let release = () => {};
    const late = new Promise<void>((resolve) => (release = resolve));
    const store = spiedStore({ list: (query) => (query.status === 'paid' ? late : undefined) });
    const el = await render({ store });
    filter(el).value = 'paid';
    filter(el).dispatchEvent(new Event('change'));
    await choose(el, 'cancelled');
    expect(ids(el)).to.deep.equal(byStatus('cancelled').map((order) => order.id));
    // The answer for Paid arrives after all, and is not shown.
    release();
    await waitUntil(() => heldAnswers.length === 1, 'the answer for Paid was never held');
    await Promise.allSettled(heldAnswers);
    await el.updateComplete;
    expect(listCalls.map((query) => query.status ?? 'all')).to.deep.equal(['all', 'paid', 'cancelled']);
    expect(ids(el)).to.deep.equal(byStatus('cancelled').map((order) => order.id));
    expect(filter(el).value).to.equal('cancelled');
  });

  it('works again when removed and put back: rows, filter and Invoice', async () => {
    const el = await render();
    await choose(el, 'paid');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => el.historyState?.list.state === 'done', 'no list after being put back');
    await el.updateComplete;
    expect(filter(el).value).to.equal('paid');
    expect(ids(el)).to.deep.equal(byStatus('paid').map((order) => order.id));
    await choose(el, 'cancelled');
    expect(ids(el)).to.deep.equal(byStatus('cancelled').map((order) => order.id));
    await choose(el, '');
    const [paid] = byStatus('paid');
    const fired = oneEvent(el, 'upcart-invoice-link');
    invoiceButton(el, paid!.id).click();
    expect((await fired).detail.orderId).to.equal(paid!.id);
  });

  it('follows the locale of a session without a flow when it changes', async () => {
    await loadLocale('de');
    const session = await fixture<HTMLElement>(html`<checkout-session locale="en-US" api-base="/api"><order-history></order-history></checkout-session>`);
    const el = session.querySelector('order-history')!;
    await loaded(el);
    expect(text(filter(el).options[0])).to.equal('All statuses');
    session.setAttribute('locale', 'de-DE');
    await waitUntil(() => text(filter(el).options[0]) === 'Alle Status', 'the list did not follow the session’s locale');
    const orders = newest();
    expect(text(rows(el)[0]!.querySelector('.date .value'))).to.equal(formatDateTime(orders[0]!.createdAt, 'de-DE'));
    // A renewal line of one phone is named in the buyer's language, not in the server's English.
    const renewal = orders.find((order) => order.lines.some((line) => line.kind === 'renewal' && line.subscriptionId))!;
    const index = renewal.lines.findIndex((line) => line.kind === 'renewal' && line.subscriptionId);
    const shown = [$(el, `[data-order="${renewal.id}"] .item`)!, ...el.shadowRoot!.querySelectorAll(`[data-order="${renewal.id}"] .lines li`)].map(text);
    expect(shown[index]).to.match(new RegExp(`, verlängert um \\d+ Monate? ${renewal.lines[index]!.subscriptionId}$`));
    // The list is asked for again in German, and the backend names the items as its German catalog does.
    const recording = orders.find((order) => order.lines.some((line) => line.refId === 'recording-minutes'))!;
    await waitUntil(
      () => text($(el, `[data-order="${recording.id}"] .item`)).startsWith('Minuten Gesprächsaufzeichnung'),
      'the items were not named in German',
    );
  });

  it('reports a failed list to the host through the session: 401 asks for a sign-in, 500 is an error', async () => {
    for (const [status, events] of [
      [401, ['upcart-error', 'upcart-auth-required']],
      [500, ['upcart-error']],
    ] as const) {
      mock.faults.set('listOrders', { status, times: 1 });
      const heard: string[] = [];
      const steps: string[] = [];
      const session = document.createElement('checkout-session');
      session.setAttribute('api-base', '/api');
      for (const type of ['upcart-error', 'upcart-auth-required'] as const) {
        session.addEventListener(type, (event) => {
          heard.push(type);
          steps.push(event.detail.step);
        });
      }
      session.append(document.createElement('order-history'));
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(session);
      const el = session.querySelector('order-history')!;
      await loaded(el);
      expect(el.historyState?.list.state).to.equal('error');
      expect(heard, `status ${status}`).to.deep.equal(events);
      expect(new Set(steps)).to.deep.equal(new Set(['orders']));
      // The host signed the buyer in again: the session's retryFailed() loads the list.
      await (session as unknown as { retryFailed(): Promise<unknown> }).retryFailed();
      await waitUntil(() => rows(el).length === 5, 'retryFailed() did not load the list');
    }
  });

  it('writes lines with their parameters in the buyer’s language, the item named from the session’s catalog', async () => {
    const usd = (amount: number) => ({ amount, currency: 'USD' });
    const seed = newest()[0]!;
    // What a server that sends every parameter records: an upgrade with its credit, and a renewal of one phone.
    const order: Order = {
      ...seed,
      lines: [
        { id: 'l-1', kind: 'plan', refId: 'cc-2', quantity: 10, unitPrice: usd(2500), months: 12, amount: usd(300000), description: 'server plan text' },
        {
          id: 'l-2',
          kind: 'credit',
          subscriptionId: 'sub-cc',
          quantity: 1,
          unitPrice: usd(-30000),
          prorationDays: 121,
          termDays: 182,
          amount: usd(-19945),
          description: 'server credit text',
        },
        {
          id: 'l-3',
          kind: 'renewal',
          subscriptionId: 'phone-01',
          itemName: 'Cloud Phone Standard',
          quantity: 1,
          unitPrice: usd(900),
          months: 12,
          amount: usd(10800),
          description: 'server renewal text',
        },
      ],
    };
    for (const [locale, expected] of [
      [
        'en-US',
        ['Contact Center 2 × 10 accounts, 12 months', 'Credit for 121 unused of 182 days sub-cc', 'Cloud Phone Standard × 1, renewed for 12 months phone-01'],
      ],
      [
        'de-DE',
        [
          'Contact Center 2 × 10 Konten, 12 Monate',
          'Gutschrift für 121 ungenutzte von 182 Tagen sub-cc',
          'Cloud Phone Standard × 1, verlängert um 12 Monate phone-01',
        ],
      ],
    ] as const) {
      await loadLocale(locale);
      const store = spiedStore();
      store.configure({ ...flows.upgrade, locale });
      await store.load();
      const backend = store.backend as { listOrders: CheckoutBackend['listOrders'] };
      backend.listOrders = async () => ({ orders: [order], nextCursor: null });
      const el = await render({ store });
      const shown = [$(el, '.item')!, ...$$(el, '.lines li')].map(text);
      expect(shown, locale).to.deep.equal(expected);
    }
  });
});
