/**
 * Every route of the contract as one operation of the checkout service: the one map the HTTP
 * adapters (the MSW handlers, the reference server) share, so that an adapter only reads a
 * request into a `Call` and writes the answer or the `ApiError` back. The map is typed by the
 * route table's keys, so a route added there does not compile until it has an operation here.
 */
import { safeParse } from 'zod/mini';
import { endpoints, type EndpointName } from '../src/api/endpoints.js';
import { ApiError } from './errors.js';
import type { Work } from './run.js';
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

function* mapped<T, U>(work: Work<T>, answer: (value: T) => U): Work<U> {
  return answer(yield* work);
}

export type Operation = (service: CheckoutService, call: Call) => Work<unknown>;

export const operations: { [Name in EndpointName]: Operation } = {
  getCatalog: (service, call) => service.getCatalog(param(call, 'productId')),
  getSubscription: (service, call) => service.getSubscription(param(call, 'subscriptionId')),
  listSubscriptions: (service, call) =>
    mapped(service.listSubscriptions({ productId: call.query.get('productId'), customerId: call.query.get('customerId') }), (subscriptions) => ({
      subscriptions,
    })),
  setAutoRenew: (service, call) => service.setAutoRenew(param(call, 'subscriptionId'), call.body),
  unsubscribe: (service, call) => service.unsubscribe(param(call, 'subscriptionId')),
  lookupCompany: (service, call) => service.lookupCompany(call.query.get('companyId')),
  createQuote: (service, call) => service.createQuote(call.body),
  listContacts: (service) => mapped(service.listContacts(), (contacts) => ({ contacts })),
  createContact: (service, call) => service.createContact(call.body, call.headers.get('Idempotency-Key')),
  createOrder: (service, call) => service.createOrder(call.body, call.headers.get('Idempotency-Key')),
  confirmOrder: (service, call) => service.confirmOrder(param(call, 'orderId'), call.body),
  getOrder: (service, call) => service.getOrder(param(call, 'orderId')),
  cancelOrder: (service, call) => service.cancelOrder(param(call, 'orderId')),
};

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
