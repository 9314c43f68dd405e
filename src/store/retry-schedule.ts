/**
 * When a failed step may be tried again. A server that answered 429 or 503 with `Retry-After` is
 * not asked again before the time it named: a retry asked for earlier is scheduled once, for that
 * time, however often it is asked for (every click joins the one waiting).
 */
import type { CheckoutError } from '../api/errors.js';
import { refuse, type ActionResult } from './action-result.js';
import type { AsyncStep } from './checkout-state.js';
import type { StoreTimers } from './store-timers.js';

interface Waiting {
  readonly handle: unknown;
  readonly result: Promise<ActionResult>;
  readonly cancel: () => void;
}

export class RetrySchedule {
  /** The earliest time (ms since the epoch) each step may be asked again. */
  readonly #notBefore = new Map<AsyncStep, number>();
  readonly #waiting = new Map<AsyncStep, Waiting>();

  readonly #now: () => number;
  readonly #timers: StoreTimers;

  constructor(now: () => number, timers: StoreTimers) {
    this.#now = now;
    this.#timers = timers;
  }

  /** A step's call failed: from now on its retry waits for what the server asked, or for nothing. */
  failed(step: AsyncStep, error: CheckoutError): void {
    if (error.retryAfterMs === undefined) this.#notBefore.delete(step);
    else this.#notBefore.set(step, this.#now() + error.retryAfterMs);
  }

  /** When a retry of `step` asked for now would be sent; undefined: at once. */
  retryAt(step: AsyncStep): number | undefined {
    const at = this.#notBefore.get(step);
    return at !== undefined && at > this.#now() ? at : undefined;
  }

  /** The result of the retry of `step` that is waiting, if one is. */
  pending(step: AsyncStep): Promise<ActionResult> | undefined {
    return this.#waiting.get(step)?.result;
  }

  /** Runs `run` once at `at`; until then `pending(step)` answers its result. */
  schedule(step: AsyncStep, at: number, run: () => Promise<ActionResult>): Promise<ActionResult> {
    let resolve!: (result: ActionResult | Promise<ActionResult>) => void;
    const result = new Promise<ActionResult>((settle) => (resolve = settle));
    const handle = this.#timers.setTimeout(
      () => {
        this.#waiting.delete(step);
        this.#notBefore.delete(step);
        resolve(run());
      },
      Math.max(0, at - this.#now()),
    );
    this.#waiting.set(step, { handle, result, cancel: () => resolve(refuse('aborted')) });
    return result;
  }

  /** Drops every waiting retry (the store starts over or is destroyed); their callers get `aborted`. */
  clear(): void {
    for (const waiting of this.#waiting.values()) {
      this.#timers.clearTimeout(waiting.handle);
      waiting.cancel();
    }
    this.#waiting.clear();
    this.#notBefore.clear();
  }
}
