/**
 * The order slice's own state, outside `CheckoutState`: the attempt in progress with its
 * idempotency key (kept in a storage so a reload resumes it) and the provider's client secrets.
 */
import type { CheckoutConfig } from '../checkout-state.js';
import { attemptScope, claimScope, OrderAttempts, releaseScope, type AttemptStorage, type OrderAttempt } from '../order-attempts.js';
import { ClientSecrets } from './client-secrets.js';

export class OrderState {
  /** The order request an idempotency key belongs to; reused while that request is retried. */
  attempt: OrderAttempt | null = null;
  readonly attempts: OrderAttempts;
  readonly secrets = new ClientSecrets();

  readonly #storage: AttemptStorage | undefined;
  readonly #instanceId: string | undefined;

  constructor(storage: AttemptStorage | undefined, instanceId: string | undefined) {
    this.#storage = storage;
    this.#instanceId = instanceId;
    this.attempts = new OrderAttempts(storage);
  }

  /** Where this checkout's order attempt is kept. */
  scopeOf(config: CheckoutConfig): string {
    return attemptScope(config, this.#instanceId);
  }

  /**
   * Takes the attempt scope of `config`; false when another checkout on this page uses it. Only
   * attempts kept in a storage can be mixed up; in memory each store has its own.
   */
  claim(config: CheckoutConfig): boolean {
    return this.#storage === undefined || claimScope(this, this.scopeOf(config));
  }

  /** Nothing of the previous configuration's order is kept. */
  reset(): void {
    this.attempt = null;
    this.secrets.clear();
  }

  release(): void {
    releaseScope(this);
    this.reset();
  }
}
