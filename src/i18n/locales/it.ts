/** Loaded on demand by loadLocale('it'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './it/common.js';
import { errors } from './it/errors.js';
import { checkoutSession } from './it/checkout-session.js';
import { planPicker } from './it/plan-picker.js';
import { capacityStepper } from './it/capacity-stepper.js';
import { orderSummary } from './it/order-summary.js';
import { billingContact } from './it/billing-contact.js';
import { contactForm } from './it/contact-form.js';
import { payCheckout } from './it/pay-checkout.js';
import { paymentMethods } from './it/payment-methods.js';
import { orderResult } from './it/order-result.js';
import { paymentPending } from './it/payment-pending.js';
import { orderHistory } from './it/order-history.js';
import { planPickerViews } from './it/plan-picker-views.js';
import { expandView } from './it/expand-view.js';
import { upgradeView } from './it/upgrade-view.js';
import { renewView } from './it/renew-view.js';
import { renewalCenter } from './it/renewal-center.js';
import { lineLabels } from './it/line-labels.js';
import { receiptRows } from './it/receipt-rows.js';

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
