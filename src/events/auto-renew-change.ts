import type { Subscription } from '../api/schemas.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartAutoRenewChangeDetail = { readonly subscription: Subscription };

/** A subscription's automatic renewal was turned on or off on the server (`subscription.autoRenew`). */
export class UpcartAutoRenewChangeEvent extends UpcartEvent<UpcartAutoRenewChangeDetail> {
  static override readonly eventName = 'upcart-auto-renew-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-auto-renew-change': UpcartAutoRenewChangeEvent;
  }
}
