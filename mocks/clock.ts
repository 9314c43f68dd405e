/**
 * Time for the mock backend. Every "now" the mocks read comes from one injectable clock, so
 * tests pin it and move it by hand (a quote expiring after 15 minutes is tested in
 * microseconds), and the demo follows real time. The calendar arithmetic is the core's.
 */
import { MS_PER_DAY, type Clock } from '../src/api/calendar.js';

export type { Clock };

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
