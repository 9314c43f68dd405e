/**
 * Every event Upcart fires, each a `UpcartEvent` (see upcart-event.ts) whose file also registers
 * it in `GlobalEventHandlersEventMap`.
 */
import { UpcartEvent } from './upcart-event.js';
import { UpcartAuthRequiredEvent } from './auth-required.js';
import { UpcartAutoRenewChangeEvent } from './auto-renew-change.js';
import { UpcartContactChangeEvent } from './contact-change.js';
import { UpcartCycleChangeEvent } from './cycle-change.js';
import { UpcartErrorEvent } from './error.js';
import { UpcartFlowRequestEvent } from './flow-request.js';
import { UpcartInputInvalidEvent } from './input-invalid.js';
import { UpcartInvoiceLinkEvent } from './invoice-link.js';
import { UpcartNewOrderEvent } from './new-order.js';
import { UpcartOrderCompleteEvent } from './order-complete.js';
import { UpcartOrderPlacedEvent } from './order-placed.js';
import { UpcartPaymentMethodChangeEvent } from './payment-method-change.js';
import { UpcartPaymentPendingEvent } from './payment-pending.js';
import { UpcartPlanChangeEvent } from './plan-change.js';
import { UpcartQuantityChangeEvent } from './quantity-change.js';
import { UpcartQuoteChangeEvent } from './quote-change.js';
import { UpcartRenewalChangeEvent } from './renewal-change.js';
import { UpcartSelectionChangeEvent } from './selection-change.js';
import { UpcartSubscriptionsUpdateEvent } from './subscriptions-update.js';
import { UpcartUnsubscribeEvent } from './unsubscribe.js';

export {
  UpcartEvent,
  UpcartAuthRequiredEvent,
  UpcartAutoRenewChangeEvent,
  UpcartContactChangeEvent,
  UpcartCycleChangeEvent,
  UpcartErrorEvent,
  UpcartFlowRequestEvent,
  UpcartInputInvalidEvent,
  UpcartInvoiceLinkEvent,
  UpcartNewOrderEvent,
  UpcartOrderCompleteEvent,
  UpcartOrderPlacedEvent,
  UpcartPaymentMethodChangeEvent,
  UpcartPaymentPendingEvent,
  UpcartPlanChangeEvent,
  UpcartQuantityChangeEvent,
  UpcartQuoteChangeEvent,
  UpcartRenewalChangeEvent,
  UpcartSelectionChangeEvent,
  UpcartSubscriptionsUpdateEvent,
  UpcartUnsubscribeEvent,
};
export type { UpcartErrorDetail } from './error.js';
export type { UpcartAuthRequiredDetail } from './auth-required.js';
export type { UpcartAutoRenewChangeDetail } from './auto-renew-change.js';
export type { UpcartContactChangeDetail } from './contact-change.js';
export type { UpcartCycleChangeDetail } from './cycle-change.js';
export type { UpcartFlowRequestDetail } from './flow-request.js';
export type { UpcartInputInvalidDetail } from './input-invalid.js';
export type { UpcartInvoiceLinkDetail } from './invoice-link.js';
export type { UpcartOrderCompleteDetail } from './order-complete.js';
export type { UpcartOrderPlacedDetail } from './order-placed.js';
export type { UpcartPaymentMethodChangeDetail } from './payment-method-change.js';
export type { UpcartPlanChangeDetail } from './plan-change.js';
export type { UpcartQuantityChangeDetail } from './quantity-change.js';
export type { UpcartQuoteChangeDetail } from './quote-change.js';
export type { UpcartRenewalChangeDetail } from './renewal-change.js';
export type { UpcartSelectionChangeDetail } from './selection-change.js';
export type { UpcartSubscriptionsUpdateDetail } from './subscriptions-update.js';
export type { UpcartUnsubscribeDetail } from './unsubscribe.js';
