import type { Contact } from '../api/schemas.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartContactChangeDetail = { readonly contact: Contact };

/** The billing contact changed: one picked from the list or a new one saved. */
export class UpcartContactChangeEvent extends UpcartEvent<UpcartContactChangeDetail> {
  static override readonly eventName = 'upcart-contact-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-contact-change': UpcartContactChangeEvent;
  }
}
