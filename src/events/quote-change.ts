import type { Quote } from '../api/schemas.js';

export type UpcartQuoteChangeDetail = { readonly quote: Quote | null };

/** The payable quote changed: a new one from the server, or null while the selection is re-priced. */
export class UpcartQuoteChangeEvent extends Event {
  static readonly eventName = 'upcart-quote-change';
  readonly detail: UpcartQuoteChangeDetail;

  constructor(detail: UpcartQuoteChangeDetail) {
    super(UpcartQuoteChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
