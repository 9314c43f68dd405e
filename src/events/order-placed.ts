import type { CheckoutOrder } from '../store/checkout-state.js';

export type UpcartOrderPlacedDetail = { readonly order: CheckoutOrder };

/** An order was created; for card and PayPal the payment follows. */
export class UpcartOrderPlacedEvent extends Event {
  static readonly eventName = 'upcart-order-placed';
  readonly detail: UpcartOrderPlacedDetail;

  constructor(detail: UpcartOrderPlacedDetail) {
    super(UpcartOrderPlacedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
