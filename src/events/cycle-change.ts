import { UpcartEvent } from './upcart-event.js';

export type UpcartCycleChangeDetail = { readonly cycleId: string; readonly months: number; readonly discountPercent: number };

/** The buyer chose another billing cycle. */
export class UpcartCycleChangeEvent extends UpcartEvent<UpcartCycleChangeDetail> {
  static override readonly eventName = 'upcart-cycle-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-cycle-change': UpcartCycleChangeEvent;
  }
}
