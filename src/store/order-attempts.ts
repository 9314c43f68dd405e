/**
 * The order attempt in progress, kept in a Storage (the session passes `sessionStorage`) so that a
 * page reload between "Place Order" and its answer re-sends the same request with the same
 * idempotency key: the server then answers with the one order it created, never a second.
 * The entry lives until the order completes.
 */
import type { CheckoutConfig } from './checkout-state.js';

/** The part of the Web Storage API the store needs. */
export interface AttemptStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OrderAttempt {
  /** The JSON of the CreateOrderRequest, exactly as sent. */
  readonly body: string;
  readonly key: string;
}

const PREFIX = 'upcart:order-attempt:';

/**
 * One checkout's attempts never touch another's: the scope is the flow and what it is for, and
 * the checkout's own id where a page shows two for the same thing.
 */
export function attemptScope(config: CheckoutConfig, instance?: string): string {
  const parts = [config.flow, config.productId, config.subscriptionId ?? '', config.companyId ?? ''];
  return PREFIX + (instance ? [...parts, instance] : parts).join('|');
}

/**
 * The scope each live checkout on this page uses, to tell two that would share one entry. Held
 * weakly: a store dropped without `destroy()` does not stay alive for this, nor count for ever.
 */
const inUse = new Set<{ readonly owner: WeakRef<object>; readonly scope: string }>();

/**
 * Notes that `owner` uses `scope` from now on (releasing its previous one); false when another
 * live checkout uses it too: an order interrupted by a reload could then be resumed by the wrong
 * one, or one's attempt replace the other's.
 */
export function claimScope(owner: object, scope: string): boolean {
  releaseScope(owner);
  const shared = [...inUse].some((entry) => entry.scope === scope);
  inUse.add({ owner: new WeakRef(owner), scope });
  return !shared;
}

export function releaseScope(owner: object): void {
  for (const entry of inUse) {
    const held = entry.owner.deref();
    if (held === undefined || held === owner) inUse.delete(entry);
  }
}

export class OrderAttempts {
  readonly #storage: AttemptStorage | undefined;

  constructor(storage: AttemptStorage | undefined) {
    this.#storage = storage;
  }

  read(scope: string): OrderAttempt | null {
    try {
      const parsed: unknown = JSON.parse(this.#storage?.getItem(scope) ?? 'null');
      if (typeof parsed !== 'object' || parsed === null) return null;
      const { body, key } = parsed as Record<string, unknown>;
      return typeof body === 'string' && typeof key === 'string' && key !== '' ? { body, key } : null;
    } catch {
      // Storage blocked (sandboxed iframe, privacy mode) or garbage: as if nothing was stored.
      return null;
    }
  }

  write(scope: string, attempt: OrderAttempt): void {
    try {
      this.#storage?.setItem(scope, JSON.stringify(attempt));
    } catch {
      // Full or blocked storage costs only the reload protection, never the order.
    }
  }

  clear(scope: string): void {
    try {
      this.#storage?.removeItem(scope);
    } catch {
      // As above.
    }
  }
}
