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
import type { OrderHistoryFilter } from './order-history.js';
import type { InvoiceDocument, InvoiceLinkRecord, InvoiceSeries } from './invoices.js';
import type { OutboxMail } from './mail.js';
import type { Promotion, SubscriptionChange } from './pricing.js';
import type { Awaitable, Transactional } from './run.js';

/** A quote and what it was made from, so that ordering it can re-price it. */
export interface QuoteRecord {
  quote: Quote;
  request: QuoteRequest;
  subscriptionIds: string[];
  productId: string;
}

/** The provider's ids an order was given, each unique to the order. */
export interface PaymentIds {
  paymentIntentId?: string;
  paypalOrderId?: string;
}

export type PaymentIdField = keyof PaymentIds;

/** An order and what paying it does to its subscriptions. */
export interface OrderRecord extends PaymentIds {
  order: Order;
  changes: SubscriptionChange[];
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
  listSubscriptions(filter: SubscriptionFilter): Awaitable<Subscription[]>;
  putSubscription(subscription: Subscription): Awaitable<void>;

  /** The account's contacts, oldest first. */
  listContacts(): Awaitable<Contact[]>;
  getContact(contactId: string): Awaitable<Contact | undefined>;
  insertContact(contact: Contact): Awaitable<void>;

  getQuote(quoteId: string): Awaitable<QuoteRecord | undefined>;
  insertQuote(record: QuoteRecord): Awaitable<void>;
  /** The newest quote made for a subscription: any older one is superseded. */
  latestQuoteId(subscriptionId: string): Awaitable<string | undefined>;
  setLatestQuote(subscriptionId: string, quoteId: string): Awaitable<void>;

  getOrder(orderId: string): Awaitable<OrderRecord | undefined>;
  /** Every order, oldest first; with `quoteId`, the orders of that quote. */
  listOrders(filter?: { quoteId?: string }): Awaitable<OrderRecord[]>;
  /**
   * The account's orders newest first (by `createdAt`, then `id`, both descending): of the
   * filter's statuses, older than `before`, at most `limit`.
   */
  orderHistory(filter: OrderHistoryFilter): Awaitable<OrderRecord[]>;
  insertOrder(record: OrderRecord): Awaitable<void>;
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
