import type { Subscription } from '../api/schemas.js';

export type UpcartSubscriptionsUpdateDetail = { readonly subscriptions: readonly Subscription[] };

/**
 * The subscriptions were read again after a complete order, so the portal can show their new
 * capacity, plan, status and term end beside the receipt.
 */
export class UpcartSubscriptionsUpdateEvent extends Event {
  static readonly eventName = 'upcart-subscriptions-update';
  readonly detail: UpcartSubscriptionsUpdateDetail;

  constructor(detail: UpcartSubscriptionsUpdateDetail) {
    super(UpcartSubscriptionsUpdateEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
