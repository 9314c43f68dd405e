import type { CheckoutOrder } from '../store/checkout-state.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartOrderCompleteDetail = { readonly order: CheckoutOrder };

/** An order is complete: paid, or placed offline and awaiting the account manager. */
export class UpcartOrderCompleteEvent extends UpcartEvent<UpcartOrderCompleteDetail> {
  static override readonly eventName = 'upcart-order-complete';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-order-complete': UpcartOrderCompleteEvent;
  }
}
