import type { Subscription } from '../api/schemas.js';

export type UpcartAutoRenewChangeDetail = { readonly subscription: Subscription };

/** A subscription's automatic renewal was turned on or off on the server (`subscription.autoRenew`). */
export class UpcartAutoRenewChangeEvent extends Event {
  static readonly eventName = 'upcart-auto-renew-change';
  readonly detail: UpcartAutoRenewChangeDetail;

  constructor(detail: UpcartAutoRenewChangeDetail) {
    super(UpcartAutoRenewChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

