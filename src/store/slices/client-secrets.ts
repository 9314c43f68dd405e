/**
 * The provider's client secrets of this checkout's orders, by order id: whoever holds one can
 * confirm the card payment, so they are never in state or events, where every listener and every
 * state log would see them. Only the card payment gets one (`CheckoutStore.cardClientSecret`).
 */
import type { Order } from '../../api/schemas.js';
import type { CheckoutOrder } from '../checkout-state.js';

export class ClientSecrets {
  readonly #secrets = new Map<string, string>();

  get(orderId: string): string | null {
    return this.#secrets.get(orderId) ?? null;
  }

  /** The order as state and events carry it; its card payment's client secret stays here. */
  keep(order: Order): CheckoutOrder {
    if (order.payment?.provider !== 'stripe') {
      this.#secrets.delete(order.id);
      return order;
    }
    const { clientSecret, ...payment } = order.payment;
    this.#secrets.set(order.id, clientSecret);
    return { ...order, payment };
  }

  forget(orderId: string): void {
    this.#secrets.delete(orderId);
  }

  clear(): void {
    this.#secrets.clear();
  }
}
