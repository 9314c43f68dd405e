import type {
  Catalog,
  ConfirmOrderRequest,
  Contact,
  ContactInput,
  CreateOrderRequest,
  CustomerLookup,
  Invoice,
  Order,
  OrderPage,
  OrderStatus,
  Quote,
  QuoteRequest,
  RenewalFilter,
  RenewalMode,
  RenewalSelection,
  Subscription,
} from './schemas.js';
import type { QuoteItemPage, RenewalCounts, RenewalPage, RenewalSettings, RenewalSort, RenewalUpdate } from './renewal-schemas.js';

/** Options every call takes. */
export interface CallOptions {
  /** Aborts the request; the call then rejects with a `CheckoutError` of code `aborted`. */
  signal?: AbortSignal;
  /**
   * The buyer's language (a BCP 47 tag). An HTTP backend sends it as `Accept-Language`; a backend
   * may then answer catalog names, descriptions, features and units in that language.
   */
  locale?: string;
}

export interface CreateContactOptions extends CallOptions {
  /**
   * The same key for every attempt to save the same contact, so that a retry after a lost answer
   * saves it once. Optional in the contract: a backend without idempotent contacts ignores it.
   */
  idempotencyKey?: string;
}

export interface ListSubscriptionsQuery {
  productId?: string;
  customerId?: string;
}

export interface ListOrdersQuery {
  /** Only orders in this status, or in any of these. */
  status?: OrderStatus | readonly OrderStatus[];
  /** Orders per page, 1 to 100 (`ORDER_PAGE`); the backend's default (20) without it. */
  limit?: number;
  /** The `nextCursor` of the page before; without it, the newest page. */
  cursor?: string;
}

/** A tab of the renewal center with its search criteria, sort and page. */
export interface ListRenewalsQuery extends RenewalFilter {
  /** By term end, soonest first (the default) or latest first. */
  sort?: RenewalSort;
  /** Rows per page, 1 to 200 (`RENEWAL_PAGE`); the backend's default (50) without it. */
  limit?: number;
  /** The `nextCursor` of the page before. */
  cursor?: string;
}

export interface PageQuery {
  limit?: number;
  cursor?: string;
}

/**
 * The renewal center's calls (KooPhone's Billing Center). A vendor's adapter object adds them to
 * its `CheckoutBackend`; an `httpBackend` gets them from `renewalBackend()` (`renewal-http.ts`). A
 * backend without them has no renewal center, and `<renewal-center>` says so instead of failing.
 */
export interface RenewalBackend {
  listRenewals(query: ListRenewalsQuery, options?: CallOptions): Promise<RenewalPage>;
  countRenewals(criteria: Omit<RenewalFilter, 'mode'>, options?: CallOptions): Promise<RenewalCounts>;
  setRenewalMode(selection: RenewalSelection, mode: RenewalMode, options?: CallOptions): Promise<RenewalUpdate>;
  setRenewalDay(selection: RenewalSelection, renewalDay: number | null, options?: CallOptions): Promise<RenewalUpdate>;
  getRenewalSettings(options?: CallOptions): Promise<RenewalSettings>;
  updateRenewalSettings(settings: RenewalSettings, options?: CallOptions): Promise<RenewalSettings>;
  /** A renewal quote's resources with their new end dates, a page at a time. */
  listQuoteItems(quoteId: string, query?: PageQuery, options?: CallOptions): Promise<QuoteItemPage>;
}

/**
 * The one interface between Upcart and a vendor's server. `httpBackend()` implements it over
 * the documented JSON contract; a portal may pass any object of this shape instead.
 * Every method rejects with a `CheckoutError` only.
 */
export interface CheckoutBackend {
  getCatalog(productId: string, options?: CallOptions): Promise<Catalog>;
  getSubscription(subscriptionId: string, options?: CallOptions): Promise<Subscription>;
  listSubscriptions(query: ListSubscriptionsQuery, options?: CallOptions): Promise<Subscription[]>;
  /** Partner portals: find a customer and its subscriptions by company id. */
  lookupCompany(companyId: string, options?: CallOptions): Promise<CustomerLookup>;
  createQuote(request: QuoteRequest, options?: CallOptions): Promise<Quote>;
  listContacts(options?: CallOptions): Promise<Contact[]>;
  createContact(contact: ContactInput, options?: CreateContactOptions): Promise<Contact>;
  /** Creates an order once per idempotency key; a repeat with the same key returns the same order. */
  createOrder(request: CreateOrderRequest, idempotencyKey: string, options?: CallOptions): Promise<Order>;
  /** Confirms an order after the payment provider approved it. */
  confirmOrder(orderId: string, request: ConfirmOrderRequest, options?: CallOptions): Promise<Order>;
  getOrder(orderId: string, options?: CallOptions): Promise<Order>;
  /** The account's orders, newest first, one page at a time: pass each page's `nextCursor` for the next. */
  listOrders(query?: ListOrdersQuery, options?: CallOptions): Promise<OrderPage>;
  /**
   * Cancels an order not paid yet (pending or awaiting an offline payment), e.g. one made from a
   * quote the client refused; answers the order, `cancelled`. Cancelling a cancelled order answers
   * it again; a paid or failed order is refused (409 `order_not_cancellable`).
   */
  cancelOrder(orderId: string, options?: CallOptions): Promise<Order>;
  /**
   * A fresh link to the order's invoice (or proforma), valid 24 hours and usable once, for a
   * buyer whose earlier link was used or expired; 409 while the order has no invoice.
   */
  createInvoiceLink(orderId: string, options?: CallOptions): Promise<Invoice>;
  /** Turns automatic renewal of a subscription on or off. */
  setAutoRenew(subscriptionId: string, autoRenew: boolean, options?: CallOptions): Promise<Subscription>;
  /** Turns off a subscription at its term end. */
  unsubscribe(subscriptionId: string, options?: CallOptions): Promise<Subscription>;
}
