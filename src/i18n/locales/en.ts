/** English, the default and the fallback of every other catalog; bundled, never loaded later. */
import { common } from './en/common.js';
import { errors } from './en/errors.js';
import { checkoutSession } from './en/checkout-session.js';
import { planPicker } from './en/plan-picker.js';
import { capacityStepper } from './en/capacity-stepper.js';
import { orderSummary } from './en/order-summary.js';
import { billingContact } from './en/billing-contact.js';
import { contactForm } from './en/contact-form.js';
import { payCheckout } from './en/pay-checkout.js';
import { paymentMethods } from './en/payment-methods.js';
import { orderResult } from './en/order-result.js';
import { paymentPending } from './en/payment-pending.js';
import { orderHistory } from './en/order-history.js';
import { planPickerViews } from './en/plan-picker-views.js';
import { expandView } from './en/expand-view.js';
import { upgradeView } from './en/upgrade-view.js';
import { renewView } from './en/renew-view.js';
import { renewalCenter } from './en/renewal-center.js';
import { lineLabels } from './en/line-labels.js';
import { receiptRows } from './en/receipt-rows.js';

export const en = {
  ...common,
  ...errors,
  ...checkoutSession,
  ...planPicker,
  ...capacityStepper,
  ...orderSummary,
  ...billingContact,
  ...contactForm,
  ...payCheckout,
  ...paymentMethods,
  ...orderResult,
  ...paymentPending,
  ...orderHistory,
  ...planPickerViews,
  ...expandView,
  ...upgradeView,
  ...renewView,
  ...renewalCenter,
  ...lineLabels,
  ...receiptRows,
};
