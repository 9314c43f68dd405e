/**
 * Runs the store's backend calls, one in flight per step: each call aborts the step's previous
 * one, marks the step loading, and applies its answer only while it is still the step's latest.
 * It also remembers how to repeat each step's last call, and waits before a retry for what a
 * server asked in `Retry-After` (`RetrySchedule`).
 */
import { toCheckoutError, type CheckoutErrorCode } from '../api/errors.js';
import { refuse, OK, type ActionResult } from './action-result.js';
import { ASYNC_STEPS, DONE, IDLE, LOADING, withStatus, type AsyncStep, type CheckoutState } from './checkout-state.js';
import { RetrySchedule } from './retry-schedule.js';
import type { StateContainer } from './state-container.js';
import type { StoreTimers } from './store-timers.js';

export type Retry = () => Promise<ActionResult>;

export class StepRunner {
  /** The request in flight per step; an answer whose controller is no longer here is dropped. */
  private readonly inFlight = new Map<AsyncStep, AbortController>();
  /** How to repeat each step's last call. */
  readonly #retries = new Map<AsyncStep, Retry>();
  readonly #retrySchedule: RetrySchedule;
  readonly #container: StateContainer;
  /** Retries that do not depend on a last call (the quote asks again for the selection). */
  readonly #standing: Partial<Record<AsyncStep, Retry>>;

  constructor(container: StateContainer, now: () => number, timers: StoreTimers, standing: Partial<Record<AsyncStep, Retry>>) {
    this.#container = container;
    this.#standing = standing;
    this.#retrySchedule = new RetrySchedule(now, timers);
  }

  busy(step: AsyncStep): boolean {
    return this.inFlight.has(step);
  }

  abort(step: AsyncStep): void {
    this.inFlight.get(step)?.abort();
    this.inFlight.delete(step);
  }

  /** Aborts every call and drops every waiting retry. */
  abortAll(): void {
    for (const controller of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
    this.#retrySchedule.clear();
  }

  /** What `retry(step)` repeats from now on. */
  repeatWith(step: AsyncStep, again: Retry): void {
    this.#retries.set(step, again);
  }

  forgetRetries(): void {
    this.#retries.clear();
  }

  /**
   * Runs one backend call of `step`. `apply` may return null to drop the answer, or throw a
   * `CheckoutError` to fail the step.
   */
  async call<T>(
    step: AsyncStep,
    send: (signal: AbortSignal) => T | Promise<T>,
    apply: (value: T, state: CheckoutState) => CheckoutState | null,
    after?: (value: T) => void,
  ): Promise<ActionResult> {
    if (this.#container.destroyed) return refuse('destroyed');
    this.inFlight.get(step)?.abort();
    const controller = new AbortController();
    this.inFlight.set(step, controller);
    this.#container.commit({ ...this.#container.get(), status: withStatus(this.#container.get().status, step, LOADING) });
    try {
      const value = await send(controller.signal);
      if (this.inFlight.get(step) !== controller) return refuse('aborted');
      const next = apply(value, this.#container.get());
      this.inFlight.delete(step);
      if (next === null) return refuse('aborted');
      this.#container.commit({ ...next, status: withStatus(next.status, step, DONE) });
      after?.(value);
      return OK;
    } catch (thrown) {
      if (this.inFlight.get(step) !== controller) return refuse('aborted');
      this.inFlight.delete(step);
      const error = toCheckoutError(thrown);
      const state = this.#container.get();
      if (error.code === 'aborted') {
        this.#container.commit({ ...state, status: withStatus(state.status, step, IDLE) });
        return refuse('aborted');
      }
      this.#retrySchedule.failed(step, error);
      this.#container.commit({ ...state, status: withStatus(state.status, step, { state: 'error', error }) });
      this.#container.emit({ type: 'error', step, error });
      return refuse('failed', { error });
    }
  }

  retry(step: AsyncStep): Promise<ActionResult> {
    if (this.#container.destroyed) return Promise.resolve(refuse('destroyed'));
    const waiting = this.#retrySchedule.pending(step);
    if (waiting) return waiting;
    const retryAt = this.#retrySchedule.retryAt(step);
    if (retryAt === undefined) return this.#retryNow(step);
    this.#container.commit({ ...this.#container.get(), status: withStatus(this.#container.get().status, step, { state: 'loading', retryAt }) });
    return this.#retrySchedule.schedule(step, retryAt, () =>
      // Something else ran the step meanwhile (the buyer changed the selection): nothing to repeat.
      this.#container.get().status[step].retryAt === retryAt ? this.#retryNow(step) : Promise.resolve(refuse('aborted')),
    );
  }

  retryFailed(options: { codes?: readonly CheckoutErrorCode[] }): Promise<ActionResult[]> {
    if (this.#container.destroyed) return Promise.resolve([refuse('destroyed')]);
    const failed = ASYNC_STEPS.filter((step) => {
      const { state, error } = this.#container.get().status[step];
      return state === 'error' && error !== undefined && error.code !== 'validation' && (options.codes?.includes(error.code) ?? true);
    });
    return Promise.all(failed.map((step) => this.retry(step)));
  }

  #retryNow(step: AsyncStep): Promise<ActionResult> {
    const again = this.#standing[step] ?? this.#retries.get(step);
    return again ? again() : Promise.resolve(refuse('nothing_to_retry'));
  }
}
