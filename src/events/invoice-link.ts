import { UpcartEvent } from './upcart-event.js';

export type UpcartInvoiceLinkDetail = {
  /** The order whose invoice (or proforma, while an offline order awaits payment) the link opens. */
  readonly orderId: string;
  /** A link minted for this click: valid until `expiresAt` and usable once. */
  readonly url: string;
  readonly expiresAt: string;
};

/**
 * The buyer asked for an order's invoice and a fresh link was minted for it. `<order-history>`
 * opens it in a new tab unless a listener calls `preventDefault()` (to show it in the portal's own
 * viewer, say).
 */
export class UpcartInvoiceLinkEvent extends UpcartEvent<UpcartInvoiceLinkDetail> {
  static override readonly eventName = 'upcart-invoice-link';
  static override readonly cancelable = true;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-invoice-link': UpcartInvoiceLinkEvent;
  }
}
