/** Loaded on demand by loadLocale('pt'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './pt/common.js';
import { errors } from './pt/errors.js';
import { checkoutSession } from './pt/checkout-session.js';
import { planPicker } from './pt/plan-picker.js';
import { capacityStepper } from './pt/capacity-stepper.js';
import { orderSummary } from './pt/order-summary.js';
import { billingContact } from './pt/billing-contact.js';
import { contactForm } from './pt/contact-form.js';
import { payCheckout } from './pt/pay-checkout.js';
import { paymentMethods } from './pt/payment-methods.js';
import { orderResult } from './pt/order-result.js';
import { paymentPending } from './pt/payment-pending.js';
import { orderHistory } from './pt/order-history.js';
import { planPickerViews } from './pt/plan-picker-views.js';
import { expandView } from './pt/expand-view.js';
import { upgradeView } from './pt/upgrade-view.js';
import { renewView } from './pt/renew-view.js';
import { renewalCenter } from './pt/renewal-center.js';
import { lineLabels } from './pt/line-labels.js';
import { receiptRows } from './pt/receipt-rows.js';

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
