/**
 * New end dates of a renewal: the quote's when it has one, else a local estimate by the same
 * calendar rule the server uses (end + duration, clamped to the month's last day, then forward
 * to the standard renewal day when co-terming). Dates are UTC `YYYY-MM-DD`.
 */
import { addMonths, nextDayOfMonthOnOrAfter } from '../../api/calendar.js';
import type { Quote } from '../../api/schemas.js';

/** The local estimate of a renewed subscription's end. */
export function estimateRenewedEnd(termEnd: string, months: number, standardDay: number | null): string {
  const renewed = addMonths(termEnd, months);
  return standardDay === null ? renewed : nextDayOfMonthOnOrAfter(renewed, standardDay);
}

/**
 * Subscription id -> the new end date the quote gives it: the latest `periodEnd` of its renewal
 * and co-term lines (a co-term line ends on the standard day, after the renewal line).
 */
export function quotedEnds(quote: Quote | null): ReadonlyMap<string, string> {
  const ends = new Map<string, string>();
  if (quote === null || quote.flow !== 'renew') return ends;
  for (const line of quote.lines) {
    if ((line.kind !== 'renewal' && line.kind !== 'coterm') || line.subscriptionId === undefined || line.periodEnd === undefined) continue;
    const known = ends.get(line.subscriptionId);
    if (known === undefined || line.periodEnd > known) ends.set(line.subscriptionId, line.periodEnd);
  }
  return ends;
}
