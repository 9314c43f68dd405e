import type { CheckoutErrorCode } from '../api/errors.js';
import type { AsyncStep } from '../store/checkout-state.js';
import type { AccountStep } from '../store/store-events.js';
import { UpcartEvent } from './upcart-event.js';

export interface UpcartErrorDetail {
  /** The step that failed: `quote`, `order`, `contacts`..., or an account element's (`orders`, `invoiceLink`, the renewal center's `renewals`, `renewalAction`...). */
  readonly step: AsyncStep | AccountStep;
  readonly code: CheckoutErrorCode;
  readonly status: number | undefined;
  readonly serverCode: string | undefined;
  /** How long the server asked to wait before a retry (`Retry-After`), in ms. */
  readonly retryAfterMs: number | undefined;
  /** The message shown to the buyer. */
  readonly message: string;
}

/** A backend call failed; the element shows the message and offers a retry. */
export class UpcartErrorEvent extends UpcartEvent<UpcartErrorDetail> {
  static override readonly eventName = 'upcart-error';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-error': UpcartErrorEvent;
  }
}
