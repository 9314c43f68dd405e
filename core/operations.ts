/**
 * Every route of the contract as one operation of the checkout service: the one map the HTTP
 * adapters (the MSW handlers, the reference server) share, so that an adapter only reads a
 * request into a `Call`, performs the operation on its target (the service run by `runAsync`,
 * or `MockDb`) and writes the answer or the `ApiError` back. The map is typed by the
 * route table's keys, so a route added there does not compile until it has an operation here.
 */
import { safeParse } from 'zod/mini';
import { endpoints, type Endpoint, type EndpointName } from '../src/api/endpoints.js';
import { ApiError } from './errors.js';
import type { CheckoutService } from './service.js';

/** What an operation gets from a request. */
export interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

/** A path parameter of the call; a route without it is a 400. */
export function param(call: Call, name: string): string {
  const value = call.params[name];
  if (value === undefined) throw new ApiError(400, 'invalid_request', `Missing path parameter ${name}.`);
  return value;
}

/** A request body's text as JSON: empty is no body, anything unparsable is `invalid_json`. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}

/** The service's methods a route may run; `MockDb` has the same methods, run synchronously. */
export type OperationMethod =
  | 'getCatalog'
  | 'getSubscription'
  | 'listSubscriptions'
  | 'setAutoRenew'
  | 'unsubscribe'
  | 'lookupCompany'
  | 'createQuote'
  | 'listContacts'
  | 'createContact'
  | 'createOrder'
  | 'confirmOrder'
  | 'getOrder'
  | 'orderHistory'
  | 'cancelOrder'
  | 'createInvoiceLink'
  | 'listQuoteItems'
  | 'listRenewals'
  | 'countRenewals'
  | 'setRenewalMode'
  | 'setRenewalDay'
  | 'getRenewalSettings'
  | 'updateRenewalSettings';

/**
 * What a route runs: a method of the service (or of `MockDb`, whose methods tests wrap to count
 * or change calls) with its arguments, and how its value becomes the route's answer.
 */
export interface Invocation {
  method: OperationMethod;
  args: readonly unknown[];
  answer: (value: unknown) => unknown;
}

const same = (value: unknown) => value;

function invoke<M extends OperationMethod>(method: M, args: Parameters<CheckoutService[M]>, answer: (value: unknown) => unknown = same): Invocation {
  return { method, args, answer };
}

/** Runs an invocation on an object with the service's method names (the service, `MockDb`). */
export function perform(target: { [M in OperationMethod]: (...args: never[]) => unknown }, invocation: Invocation): unknown {
  const method = target[invocation.method] as (...args: unknown[]) => unknown;
  return method.apply(target, [...invocation.args]);
}

export const operations: { [Name in EndpointName]: (call: Call) => Invocation } = {
  getCatalog: (call) => invoke('getCatalog', [param(call, 'productId'), call.headers.get('Accept-Language')]),
  getSubscription: (call) => invoke('getSubscription', [param(call, 'subscriptionId')]),
  listSubscriptions: (call) =>
    invoke('listSubscriptions', [{ productId: call.query.get('productId'), customerId: call.query.get('customerId') }], (subscriptions) => ({ subscriptions })),
  setAutoRenew: (call) => invoke('setAutoRenew', [param(call, 'subscriptionId'), call.body]),
  unsubscribe: (call) => invoke('unsubscribe', [param(call, 'subscriptionId')]),
  lookupCompany: (call) => invoke('lookupCompany', [call.query.get('companyId')]),
  createQuote: (call) => invoke('createQuote', [call.body, call.headers.get('Accept-Language')]),
  listContacts: () => invoke('listContacts', [], (contacts) => ({ contacts })),
  createContact: (call) => invoke('createContact', [call.body, call.headers.get('Idempotency-Key')]),
  createOrder: (call) => invoke('createOrder', [call.body, call.headers.get('Idempotency-Key'), call.headers.get('Accept-Language')]),
  confirmOrder: (call) => invoke('confirmOrder', [param(call, 'orderId'), call.body, call.headers.get('Accept-Language')]),
  // Every `status` parameter, so that a repeated one is refused rather than half read.
  listOrders: (call) =>
    invoke('orderHistory', [
      { status: call.query.getAll('status'), limit: call.query.get('limit'), cursor: call.query.get('cursor') },
      call.headers.get('Accept-Language'),
    ]),
  getOrder: (call) => invoke('getOrder', [param(call, 'orderId'), call.headers.get('Accept-Language')]),
  cancelOrder: (call) => invoke('cancelOrder', [param(call, 'orderId'), call.headers.get('Accept-Language')]),
  createInvoiceLink: (call) => invoke('createInvoiceLink', [param(call, 'orderId')]),
  listQuoteItems: (call) => invoke('listQuoteItems', [param(call, 'quoteId'), { limit: call.query.get('limit'), cursor: call.query.get('cursor') }]),
  listRenewals: (call) => invoke('listRenewals', [renewalQuery(call, ['mode', 'search', 'productId', 'planId', 'expires', 'sort', 'limit', 'cursor'])]),
  countRenewals: (call) => invoke('countRenewals', [renewalQuery(call, ['search', 'productId', 'planId', 'expires'])]),
  setRenewalMode: (call) => invoke('setRenewalMode', [call.body]),
  setRenewalDay: (call) => invoke('setRenewalDay', [call.body]),
  getRenewalSettings: () => invoke('getRenewalSettings', []),
  updateRenewalSettings: (call) => invoke('updateRenewalSettings', [call.body]),
};

/**
 * Routes whose answer depends on the request's `Accept-Language` (the route table's `localized`):
 * an adapter answers them with `Vary: Accept-Language`, so no cache hands one buyer's language to
 * another.
 */
export const languageDependent: ReadonlySet<EndpointName> = new Set(
  (Object.keys(endpoints) as EndpointName[]).filter((name) => (endpoints[name] as Endpoint).localized === true),
);

/** The named query parameters; a repeated one is refused rather than half read. */
function renewalQuery(call: Call, names: readonly string[]): Record<string, string | null> {
  const query: Record<string, string | null> = {};
  for (const name of names) {
    const values = call.query.getAll(name);
    if (values.length > 1) throw new ApiError(400, 'invalid_request', `Send one ${name} parameter.`, { [name]: 'Sent more than once' });
    query[name] = values[0] ?? null;
  }
  return query;
}

/**
 * An answer checked against the route's response schema: `undefined` when it fits, else a 500
 * naming the fields at fault (a backend that breaks its own contract should fail loudly).
 */
export function contractBreach(name: EndpointName, body: unknown, who: string): ApiError | undefined {
  const checked = safeParse(endpoints[name].response, body);
  if (checked.success) return undefined;
  const detail = checked.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  return new ApiError(500, 'internal_error', `The ${who}'s ${name} answer breaks the contract: ${detail}`);
}
