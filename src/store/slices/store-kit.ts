/**
 * What a slice's actions see as `this`: the store's machinery and each slice's own state. The
 * slices' actions are merged into `CheckoutStore`'s prototype (Zustand's slices pattern: one
 * store object), so `this` is the store itself.
 */
import type { CheckoutBackend } from '../../api/backend.js';
import type { OrderAttempt } from '../order-attempts.js';
import type { QuoteScheduler } from '../quote-scheduler.js';
import type { StateContainer } from '../state-container.js';
import type { StepRunner } from '../step-runner.js';
import type { OrderState } from './order-state.js';

export interface StoreKit {
  readonly backend: CheckoutBackend;
  readonly container: StateContainer;
  readonly runner: StepRunner;
  readonly quotes: QuoteScheduler;
  readonly newIdempotencyKey: () => string;
  /** The contact a save's idempotency key belongs to; reused while that save is retried. */
  contactAttempt: OrderAttempt | null;
  readonly orders: OrderState;
  /** The catalog asked for again in a new language (`followLocale`), while it is under way. */
  languageReload: AbortController | null;
}

/** Puts each slice's actions on `target` as methods: on the prototype, not enumerable, like a class's own. */
export function mergeSlices(target: object, ...slices: object[]): void {
  for (const slice of slices) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(slice))) {
      Object.defineProperty(target, name, { ...descriptor, enumerable: false });
    }
  }
}
