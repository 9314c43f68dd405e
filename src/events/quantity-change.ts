export type UpcartQuantityChangeDetail = { readonly serviceId: string | null; readonly value: number; readonly previous: number };

/** A quantity was accepted: a service's new total (`serviceId`), or the plan's accounts (`serviceId` null). */
export class UpcartQuantityChangeEvent extends Event {
  static readonly eventName = 'upcart-quantity-change';
  readonly detail: UpcartQuantityChangeDetail;

  constructor(detail: UpcartQuantityChangeDetail) {
    super(UpcartQuantityChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
