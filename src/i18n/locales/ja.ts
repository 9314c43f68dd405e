/** Loaded on demand by loadLocale('ja'); every key of the English catalog must be here (type-checked). */
import type { Messages } from '../message-keys.js';
import { common } from './ja/common.js';
import { errors } from './ja/errors.js';
import { checkoutSession } from './ja/checkout-session.js';
import { planPicker } from './ja/plan-picker.js';
import { capacityStepper } from './ja/capacity-stepper.js';
import { orderSummary } from './ja/order-summary.js';
import { billingContact } from './ja/billing-contact.js';
import { contactForm } from './ja/contact-form.js';
import { payCheckout } from './ja/pay-checkout.js';
import { paymentMethods } from './ja/payment-methods.js';
import { orderResult } from './ja/order-result.js';
import { paymentPending } from './ja/payment-pending.js';
import { orderHistory } from './ja/order-history.js';
import { planPickerViews } from './ja/plan-picker-views.js';
import { expandView } from './ja/expand-view.js';
import { upgradeView } from './ja/upgrade-view.js';
import { renewView } from './ja/renew-view.js';
import { renewalCenter } from './ja/renewal-center.js';
import { lineLabels } from './ja/line-labels.js';
import { receiptRows } from './ja/receipt-rows.js';

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
