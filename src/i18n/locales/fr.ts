/**
 * Loaded on demand by loadLocale('fr'); every key of the English catalog must be here (type-checked).
 * French typography: a no-break space (U+00A0) before : ; ? ! % and inside « ».
 */
import type { Messages } from '../message-keys.js';
import { common } from './fr/common.js';
import { errors } from './fr/errors.js';
import { checkoutSession } from './fr/checkout-session.js';
import { planPicker } from './fr/plan-picker.js';
import { capacityStepper } from './fr/capacity-stepper.js';
import { orderSummary } from './fr/order-summary.js';
import { billingContact } from './fr/billing-contact.js';
import { contactForm } from './fr/contact-form.js';
import { payCheckout } from './fr/pay-checkout.js';
import { paymentMethods } from './fr/payment-methods.js';
import { orderResult } from './fr/order-result.js';
import { paymentPending } from './fr/payment-pending.js';
import { orderHistory } from './fr/order-history.js';
import { planPickerViews } from './fr/plan-picker-views.js';
import { expandView } from './fr/expand-view.js';
import { upgradeView } from './fr/upgrade-view.js';
import { renewView } from './fr/renew-view.js';
import { renewalCenter } from './fr/renewal-center.js';
import { lineLabels } from './fr/line-labels.js';
import { receiptRows } from './fr/receipt-rows.js';

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
