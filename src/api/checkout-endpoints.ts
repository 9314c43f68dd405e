/**
 * The checkout's HTTP routes: the part of the route table (`endpoints.ts`) that `httpBackend`
 * carries in the checkout's entry. The renewal center's routes are in `renewal-endpoints.ts`.
 */
import type { z } from 'zod/mini';
import {
  Catalog,
  ConfirmOrderRequest,
  Contact,
  ContactInput,
  ContactList,
  CreateOrderRequest,
  CustomerLookup,
  Invoice,
  Order,
  OrderPage,
  Quote,
  QuoteRequest,
  Subscription,
  SubscriptionList,
  UpdateSubscriptionRequest,
} from './schemas.js';

export interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path below the base URL; `{name}` marks a path parameter. */
  path: string;
  query?: readonly string[];
  request?: z.core.$ZodType;
  response: z.core.$ZodType;
  /**
   * The request needs an `Idempotency-Key` header (`true`), or takes one when the client sends it
   * (`'optional'`): a repeat with the same key answers what the first request made.
   */
  idempotent?: boolean | 'optional';
  /**
   * The answer is in the language of the request's `Accept-Language` (a catalog's words, a quote's
   * or an order's item names), and says so with `Vary: Accept-Language`.
   */
  localized?: true;
}

export const checkoutEndpoints = {
  getCatalog: {
    method: 'GET',
    path: '/catalog/{productId}',
    response: Catalog,
    localized: true,
  },
  getSubscription: { method: 'GET', path: '/subscriptions/{subscriptionId}', response: Subscription },
  listSubscriptions: {
    method: 'GET',
    path: '/subscriptions',
    query: ['productId', 'customerId'],
    response: SubscriptionList,
  },
  setAutoRenew: {
    method: 'PATCH',
    path: '/subscriptions/{subscriptionId}',
    request: UpdateSubscriptionRequest,
    response: Subscription,
  },
  unsubscribe: { method: 'POST', path: '/subscriptions/{subscriptionId}/unsubscribe', response: Subscription },
  lookupCompany: {
    method: 'GET',
    path: '/customers',
    query: ['companyId'],
    response: CustomerLookup,
  },
  createQuote: {
    method: 'POST',
    path: '/quotes',
    request: QuoteRequest,
    response: Quote,
    localized: true,
  },
  listContacts: { method: 'GET', path: '/contacts', response: ContactList },
  createContact: {
    method: 'POST',
    path: '/contacts',
    request: ContactInput,
    response: Contact,
    idempotent: 'optional',
  },
  createOrder: {
    method: 'POST',
    path: '/orders',
    request: CreateOrderRequest,
    response: Order,
    idempotent: true,
    localized: true,
  },
  confirmOrder: {
    method: 'POST',
    path: '/orders/{orderId}/confirm',
    request: ConfirmOrderRequest,
    response: Order,
    localized: true,
  },
  listOrders: {
    method: 'GET',
    path: '/orders',
    query: ['status', 'limit', 'cursor'],
    response: OrderPage,
    localized: true,
  },
  getOrder: { method: 'GET', path: '/orders/{orderId}', response: Order, localized: true },
  cancelOrder: {
    method: 'POST',
    path: '/orders/{orderId}/cancel',
    response: Order,
    localized: true,
  },
  createInvoiceLink: {
    method: 'POST',
    path: '/orders/{orderId}/invoice-link',
    response: Invoice,
  },
} as const satisfies Record<string, Endpoint>;

/** Fills `{name}` placeholders of a path, encoding each value. */
export function buildPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
