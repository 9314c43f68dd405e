import type { Flow } from '../api/schemas.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartFlowRequestDetail = {
  /** The subscription the buyer wants to take to `flow`. */
  readonly subscriptionId: string;
  /** What the backend needs first: `upgrade` for a trial, `renew` or `upgrade` for an inactive subscription. */
  readonly flow: Flow;
};

/**
 * The buyer asked for another flow because the backend refuses this one for the subscription
 * (expanding a trial, say). `<checkout-session>` switches its `flow` and `subscription` to it
 * unless a listener calls `preventDefault()`, so a portal can take the buyer to a page of its own.
 */
export class UpcartFlowRequestEvent extends UpcartEvent<UpcartFlowRequestDetail> {
  static override readonly eventName = 'upcart-flow-request';
  static override readonly cancelable = true;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-flow-request': UpcartFlowRequestEvent;
  }
}
