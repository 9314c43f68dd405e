import type { PaymentMethod } from '../api/schemas.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartPaymentMethodChangeDetail = { readonly method: PaymentMethod };

/** The buyer chose a payment method. */
export class UpcartPaymentMethodChangeEvent extends UpcartEvent<UpcartPaymentMethodChangeDetail> {
  static override readonly eventName = 'upcart-payment-method-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-payment-method-change': UpcartPaymentMethodChangeEvent;
  }
}
