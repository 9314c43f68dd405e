/** Loaded on demand by loadLocale('ar'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './ar/common.js';
import { errors } from './ar/errors.js';
import { checkoutSession } from './ar/checkout-session.js';
import { planPicker } from './ar/plan-picker.js';
import { capacityStepper } from './ar/capacity-stepper.js';
import { orderSummary } from './ar/order-summary.js';
import { billingContact } from './ar/billing-contact.js';
import { contactForm } from './ar/contact-form.js';
import { payCheckout } from './ar/pay-checkout.js';
import { paymentMethods } from './ar/payment-methods.js';
import { orderResult } from './ar/order-result.js';
import { paymentPending } from './ar/payment-pending.js';
import { orderHistory } from './ar/order-history.js';
import { planPickerViews } from './ar/plan-picker-views.js';
import { expandView } from './ar/expand-view.js';
import { upgradeView } from './ar/upgrade-view.js';
import { renewView } from './ar/renew-view.js';
import { renewalCenter } from './ar/renewal-center.js';
import { lineLabels } from './ar/line-labels.js';
import { receiptRows } from './ar/receipt-rows.js';

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
