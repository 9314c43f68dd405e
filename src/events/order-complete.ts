import type { CheckoutOrder } from '../store/checkout-state.js';

export type UpcartOrderCompleteDetail = { readonly order: CheckoutOrder };

/** An order is complete: paid, or placed offline and awaiting the account manager. */
export class UpcartOrderCompleteEvent extends Event {
  static readonly eventName = 'upcart-order-complete';
  readonly detail: UpcartOrderCompleteDetail;

  constructor(detail: UpcartOrderCompleteDetail) {
    super(UpcartOrderCompleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
