/** The store's public surface: state types, the store, its context and controller, and the pure helpers and selectors elements reuse. */
export type { ActionRefusal, ActionResult, RefusalReason } from './action-result.js';
export { checkoutContext, type CheckoutContext } from './checkout-context.js';
export { pickSubscriptions, toConfig, type CheckoutConfigInput } from './checkout-config.js';
export {
  ASYNC_STEPS,
  COMPLETE_ORDER_STATUSES,
  initialState,
  isOrderComplete,
  payableOrder,
  type AsyncStep,
  type CheckoutConfig,
  type CheckoutOrder,
  type CheckoutPaymentAction,
  type CheckoutState,
  type ExpandSelection,
  type PaymentSelection,
  type PriceChange,
  type PriceChangeReason,
  type PriceNotice,
  type PromoRefusal,
  type RejectedInput,
  type QuantityMap,
  type RenewSelection,
  type Selection,
  type StepState,
  type StepStatus,
  type StepStatuses,
  type UpgradeSelection,
} from './checkout-state.js';
export { CheckoutStore, DEFAULT_QUOTE_DEBOUNCE_MS, type CheckoutStoreOptions, type StateListener, type StoreTimers } from './checkout-store.js';
export { fieldMessages } from './field-errors.js';
export type { AttemptStorage } from './order-attempts.js';
export {
  checkQuantity,
  currentServiceQuantity,
  expandServiceRule,
  isValidQuantity,
  keepsPaidPlan,
  nearestQuantity,
  nextQuantity,
  planQuantityRule,
  previousQuantity,
  upgradeServiceRule,
  type QuantityCheck,
  type QuantityProblem,
  type QuantityRule,
} from './quantity-rules.js';
export { buildQuoteRequest, isQuoteCurrent, isQuoteExpired, quoteMatches, quoteRequestKey, type QuoteInputs } from './quote-request.js';
export { orderBlockers, type OrderBlocker } from './selectors/order-blockers.js';
export { isLowerTier } from './selectors/plan-tier.js';
export { planQuantityField, serviceQuantityField, type QuantityField } from './selectors/quantity-field.js';
export { cyclesBelowCredit } from './upgrade-credit.js';
export { StoreController, type StoreControllerOptions, type StoreHost, type StoreSource } from './store-controller.js';
export type { CheckoutStoreEvent, CheckoutStoreEventListener, CheckoutStoreEventType } from './store-events.js';
