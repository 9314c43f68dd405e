/**
 * `upcart/contract`: the backend contract with no DOM, no Lit and no MSW, for a vendor's own
 * server and its tests: the zod/mini schemas of every request and answer (and their types), the
 * rules the checkout enforces, the route table, the error codes and the calendar the dates are
 * counted by. The same modules the elements and the reference server use.
 *
 * ```ts
 * import { endpoints, Quote } from 'upcart/contract';
 * import { parse } from 'zod/mini';
 *
 * const quote = parse(Quote, await myService.quote(input)); // throws where the checkout would refuse the answer
 * const { method, path, request } = endpoints.createQuote;  // 'POST', '/quotes', QuoteRequest
 * ```
 */
export * from './api/schemas.js';
export * from './api/rules.js';
export { endpoints, buildPath, type Endpoint, type EndpointName } from './api/endpoints.js';
export { CheckoutError, isCheckoutError, type CheckoutErrorCode } from './api/errors.js';
export type {
  CallOptions,
  CheckoutBackend,
  CreateContactOptions,
  ListOrdersQuery,
  ListRenewalsQuery,
  ListSubscriptionsQuery,
  PageQuery,
  RenewalBackend,
} from './api/backend.js';
export { addDays, addMonths, daysBetween, nextDayOfMonthOnOrAfter, parseIsoDate, toIsoDate, toIsoDateTime, type Clock } from './api/calendar.js';
