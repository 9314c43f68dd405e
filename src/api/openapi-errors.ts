/**
 * The error answers of the OpenAPI document: what each server code means and asks of a client,
 * and which codes each route answers with which status. Read from the backend core and the
 * reference server (a test runs the conformance kit against the server and fails on any refusal
 * not listed here). OpenAPI-only, like `openapi.ts`: the SDK bundle never carries this text.
 */
import type { Endpoint, EndpointName } from './endpoints.js';
import { PRICE_CHANGE_CODES, PROMO_REFUSED } from './rules.js';
import type { ServerErrorCode } from './schemas.js';

/** The statuses a route documents one by one; anything else falls under `default`. */
export type ErrorStatus = '400' | '401' | '404' | '409' | '413' | '422' | '503';

export type Refusals = Partial<Record<ErrorStatus, readonly ServerErrorCode[]>>;

/** What each code means, with its status, and what Upcart does about it. */
export const errorCodeMeanings: Record<ServerErrorCode, string> = {
  invalid_request:
    '400: a query, path or header parameter is malformed, or the request contradicts itself; 413: the body is larger than the backend takes; ' +
    '422: a field of the body breaks the schema or a rule (an unknown contact, a payment method not offered, another currency than the catalog sells in). ' +
    '`fields` names each field at fault (path: message); Upcart shows them beside their inputs.',
  invalid_json: '400: the request body is not JSON.',
  idempotency_key_required: '400: `POST /orders` without an `Idempotency-Key` header.',
  unauthorized:
    '401: no bearer token, or one that is expired, malformed or not signed by this backend (answered with `WWW-Authenticate: Bearer`). ' +
    'Upcart asks the host page to refresh its session (`upcart-auth-required`), whatever the body.',
  forbidden: '403: the token is valid but may not do this. Upcart treats it as 401.',
  not_found:
    "404: nothing by that id for this account. Another account's ids answer the same, so a 404 never tells that an id exists; an unknown route answers it too.",
  conflict: '409: the state the request meets refuses it: `POST /orders/{orderId}/invoice-link` of an order that has neither an invoice nor a proforma.',
  quote_expired:
    '409: the quote is past its `expiresAt` (`POST /orders`), or a pending order is confirmed after its quote expired: payment is taken only at a price still valid.',
  quote_superseded: '409: a newer quote was made for the same subscription; order that one.',
  price_changed: '409: the quote priced again when ordered gives another price (the subscription or the promotion changed since).',
  quote_used: '409: this quote was already ordered and paid.',
  order_not_payable:
    '409: the order cannot be paid: it is cancelled, failed or paid already, or another order changed its subscriptions since it was priced. Start a new checkout.',
  order_not_cancellable: '409: `POST /orders/{orderId}/cancel` of an order already paid or failed: it stands.',
  promo_invalid: `422: the promotion code is unknown, expired or does not apply (\`fields.promoCode\` says why); Upcart keeps the price without it.`,
  downgrade_not_allowed: '422: an upgrade to a lower package, or to fewer units than the subscription has.',
  credit_exceeds_price:
    "422: an upgrade's new term costs less than the credit for the unused current term (`Subscription.upgradeCredit`): choose a longer cycle or more units.",
  subscription_not_active: '422: an expansion of a trial (upgrade it to a paid plan first) or of an inactive subscription (renew or upgrade it).',
  term_ended: "422: an expansion after the subscription's current term ended: renew it first.",
  idempotency_conflict: '422: the `Idempotency-Key` was used before with another body; use a new key for a new request.',
  rate_limited: '429: too many requests; `Retry-After` may say when to ask again. Upcart does not retry before then.',
  internal_error: '500: the backend failed on this request (the reference server also answers it when its own answer would break this contract).',
  bad_gateway: '502: a service the backend depends on answered wrongly.',
  unavailable:
    '503: the backend, or the payment provider it asked, is unavailable; `Retry-After` may say when. The reference server answers it when Stripe or PayPal did not answer: ask again.',
  gateway_timeout: '504: a service the backend depends on did not answer in time.',
};
// What the checkout does on a price change, from the one list of those codes (rules.ts).
for (const code of PRICE_CHANGE_CODES) {
  errorCodeMeanings[code] += ' Upcart quotes again and asks the buyer to confirm the new price: it never pays a price the buyer did not see.';
}

/** What a status says, before its codes; the `default` answer's text is in `openapi.ts`. */
export const statusMeanings: Record<ErrorStatus, string> = {
  '400': 'The request is malformed.',
  '401': 'The request has no valid bearer token.',
  '404': 'Not found for this account.',
  '409': 'The request is valid, but the state it meets refuses it.',
  '413': 'The request body is too large.',
  '422': 'The body is JSON, but its fields or the rules of the contract refuse it.',
  '503': 'Unavailable for now; ask again.',
};

/** What a route refuses beyond what its shape implies (see `refusalsOf`). */
const routeRefusals: Record<EndpointName, Refusals> = {
  getCatalog: {},
  getSubscription: {},
  listSubscriptions: {},
  setAutoRenew: {},
  unsubscribe: {},
  lookupCompany: { '404': ['not_found'], '422': ['invalid_request'] },
  createQuote: {
    '400': ['invalid_request'],
    '404': ['not_found'],
    '422': [PROMO_REFUSED, 'downgrade_not_allowed', 'credit_exceeds_price', 'subscription_not_active', 'term_ended'],
  },
  listContacts: {},
  createContact: { '422': ['idempotency_conflict'] },
  createOrder: {
    '400': ['idempotency_key_required', 'invalid_request'],
    '404': ['not_found'],
    '409': [...PRICE_CHANGE_CODES, 'quote_used'],
    // Ordering prices the quote again: what refused a quote then refuses the order.
    '422': ['idempotency_conflict', PROMO_REFUSED, 'downgrade_not_allowed', 'credit_exceeds_price', 'subscription_not_active', 'term_ended'],
    '503': ['unavailable'],
  },
  confirmOrder: { '409': ['order_not_payable', 'quote_expired'], '503': ['unavailable'] },
  listOrders: { '400': ['invalid_request'] },
  getOrder: {},
  cancelOrder: { '409': ['order_not_cancellable'] },
  createInvoiceLink: { '409': ['conflict'] },
  listQuoteItems: { '400': ['invalid_request'] },
  listRenewals: { '400': ['invalid_request'] },
  countRenewals: { '400': ['invalid_request'] },
  setRenewalMode: { '404': ['not_found'] },
  setRenewalDay: { '404': ['not_found'] },
  getRenewalSettings: {},
  updateRenewalSettings: {},
};

/**
 * Every refusal of a route, by status: its own, and what its shape implies: every route needs a
 * bearer token (401), a path parameter names something that may not be there (404), and a body may
 * be no JSON (400), too large (413) or break its schema (422).
 */
export function refusalsOf(name: EndpointName, endpoint: Endpoint): Refusals {
  const implied: Refusals = { '401': ['unauthorized'] };
  if (endpoint.path.includes('{')) implied['404'] = ['not_found'];
  if (endpoint.request) Object.assign(implied, { '400': ['invalid_json'], '413': ['invalid_request'], '422': ['invalid_request'] });
  const refusals: Refusals = {};
  for (const status of Object.keys(statusMeanings) as ErrorStatus[]) {
    const codes = [...new Set([...(implied[status] ?? []), ...(routeRefusals[name][status] ?? [])])];
    if (codes.length > 0) refusals[status] = codes;
  }
  return refusals;
}
