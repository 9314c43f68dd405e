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
  summary: string;
  query?: readonly string[];
  request?: z.core.$ZodType;
  response: z.core.$ZodType;
  /**
   * The request needs an `Idempotency-Key` header (`true`), or takes one when the client sends it
   * (`'optional'`): a repeat with the same key answers what the first request made.
   */
  idempotent?: boolean | 'optional';
}

export const checkoutEndpoints = {
  getCatalog: {
    method: 'GET',
    path: '/catalog/{productId}',
    summary: 'Plans, services, cycles, SLA levels, renewal durations and payment methods of a product',
    response: Catalog,
  },
  getSubscription: { method: 'GET', path: '/subscriptions/{subscriptionId}', summary: 'One subscription', response: Subscription },
  listSubscriptions: {
    method: 'GET',
    path: '/subscriptions',
    summary: "The account's subscriptions, optionally of one product or customer",
    query: ['productId', 'customerId'],
    response: SubscriptionList,
  },
  setAutoRenew: {
    method: 'PATCH',
    path: '/subscriptions/{subscriptionId}',
    summary: 'Turn automatic renewal on or off',
    request: UpdateSubscriptionRequest,
    response: Subscription,
  },
  unsubscribe: { method: 'POST', path: '/subscriptions/{subscriptionId}/unsubscribe', summary: 'End a subscription at its term end', response: Subscription },
  lookupCompany: {
    method: 'GET',
    path: '/customers',
    summary: 'Find a customer and its subscriptions by company id (partner portals)',
    query: ['companyId'],
    response: CustomerLookup,
  },
  createQuote: {
    method: 'POST',
    path: '/quotes',
    summary: 'Price a selection; the answer is the only price a buyer pays',
    request: QuoteRequest,
    response: Quote,
  },
  listContacts: { method: 'GET', path: '/contacts', summary: "The account's billing contacts", response: ContactList },
  createContact: {
    method: 'POST',
    path: '/contacts',
    summary: 'Add a billing contact, once per Idempotency-Key when one is sent',
    request: ContactInput,
    response: Contact,
    idempotent: 'optional',
  },
  createOrder: {
    method: 'POST',
    path: '/orders',
    summary: 'Create an order for a quote, once per Idempotency-Key',
    request: CreateOrderRequest,
    response: Order,
    idempotent: true,
  },
  confirmOrder: {
    method: 'POST',
    path: '/orders/{orderId}/confirm',
    summary:
      "Confirm an order after the payment provider's step; answers the order as the backend has it: paid, or still pending_payment where the provider decides (a webhook, a server-side capture; read GET /orders/{orderId} until it is paid or failed)",
    request: ConfirmOrderRequest,
    response: Order,
  },
  listOrders: {
    method: 'GET',
    path: '/orders',
    summary: "The account's orders, newest first, a page at a time, optionally of some statuses",
    query: ['status', 'limit', 'cursor'],
    response: OrderPage,
  },
  getOrder: { method: 'GET', path: '/orders/{orderId}', summary: 'An order, its status and invoice link', response: Order },
  cancelOrder: {
    method: 'POST',
    path: '/orders/{orderId}/cancel',
    summary:
      'Cancel an order the client refused or abandoned before it was paid; a cancelled one is answered again, a paid or failed one is refused (409 order_not_cancellable)',
    response: Order,
  },
  createInvoiceLink: {
    method: 'POST',
    path: '/orders/{orderId}/invoice-link',
    summary: 'A fresh invoice link, valid 24 hours and usable once',
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
