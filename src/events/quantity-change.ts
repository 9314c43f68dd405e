import { UpcartEvent } from './upcart-event.js';

export type UpcartQuantityChangeDetail = { readonly serviceId: string | null; readonly value: number; readonly previous: number };

/** A quantity was accepted: a service's new total (`serviceId`), or the plan's accounts (`serviceId` null). */
export class UpcartQuantityChangeEvent extends UpcartEvent<UpcartQuantityChangeDetail> {
  static override readonly eventName = 'upcart-quantity-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-quantity-change': UpcartQuantityChangeEvent;
  }
}
