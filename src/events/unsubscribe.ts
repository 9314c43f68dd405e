import type { Subscription } from '../api/schemas.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartUnsubscribeDetail = { readonly subscription: Subscription };

/** A subscription was unsubscribed. */
export class UpcartUnsubscribeEvent extends UpcartEvent<UpcartUnsubscribeDetail> {
  static override readonly eventName = 'upcart-unsubscribe';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-unsubscribe': UpcartUnsubscribeEvent;
  }
}
