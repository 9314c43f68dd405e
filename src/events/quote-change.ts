import type { Quote } from '../api/schemas.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartQuoteChangeDetail = { readonly quote: Quote | null };

/** The payable quote changed: a new one from the server, or null while the selection is re-priced. */
export class UpcartQuoteChangeEvent extends UpcartEvent<UpcartQuoteChangeDetail> {
  static override readonly eventName = 'upcart-quote-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-quote-change': UpcartQuoteChangeEvent;
  }
}
