/**
 * What the core stores, and the one interface it stores it through. The core has no storage of
 * its own: the mocks run it on `MemoryRepository`, a server on a database. Every operation of the
 * service is one `transaction`, so a database keeps exactly-once with unique keys (an
 * idempotency key, a contact key) and one transaction per order write; the service does every
 * check before its first write, so a refusal leaves nothing half written in any repository.
 *
 * Records are values: a repository hands out copies and stores what it is given, so the service
 * writes back what it changes (`put...`, `update...`), as it would to a database row.
 */
import type { Catalog, Contact, Customer, Order, Quote, QuoteRequest, Subscription } from '../src/api/schemas.js';
import type { QuoteItem, RenewalCounts, RenewalSettings } from '../src/api/renewal-schemas.js';
import type { OrderHistoryFilter } from './order-history.js';
import type { InvoiceDocument, InvoiceLinkRecord, InvoiceSeries } from './invoices.js';
import type { OutboxMail } from './mail.js';
import type { Promotion, SubscriptionChange } from './pricing.js';
import type { RenewalCriteria, RenewalListing, RenewalMode } from './renewals.js';
import type { Awaitable, Transactional } from './run.js';

/**
 * A quote and what it was made from, so that ordering it can re-price it. Its subscriptions are
 * its items (`insertQuote`), in their order: a renewal by filter is re-priced on what the filter
 * matched when it was quoted, not on what it matches when ordered.
 */
export interface QuoteRecord {
  quote: Quote;
  request: QuoteRequest;
  productId: string;
}

/** What a renewal-center action changes on each resource it selects (`updateRenewals`). */
export interface RenewalPatch {
  renewalMode?: RenewalMode;
  renewalDay?: number | null;
}

/** The provider's ids an order was given, each unique to the order. */
export interface PaymentIds {
  paymentIntentId?: string;
  paypalOrderId?: string;
}

export type PaymentIdField = keyof PaymentIds;

/**
 * An order as stored. What paying it does to its subscriptions (its changes) is kept apart
 * (`insertOrder`, `applyOrderChanges`): a batch renewal's 100,000 are written once and applied in
 * place, never carried with the order each time it is read or written.
 */
export interface OrderRecord extends PaymentIds {
  order: Order;
  productId: string;
  /** The billing contact as it was when the order was made: the buyer its invoices name. */
  contact?: Contact;
  /** The Idempotency-Key it was created with: the payment provider is given it too, so a retry makes one payment. */
  idempotencyKey?: string;
}

/** What an idempotency key is for: keys of orders and of contacts are apart. */
export type IdempotencyScope = 'order' | 'contact';

/** A key used once, with the body it came with and the resource it made (unique per scope and key). */
export interface IdempotencyRecord {
  scope: IdempotencyScope;
  key: string;
  /** The request body in a canonical form: the same key with another body is a conflict. */
  fingerprint: string;
  resourceId: string;
}

/** How a paid order's changes apply, besides the changes themselves (`applyChange`). */
export interface ChangeApplication {
  /**
   * The order's Auto Renew choice, where it decides the renewal mode (card and PayPal): on is
   * `auto`; off moves `auto` to `manual` and leaves the other modes. Undefined (offline): modes stay.
   */
  autoRenew?: boolean;
  /** The payment's instant: a trial that becomes active is "registered from" then. */
  paidAt: string;
  /** The order's currency: `addToPaid` is in it. */
  currency: string;
}

export interface SubscriptionFilter {
  productId?: string | null | undefined;
  customerId?: string | null | undefined;
}

/** The reads and writes of one transaction. Missing records answer `undefined`. */
export interface RepositoryTransaction {
  /** A new id with this prefix, never given before (`q-1001`, `ord-1002`). */
  nextId(prefix: string): Awaitable<string>;

  getCatalog(productId: string): Awaitable<Catalog | undefined>;
  getCustomer(customerId: string): Awaitable<Customer | undefined>;
  /** The customer with this company id, compared without case. */
  findCustomerByCompanyId(companyId: string): Awaitable<Customer | undefined>;
  listPromotions(): Awaitable<Promotion[]>;

  getSubscription(subscriptionId: string): Awaitable<Subscription | undefined>;
  /** The subscriptions of these ids the account has (missing ones left out), in any order; locked like `getSubscription`. */
  getSubscriptions(subscriptionIds: readonly string[]): Awaitable<Subscription[]>;
  listSubscriptions(filter: SubscriptionFilter): Awaitable<Subscription[]>;
  putSubscription(subscription: Subscription): Awaitable<void>;
  /** Writes back many subscriptions at once (a paid batch renewal): one statement per chunk, not per row. */
  putSubscriptions(subscriptions: readonly Subscription[]): Awaitable<void>;

  /**
   * The account's renewable resources (`renewals.ts`: not trials) that match, in the tab's order
   * (term end, then id; `descending` reverses both), after `after`, at most `limit` (every one
   * without it). Locked like `getSubscription` when the caller will write (a quote by filter).
   */
  findRenewals(listing: Partial<RenewalListing> & { criteria: RenewalCriteria }): Awaitable<Subscription[]>;
  /** How many resources match the criteria in each mode (`criteria.mode` is ignored). */
  countRenewals(criteria: RenewalCriteria): Awaitable<RenewalCounts>;
  /**
   * Applies the patch to every resource matching the criteria, in one statement: the mode (with
   * `autoRenew` in step) and the renewal day. Answers how many resources matched.
   */
  updateRenewals(criteria: RenewalCriteria, patch: RenewalPatch): Awaitable<number>;
  /** The account's renewal settings; no standard day until one is set. */
  getRenewalSettings(): Awaitable<RenewalSettings>;
  putRenewalSettings(settings: RenewalSettings): Awaitable<void>;

  /** The account's contacts, oldest first. */
  listContacts(): Awaitable<Contact[]>;
  getContact(contactId: string): Awaitable<Contact | undefined>;
  insertContact(contact: Contact): Awaitable<void>;

  getQuote(quoteId: string): Awaitable<QuoteRecord | undefined>;
  /** Stores a quote with its items: one per subscription it prices, in order. */
  insertQuote(record: QuoteRecord, items: readonly QuoteItem[]): Awaitable<void>;
  /** A page of a quote's items in their order: from position `offset`, at most `limit`. */
  listQuoteItems(quoteId: string, offset: number, limit: number): Awaitable<QuoteItem[]>;
  /**
   * Deletes the items of at most `limit` quotes that expired before `expiredBefore` and that no
   * order was made from (an order's quote keeps its items: they are still listed), oldest first;
   * answers how many quotes it looked at. Housekeeping across accounts: it reads nothing back.
   */
  purgeQuoteItems(expiredBefore: string, limit: number): Awaitable<number>;
  /** The subscriptions a stored quote prices, in its items' order (locked like `getSubscription`). */
  quoteSubscriptions(quoteId: string): Awaitable<Subscription[]>;
  /**
   * Makes the quote the newest for each of its subscriptions: any older quote of one of them is
   * superseded. One statement however many subscriptions (a batch renewal of 100,000).
   */
  supersede(quoteId: string): Awaitable<void>;
  /** Whether a newer quote was made for one of the quote's subscriptions (locking them on PostgreSQL). */
  isSuperseded(quoteId: string): Awaitable<boolean>;

  getOrder(orderId: string): Awaitable<OrderRecord | undefined>;
  /** Every order, oldest first; with `quoteId`, the orders of that quote. */
  listOrders(filter?: { quoteId?: string }): Awaitable<OrderRecord[]>;
  /**
   * The account's orders newest first (by `createdAt`, then `id`, both descending): of the
   * filter's statuses, older than `before`, at most `limit`.
   */
  orderHistory(filter: OrderHistoryFilter): Awaitable<OrderRecord[]>;
  /** Stores a new order with its changes, in order (a change's `set` holds values, never null). */
  insertOrder(record: OrderRecord, changes: readonly SubscriptionChange[]): Awaitable<void>;
  /**
   * Applies a paid order's changes to its subscriptions, all or none: when one no longer applies
   * (`stillApplies`: another paid order changed what it was priced from) or is not the account's,
   * nothing is written and the answer is false. Set-based on a database (one statement per chunk).
   */
  applyOrderChanges(orderId: string, application: ChangeApplication): Awaitable<boolean>;
  updateOrder(record: OrderRecord): Awaitable<void>;
  /** The order a provider's id was issued to. */
  findOrderByPaymentId(field: PaymentIdField, id: string): Awaitable<OrderRecord | undefined>;

  getIdempotencyKey(scope: IdempotencyScope, key: string): Awaitable<IdempotencyRecord | undefined>;
  /** Records a key; a key already recorded must fail (a unique key), so a racing twin rolls back. */
  insertIdempotencyKey(record: IdempotencyRecord): Awaitable<void>;

  /**
   * The next number of a vendor's series (1 first): a counter row advanced in this transaction,
   * so a transaction rolled back gives its number back and numbers never have gaps.
   */
  nextInvoiceNumber(vendorId: string, series: InvoiceSeries): Awaitable<number>;
  /** Stores an issued document (one per order and series, one per vendor, series and number). */
  insertInvoice(document: InvoiceDocument): Awaitable<void>;
  getInvoice(orderId: string, series: InvoiceSeries): Awaitable<InvoiceDocument | undefined>;
  /** Records a link to a document, unused. */
  insertInvoiceLink(link: InvoiceLinkRecord): Awaitable<void>;
  /** Puts a message into the outbox, sent after the transaction commits. */
  enqueueMail(mail: OutboxMail): Awaitable<void>;
  /**
   * Records a payment provider's event id as handled: false when it was recorded before. A unique
   * key, so of two deliveries of one event racing, the second rolls back with its changes.
   */
  recordPaymentEvent(provider: string, eventId: string): Awaitable<boolean>;
}

/**
 * A store of the core's records. `transaction(work)` runs `work` with all its writes or none (a
 * database transaction); a repository whose writes cannot fail half-way may run it as it is.
 */
export type CheckoutRepository = Transactional<RepositoryTransaction>;
