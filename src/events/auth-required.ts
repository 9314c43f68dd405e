import type { AsyncStep } from '../store/checkout-state.js';

export interface UpcartAuthRequiredDetail {
  /** The step the server refused: `quote`, `order`, `contacts`... */
  readonly step: AsyncStep;
  /** 401 or 403. */
  readonly status: number | undefined;
}

/**
 * The server refused the buyer's session (401 or 403): the host page signs the buyer in again or
 * refreshes its token, then calls `retryFailed()` on the session to repeat what failed.
 */
export class UpcartAuthRequiredEvent extends Event {
  static readonly eventName = 'upcart-auth-required';
  readonly detail: UpcartAuthRequiredDetail;

  constructor(detail: UpcartAuthRequiredDetail) {
    super(UpcartAuthRequiredEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
