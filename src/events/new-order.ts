/** The buyer left a complete order's receipt with "Start a new order": the checkout starts over. */
export class UpcartNewOrderEvent extends Event {
  static readonly eventName = 'upcart-new-order';

  constructor() {
    super(UpcartNewOrderEvent.eventName, { bubbles: true, composed: true });
  }
}
