import { UpcartEvent } from './upcart-event.js';

export type UpcartPlanChangeDetail = { readonly planId: string };

/** The buyer chose another plan or package. */
export class UpcartPlanChangeEvent extends UpcartEvent<UpcartPlanChangeDetail> {
  static override readonly eventName = 'upcart-plan-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-plan-change': UpcartPlanChangeEvent;
  }
}
