/**
 * The in-page side of `npm run bench`. It replaces the network with the mock backend's database
 * (`mocks/db.ts`, the backend core in memory) behind a small router over the contract's route table, answering `fetch` in
 * the page, so the SDK runs exactly as shipped: `<checkout-session>` builds its own
 * `httpBackend` over `fetch`, parses every answer with its zod/mini schemas and debounces quotes
 * as in production. MSW's request handling is not used here: its per-request cost in the page
 * would be charged to the SDK's timings. It counts quote requests, and holds the scenarios
 * `scripts/bench.mjs` drives.
 *
 * Bundled on its own (never into the SDK bundle it measures) and loaded before the SDK.
 */
import { ApiError } from '../core/errors.js';
import { MockClock } from '../mocks/clock.js';
import { MockDb } from '../mocks/db.js';
import { endpoints, type EndpointName } from '../src/api/endpoints.js';

/** The instant the mock backend's clock is pinned to, as in the element tests. */
const NOW = '2026-11-23T10:00:00.000Z';

export interface QuoteCounts {
  /** Quote requests sent (`POST /api/quotes`). */
  sent: number;
  /** Of those, aborted by the SDK before their answer was used. */
  aborted: number;
  /** Of those, answered and not aborted. */
  answered: number;
}

export interface BenchNetwork {
  readonly db: MockDb;
  quotes: QuoteCounts;
  /** Milliseconds the mock backend spent answering in the page (the server's share of a timing). */
  backendMs: number;
  /** Every request by `METHOD path`. */
  requests: Map<string, number>;
  resetCounts(): void;
  /** Replaces the KooPhone subscriptions by `count` generated ones (renew with a large account). */
  setRenewSubscriptions(count: number): void;
  /** Gives the account `count` more generated KooPhone resources (the renewal center's large case). */
  generateResources(count: number): void;
  /**
   * The last answer handed to the SDK, by `METHOD path`: when (`performance.now()`), and
   * `backendMs` as it stood then (so the mock's time after that moment can be taken out).
   */
  answers: Map<string, { at: number; backendMs: number }>;
  /** Every API request in order: `METHOD path`, when `fetch` was called and when its answer was handed over (`performance.now()`). */
  log: { key: string; sent: number; answered: number | undefined }[];
  /** Requests sent and not yet answered or aborted. */
  inFlight: number;
}

interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

/** As in mocks/handlers.ts: each route of the contract on the database. */
const operations: { [Name in EndpointName]: (db: MockDb, call: Call) => unknown } = {
  getCatalog: (db, call) => db.getCatalog(call.params['productId']!),
  getSubscription: (db, call) => db.getSubscription(call.params['subscriptionId']!),
  listSubscriptions: (db, call) => ({
    subscriptions: db.listSubscriptions({ productId: call.query.get('productId'), customerId: call.query.get('customerId') }),
  }),
  setAutoRenew: (db, call) => db.setAutoRenew(call.params['subscriptionId']!, call.body),
  unsubscribe: (db, call) => db.unsubscribe(call.params['subscriptionId']!),
  lookupCompany: (db, call) => db.lookupCompany(call.query.get('companyId')),
  createQuote: (db, call) => db.createQuote(call.body),
  listContacts: (db) => ({ contacts: db.listContacts() }),
  createContact: (db, call) => db.createContact(call.body),
  createOrder: (db, call) => db.createOrder(call.body, call.headers.get('Idempotency-Key')),
  confirmOrder: (db, call) => db.confirmOrder(call.params['orderId']!, call.body),
  listOrders: (db, call) => db.orderHistory({ status: call.query.getAll('status'), limit: call.query.get('limit'), cursor: call.query.get('cursor') }),
  getOrder: (db, call) => db.getOrder(call.params['orderId']!),
  cancelOrder: (db, call) => db.cancelOrder(call.params['orderId']!),
  createInvoiceLink: (db, call) => db.createInvoiceLink(call.params['orderId']!),
  listQuoteItems: (db, call) => db.listQuoteItems(call.params['quoteId']!, { limit: call.query.get('limit'), cursor: call.query.get('cursor') }),
  listRenewals: (db, call) => db.listRenewals(Object.fromEntries(call.query)),
  countRenewals: (db, call) => db.countRenewals(Object.fromEntries(call.query)),
  setRenewalMode: (db, call) => db.setRenewalMode(call.body),
  setRenewalDay: (db, call) => db.setRenewalDay(call.body),
  getRenewalSettings: (db) => db.getRenewalSettings(),
  updateRenewalSettings: (db, call) => db.updateRenewalSettings(call.body),
};

const routes = (Object.keys(endpoints) as EndpointName[]).map((name) => {
  const endpoint = endpoints[name];
  const names: string[] = [];
  const pattern = new RegExp(`^/api${endpoint.path.replace(/\{(\w+)\}/g, (_, param: string) => (names.push(param), '([^/]+)'))}$`);
  return { name, method: endpoint.method as string, pattern, names };
});

async function answer(db: MockDb, request: Request, url: URL): Promise<Response> {
  for (const route of routes) {
    const match = request.method === route.method ? url.pathname.match(route.pattern) : null;
    if (!match) continue;
    const params = Object.fromEntries(route.names.map((param, index) => [param, decodeURIComponent(match[index + 1]!)]));
    const text = request.method === 'GET' ? '' : await request.text();
    try {
      const body = operations[route.name as EndpointName](db, {
        params,
        query: url.searchParams,
        body: text ? JSON.parse(text) : undefined,
        headers: request.headers,
      });
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return new Response(JSON.stringify(error.toBody()), { status: error.status, headers: { 'Content-Type': 'application/json' } });
    }
  }
  return new Response('{"error":{"code":"not_found","message":"no route"}}', { status: 404, headers: { 'Content-Type': 'application/json' } });
}

/**
 * Installs the mock backend behind `fetch` in this page. `log` keeps every request in
 * `network.log` (the expand page's breakdown); pages that mount elements hundreds of times (the
 * heap cycles) leave it off, or the log itself would be the heap's growth.
 */
export function installMockNetwork({ log = false }: { log?: boolean } = {}): BenchNetwork {
  const clock = new MockClock(NOW);
  const db = new MockDb({ clock });
  const network: BenchNetwork = {
    db,
    quotes: { sent: 0, aborted: 0, answered: 0 },
    backendMs: 0,
    requests: new Map(),
    answers: new Map(),
    log: [],
    inFlight: 0,
    resetCounts() {
      network.quotes = { sent: 0, aborted: 0, answered: 0 };
      network.requests.clear();
    },
    generateResources(count) {
      db.generateResources(count);
    },
    setRenewSubscriptions(count) {
      // The contract has no insert; the bench reaches into the repository's table (bench-only code).
      const table = db.repository.subscriptions;
      const template = [...table.values()].find((subscription) => subscription.productId === 'koophone');
      if (!template) throw new Error('the seed has no KooPhone subscription');
      for (const [id, subscription] of [...table]) if (subscription.productId === 'koophone') table.delete(id);
      for (let index = 0; index < count; index += 1) {
        const id = `phone-b${String(index + 1).padStart(5, '0')}`;
        table.set(id, { ...structuredClone(template), id, name: `Cloud phone B${String(index + 1).padStart(5, '0')}`, autoRenew: index % 4 === 0 });
      }
    },
  };

  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), location.href), init);
    const url = new URL(request.url);
    if (url.origin !== location.origin || !url.pathname.startsWith('/api/')) return realFetch(input, init);
    const key = `${request.method} ${url.pathname}`;
    network.requests.set(key, (network.requests.get(key) ?? 0) + 1);
    const entry: BenchNetwork['log'][number] = { key, sent: performance.now(), answered: undefined };
    if (log) network.log.push(entry);
    network.inFlight += 1;
    const isQuote = key === 'POST /api/quotes';
    const counts = network.quotes;
    if (isQuote) counts.sent += 1;
    let aborted = false;
    const signal = init?.signal ?? null;
    const onAbort = (): void => {
      aborted = true;
      if (isQuote) counts.aborted += 1;
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // An answer in a later task, as from a network.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      const answering = performance.now();
      const response = await answer(db, request, url);
      network.backendMs += performance.now() - answering;
      if (aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      if (isQuote) counts.answered += 1;
      network.answers.set(key, { at: performance.now(), backendMs: network.backendMs });
      entry.answered = performance.now();
      return response;
    } finally {
      network.inFlight -= 1;
      signal?.removeEventListener('abort', onAbort);
    }
  };
  return network;
}

// ---------------------------------------------------------------- probing the SDK's DOM

/** The first match of `selectors`, each looked up in the previous match's shadow root. */
export function deep(root: ParentNode, ...selectors: string[]): Element | null {
  let scope: ParentNode | null = root;
  let found: Element | null = null;
  for (const selector of selectors) {
    found = scope?.querySelector(selector) ?? null;
    if (!found) return null;
    scope = found.shadowRoot ?? found;
  }
  return found;
}

/**
 * The expand flow is interactive when the Extensions stepper inside the session's plan picker
 * shows the subscription's current capacity (catalog, subscription and selection are loaded)
 * in an enabled spinbutton, with an enabled plus button (minus is disabled at the current capacity,
 * below which an expansion cannot go).
 */
export function expandInteractive(session: Element, value = '50'): boolean {
  const stepper = deep(session.shadowRoot ?? session, 'plan-picker', 'capacity-stepper[service-id="extensions"]');
  const field = stepper?.shadowRoot?.querySelector<HTMLInputElement>('input[role="spinbutton"]');
  const plus = stepper?.shadowRoot?.querySelector<HTMLButtonElement>('button.increment');
  return !!field && !field.disabled && field.value === value && !!plus && !plus.disabled;
}

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** The next task, without setTimeout's clamping. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Resolves with `performance.now()` of the first task in which `condition` holds. */
export async function whenTrue(condition: () => boolean, timeoutMs = 20_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    if (condition()) return performance.now();
    if (performance.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await nextTask();
  }
}

/** After the next frame was produced. */
export function afterFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

// ---------------------------------------------------------------- scenarios

interface StoreLike {
  getState(): { status: Record<string, { state: string }>; subscriptions: readonly unknown[] };
}

type Session = HTMLElement & { store?: StoreLike; updateComplete: Promise<boolean>; hasUpdated?: boolean };
type Updating = HTMLElement & { updateComplete: Promise<boolean> };

function createSession(attributes: Record<string, string>, withChild = false): Session {
  const session = document.createElement('checkout-session') as Session;
  for (const [name, value] of Object.entries(attributes)) session.setAttribute(name, value);
  if (withChild) session.append(document.createElement('div'));
  return session;
}

const FLOWS: Record<string, Record<string, string>> = {
  expand: { flow: 'expand', product: 'pseries', subscription: 'sub-pseries', locale: 'en-US' },
  upgrade: { flow: 'upgrade', product: 'contact-center', subscription: 'sub-cc', locale: 'en-US' },
  renew: { flow: 'renew', product: 'koophone', locale: 'en-US' },
};

function loaded(session: Session): boolean {
  const state = session.store?.getState();
  if (!state) return false;
  const { catalog, subscriptions, contacts } = state.status;
  return catalog?.state === 'done' && subscriptions?.state === 'done' && contacts?.state === 'done';
}

/**
 * Renders `<plan-picker>` in renew mode for `count` subscriptions that are already in the store:
 * from appending the element to the table laid out (`layout`), and to the next frame (`frame`).
 */
export async function renderRenew(
  network: BenchNetwork,
  count: number,
): Promise<{ layout: number; frame: number; rows: number; rowCount: string | null; selectAll: number }> {
  network.setRenewSubscriptions(count);
  const session = createSession(FLOWS['renew']!, true);
  document.body.append(session);
  await whenTrue(() => loaded(session));
  await afterFrame();
  const picker = document.createElement('plan-picker') as Updating;
  const start = performance.now();
  session.firstElementChild!.append(picker);
  // The first update may ask for a second one (the windowed table measures its rows).
  while (!(await picker.updateComplete));
  const table = picker.shadowRoot!.querySelector('table');
  if (!table) throw new Error('no renew table rendered');
  table.getBoundingClientRect();
  const layout = performance.now() - start;
  const frame = (await afterFrame()) - start;
  const rows = picker.shadowRoot!.querySelectorAll('tbody tr').length;
  const rowCount = table.getAttribute('aria-rowcount');
  // Select all: the store's action over every subscription, then the re-render, to the next frame.
  const selectAllStart = performance.now();
  picker.shadowRoot!.querySelector<HTMLInputElement>('input.select-all')!.click();
  while (!(await picker.updateComplete));
  const selectAll = (await afterFrame()) - selectAllStart;
  session.remove();
  await afterFrame();
  return { layout, frame, rows, rowCount, selectAll };
}

interface CenterLike extends Updating {
  center: { rows: readonly { id: string }[]; criteria: { expires?: string }; status: Record<string, { state: string }> };
}

/** The center shows `state`'s rows, laid out, with nothing loading. */
function centerShows(center: CenterLike, expires: string | undefined): boolean {
  const { rows, criteria, status } = center.center;
  if (criteria.expires !== expires || status['rows']!.state !== 'done' || rows.length === 0) return false;
  const first = center.shadowRoot?.querySelector<HTMLElement>('tbody tr[data-id]');
  return first?.dataset['id'] === rows[0]!.id && center.shadowRoot!.querySelector('.table-wrap')?.getAttribute('aria-busy') === 'false';
}

export interface CenterRun {
  /** From the mock handing over the first page to the rows laid out, and to the next frame. */
  firstRowsLayout: number;
  firstRows: number;
  /** From the expiry filter set (7 days) to the filtered rows laid out, and to the next frame. */
  filterLayout: number;
  filter: number;
  /** The mock backend's own time inside each of those (answering in the page), taken out of the figures above. */
  firstRowsBackend: number;
  filterBackend: number;
  rowsInDom: number;
  total: string;
}

/**
 * `<renewal-center>` in a `<checkout-session>` without a flow, over the resources already
 * generated: the time from the page's answer to the first page (GET /api/renewals) to the first
 * rows visible, then from setting the expiry filter to "within 7 days" to the filtered rows
 * visible. The mock answers in this page, on the same thread: its time in each interval (the
 * counts over every resource, the filtered page) is measured and taken out, so what remains is the
 * center's: parsing, state, windowing, Lit rendering, style and layout.
 */
export async function renderRenewalCenter(network: BenchNetwork): Promise<CenterRun> {
  const session = createSession({ product: 'koophone', locale: 'en-US' });
  session.style.cssText = 'display: block; width: 1100px';
  // Its state is read through the private `center` field (bench-only code).
  const center = session.appendChild(document.createElement('renewal-center')) as unknown as CenterLike;
  const list = 'GET /api/renewals';
  network.answers.delete(list);
  document.body.append(session);
  await whenTrue(() => network.answers.has(list) && centerShows(center, undefined));
  // The first page's answer, and the mock's time so far (the counts may be answered after it).
  const { at: answered, backendMs: backendAt } = network.answers.get(list)!;
  center.shadowRoot!.querySelector('table')!.getBoundingClientRect();
  const firstRowsLayout = performance.now() - answered;
  const firstRows = (await afterFrame()) - answered;
  const firstRowsBackend = network.backendMs - backendAt;
  // The counts too, so that nothing of the first load runs into the filter's interval.
  await whenTrue(() => center.center.status['counts']!.state === 'done' && centerShows(center, undefined));
  await afterFrame();

  const select = center.shadowRoot!.querySelector<HTMLSelectElement>('select[name="expires"]')!;
  const filterBackendAt = network.backendMs;
  const start = performance.now();
  select.value = '7d';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await whenTrue(() => centerShows(center, '7d'));
  center.shadowRoot!.querySelector('table')!.getBoundingClientRect();
  const filterLayout = performance.now() - start;
  const filterEnd = await afterFrame();
  const filterBackend = network.backendMs - filterBackendAt;
  const rowsInDom = center.shadowRoot!.querySelectorAll('tbody tr[data-id]').length;
  const total = center.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount') ?? '';
  session.remove();
  await afterFrame();
  return {
    firstRowsLayout: firstRowsLayout - firstRowsBackend,
    firstRows: firstRows - firstRowsBackend,
    filterLayout: filterLayout - filterBackend,
    filter: filterEnd - start - filterBackend,
    firstRowsBackend,
    filterBackend,
    rowsInDom,
    total,
  };
}

/** Mounts a full `<checkout-session>` (default layout) until loaded, then removes it; `cycles` times, rotating the flows. */
export async function mountCycles(cycles: number, offset = 0): Promise<void> {
  const flows = Object.keys(FLOWS);
  for (let index = 0; index < cycles; index += 1) {
    const flow = flows[(index + offset) % flows.length]!;
    const session = createSession(FLOWS[flow]!);
    document.body.append(session);
    await whenTrue(() => loaded(session) && (flow !== 'expand' || expandInteractive(session)));
    await session.updateComplete;
    session.remove();
    await nextTask();
  }
}

export function mountExpand(): Session {
  const session = createSession(FLOWS['expand']!);
  document.body.append(session);
  return session;
}

// ---------------------------------------------------------------- where the expand flow's time goes

export interface FirstIntl {
  /** What was used first, e.g. `NumberFormat` or `Number.prototype.toLocaleString`. */
  name: string;
  /** When (`performance.now()`), and how long that first call took: ICU's data is set up once per page, by whoever comes first. */
  at: number;
  ms: number;
}

/** Records the page's first use of `Intl` (a formatter made, or a locale-aware method called) in `probe.first`. */
export function probeIntl(): { first: FirstIntl | null } {
  const probe: { first: FirstIntl | null } = { first: null };
  const intl = Intl as unknown as Record<string, unknown>;
  const timed = <T>(name: string, run: () => T): T => {
    if (probe.first) return run();
    const at = performance.now();
    const result = run();
    probe.first ??= { name, at, ms: performance.now() - at };
    return result;
  };
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator', 'DisplayNames', 'Locale', 'Segmenter']) {
    const original = intl[name] as (new (...args: unknown[]) => object) | undefined;
    if (!original) continue;
    intl[name] = new Proxy(original, {
      construct: (target, args, newTarget) => timed(name, () => Reflect.construct(target, args, newTarget === intl[name] ? target : newTarget)),
      apply: (target, self, args) => timed(name, () => Reflect.apply(target, self, args)),
    });
  }
  const methods: [object, string, string][] = [
    [Number.prototype, 'toLocaleString', 'Number.prototype.toLocaleString'],
    [Date.prototype, 'toLocaleString', 'Date.prototype.toLocaleString'],
    [Date.prototype, 'toLocaleDateString', 'Date.prototype.toLocaleDateString'],
    [Date.prototype, 'toLocaleTimeString', 'Date.prototype.toLocaleTimeString'],
    [String.prototype, 'localeCompare', 'String.prototype.localeCompare'],
  ];
  for (const [owner, key, name] of methods) {
    const original = (owner as Record<string, (...args: unknown[]) => unknown>)[key]!;
    Object.defineProperty(owner, key, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        return timed(name, () => original.apply(this, args));
      },
    });
  }
  return probe;
}

/** When each step of the expand flow's first render was first seen (`performance.now()`, polled once per task). */
export interface ExpandMilestones {
  sessionRendered?: number;
  layoutRendered?: number;
  pickerRendered?: number;
  stepperRendered?: number;
  interactive?: number;
}

/** Checks the expand flow's milestones now, records those newly reached, and says whether it is interactive. */
export function expandProgress(session: Element, seen: ExpandMilestones): boolean {
  const now = performance.now();
  const root = session.shadowRoot;
  if (root?.querySelector('.base')) seen.sessionRendered ??= now;
  if (root?.querySelector('.layout')) seen.layoutRendered ??= now;
  const picker = root?.querySelector('plan-picker');
  if (picker?.shadowRoot && picker.shadowRoot.childElementCount > 0) seen.pickerRendered ??= now;
  if (picker?.shadowRoot?.querySelector('capacity-stepper[service-id="extensions"]')?.shadowRoot?.querySelector('input')) seen.stepperRendered ??= now;
  const interactive = expandInteractive(session);
  if (interactive) seen.interactive ??= now;
  return interactive;
}

// ---------------------------------------------------------------- mount cycles of every element

/**
 * Where each element is mounted for the heap cycles: inside a session that stays for the whole
 * measurement (the store and backend it reads come from there), with the attributes it needs.
 * The session keeps a placeholder child, so its default layout never renders around the element.
 */
const HOSTS: Record<string, { session: Record<string, string>; attributes: Record<string, string> }> = {
  'plan-picker': { session: FLOWS['expand']!, attributes: {} },
  'capacity-stepper': { session: FLOWS['expand']!, attributes: { 'service-id': 'extensions', label: 'Extensions', min: '50', current: '50' } },
  'order-summary': { session: FLOWS['expand']!, attributes: {} },
  'billing-contact': { session: FLOWS['expand']!, attributes: {} },
  'pay-checkout': { session: FLOWS['expand']!, attributes: {} },
  'order-history': { session: { locale: 'en-US' }, attributes: {} },
  'renewal-center': { session: { product: 'koophone', locale: 'en-US' }, attributes: { product: 'koophone' } },
};

/** The host session of `tag`'s cycles, kept across them (removed by `endElementCycles`). */
let host: Session | undefined;

/**
 * Mounts `tag` `cycles` times and removes it again: appended, rendered and every request it made
 * answered, then removed. `<checkout-session>` is mounted whole (its default layout, the flows in
 * turn); every other element inside a session that stays (see HOSTS).
 */
export async function mountElementCycles(network: BenchNetwork, tag: string, cycles: number, offset = 0): Promise<void> {
  if (tag === 'checkout-session') return mountCycles(cycles, offset);
  const setup = HOSTS[tag];
  if (!setup) throw new Error(`no mount cycles for <${tag}>`);
  if (!host) {
    host = createSession(setup.session, true);
    host.style.cssText = 'display: block; width: 1100px';
    document.body.append(host);
    await host.updateComplete;
    await whenTrue(() => network.inFlight === 0);
  }
  for (let index = 0; index < cycles; index += 1) {
    const element = document.createElement(tag) as Updating;
    for (const [name, value] of Object.entries(setup.attributes)) element.setAttribute(name, value);
    host.append(element);
    await element.updateComplete;
    await whenTrue(() => network.inFlight === 0);
    while (!(await element.updateComplete));
    element.remove();
    await nextTask();
  }
}

/** Per tag: Lit updates run (`performUpdate`: willUpdate, render, commit, updated), their time, and when the first began. */
export type UpdateProfile = Record<string, { updates: number; ms: number; first: number }>;

/**
 * Times every update of the elements defined from now on (call before importing the SDK): each
 * class's `performUpdate` is wrapped where `customElements.define` receives it. An update that
 * runs another synchronously is counted in both.
 */
export function profileUpdates(): UpdateProfile {
  const profile: UpdateProfile = {};
  const define = customElements.define.bind(customElements);
  customElements.define = (tag: string, constructor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
    const prototype = constructor.prototype as { performUpdate?: () => void };
    const original = prototype.performUpdate;
    if (typeof original === 'function') {
      prototype.performUpdate = function (this: unknown) {
        const start = performance.now();
        try {
          original.call(this);
        } finally {
          const entry = (profile[tag] ??= { updates: 0, ms: 0, first: start });
          entry.updates += 1;
          entry.ms += performance.now() - start;
        }
      };
    }
    define(tag, constructor, options);
  };
  return profile;
}
