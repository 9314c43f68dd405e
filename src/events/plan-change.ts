export type UpcartPlanChangeDetail = { readonly planId: string };

/** The buyer chose another plan or package. */
export class UpcartPlanChangeEvent extends Event {
  static readonly eventName = 'upcart-plan-change';
  readonly detail: UpcartPlanChangeDetail;

  constructor(detail: UpcartPlanChangeDetail) {
    super(UpcartPlanChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
