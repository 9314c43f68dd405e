import type { CheckoutOrder } from '../store/checkout-state.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartPaymentPendingDetail = { readonly order: CheckoutOrder };

/**
 * The buyer finished the payment provider's step, and the server has not confirmed the payment
 * yet: the checkout reads the order until it is paid (`upcart-order-complete`) or failed.
 */
export class UpcartPaymentPendingEvent extends UpcartEvent<UpcartPaymentPendingDetail> {
  static override readonly eventName = 'upcart-payment-pending';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-payment-pending': UpcartPaymentPendingEvent;
  }
}
