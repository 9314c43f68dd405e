import { UpcartEvent } from './upcart-event.js';

export type UpcartInputInvalidDetail = { readonly name: string; readonly value: string; readonly message: string };

/** Typed input was refused (a wrong quantity, an invalid contact field); nothing was sent. */
export class UpcartInputInvalidEvent extends UpcartEvent<UpcartInputInvalidDetail> {
  static override readonly eventName = 'upcart-input-invalid';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-input-invalid': UpcartInputInvalidEvent;
  }
}
