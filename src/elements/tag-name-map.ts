/**
 * Upcart's default tags and their classes. `HTMLElementTagNameMap` extends it, so
 * `document.querySelector('checkout-session')` is a `CheckoutSession` for any code that imports
 * anything from `upcart` (index.ts exports this type) or from a tag's own entry, whether or not
 * the tag is defined yet. Type-only: importing it defines nothing.
 */
import type { CheckoutSession } from './checkout-session/checkout-session.component.js';
import type { PlanPicker } from './plan-picker/plan-picker.component.js';
import type { CapacityStepper } from './capacity-stepper/capacity-stepper.component.js';
import type { OrderSummary } from './order-summary/order-summary.component.js';
import type { BillingContact } from './billing-contact/billing-contact.component.js';
import type { PayCheckout } from './pay-checkout/pay-checkout.component.js';
import type { OrderHistory } from './order-history/order-history.component.js';
import type { RenewalCenter } from './renewal-center/renewal-center.component.js';

export interface UpcartTagNameMap {
  'checkout-session': CheckoutSession;
  'plan-picker': PlanPicker;
  'capacity-stepper': CapacityStepper;
  'order-summary': OrderSummary;
  'billing-contact': BillingContact;
  'pay-checkout': PayCheckout;
  'order-history': OrderHistory;
  'renewal-center': RenewalCenter;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the map is UpcartTagNameMap's
  interface HTMLElementTagNameMap extends UpcartTagNameMap {}
}
