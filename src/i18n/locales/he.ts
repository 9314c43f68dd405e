/** Loaded on demand by loadLocale('he'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './he/common.js';
import { errors } from './he/errors.js';
import { checkoutSession } from './he/checkout-session.js';
import { planPicker } from './he/plan-picker.js';
import { capacityStepper } from './he/capacity-stepper.js';
import { orderSummary } from './he/order-summary.js';
import { billingContact } from './he/billing-contact.js';
import { contactForm } from './he/contact-form.js';
import { payCheckout } from './he/pay-checkout.js';
import { paymentMethods } from './he/payment-methods.js';
import { orderResult } from './he/order-result.js';
import { paymentPending } from './he/payment-pending.js';
import { orderHistory } from './he/order-history.js';
import { planPickerViews } from './he/plan-picker-views.js';
import { expandView } from './he/expand-view.js';
import { upgradeView } from './he/upgrade-view.js';
import { renewView } from './he/renew-view.js';
import { renewalCenter } from './he/renewal-center.js';
import { lineLabels } from './he/line-labels.js';
import { receiptRows } from './he/receipt-rows.js';

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
