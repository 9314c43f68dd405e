/** Loaded on demand by loadLocale('de'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './de/common.js';
import { errors } from './de/errors.js';
import { checkoutSession } from './de/checkout-session.js';
import { planPicker } from './de/plan-picker.js';
import { capacityStepper } from './de/capacity-stepper.js';
import { orderSummary } from './de/order-summary.js';
import { billingContact } from './de/billing-contact.js';
import { contactForm } from './de/contact-form.js';
import { payCheckout } from './de/pay-checkout.js';
import { paymentMethods } from './de/payment-methods.js';
import { orderResult } from './de/order-result.js';
import { paymentPending } from './de/payment-pending.js';
import { orderHistory } from './de/order-history.js';
import { planPickerViews } from './de/plan-picker-views.js';
import { expandView } from './de/expand-view.js';
import { upgradeView } from './de/upgrade-view.js';
import { renewView } from './de/renew-view.js';
import { renewalCenter } from './de/renewal-center.js';
import { lineLabels } from './de/line-labels.js';
import { receiptRows } from './de/receipt-rows.js';

const messages: Messages = {
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
export default messages;
