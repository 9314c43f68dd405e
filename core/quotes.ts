/**
 * A quote's life: it is the price of its request for 15 minutes, until a newer quote for one of
 * its subscriptions supersedes it; ordering it re-prices the request, and only the same figures
 * are the same price.
 */
import type { Quote } from '../src/api/schemas.js';
import { toIsoDateTime } from '../src/api/calendar.js';
import { fingerprint } from './idempotency.js';
import type { PricedQuote } from './pricing.js';

/** A quote can be ordered for 15 minutes after it was made. */
export const QUOTE_TTL_MS = 15 * 60_000;
/**
 * How long after it expired a quote keeps its items when no order was made from it: then they are
 * deleted (`purgeQuoteItems`), a few quotes with each new quote. A renewal quote of 100,000
 * resources writes 100,000 items, and a checkout left open re-quotes every 15 minutes.
 */
export const QUOTE_ITEMS_KEPT_MS = 60 * 60_000;
/** Expired quotes whose items one new quote deletes at most: more than one, so the backlog shrinks. */
export const QUOTES_PURGED_PER_QUOTE = 2;

/** The contract's quote for priced figures, made now. */
export function newQuote(id: string, priced: PricedQuote, now: Date): Quote {
  const { changes: _changes, items: _items, ...figures } = priced;
  return { id, ...figures, createdAt: toIsoDateTime(now), expiresAt: toIsoDateTime(new Date(now.getTime() + QUOTE_TTL_MS)) };
}

export function isExpired(quote: Quote, now: Date): boolean {
  return now.getTime() >= Date.parse(quote.expiresAt);
}

/** What has to be equal for a re-priced quote to be "the same price". */
function priceFingerprint(priced: Pick<PricedQuote, 'lines' | 'subtotal' | 'discount' | 'tax' | 'total'>): string {
  return fingerprint({
    lines: priced.lines.map((line) => [line.kind, line.subscriptionId, line.refId, line.quantity, line.unitPrice, line.amount]),
    subtotal: priced.subtotal,
    discount: priced.discount?.amount ?? null,
    tax: priced.tax,
    total: priced.total,
  });
}

export function samePrice(quote: Quote, priced: PricedQuote): boolean {
  return priceFingerprint(quote) === priceFingerprint(priced);
}
