export type UpcartCycleChangeDetail = { readonly cycleId: string; readonly months: number; readonly discountPercent: number };

/** The buyer chose another billing cycle. */
export class UpcartCycleChangeEvent extends Event {
  static readonly eventName = 'upcart-cycle-change';
  readonly detail: UpcartCycleChangeDetail;

  constructor(detail: UpcartCycleChangeDetail) {
    super(UpcartCycleChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
