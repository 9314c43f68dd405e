/**
 * Upcart's public API, without side effects: importing it defines no custom element.
 * Import `upcart/define` to register the default tags.
 */
export * from './api/schemas.js';
export type { CheckoutBackend, CallOptions, CreateContactOptions, ListOrdersQuery, ListSubscriptionsQuery } from './api/backend.js';
export { CheckoutError, isCheckoutError, type CheckoutErrorCode } from './api/errors.js';
export { endpoints, type Endpoint, type EndpointName } from './api/endpoints.js';
export { httpBackend, type HttpBackendOptions } from './api/http-backend.js';
export * from './store/index.js';
export { formatDate, formatDateTime, formatMoney, formatPercent, minorDigits } from './i18n/format.js';
export { CheckoutSession } from './elements/checkout-session/checkout-session.component.js';
export { PlanPicker } from './elements/plan-picker/plan-picker.component.js';
export { CapacityStepper } from './elements/capacity-stepper/capacity-stepper.component.js';
export { OrderSummary } from './elements/order-summary/order-summary.component.js';
export { BillingContact } from './elements/billing-contact/billing-contact.component.js';
export { PayCheckout } from './elements/pay-checkout/pay-checkout.component.js';
export { OrderHistory } from './elements/order-history/order-history.component.js';
export {
  OrderHistoryStore,
  initialOrderHistoryState,
  type InvoiceLinkResult,
  type OrderHistoryListener,
  type OrderHistoryOptions,
  type OrderHistoryState,
} from './store/account/order-history-state.js';
export { UpcartElement } from './elements/upcart-element.js';
// Also types the default tags in HTMLElementTagNameMap, without defining them.
export type { UpcartTagNameMap } from './elements/tag-name-map.js';
export * from './events/index.js';
export { loadLocale, setMessages, translate, type MessageKey, type Messages } from './i18n/messages.js';
export { configurePayments, paymentSettings, type PaymentSettings } from './payments/payment-config.js';
export { ProviderLoadError } from './payments/payment-provider.js';
export type { CardPayment, CardResult, PaypalButtons, PaypalCallbacks, PaypalOptions, ProviderOptions, StripeOptions } from './payments/payment-provider.js';
