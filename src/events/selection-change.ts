import type { Selection } from '../store/checkout-state.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartSelectionChangeDetail = { readonly selection: Selection };

/** The selection of the flow changed: services added, subscriptions to renew, duration, co-terming, SLA. */
export class UpcartSelectionChangeEvent extends UpcartEvent<UpcartSelectionChangeDetail> {
  static override readonly eventName = 'upcart-selection-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-selection-change': UpcartSelectionChangeEvent;
  }
}
