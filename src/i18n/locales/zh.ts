/** Loaded on demand by loadLocale('zh'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './zh/common.js';
import { errors } from './zh/errors.js';
import { checkoutSession } from './zh/checkout-session.js';
import { planPicker } from './zh/plan-picker.js';
import { capacityStepper } from './zh/capacity-stepper.js';
import { orderSummary } from './zh/order-summary.js';
import { billingContact } from './zh/billing-contact.js';
import { contactForm } from './zh/contact-form.js';
import { payCheckout } from './zh/pay-checkout.js';
import { paymentMethods } from './zh/payment-methods.js';
import { orderResult } from './zh/order-result.js';
import { paymentPending } from './zh/payment-pending.js';
import { orderHistory } from './zh/order-history.js';
import { planPickerViews } from './zh/plan-picker-views.js';
import { expandView } from './zh/expand-view.js';
import { upgradeView } from './zh/upgrade-view.js';
import { renewView } from './zh/renew-view.js';
import { renewalCenter } from './zh/renewal-center.js';
import { lineLabels } from './zh/line-labels.js';
import { receiptRows } from './zh/receipt-rows.js';

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
