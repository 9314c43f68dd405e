import { UpcartEvent } from './upcart-event.js';

/** The buyer left a complete order's receipt with "Start a new order": the checkout starts over. */
export class UpcartNewOrderEvent extends UpcartEvent {
  static override readonly eventName = 'upcart-new-order';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-new-order': UpcartNewOrderEvent;
  }
}
