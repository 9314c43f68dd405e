/** Loaded on demand by loadLocale('ko'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './ko/common.js';
import { errors } from './ko/errors.js';
import { checkoutSession } from './ko/checkout-session.js';
import { planPicker } from './ko/plan-picker.js';
import { capacityStepper } from './ko/capacity-stepper.js';
import { orderSummary } from './ko/order-summary.js';
import { billingContact } from './ko/billing-contact.js';
import { contactForm } from './ko/contact-form.js';
import { payCheckout } from './ko/pay-checkout.js';
import { paymentMethods } from './ko/payment-methods.js';
import { orderResult } from './ko/order-result.js';
import { paymentPending } from './ko/payment-pending.js';
import { orderHistory } from './ko/order-history.js';
import { planPickerViews } from './ko/plan-picker-views.js';
import { expandView } from './ko/expand-view.js';
import { upgradeView } from './ko/upgrade-view.js';
import { renewView } from './ko/renew-view.js';
import { renewalCenter } from './ko/renewal-center.js';
import { lineLabels } from './ko/line-labels.js';
import { receiptRows } from './ko/receipt-rows.js';

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
