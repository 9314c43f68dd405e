/**
 * Every element in the pseudo-locale `en-XA`, on the mock backend: what a buyer perceives (text,
 * aria-label, placeholder, title, alt) must have passed through translation (⟦…⟧), or be a
 * whole phrase Intl writes (money, dates, times, relative times, country names), or data the
 * server sent (names, contacts, ids, units); anything else is a string that skipped translation.
 * And the longer text must not break the layout: no box clips its text and none spills out of its
 * element, whether or not it would in English.
 *
 * Two kinds of server text are not data: a quote line's own `description` (the client writes lines
 * from their kind and parameters, the description is only a fallback), and everything an error
 * answer says (the client tells what went wrong in its own words). A promotion's `description`
 * stays data: `<order-summary>` shows it beside its own translated label, as the vendor's words.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend } from '../../mocks/index.js';
import '../../src/define.js';
import '../../src/elements/order-history/order-history.js';
import '../../src/elements/renewal-center/renewal-center.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import { formatDate, formatDateTime, formatDaysAhead, formatTime, formatWait } from '../../src/i18n/format.js';
import { loadLocale, PSEUDO_LOCALE } from '../../src/i18n/messages.js';
import { ASYNC_STEPS, type CheckoutStore } from '../../src/store/index.js';
import { TEST_NOW } from '../fixtures/mock-session.js';

const LOCALE = PSEUDO_LOCALE;
/** The attributes users perceive besides text. */
const PERCEIVED_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt'];

// ------------------------------------------------------------ what the server said

/** Every string the server answered with, but quote lines' own descriptions and error answers; filled by `recordAnswers`. */
const serverStrings = new Set<string>();

/** Strings a reply carries that are shown as data; enum-like identifiers only where they are units. */
function collectStrings(value: unknown, key = ''): void {
  if (typeof value === 'string') {
    if (!/^[a-z][a-z_]*$/.test(value) || /^(unit|zero|one|two|few|many|other)$/.test(key)) serverStrings.add(value);
    return;
  }
  if (Array.isArray(value)) for (const item of value) collectStrings(item, key);
  else if (value && typeof value === 'object') {
    // A quote line (kind + amount): its description is the fallback the client must not need.
    const line = 'kind' in value && 'amount' in value;
    for (const [name, item] of Object.entries(value)) if (!(line && name === 'description')) collectStrings(item, name);
  }
}

const realFetch = globalThis.fetch;

/**
 * Records every JSON answer of the mock backend but error answers: their `message` (and field
 * messages) are the server's words, and the client must say what went wrong in its own.
 */
function recordAnswers(): void {
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await realFetch(...args);
    if (response.ok && response.headers.get('content-type')?.includes('json')) {
      response
        .clone()
        .json()
        .then((body: unknown) => collectStrings(body))
        .catch(() => undefined);
    }
    return response;
  };
}

// ------------------------------------------------------------ what Intl writes in the locale

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digits with their group and decimal separators: one run of a formatted number. */
const NUMBER = String.raw`\p{Nd}(?:\p{Nd}|[.,'\s](?=\p{Nd}))*`;
const NUMERIC_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'day', 'year', 'hour', 'minute', 'second']);

/**
 * The shape of one Intl output as a pattern: number parts match any number, the parts named in
 * `choices` any of their values (every month, both day periods), every other part itself.
 */
function shapeOf(parts: readonly { type: string; value: string }[], choices: Partial<Record<string, readonly string[]>> = {}): string {
  let pattern = '';
  let inNumber = false;
  for (const { type, value } of parts) {
    if (NUMERIC_PARTS.has(type)) {
      if (!inNumber) pattern += NUMBER;
      inNumber = true;
      continue;
    }
    inNumber = false;
    const values = choices[type];
    pattern += values ? `(?:${values.map(escape).join('|')})` : escape(value).replace(/\s+/g, String.raw`\s+`);
  }
  return pattern;
}

/**
 * Every phrase Intl writes in the elements, as one pattern that only matches whole phrases. Strict
 * by construction: no English word is allowed on its own. A month or weekday name or AM/PM passes
 * only inside the shape of a whole date or time the elements format (formatDate, formatDateTime,
 * formatTime), a relative time only as a whole phrase of the units and styles the elements use
 * (formatWait: seconds, minutes, hours, "in 5 minutes"; formatDaysAhead: days, "tomorrow", "in 5
 * days", "5 days ago"), a currency's letters only in the shape of an amount, a country only as its
 * whole name. So a hard-coded "12 months", "this month" or "per year" is never taken for Intl's.
 */
function intlPhrases(): RegExp {
  const shapes = new Set<string>();
  const sample = Date.UTC(2026, 10, 23, 15, 4, 5);
  const months = (month: Intl.DateTimeFormatOptions['month']) =>
    Array.from({ length: 12 }, (_, index) => new Intl.DateTimeFormat(LOCALE, { month, timeZone: 'UTC' }).format(Date.UTC(2026, index, 15)));
  const weekdays = (weekday: Intl.DateTimeFormatOptions['weekday']) =>
    Array.from({ length: 7 }, (_, index) => new Intl.DateTimeFormat(LOCALE, { weekday, timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + index)));
  const choices = {
    month: [...months('short'), ...months('long')],
    weekday: [...weekdays('short'), ...weekdays('long')],
    dayPeriod: [
      ...new Set(
        [3, 15].map(
          (hour) =>
            new Intl.DateTimeFormat(LOCALE, { timeStyle: 'short', timeZone: 'UTC' })
              .formatToParts(Date.UTC(2026, 0, 1, hour))
              .find((part) => part.type === 'dayPeriod')?.value ?? '',
        ),
      ),
    ].filter(Boolean),
  };
  // The date and time styles of src/i18n/format.ts.
  for (const options of [
    { dateStyle: 'medium' },
    { dateStyle: 'medium', timeStyle: 'short' },
    { timeStyle: 'medium' },
  ] as const satisfies Intl.DateTimeFormatOptions[]) {
    shapes.add(shapeOf(new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' }).formatToParts(sample), choices));
  }
  // Relative times: formatWait (always numeric, ahead) and formatDaysAhead (auto: "today", "tomorrow").
  const always = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always' });
  for (const unit of ['second', 'minute', 'hour'] as const) {
    for (const value of [1, 2, 5, 1000]) shapes.add(shapeOf(always.formatToParts(value, unit)));
  }
  const auto = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
  for (const value of [-1000, -5, -2, -1, 0, 1, 2, 5, 1000]) shapes.add(shapeOf(auto.formatToParts(value, 'day')));
  // Money in the currencies the server named.
  for (const text of serverStrings) {
    if (!/^[A-Z]{3}$/.test(text)) continue;
    try {
      const format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: text });
      for (const value of [-1234.5, 1234.5]) shapes.add(shapeOf(format.formatToParts(value)));
    } catch {
      // Not a currency code.
    }
  }
  // Country names (the new-contact form lists them all), whole.
  const regions = new Intl.DisplayNames([LOCALE, 'en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const name = regions.of(`${first}${second}`);
      if (name) shapes.add(escape(name).replace(/\s+/g, String.raw`\s+`));
    }
  }
  // Longest first, so "in 5 days" is taken whole before a shorter shape could take a part of it.
  const alternatives = [...shapes].filter((shape) => /\p{L}/u.test(shape)).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
}

/** What is left of a perceived text once translated messages, server data and Intl's phrases are taken out. */
function untranslated(text: string, phrases: RegExp, data: string[]): string {
  let rest = text;
  // Inner messages first (a translated message can be a parameter of another).
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const item of data) {
    if (rest.includes(item)) rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(item)}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  }
  rest = rest.replace(phrases, ' ');
  return (rest.match(/[\p{L}\p{M}]+/gu) ?? []).join(' ');
}

// ------------------------------------------------------------ what a buyer perceives

interface Perceived {
  host: string;
  where: string;
  text: string;
}

const hostOf = (node: Node) => ((node.getRootNode() as ShadowRoot).host?.localName ?? 'page') as string;

function describe_(element: Element): string {
  const parts: string[] = [];
  for (let at: Element | null = element; at && parts.length < 3; at = at.parentElement) {
    const id = at.id ? `#${at.id}` : '';
    const part = at.getAttribute('part') ? `[part=${at.getAttribute('part')}]` : '';
    const classes = at.classList.length > 0 ? `.${[...at.classList].join('.')}` : '';
    parts.unshift(`${at.localName}${id}${part}${classes}`);
  }
  return parts.join(' > ');
}

/** Whether a buyer can perceive what is in `element`: rendered, or an option of a rendered select. */
function shown(element: Element): boolean {
  const select = element.closest('select, datalist');
  if (select) return select.localName === 'select' && select.checkVisibility();
  return element.checkVisibility();
}

/** Every text and perceived attribute in `root`, through every shadow root and slot. */
function perceivedIn(root: Element): Perceived[] {
  const found: Perceived[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && parent && !['style', 'script', 'template'].includes(parent.localName) && shown(parent)) {
        found.push({ host: hostOf(node), where: describe_(parent), text });
      }
      return;
    }
    if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return;
    if (node instanceof Element) {
      if (['style', 'script', 'template'].includes(node.localName)) return;
      for (const name of PERCEIVED_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value && shown(node)) found.push({ host: hostOf(node), where: `${describe_(node)} @${name}`, text: value });
      }
      // One message with its values isolated (`<bdi>`) or break opportunities (`<wbr>`, as in
      // shared/breakable.ts) is one text in several nodes: read it whole.
      const children = [...node.children];
      if (
        !node.shadowRoot &&
        children.length > 0 &&
        children.every((child) => (child.localName === 'bdi' && child.children.length === 0) || child.localName === 'wbr' || child.matches('bdi.breakable'))
      ) {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && shown(node)) found.push({ host: hostOf(node), where: describe_(node), text });
        return;
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** Every Upcart element (a Lit element with a shadow root) in `root`, `root` first. */
function elementsIn(root: Element): LitElement[] {
  const found: LitElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element && node.shadowRoot && 'updateComplete' in node) found.push(node as LitElement);
    for (const child of node.children) visit(child);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
  };
  visit(root);
  return found;
}

/** Boxes the longer text broke: one that clips its content, or one that spills out of its element. */
function layoutBreaks(root: Element): Perceived[] {
  const found: Perceived[] = [];
  for (const host of elementsIn(root)) {
    const hostBox = host.getBoundingClientRect();
    if (hostBox.width === 0) continue;
    /** `frame`: the box `element` must stay in, the element's or (inside an open modal dialog) the dialog's. */
    const check = (element: Element, scrolled: boolean, frame: DOMRect, frameName: string) => {
      if (!element.checkVisibility() || ['style', 'slot'].includes(element.localName)) return;
      if (element.localName === 'dialog') {
        // An open modal dialog lies in the top layer, sized by the viewport: its content must fit it.
        const dialog = element as HTMLDialogElement;
        if (dialog.open) for (const child of dialog.children) check(child, false, dialog.getBoundingClientRect(), 'its dialog');
        return;
      }
      const style = getComputedStyle(element);
      if (style.position === 'fixed') return;
      const where = describe_(element);
      // A visually hidden text is for screen readers: clipping it is the point.
      if (['hidden', 'clip'].includes(style.overflowX) && !visuallyHidden(element, style) && element.scrollWidth > element.clientWidth + 1) {
        found.push({ host: host.localName, where, text: `clips its content: ${element.scrollWidth}px in ${element.clientWidth}px` });
      }
      const box = element.getBoundingClientRect();
      if (!scrolled && box.width > 0 && (box.right > frame.right + 1 || box.left < frame.left - 1)) {
        found.push({
          host: host.localName,
          where,
          text: `spills out of ${frameName}: ${Math.round(box.left - frame.left)}..${Math.round(box.right - frame.left)}px in ${Math.round(frame.width)}px`,
        });
      }
      const scroller = scrolled || ['auto', 'scroll'].includes(style.overflowX);
      for (const child of element.children) if (!child.shadowRoot || !('updateComplete' in child)) check(child, scroller, frame, frameName);
    };
    for (const child of host.shadowRoot!.children) check(child, false, hostBox, `<${host.localName}>`);
    // Text that runs out of its box and out of the element (a box with visible overflow keeps its width).
    const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !parent.checkVisibility() || inScroller(parent)) continue;
      const dialog = parent.closest('dialog');
      if (dialog && !dialog.open) continue;
      const frame = dialog ? dialog.getBoundingClientRect() : hostBox;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && (box.right > frame.right + 1 || box.left < frame.left - 1)) {
        found.push({
          host: host.localName,
          where: describe_(parent),
          text: `its text "${node.textContent.trim().slice(0, 40)}" runs out of ${dialog ? 'its dialog' : `<${host.localName}>`}`,
        });
      }
    }
  }
  // And no element wider than the box it was given (the page's, or its open dialog's).
  const outer = root.getBoundingClientRect();
  for (const host of elementsIn(root)) {
    const dialog = host.closest('dialog');
    if (dialog && !dialog.open) continue;
    const frame = dialog ? dialog.getBoundingClientRect() : outer;
    const box = host.getBoundingClientRect();
    if (box.right > frame.right + 1 || box.left < frame.left - 1)
      found.push({ host: host.localName, where: host.localName, text: `is wider than its ${dialog ? 'dialog’s ' : ''}${Math.round(frame.width)}px` });
  }
  return found;
}

/**
 * A box for screen readers only: clipped away whole (`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`)
 * or 1 px wide inside its padding (the renew table's narrow header keeps its cells' padding).
 */
function visuallyHidden(element: Element, style = getComputedStyle(element)): boolean {
  const content = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return content <= 1 || style.clipPath === 'inset(50%)' || /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(style.clip);
}

/**
 * Whether `element` is inside a box of its shadow root that scrolls sideways (its overflow is
 * reachable) or is visually hidden (for screen readers only).
 */
function inScroller(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const style = getComputedStyle(at);
    if (['auto', 'scroll'].includes(style.overflowX)) return true;
    if (['hidden', 'clip'].includes(style.overflowX) && visuallyHidden(at, style)) return true;
  }
  return false;
}

// ------------------------------------------------------------ the elements in en-XA

let mock: MockBackend;
let worker: ReturnType<typeof setupWorker>;

/** The stores of the sessions in `root`. */
function storesIn(root: Element): CheckoutStore[] {
  const stores = elementsIn(root).map((element) => (element as { store?: CheckoutStore }).store);
  return [...new Set(stores.filter((store): store is CheckoutStore => typeof store?.getState === 'function'))];
}

/** No step waits for the backend (a changed selection's quote is `loading` from its debounce on, see selectors/pricing.ts). */
const storeIdle = (store: CheckoutStore) => ASYNC_STEPS.every((step) => store.getState().status[step].state !== 'loading');

/** A rendered frame: layout ran, and with it the resize observers that may request an update. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits on conditions, never on time: until no store of `root` has a step in flight and every
 * Upcart element has rendered (`updateComplete` also waits for a part still loading, see
 * shared/import-once.ts), and a frame later still nothing is pending: no store step, no element
 * update, no element added (a part that loads can render another element, which loads its own).
 */
async function settled(root: Element): Promise<void> {
  for (let round = 0; ; round += 1) {
    if (round === 50) throw new Error('the elements never settled');
    await waitUntil(() => storesIn(root).every(storeIdle), 'a store step never finished', { timeout: 5000 });
    const elements = elementsIn(root);
    await Promise.all(elements.map((element) => element.updateComplete));
    await nextFrame();
    const now = elementsIn(root);
    if (now.length === elements.length && now.every((element) => !element.isUpdatePending) && storesIn(root).every(storeIdle)) return;
  }
}

/** A phone's width, and a page's. */
const WIDTHS = [390, 1000];

/** Renders `template` in a box `width` px wide and waits for `ready`; returns the box. */
async function render(template: TemplateResult, width: number, ready: (box: HTMLElement) => boolean): Promise<HTMLElement> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  await waitUntil(() => ready(box), 'never loaded', { timeout: 5000 });
  await settled(box);
  return box;
}

const sessionIn = (box: HTMLElement) => box.querySelector<CheckoutSession>('checkout-session')!;

/** The session has its flow, contacts and quote. */
function checkoutReady(box: HTMLElement): boolean {
  const state = sessionIn(box).store?.getState();
  return !!state && state.selection !== null && state.status.contacts.state === 'done' && state.status.quote.state !== 'loading';
}

/** Fails with every text that skipped translation and every layout break in `box`. */
async function expectAllTranslated(box: HTMLElement): Promise<void> {
  const phrases = intlPhrases();
  const data = [...serverStrings].sort((a, b) => b.length - a.length);
  const found = perceivedIn(box)
    .map((item) => ({ ...item, rest: untranslated(item.text, phrases, data) }))
    .filter((item) => item.rest !== '');
  const texts = found.map((item) => `<${item.host}> ${item.where}: "${item.text}" (untranslated: ${item.rest})`);
  expect([...new Set(texts)], 'texts that did not pass through translation').to.deep.equal([]);
  expect(
    layoutBreaks(box).map((item) => `<${item.host}> ${item.where}: ${item.text}`),
    'layout breaks',
  ).to.deep.equal([]);
}

/** The first element `localName` in `root`, through every shadow root. */
function deepQuery(root: Element, localName: string): HTMLElement | undefined {
  return elementsIn(root).find((element) => element.localName === localName);
}

/** Places the offline order of `box`'s session and checks its result and the summary's receipt. */
async function placeOffline(box: HTMLElement, store: CheckoutStore): Promise<void> {
  store.setPiNumber('PI-2026/113');
  const placed = await store.placeOrder();
  expect(placed.ok, `the order was refused: ${JSON.stringify(placed)}`).to.equal(true);
  await waitUntil(() => store.getState().order?.status === 'awaiting_offline_payment', 'no offline order', { timeout: 5000 });
  await settled(box);
  expect(deepQuery(box, 'pay-checkout')?.shadowRoot?.querySelector('[part="result"]'), 'the order result').to.not.equal(null);
  await expectAllTranslated(box);
}

describe(`every element in the pseudo-locale ${LOCALE}`, function () {
  this.timeout(20_000);

  before(async () => {
    mock = createMockBackend({ baseUrl: '/api', now: TEST_NOW, seedOrders: true });
    worker = setupWorker(...mock.handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    recordAnswers();
    await loadLocale(LOCALE);
  });

  after(() => {
    globalThis.fetch = realFetch;
    worker.stop();
  });

  beforeEach(() => mock.reset());

  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('finds text that skipped translation and a box the longer text breaks', async () => {
    const at = '2026-11-23T15:04:05.000Z';
    class Probe extends LitElement {
      override render() {
        return html`<p title="Plain title">⟦Ţŕááñšļááţééð⟧ Plain text</p>
          <p>⟦Ţŕááñšļááţééð⟧ 12 months, this month · next year</p>
          <p>
            ${formatDate('2026-11-23', LOCALE)} · ${formatDateTime(at, LOCALE)} · ${formatTime(Date.parse(at), LOCALE)} · ${formatWait(90_000, LOCALE)}
            · ${formatDaysAhead(1, LOCALE)} · ${formatDaysAhead(12, LOCALE)} · ${new Intl.DisplayNames([LOCALE], { type: 'region' }).of('US')}
          </p>
          <p>in 12 months · Nov · PM</p>
          <p style="width: 50px; white-space: nowrap; overflow: hidden">⟦Ţŕááñšļááţééð ţééẋţ⟧</p>`;
      }
    }
    customElements.define('pseudo-probe', Probe);
    const box = await render(html`<checkout-session locale=${LOCALE}><pseudo-probe></pseudo-probe></checkout-session>`, 390, () => true);
    const phrases = intlPhrases();
    const found = perceivedIn(box)
      .map((item) => untranslated(item.text, phrases, []))
      .filter(Boolean);
    // Intl's words pass only as the whole phrases the elements format: a relative time of a unit
    // they do not use, or a month or day period outside a date, is English that skipped translation.
    expect(found).to.deep.equal(['Plain title', 'Plain text', 'months this month next year', 'in months Nov PM']);
    expect(layoutBreaks(box).map((item) => item.text)).to.deep.equal([
      `clips its content: ${box.querySelector('pseudo-probe')!.shadowRoot!.querySelector('p:last-of-type')!.scrollWidth}px in 50px`,
    ]);
  });

  const checkouts: [name: string, attributes: Record<string, string>][] = [
    ['expand', { flow: 'expand', product: 'pseries', subscription: 'sub-pseries' }],
    ['expand for a company (partner)', { flow: 'expand', product: 'workplace', 'company-id': 'WP-100234' }],
    ['upgrade', { flow: 'upgrade', product: 'contact-center', subscription: 'sub-cc' }],
    ['upgrade a trial plan', { flow: 'upgrade', product: 'contact-center', subscription: 'sub-cc-trial' }],
    ['upgrade an inactive plan', { flow: 'upgrade', product: 'contact-center', subscription: 'sub-cc-inactive' }],
    ['upgrade a pascom trial', { flow: 'upgrade', product: 'pascom', subscription: 'sub-pascom' }],
    ['add pascom licenses', { flow: 'upgrade', product: 'pascom', subscription: 'sub-pascom-paid' }],
    ['renew', { flow: 'renew', product: 'koophone' }],
  ];

  for (const width of WIDTHS) {
    for (const [name, attributes] of checkouts) {
      it(`<checkout-session>: ${name}, ${width} px`, async () => {
        const box = await render(html`<checkout-session locale=${LOCALE}></checkout-session>`, width, () => true);
        const session = sessionIn(box);
        for (const [attribute, value] of Object.entries(attributes)) session.setAttribute(attribute, value);
        await waitUntil(() => checkoutReady(box), `${name} never loaded`, { timeout: 5000 });
        await settled(box);
        await expectAllTranslated(box);
        // Then with a quote for a change, its lines and the offline payment's review.
        const store = session.store!;
        const selection = store.getState().selection!;
        if (selection.flow === 'expand') {
          const [serviceId, quantity] = Object.entries(selection.quantities)[0]!;
          store.setQuantity(serviceId, quantity + 5);
        } else if (selection.flow === 'upgrade') {
          if (selection.planId === null) store.selectPlan(store.getState().catalog!.plans[0]!.id);
          store.setPlanQuantity(selection.quantity + 5);
        } else {
          store.setRenewalSelection(
            store
              .getState()
              .subscriptions.slice(0, 3)
              .map((subscription) => subscription.id),
          );
        }
        await waitUntil(() => store.getState().quote !== null && checkoutReady(box), `${name}: no quote`, { timeout: 5000 });
        store.setPaymentMethod('offline');
        await settled(box);
        expect(store.getState().quote!.lines.length, 'lines to check').to.be.greaterThan(0);
        await expectAllTranslated(box);
      });
    }

    it(`<checkout-session>: expand with the promotion WELCOME10, ordered offline, ${width} px`, async () => {
      const box = await render(
        html`<checkout-session locale=${LOCALE} flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`,
        width,
        checkoutReady,
      );
      const store = sessionIn(box).store!;
      const selection = store.getState().selection!;
      if (selection.flow !== 'expand') throw new Error('not the expand flow');
      const [serviceId, quantity] = Object.entries(selection.quantities)[0]!;
      store.setQuantity(serviceId, quantity + 5);
      store.setPaymentMethod('offline');
      store.setPromoCode('WELCOME10');
      await waitUntil(() => store.getState().quote?.discount?.code === 'WELCOME10', 'the promotion never applied', { timeout: 5000 });
      await settled(box);
      await expectAllTranslated(box);
      await placeOffline(box, store);
    });

    it(`<checkout-session>: renew all 30 phones co-termed, ordered offline, ${width} px`, async () => {
      const box = await render(html`<checkout-session locale=${LOCALE} flow="renew" product="koophone"></checkout-session>`, width, checkoutReady);
      const store = sessionIn(box).store!;
      const ids = store.getState().subscriptions.map((subscription) => subscription.id);
      expect(ids, 'the phones').to.have.length(30);
      store.setRenewalSelection(ids);
      store.setCoterm(true);
      store.setPaymentMethod('offline');
      await waitUntil(
        () => {
          const quote = store.getState().quote;
          return !!quote && quote.lines.some((line) => line.kind === 'coterm') && checkoutReady(box);
        },
        'no co-termed quote',
        { timeout: 5000 },
      );
      await settled(box);
      // The session's renewal prices the phones by plan and term, one line each (renewal and co-term);
      // lines grouped per subscription are <renewal-center>'s (they carry a subscription id).
      expect(
        store.getState().quote!.lines.filter((line) => line.kind === 'coterm'),
        'co-term lines',
      ).to.not.be.empty;
      await expectAllTranslated(box);
      await placeOffline(box, store);
    });

    it(`<checkout-session>: the partner portal’s "Other services" dialog, ${width} px`, async () => {
      const box = await render(
        html`<checkout-session locale=${LOCALE} flow="expand" product="workplace" company-id="WP-100234"></checkout-session>`,
        width,
        checkoutReady,
      );
      // A modal dialog is sized by the viewport: make it the phone's (or the page's).
      await setViewport({ width, height: 800 });
      const picker = deepQuery(box, 'plan-picker')!;
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="other-services"] button.add')!.click();
      await waitUntil(() => picker.shadowRoot!.querySelector<HTMLDialogElement>('dialog.service-dialog')?.open, 'the dialog never opened');
      await settled(box);
      await expectAllTranslated(box);
    });

    it(`<checkout-session>: the upgrade view’s View details dialog, ${width} px`, async () => {
      const box = await render(
        html`<checkout-session locale=${LOCALE} flow="upgrade" product="contact-center" subscription="sub-cc"></checkout-session>`,
        width,
        checkoutReady,
      );
      // A modal dialog is sized by the viewport: make it the phone's (or the page's).
      await setViewport({ width, height: 800 });
      const picker = deepQuery(box, 'plan-picker')!;
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="view-details"]')!.click();
      await waitUntil(() => picker.shadowRoot!.querySelector<HTMLDialogElement>('dialog.details-dialog')?.open, 'the dialog never opened');
      await settled(box);
      await expectAllTranslated(box);
    });

    it(`<checkout-session>: a new billing contact’s form, ${width} px`, async () => {
      const box = await render(
        html`<checkout-session locale=${LOCALE} flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`,
        width,
        checkoutReady,
      );
      const contact = deepQuery(box, 'billing-contact')!;
      contact.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
      await waitUntil(() => contact.shadowRoot!.querySelector('form#contact-form, #contact-form form'), 'the form never opened', { timeout: 5000 });
      await settled(box);
      await expectAllTranslated(box);
    });

    it(`<checkout-session>: the partner portal’s company lookup, ${width} px`, async () => {
      const box = await render(
        html`<checkout-session locale=${LOCALE} flow="expand" product="workplace" company-lookup></checkout-session>`,
        width,
        () => true,
      );
      await settled(box);
      await expectAllTranslated(box);
    });

    it(`<order-history>, ${width} px`, async () => {
      const box = await render(html`<checkout-session locale=${LOCALE}><order-history></order-history></checkout-session>`, width, (box) => {
        const history = box.querySelector('order-history') as (HTMLElement & { historyState?: { list: { state: string } } }) | null;
        return history?.historyState?.list.state === 'done';
      });
      await expectAllTranslated(box);
    });

    it(`<renewal-center>, ${width} px`, async () => {
      const box = await render(
        html`<checkout-session product="koophone" locale=${LOCALE}><renewal-center></renewal-center></checkout-session>`,
        width,
        (box) => (box.querySelector('renewal-center')?.shadowRoot?.querySelectorAll('tbody tr[data-id]').length ?? 0) > 0,
      );
      await expectAllTranslated(box);
    });
  }
});
