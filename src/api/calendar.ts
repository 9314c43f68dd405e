/**
 * Calendar arithmetic of the contract, on UTC dates `YYYY-MM-DD`: terms start and end on
 * dates, not instants, so proration never depends on the buyer's time zone. "Now" comes from an
 * injected `Clock`, never from `Date.now()`, so a backend's tests pin time and move it by hand.
 */

export const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** Dates parsed before: a batch of 100,000 renewals has a few hundred distinct dates. */
const parsed = new Map<string, number>();
const PARSED_LIMIT = 4096;

/** Parses `YYYY-MM-DD` into epoch milliseconds at 00:00 UTC; throws on anything else. */
export function parseIsoDate(date: string): number {
  const known = parsed.get(date);
  if (known !== undefined) return known;
  const ms = parseNewIsoDate(date);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(date, ms);
  return ms;
}

function parseNewIsoDate(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a date that does not round-trip is invalid.
  if (toIsoDate(new Date(ms)) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return ms;
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function toIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** An instant as the contract writes it: ISO 8601 in UTC with a `Z`. */
export function toIsoDateTime(instant: Date): string {
  return instant.toISOString();
}

/** 00:00 UTC of a calendar date, as an ISO date-time. */
export function startOfDateTime(date: string): string {
  return new Date(parseIsoDate(date)).toISOString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to) - parseIsoDate(from)) / MS_PER_DAY);
}

export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(parseIsoDate(date) + days * MS_PER_DAY));
}

/**
 * Adds calendar months, clamping the day to the target month's length:
 * 2026-01-31 + 1 month = 2026-02-28, as billing systems do for month-end terms.
 */
export function addMonths(date: string, months: number): string {
  const start = new Date(parseIsoDate(date));
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay))));
}

/**
 * The first date on or after `date` whose day of the month is `dayOfMonth` (1-28, so that
 * every month has it): the co-terming target of a renewal.
 */
export function nextDayOfMonthOnOrAfter(date: string, dayOfMonth: number): string {
  if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 28) {
    throw new RangeError(`Day of month must be 1-28, got ${dayOfMonth}`);
  }
  const start = new Date(parseIsoDate(date));
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const sameMonth = Date.UTC(year, month, dayOfMonth);
  return toIsoDate(new Date(sameMonth >= start.getTime() ? sameMonth : Date.UTC(year, month + 1, dayOfMonth)));
}
