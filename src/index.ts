/**
 * Upcart's public API, without side effects: importing it defines no custom element.
 * Import `upcart/define` to register the default tags.
 */
export * from './api/schemas.js';
export type { CheckoutBackend, CallOptions, ListSubscriptionsQuery } from './api/backend.js';
export { CheckoutError, isCheckoutError, type CheckoutErrorCode } from './api/errors.js';
export { endpoints, type Endpoint, type EndpointName } from './api/endpoints.js';
export { httpBackend, type HttpBackendOptions } from './api/http-backend.js';
export * from './store/index.js';
export { formatDate, formatDateTime, formatMoney, formatPercent, minorDigits } from './i18n/format.js';
