import type { Subscription } from '../api/schemas.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartSubscriptionsUpdateDetail = { readonly subscriptions: readonly Subscription[] };

/**
 * The subscriptions were read again after a complete order, so the portal can show their new
 * capacity, plan, status and term end beside the receipt.
 */
export class UpcartSubscriptionsUpdateEvent extends UpcartEvent<UpcartSubscriptionsUpdateDetail> {
  static override readonly eventName = 'upcart-subscriptions-update';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-subscriptions-update': UpcartSubscriptionsUpdateEvent;
  }
}
