/**
 * Every element in the pseudo-locale `en-XA`, on the mock backend: what a buyer perceives (text,
 * aria-label, placeholder, title, alt) must have passed through translation (⟦…⟧), or be what
 * Intl formats (numbers, money, dates, percent, relative times, country names), or data the
 * server sent (names, contacts, ids, units); anything else is a string that skipped translation.
 * And the longer text must not break the layout: no box clips its text and none spills out of
 * its element.
 *
 * The server's own text for a quote line (`description`) is not allowed: the client writes lines
 * from their kind and parameters, the description is only a fallback.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend } from '../../mocks/index.js';
import '../../src/define.js';
import '../../src/elements/order-history/order-history.js';
import '../../src/elements/renewal-center/renewal-center.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import { loadLocale, PSEUDO_LOCALE } from '../../src/i18n/messages.js';
import { TEST_NOW } from '../fixtures/mock-session.js';

const LOCALE = PSEUDO_LOCALE;
/** The attributes users perceive besides text. */
const PERCEIVED_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt'];

// ------------------------------------------------------------ what the server said

/** Every string the server answered with, but quote lines' own descriptions; filled by `recordAnswers`. */
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

/** Records every JSON answer of the mock backend. */
function recordAnswers(): void {
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await realFetch(...args);
    if (response.headers.get('content-type')?.includes('json')) {
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

/** Words Intl writes in the locale: months, weekdays, day periods, relative times, currencies, countries. */
function intlWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) words.add(word);
  };
  for (let month = 0; month < 12; month += 1) {
    const date = new Date(Date.UTC(2026, month, 1 + month));
    for (const style of ['short', 'long'] as const) {
      add(new Intl.DateTimeFormat(LOCALE, { month: style, weekday: style, timeZone: 'UTC' }).format(date));
    }
  }
  add(new Intl.DateTimeFormat(LOCALE, { timeStyle: 'short', hour12: true }).format(Date.UTC(2026, 0, 1, 3)));
  add(new Intl.DateTimeFormat(LOCALE, { timeStyle: 'short', hour12: true }).format(Date.UTC(2026, 0, 1, 15)));
  for (const numeric of ['auto', 'always'] as const) {
    const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric });
    for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const) {
      for (const value of [-2, -1, 0, 1, 2]) add(relative.format(value, unit));
    }
  }
  const regions = new Intl.DisplayNames([LOCALE], { type: 'region' });
  for (const text of serverStrings) {
    if (/^[A-Z]{3}$/.test(text)) {
      try {
        add(new Intl.NumberFormat(LOCALE, { style: 'currency', currency: text }).format(1));
      } catch {
        // Not a currency code.
      }
    }
    if (/^[A-Z]{2}$/.test(text)) add(regions.of(text) ?? '');
  }
  return words;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What is left of a perceived text once translated messages, server data and Intl's words are taken out. */
function untranslated(text: string, words: Set<string>, data: string[]): string {
  let rest = text;
  // Inner messages first (a translated message can be a parameter of another).
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const item of data) {
    if (rest.includes(item)) rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(item)}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  }
  return (rest.match(/[\p{L}\p{M}]+/gu) ?? []).filter((word) => !words.has(word)).join(' ');
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
    const check = (element: Element, scrolled: boolean) => {
      if (!element.checkVisibility() || ['dialog', 'style', 'slot'].includes(element.localName)) return;
      const style = getComputedStyle(element);
      if (style.position === 'fixed') return;
      const where = describe_(element);
      // A visually hidden text (1 px, clipped) is for screen readers: clipping it is the point.
      if (['hidden', 'clip'].includes(style.overflowX) && element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1) {
        found.push({ host: host.localName, where, text: `clips its content: ${element.scrollWidth}px in ${element.clientWidth}px` });
      }
      const box = element.getBoundingClientRect();
      if (!scrolled && box.width > 0 && (box.right > hostBox.right + 1 || box.left < hostBox.left - 1)) {
        found.push({
          host: host.localName,
          where,
          text: `spills out of <${host.localName}>: ${Math.round(box.left - hostBox.left)}..${Math.round(box.right - hostBox.left)}px in ${Math.round(hostBox.width)}px`,
        });
      }
      const scroller = scrolled || ['auto', 'scroll'].includes(style.overflowX);
      for (const child of element.children) if (!child.shadowRoot || !('updateComplete' in child)) check(child, scroller);
    };
    for (const child of host.shadowRoot!.children) check(child, false);
    // Text that runs out of its box and out of the element (a box with visible overflow keeps its width).
    const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !parent.checkVisibility() || parent.closest('dialog') || inScroller(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && (box.right > hostBox.right + 1 || box.left < hostBox.left - 1)) {
        found.push({
          host: host.localName,
          where: describe_(parent),
          text: `its text "${node.textContent.trim().slice(0, 40)}" runs out of <${host.localName}>`,
        });
      }
    }
  }
  // And no element wider than the box it was given.
  const outer = root.getBoundingClientRect();
  for (const host of elementsIn(root)) {
    const box = host.getBoundingClientRect();
    if (box.right > outer.right + 1 || box.left < outer.left - 1)
      found.push({ host: host.localName, where: host.localName, text: `is wider than its ${Math.round(outer.width)}px` });
  }
  return found;
}

/**
 * Whether `element` is inside a box of its shadow root that scrolls sideways (its overflow is
 * reachable) or is visually hidden (1 px and clipped: for screen readers only).
 */
function inScroller(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const style = getComputedStyle(at);
    if (['auto', 'scroll'].includes(style.overflowX)) return true;
    if (['hidden', 'clip'].includes(style.overflowX) && at.clientWidth <= 1) return true;
  }
  return false;
}

// ------------------------------------------------------------ the elements in en-XA

let mock: MockBackend;
let worker: ReturnType<typeof setupWorker>;

/** Waits until every element of `root` has rendered what it has, a few rounds (a part that loads starts another). */
async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    await Promise.all(elementsIn(root).map((element) => element.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 30));
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

/**
 * Fails with every text that skipped translation and every layout break the longer text causes
 * in `box`: a box that breaks in English too is the width work's (issue 16, item 1), listed in the
 * output but not failed here.
 */
async function expectAllTranslated(box: HTMLElement): Promise<void> {
  const words = intlWords();
  const data = [...serverStrings].sort((a, b) => b.length - a.length);
  const found = perceivedIn(box)
    .map((item) => ({ ...item, rest: untranslated(item.text, words, data) }))
    .filter((item) => item.rest !== '');
  const texts = found.map((item) => `<${item.host}> ${item.where}: "${item.text}" (untranslated: ${item.rest})`);
  expect([...new Set(texts)], 'texts that did not pass through translation').to.deep.equal([]);

  let breaks = layoutBreaks(box);
  if (breaks.length > 0) {
    const session = sessionIn(box);
    session.setAttribute('locale', 'en-US');
    await settled(box);
    const inEnglish = new Set(layoutBreaks(box).map((item) => `${item.host} ${item.where}`));
    for (const item of breaks.filter((item) => inEnglish.has(`${item.host} ${item.where}`))) {
      console.log(`breaks in English too (the width work): <${item.host}> ${item.where}: ${item.text}`);
    }
    breaks = breaks.filter((item) => !inEnglish.has(`${item.host} ${item.where}`));
    session.setAttribute('locale', LOCALE);
    await settled(box);
  }
  expect(
    breaks.map((item) => `<${item.host}> ${item.where}: ${item.text}`),
    'layout breaks',
  ).to.deep.equal([]);
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

  it('finds text that skipped translation and a box the longer text breaks', async () => {
    class Probe extends LitElement {
      override render() {
        return html`<p title="Plain title">⟦Ţŕááñšļááţééð⟧ Plain text</p>
          <p style="width: 50px; white-space: nowrap; overflow: hidden">⟦Ţŕááñšļááţééð ţééẋţ⟧</p>`;
      }
    }
    customElements.define('pseudo-probe', Probe);
    const box = await render(html`<checkout-session locale=${LOCALE}><pseudo-probe></pseudo-probe></checkout-session>`, 390, () => true);
    const words = intlWords();
    const found = perceivedIn(box)
      .map((item) => untranslated(item.text, words, []))
      .filter(Boolean);
    expect(found).to.deep.equal(['Plain title', 'Plain text']);
    expect(layoutBreaks(box).map((item) => item.text)).to.deep.equal([
      `clips its content: ${box.querySelector('pseudo-probe')!.shadowRoot!.querySelectorAll('p')[1]!.scrollWidth}px in 50px`,
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
