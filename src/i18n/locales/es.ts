/** Loaded on demand by loadLocale('es'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './es/common.js';
import { errors } from './es/errors.js';
import { checkoutSession } from './es/checkout-session.js';
import { planPicker } from './es/plan-picker.js';
import { capacityStepper } from './es/capacity-stepper.js';
import { orderSummary } from './es/order-summary.js';
import { billingContact } from './es/billing-contact.js';
import { contactForm } from './es/contact-form.js';
import { payCheckout } from './es/pay-checkout.js';
import { paymentMethods } from './es/payment-methods.js';
import { orderResult } from './es/order-result.js';
import { paymentPending } from './es/payment-pending.js';
import { orderHistory } from './es/order-history.js';
import { planPickerViews } from './es/plan-picker-views.js';
import { expandView } from './es/expand-view.js';
import { upgradeView } from './es/upgrade-view.js';
import { renewView } from './es/renew-view.js';
import { renewalCenter } from './es/renewal-center.js';
import { lineLabels } from './es/line-labels.js';
import { receiptRows } from './es/receipt-rows.js';

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
