// A vendor's Vue 3 project: the tags are global components, their props typed, and a listener
// `@upcart-order-complete` is the prop `onUpcartOrderComplete` (what Vue compiles it to).
import 'upcart/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const totals: number[] = [];
export const session: Props<'checkout-session'> = {
  flow: 'renew',
  onUpcartOrderComplete: (event) => totals.push(event.detail.order.total.amount),
};
// @ts-expect-error a flow is expand, upgrade or renew
export const wrongFlow: Props<'checkout-session'> = { flow: 'shrink' };
// @ts-expect-error the stepper's value is a number
export const wrongValue: Props<'capacity-stepper'> = { value: 'ten' };
