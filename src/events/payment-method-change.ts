import type { PaymentMethod } from '../api/schemas.js';

export type UpcartPaymentMethodChangeDetail = { readonly method: PaymentMethod };

/** The buyer chose a payment method. */
export class UpcartPaymentMethodChangeEvent extends Event {
  static readonly eventName = 'upcart-payment-method-change';
  readonly detail: UpcartPaymentMethodChangeDetail;

  constructor(detail: UpcartPaymentMethodChangeDetail) {
    super(UpcartPaymentMethodChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
