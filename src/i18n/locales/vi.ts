/** Loaded on demand by loadLocale('vi'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './vi/common.js';
import { errors } from './vi/errors.js';
import { checkoutSession } from './vi/checkout-session.js';
import { planPicker } from './vi/plan-picker.js';
import { capacityStepper } from './vi/capacity-stepper.js';
import { orderSummary } from './vi/order-summary.js';
import { billingContact } from './vi/billing-contact.js';
import { contactForm } from './vi/contact-form.js';
import { payCheckout } from './vi/pay-checkout.js';
import { paymentMethods } from './vi/payment-methods.js';
import { orderResult } from './vi/order-result.js';
import { paymentPending } from './vi/payment-pending.js';
import { orderHistory } from './vi/order-history.js';
import { planPickerViews } from './vi/plan-picker-views.js';
import { expandView } from './vi/expand-view.js';
import { upgradeView } from './vi/upgrade-view.js';
import { renewView } from './vi/renew-view.js';
import { renewalCenter } from './vi/renewal-center.js';
import { lineLabels } from './vi/line-labels.js';
import { receiptRows } from './vi/receipt-rows.js';

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
