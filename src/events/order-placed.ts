import type { Order } from '../api/schemas.js';

export type UpcartOrderPlacedDetail = { readonly order: Order };

/** An order was created; for card and PayPal the payment follows. */
export class UpcartOrderPlacedEvent extends Event {
  static readonly eventName = 'upcart-order-placed';
  readonly detail: UpcartOrderPlacedDetail;

  constructor(detail: UpcartOrderPlacedDetail) {
    super(UpcartOrderPlacedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
