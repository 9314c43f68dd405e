import type { Selection } from '../store/checkout-state.js';

export type UpcartSelectionChangeDetail = { readonly selection: Selection };

/** The selection of the flow changed: services added, subscriptions to renew, duration, co-terming, SLA. */
export class UpcartSelectionChangeEvent extends Event {
  static readonly eventName = 'upcart-selection-change';
  readonly detail: UpcartSelectionChangeDetail;

  constructor(detail: UpcartSelectionChangeDetail) {
    super(UpcartSelectionChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
