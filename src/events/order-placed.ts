import type { CheckoutOrder } from '../store/checkout-state.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartOrderPlacedDetail = { readonly order: CheckoutOrder };

/** An order was created; for card and PayPal the payment follows. */
export class UpcartOrderPlacedEvent extends UpcartEvent<UpcartOrderPlacedDetail> {
  static override readonly eventName = 'upcart-order-placed';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-order-placed': UpcartOrderPlacedEvent;
  }
}
