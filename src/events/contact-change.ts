import type { Contact } from '../api/schemas.js';

export type UpcartContactChangeDetail = { readonly contact: Contact };

/** The billing contact changed: one picked from the list or a new one saved. */
export class UpcartContactChangeEvent extends Event {
  static readonly eventName = 'upcart-contact-change';
  readonly detail: UpcartContactChangeDetail;

  constructor(detail: UpcartContactChangeDetail) {
    super(UpcartContactChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
