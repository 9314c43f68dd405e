/**
 * Time for the mock backend. Every "now" the mocks read comes from one injectable clock, so
 * tests pin it and move it by hand (a quote expiring after 15 minutes is tested in
 * microseconds), and the demo follows real time.
 *
 * Calendar arithmetic is on UTC dates `YYYY-MM-DD`: terms start and end on dates, not
 * instants, so proration never depends on the buyer's time zone.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** Where a clock's time comes from: an instant to pin it to, or a function to read it from. */
export type ClockSource = Date | string | number | (() => Date);

/**
 * A clock that is pinned to an instant (tests), reads a function, or follows real time (demo);
 * each can be moved forward by hand with `advance`.
 */
export class MockClock implements Clock {
  private source: () => number;
  private offsetMs = 0;
  private readonly initialSource: () => number;

  /** @param start an instant to pin the clock to or a function giving now; real time without it. */
  constructor(start?: ClockSource) {
    this.source = toSource(start);
    this.initialSource = this.source;
  }

  now(): Date {
    return new Date(this.source() + this.offsetMs);
  }

  /** Moves the clock forward (or back, with a negative value). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }

  advanceDays(days: number): void {
    this.advance(days * MS_PER_DAY);
  }

  /** Pins the clock to an instant. */
  set(instant: Date | string | number): void {
    this.source = toSource(instant);
    this.offsetMs = 0;
  }

  /** Back to how it was constructed: the same pinned instant, function or real time. */
  reset(): void {
    this.source = this.initialSource;
    this.offsetMs = 0;
  }
}

function toSource(start: ClockSource | undefined): () => number {
  if (start === undefined) return () => Date.now();
  if (typeof start === 'function') return () => toEpochMs(start());
  const pinned = toEpochMs(start);
  return () => pinned;
}

function toEpochMs(instant: Date | string | number): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return ms;
}

/** Parses `YYYY-MM-DD` into epoch milliseconds at 00:00 UTC; throws on anything else. */
export function parseIsoDate(date: string): number {
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
