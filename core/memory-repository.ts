/**
 * The core's records in memory (the mock backend, tests): Maps, copied on the way in and out so
 * that no caller holds a reference into the store. Its writes cannot fail half-way, so a
 * transaction is the work run as it is.
 */
import type { Catalog, Contact, Customer, Subscription } from '../src/api/schemas.js';
import { newestFirst, type OrderHistoryFilter } from './order-history.js';
import type { InvoiceDocument, InvoiceLinkRecord, InvoiceSeries } from './invoices.js';
import type { OutboxMail } from './mail.js';
import type { Promotion } from './pricing.js';
import type {
  CheckoutRepository,
  IdempotencyRecord,
  IdempotencyScope,
  OrderRecord,
  PaymentIdField,
  QuoteRecord,
  RepositoryTransaction,
  SubscriptionFilter,
} from './repository.js';

/** What a repository starts from: a backend's catalog, account and promotions. */
export interface RepositoryContents {
  catalogs: Catalog[];
  customers: Customer[];
  subscriptions: Subscription[];
  contacts: Contact[];
  promotions: Promotion[];
}

const copy: <T>(value: T) => T = structuredClone;

export class MemoryRepository implements CheckoutRepository, RepositoryTransaction {
  /** The tables, keyed by id; open to test helpers that set up a state the contract cannot reach. */
  readonly catalogs = new Map<string, Catalog>();
  readonly customers = new Map<string, Customer>();
  readonly subscriptions = new Map<string, Subscription>();
  readonly contacts = new Map<string, Contact>();
  private promotions: Promotion[] = [];
  readonly quotes = new Map<string, QuoteRecord>();
  private readonly latestQuotes = new Map<string, string>();
  readonly orders = new Map<string, OrderRecord>();
  private readonly idempotencyKeys = new Map<string, IdempotencyRecord>();
  private readonly invoiceCounters = new Map<string, number>();
  /** Issued documents by `${orderId} ${series}`. */
  readonly invoices = new Map<string, InvoiceDocument>();
  readonly invoiceLinks = new Map<string, InvoiceLinkRecord>();
  /** Messages the mock backend would send, oldest first (it sends none). */
  readonly outbox: OutboxMail[] = [];
  private readonly paymentEvents = new Set<string>();
  private sequence = 1000;

  constructor(contents?: RepositoryContents) {
    if (contents) this.load(contents);
  }

  /** Empties every table and fills it with `contents`. */
  load(contents: RepositoryContents): void {
    const byId = <T>(map: Map<string, T>, rows: T[], id: (row: T) => string) => {
      map.clear();
      for (const row of rows) map.set(id(row), copy(row));
    };
    byId(this.catalogs, contents.catalogs, (catalog) => catalog.productId);
    byId(this.customers, contents.customers, (customer) => customer.id);
    byId(this.subscriptions, contents.subscriptions, (subscription) => subscription.id);
    byId(this.contacts, contents.contacts, (contact) => contact.id);
    this.promotions = copy(contents.promotions);
    this.quotes.clear();
    this.latestQuotes.clear();
    this.orders.clear();
    this.paymentEvents.clear();
    this.idempotencyKeys.clear();
    this.invoiceCounters.clear();
    this.invoices.clear();
    this.invoiceLinks.clear();
    this.outbox.length = 0;
    this.sequence = 1000;
  }

  transaction<T>(work: (tx: RepositoryTransaction) => T): T {
    return work(this);
  }

  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence}`;
  }

  getCatalog(productId: string): Catalog | undefined {
    return copy(this.catalogs.get(productId));
  }

  getCustomer(customerId: string): Customer | undefined {
    return copy(this.customers.get(customerId));
  }

  findCustomerByCompanyId(companyId: string): Customer | undefined {
    const wanted = companyId.toUpperCase();
    return copy([...this.customers.values()].find((customer) => customer.companyId.toUpperCase() === wanted));
  }

  listPromotions(): Promotion[] {
    return copy(this.promotions);
  }

  getSubscription(subscriptionId: string): Subscription | undefined {
    return copy(this.subscriptions.get(subscriptionId));
  }

  listSubscriptions(filter: SubscriptionFilter): Subscription[] {
    return copy(
      [...this.subscriptions.values()].filter(
        (subscription) =>
          (!filter.productId || subscription.productId === filter.productId) && (!filter.customerId || subscription.customerId === filter.customerId),
      ),
    );
  }

  putSubscription(subscription: Subscription): void {
    this.subscriptions.set(subscription.id, copy(subscription));
  }

  listContacts(): Contact[] {
    return copy([...this.contacts.values()]);
  }

  getContact(contactId: string): Contact | undefined {
    return copy(this.contacts.get(contactId));
  }

  insertContact(contact: Contact): void {
    if (this.contacts.has(contact.id)) throw new Error(`Contact ${contact.id} exists`);
    this.contacts.set(contact.id, copy(contact));
  }

  getQuote(quoteId: string): QuoteRecord | undefined {
    return copy(this.quotes.get(quoteId));
  }

  insertQuote(record: QuoteRecord): void {
    this.quotes.set(record.quote.id, copy(record));
  }

  latestQuoteId(subscriptionId: string): string | undefined {
    return this.latestQuotes.get(subscriptionId);
  }

  setLatestQuote(subscriptionId: string, quoteId: string): void {
    this.latestQuotes.set(subscriptionId, quoteId);
  }

  getOrder(orderId: string): OrderRecord | undefined {
    return copy(this.orders.get(orderId));
  }

  listOrders(filter: { quoteId?: string } = {}): OrderRecord[] {
    return copy([...this.orders.values()].filter((record) => filter.quoteId === undefined || record.order.quoteId === filter.quoteId));
  }

  orderHistory(filter: OrderHistoryFilter): OrderRecord[] {
    const { status, before } = filter;
    const older = [...this.orders.values()].filter(({ order }) => (!status || status.includes(order.status)) && (!before || newestFirst(before, order) < 0));
    return copy(older.sort((a, b) => newestFirst(a.order, b.order)).slice(0, filter.limit));
  }

  insertOrder(record: OrderRecord): void {
    if (this.orders.has(record.order.id)) throw new Error(`Order ${record.order.id} exists`);
    this.orders.set(record.order.id, copy(record));
  }

  updateOrder(record: OrderRecord): void {
    if (!this.orders.has(record.order.id)) throw new Error(`Order ${record.order.id} does not exist`);
    this.orders.set(record.order.id, copy(record));
  }

  findOrderByPaymentId(field: PaymentIdField, id: string): OrderRecord | undefined {
    return copy([...this.orders.values()].find((record) => record[field] === id));
  }

  getIdempotencyKey(scope: IdempotencyScope, key: string): IdempotencyRecord | undefined {
    return copy(this.idempotencyKeys.get(`${scope} ${key}`));
  }

  insertIdempotencyKey(record: IdempotencyRecord): void {
    const id = `${record.scope} ${record.key}`;
    if (this.idempotencyKeys.has(id)) throw new Error(`Idempotency key ${record.key} exists`);
    this.idempotencyKeys.set(id, copy(record));
  }

  nextInvoiceNumber(vendorId: string, series: InvoiceSeries): number {
    const key = `${vendorId} ${series}`;
    const next = (this.invoiceCounters.get(key) ?? 0) + 1;
    this.invoiceCounters.set(key, next);
    return next;
  }

  insertInvoice(document: InvoiceDocument): void {
    const key = `${document.orderId} ${document.series}`;
    if (this.invoices.has(key)) throw new Error(`Order ${document.orderId} already has a ${document.series}`);
    this.invoices.set(key, copy(document));
  }

  getInvoice(orderId: string, series: InvoiceSeries): InvoiceDocument | undefined {
    return copy(this.invoices.get(`${orderId} ${series}`));
  }

  insertInvoiceLink(link: InvoiceLinkRecord): void {
    this.invoiceLinks.set(link.id, copy(link));
  }

  enqueueMail(mail: OutboxMail): void {
    this.outbox.push(copy(mail));
  }

  recordPaymentEvent(provider: string, eventId: string): boolean {
    const id = `${provider} ${eventId}`;
    if (this.paymentEvents.has(id)) return false;
    this.paymentEvents.add(id);
    return true;
  }
}
