/**
 * New end dates of a renewal: the quote's when it has one, else a local estimate by the same
 * calendar rule the server uses (end + duration, clamped to the month's last day, then forward
 * to the standard renewal day when co-terming). Dates are UTC `YYYY-MM-DD`.
 */
import type { Quote } from '../../api/schemas.js';

function parse(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months; 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(date: string, months: number): string {
  const start = parse(date);
  const index = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay))));
}

/** The first date on or after `date` whose day of the month is `day` (1-28). */
export function nextDayOfMonth(date: string, day: number): string {
  const start = parse(date);
  const sameMonth = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), day);
  return format(new Date(sameMonth >= start.getTime() ? sameMonth : Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, day)));
}

/** The local estimate of a renewed subscription's end. */
export function estimateRenewedEnd(termEnd: string, months: number, standardDay: number | null): string {
  const renewed = addMonths(termEnd, months);
  return standardDay === null ? renewed : nextDayOfMonth(renewed, standardDay);
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
