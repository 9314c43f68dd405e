/**
 * Shared by the reliability suites: reading what a buyer sees through every shadow root, the
 * money figures on screen against the server's quote, a backend wrapper that records calls and can
 * hold an answer back, and printing a table into the runner's output.
 */
import { waitUntil } from '@open-wc/testing';
import type { CheckoutBackend } from '../../src/api/backend.js';
import type { Money } from '../../src/api/schemas.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import { formatMoney } from '../../src/i18n/format.js';
import { isOrderComplete, type CheckoutState } from '../../src/store/checkout-state.js';
import { quoteRequestKey, buildQuoteRequest } from '../../src/store/quote-request.js';

// ------------------------------------------------------------ the DOM a buyer sees

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    found.push(...node.querySelectorAll<T>(selector));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  // An element's own shadow root first: that is where a host renders what it shows.
  // (No instanceof: the root may come from another window, e.g. an iframe's page.)
  const own = (root as Partial<Element>).shadowRoot;
  if (own) visit(own);
  visit(root);
  return found;
}

export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Alerts with something to say, in document order (empty live regions are not messages). */
export function visibleAlerts(root: ParentNode): HTMLElement[] {
  return deepQueryAll(root, '[role="alert"]').filter((alert) => textOf(alert) !== '' && alert.checkVisibility());
}

/** The Retry button that belongs to an alert: inside it, or beside it in the same container. */
export function retryButtonOf(alert: HTMLElement, label = 'Try again'): HTMLButtonElement | undefined {
  const candidates = [...alert.querySelectorAll('button'), ...(alert.parentElement?.querySelectorAll(':scope > button') ?? [])];
  return candidates.find((button) => textOf(button) === label) as HTMLButtonElement | undefined;
}

/** Waits for an element of the page to show `message` in an alert, and answers that alert. */
export async function alertSaying(root: ParentNode, message: string, timeout = 3000): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitUntil(
    () => (found = visibleAlerts(root).find((alert) => textOf(alert).includes(message))),
    `no alert said "${message}" (alerts: ${JSON.stringify(visibleAlerts(root).map(textOf))}; all: ${JSON.stringify(deepQueryAll(root, '[role="alert"]').map((a) => [textOf(a), a.checkVisibility()]))})`,
    { timeout },
  );
  return found!;
}

// ------------------------------------------------------------ money on screen

/** Money as the elements show it: `$1,234.56`, `-$12.00`, `€9.99`. */
const MONEY = /-?[$€£¥]\s?\d[\d,]*(?:\.\d+)?/g;

/**
 * The money figures on screen that claim to price the order: everything in `<order-summary>`, and
 * the review total and pay button of `<pay-checkout>`. (Catalog unit prices beside a stepper and a
 * placed order's own total are other things.)
 */
export function pricesOnScreen(session: CheckoutSession): string[] {
  const summaries = deepQueryAll(session, 'order-summary').map((summary) => textOf(summary.shadowRoot));
  const pays = deepQueryAll(session, 'pay-checkout').flatMap((pay) => [...pay.shadowRoot!.querySelectorAll('.review-total, [part="pay-button"]')].map(textOf));
  return [...summaries, ...pays].flatMap((text) => text.match(MONEY) ?? []);
}

/** Every figure the state's quote allows on screen: its lines, subtotal, discount, tax, total. */
export function quotedFigures(state: CheckoutState, locale: string): Set<string> {
  const figures = new Set<string>();
  const add = (money: Money) => figures.add(formatMoney(money, locale));
  const quote = state.quote;
  if (quote) {
    for (const line of quote.lines) {
      add(line.amount);
      add(line.unitPrice);
    }
    add(quote.subtotal);
    add(quote.tax.amount);
    add(quote.total);
    if (quote.discount) add({ ...quote.discount.amount, amount: -quote.discount.amount.amount });
  }
  // A changed price shows the total the buyer agreed to beside the new one.
  if (state.priceChange) add(state.priceChange.previousTotal);
  // A receipt without its quote (after a reload) shows the order's own lines and total.
  if (isOrderComplete(state) && state.order) {
    for (const line of state.order.lines) {
      add(line.amount);
      add(line.unitPrice);
    }
    add(state.order.total);
  }
  return figures;
}

/**
 * The rule "no price on screen that the server did not quote for the current selection": the
 * store's quote prices the selection as it is now, the server issued it with that total, and
 * every figure shown is one of that quote's. Answers the problems found (empty: fine).
 */
export function unquotedPrices(session: CheckoutSession, serverQuote: (id: string) => { total: Money } | undefined, locale = 'en-US'): string[] {
  const state = session.store?.getState();
  const shown = pricesOnScreen(session);
  if (!state) return shown.map((figure) => `${figure} shown without a store`);
  const problems: string[] = [];
  const quote = state.quote;
  // A complete order's receipt shows the quote it was placed for, whatever the selection says now.
  const receipt = isOrderComplete(state);
  if (receipt && quote && quote.id !== state.order!.quoteId) problems.push(`the receipt shows quote ${quote.id}, not the order's`);
  if (quote) {
    if (!receipt && quoteRequestKey(state.quoteRequest) !== quoteRequestKey(buildQuoteRequest(state)))
      problems.push(`quote ${quote.id} prices another selection`);
    const issued = serverQuote(quote.id);
    if (!issued) problems.push(`quote ${quote.id} was never issued by the server`);
    else if (issued.total.amount !== quote.total.amount || issued.total.currency !== quote.total.currency)
      problems.push(`quote ${quote.id} total differs from the server's`);
  }
  const allowed = quotedFigures(state, locale);
  for (const figure of shown) if (!allowed.has(figure)) problems.push(`${figure} on screen is not in the current quote`);
  return problems;
}

// ------------------------------------------------------------ events

export interface UpcartErrorRecord {
  step: string;
  code: string;
  status: number | undefined;
  message: string;
  typed: boolean;
}

// ------------------------------------------------------------ backend

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

export interface HeldAnswer {
  /** Resolves once the server answered (the answer is then held back). */
  readonly answered: Promise<void>;
  /** Resolves once the late answer was handed to the caller. */
  readonly delivered: Promise<void>;
}

export interface ControlledBackend {
  backend: CheckoutBackend;
  /** Method names in call order. */
  calls: string[];
  /**
   * The next call of `name` is sent at once, but its answer reaches the caller only `ms` later
   * and whatever the caller's abort signal says: an adapter that ignores aborts, on a slow line.
   */
  holdNext(name: keyof CheckoutBackend, ms: number): HeldAnswer;
  count(name: keyof CheckoutBackend): number;
  /**
   * Every call of `name` from now on answers after `ms()` milliseconds, whatever the caller's abort
   * signal says, so answers can come back in any order.
   */
  delayAll(name: keyof CheckoutBackend, ms: () => number): void;
}

/** Wraps a backend to record its calls and hold chosen answers back. */
export function controlledBackend(base: CheckoutBackend): ControlledBackend {
  const calls: string[] = [];
  const holds = new Map<string, { ms: number; answered: () => void; delivered: () => void }>();
  const delays = new Map<string, () => number>();
  const withoutSignal = (arg: unknown) => (arg !== null && typeof arg === 'object' && 'signal' in arg ? {} : arg);
  const backend = Object.fromEntries(
    Object.entries(base).map(([name, method]) => [
      name,
      async (...args: unknown[]) => {
        calls.push(name);
        const delay = delays.get(name);
        if (delay) {
          const value = await (method as AnyMethod)(...args.map(withoutSignal));
          await new Promise((resolve) => setTimeout(resolve, delay()));
          return value;
        }
        const hold = holds.get(name);
        if (!hold) return (method as AnyMethod)(...args);
        holds.delete(name);
        try {
          const value = await (method as AnyMethod)(...args.map(withoutSignal)).finally(hold.answered);
          await new Promise((resolve) => setTimeout(resolve, hold.ms));
          return value;
        } finally {
          // After the caller's continuation ran.
          setTimeout(hold.delivered, 0);
        }
      },
    ]),
  ) as unknown as CheckoutBackend;
  return {
    backend,
    calls,
    holdNext(name, ms) {
      let answered!: () => void;
      let delivered!: () => void;
      const answeredPromise = new Promise<void>((resolve) => (answered = resolve));
      const deliveredPromise = new Promise<void>((resolve) => (delivered = resolve));
      holds.set(name, { ms, answered, delivered });
      return { answered: answeredPromise, delivered: deliveredPromise };
    },
    count: (name) => calls.filter((call) => call === name).length,
    delayAll: (name, ms) => void delays.set(name, ms),
  };
}

// ------------------------------------------------------------ tables

/** A Markdown table, printed into the runner's output (browser logs are shown per file). */
export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[], footer = ''): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const table = [
    title,
    '',
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
    ...(footer ? ['', footer] : []),
  ].join('\n');
  console.log(table);
  return table;
}

/** Shows control and invisible characters and cuts long values, so a table row stays one line. */
export function visible(value: string, max = 36): string {
  const shown = JSON.stringify(value)
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what it shows
      /[\u0000-\u001f\u007f-\u00a0\u00ad\u061c\u200b-\u200f\u2028-\u202f\u2066-\u2069\ufeff]/gu,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/\|/g, '\\|');
  return shown.length > max ? `${shown.slice(0, max - 10)}…(${value.length} chars)` : shown;
}
