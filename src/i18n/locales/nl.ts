/** Loaded on demand by loadLocale('nl'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './nl/common.js';
import { errors } from './nl/errors.js';
import { checkoutSession } from './nl/checkout-session.js';
import { planPicker } from './nl/plan-picker.js';
import { capacityStepper } from './nl/capacity-stepper.js';
import { orderSummary } from './nl/order-summary.js';
import { billingContact } from './nl/billing-contact.js';
import { contactForm } from './nl/contact-form.js';
import { payCheckout } from './nl/pay-checkout.js';
import { paymentMethods } from './nl/payment-methods.js';
import { orderResult } from './nl/order-result.js';
import { paymentPending } from './nl/payment-pending.js';
import { orderHistory } from './nl/order-history.js';
import { planPickerViews } from './nl/plan-picker-views.js';
import { expandView } from './nl/expand-view.js';
import { upgradeView } from './nl/upgrade-view.js';
import { renewView } from './nl/renew-view.js';
import { renewalCenter } from './nl/renewal-center.js';
import { lineLabels } from './nl/line-labels.js';
import { receiptRows } from './nl/receipt-rows.js';

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
