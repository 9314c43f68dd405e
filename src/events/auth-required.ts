import type { AsyncStep } from '../store/checkout-state.js';
import type { AccountStep } from '../store/store-events.js';
import { UpcartEvent } from './upcart-event.js';

export interface UpcartAuthRequiredDetail {
  /** The step the server refused: `quote`, `order`, `contacts`..., or an account element's (`orders`, `invoiceLink`, the renewal center's `renewals`, `renewalAction`...). */
  readonly step: AsyncStep | AccountStep;
  /** 401 or 403. */
  readonly status: number | undefined;
}

/**
 * The server refused the buyer's session (401 or 403): the host page signs the buyer in again or
 * refreshes its token, then calls `retryFailed()` on the session to repeat what failed.
 */
export class UpcartAuthRequiredEvent extends UpcartEvent<UpcartAuthRequiredDetail> {
  static override readonly eventName = 'upcart-auth-required';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-auth-required': UpcartAuthRequiredEvent;
  }
}
