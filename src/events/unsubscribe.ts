import type { Subscription } from '../api/schemas.js';

export type UpcartUnsubscribeDetail = { readonly subscription: Subscription };

/** A subscription was unsubscribed. */
export class UpcartUnsubscribeEvent extends Event {
  static readonly eventName = 'upcart-unsubscribe';
  readonly detail: UpcartUnsubscribeDetail;

  constructor(detail: UpcartUnsubscribeDetail) {
    super(UpcartUnsubscribeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
