/**
 * The core's records in memory (the mock backend, tests): Maps, copied on the way in and out so
 * that no caller holds a reference into the store. Its writes cannot fail half-way, so a
 * transaction is the work run as it is.
 */
import type { Catalog, Contact, Customer, Subscription } from '../src/api/schemas.js';
import type { QuoteItem, RenewalCounts, RenewalSettings } from '../src/api/renewal-schemas.js';
import { newestFirst, type OrderHistoryFilter } from './order-history.js';
import type { InvoiceDocument, InvoiceLinkRecord, InvoiceSeries } from './invoices.js';
import type { OutboxMail } from './mail.js';
import { applyChange, stillApplies } from './orders.js';
import { copyChange, type Promotion, type SubscriptionChange } from './pricing.js';
import { byTermEnd, emptyCounts, matchesRenewal, renewalModeOf, withRenewalDefaults, type RenewalCriteria, type RenewalListing } from './renewals.js';
import type {
  ChangeApplication,
  CheckoutRepository,
  IdempotencyRecord,
  IdempotencyScope,
  OrderRecord,
  PaymentIdField,
  QuoteRecord,
  RenewalPatch,
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
  /** The account's renewal settings; no standard renewal day when missing. */
  renewalSettings?: RenewalSettings;
}

const copy: <T>(value: T) => T = structuredClone;

/** A subscription's copy: its nested values by hand, several times faster than `structuredClone` for 100,000 of them. */
function copySubscription(subscription: Subscription): Subscription {
  const copied: Subscription = { ...subscription, services: subscription.services.map((entry) => ({ ...entry })) };
  if (subscription.paidThisTerm) copied.paidThisTerm = { ...subscription.paidThisTerm };
  if (subscription.upgradeCredit) copied.upgradeCredit = { ...subscription.upgradeCredit };
  return copied;
}

function copyOrder(record: OrderRecord): OrderRecord {
  return copy(record);
}

/** The first index of `sorted` whose row comes after `position` (binary search). */
function firstAfter(sorted: readonly Subscription[], position: { termEnd: string; id: string }): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byTermEnd(sorted[middle]!, position) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class MemoryRepository implements CheckoutRepository, RepositoryTransaction {
  /** The tables, keyed by id; open to test helpers that set up a state the contract cannot reach. */
  readonly catalogs = new Map<string, Catalog>();
  readonly customers = new Map<string, Customer>();
  readonly subscriptions = new Map<string, Subscription>();
  readonly contacts = new Map<string, Contact>();
  private promotions: Promotion[] = [];
  readonly quotes = new Map<string, QuoteRecord>();
  /** Each quote's items, in order. */
  readonly quoteItems = new Map<string, QuoteItem[]>();
  /** Each order's changes, in order (`insertOrder`). */
  private readonly orderChanges = new Map<string, SubscriptionChange[]>();
  private readonly latestQuotes = new Map<string, string>();
  private renewalSettings: RenewalSettings = { standardRenewalDay: null };
  /** The subscriptions by term end, then id (the renewal center's order); null when a write moved one. */
  private renewalOrder: Subscription[] | null = null;
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
    this.subscriptions.clear();
    for (const subscription of contents.subscriptions) this.subscriptions.set(subscription.id, withRenewalDefaults(copySubscription(subscription)));
    this.renewalOrder = null;
    this.renewalSettings = { standardRenewalDay: contents.renewalSettings?.standardRenewalDay ?? null };
    byId(this.contacts, contents.contacts, (contact) => contact.id);
    this.promotions = copy(contents.promotions);
    this.quotes.clear();
    this.quoteItems.clear();
    this.orderChanges.clear();
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
    const subscription = this.subscriptions.get(subscriptionId);
    return subscription && copySubscription(subscription);
  }

  getSubscriptions(subscriptionIds: readonly string[]): Subscription[] {
    return subscriptionIds.flatMap((id) => {
      const subscription = this.subscriptions.get(id);
      return subscription ? [copySubscription(subscription)] : [];
    });
  }

  /**
   * Adds subscriptions as they are, without copying each (a generated account of 100,000): the
   * caller hands them over and keeps no reference.
   */
  adoptSubscriptions(subscriptions: readonly Subscription[]): void {
    for (const subscription of subscriptions) this.subscriptions.set(subscription.id, withRenewalDefaults(subscription));
    this.renewalOrder = null;
  }

  listSubscriptions(filter: SubscriptionFilter): Subscription[] {
    return [...this.subscriptions.values()]
      .filter(
        (subscription) =>
          (!filter.productId || subscription.productId === filter.productId) && (!filter.customerId || subscription.customerId === filter.customerId),
      )
      .map(copySubscription);
  }

  putSubscription(subscription: Subscription): void {
    const before = this.subscriptions.get(subscription.id);
    if (before?.termEnd !== subscription.termEnd) this.renewalOrder = null;
    const stored = withRenewalDefaults(copySubscription(subscription));
    this.subscriptions.set(subscription.id, stored);
    if (this.renewalOrder && before) {
      const at = firstAfter(this.renewalOrder, before) - 1;
      if (this.renewalOrder[at] === before) this.renewalOrder[at] = stored;
      else this.renewalOrder = null;
    }
  }

  putSubscriptions(subscriptions: readonly Subscription[]): void {
    for (const subscription of subscriptions) this.putSubscription(subscription);
  }

  private sortedRenewals(): Subscription[] {
    this.renewalOrder ??= [...this.subscriptions.values()].sort(byTermEnd);
    return this.renewalOrder;
  }

  findRenewals(listing: Partial<RenewalListing> & { criteria: RenewalCriteria }): Subscription[] {
    const { criteria, descending = false, after, limit = Infinity } = listing;
    const sorted = this.sortedRenewals();
    const only = criteria.ids && new Set(criteria.ids);
    const except = criteria.except && new Set(criteria.except);
    const found: Subscription[] = [];
    const step = descending ? -1 : 1;
    let index = descending ? (after ? firstAfter(sorted, after) - 1 : sorted.length - 1) : after ? firstAfter(sorted, after) : 0;
    // A row equal to the cursor's position was on the page before.
    if (descending && after && sorted[index] && byTermEnd(sorted[index]!, after) === 0) index -= 1;
    for (; index >= 0 && index < sorted.length && found.length < limit; index += step) {
      const subscription = sorted[index]!;
      if (matchesRenewal(subscription, criteria, except, only)) found.push(copySubscription(subscription));
    }
    return found;
  }

  countRenewals(criteria: RenewalCriteria): RenewalCounts {
    const { mode: _mode, ...anyMode } = criteria;
    const only = criteria.ids && new Set(criteria.ids);
    const except = criteria.except && new Set(criteria.except);
    const counts = emptyCounts();
    for (const subscription of this.subscriptions.values()) {
      if (matchesRenewal(subscription, anyMode, except, only)) counts[renewalModeOf(subscription)] += 1;
    }
    return counts;
  }

  /** Changes the stored records in place: none of them is handed out (reads copy). */
  updateRenewals(criteria: RenewalCriteria, patch: RenewalPatch): number {
    const only = criteria.ids && new Set(criteria.ids);
    const except = criteria.except && new Set(criteria.except);
    let updated = 0;
    for (const subscription of this.subscriptions.values()) {
      if (!matchesRenewal(subscription, criteria, except, only)) continue;
      if (patch.renewalMode !== undefined) {
        subscription.renewalMode = patch.renewalMode;
        subscription.autoRenew = patch.renewalMode === 'auto';
      }
      if (patch.renewalDay !== undefined) subscription.renewalDay = patch.renewalDay;
      updated += 1;
    }
    return updated;
  }

  getRenewalSettings(): RenewalSettings {
    return { ...this.renewalSettings };
  }

  putRenewalSettings(settings: RenewalSettings): void {
    this.renewalSettings = { ...settings };
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

  insertQuote(record: QuoteRecord, items: readonly QuoteItem[]): void {
    this.quotes.set(record.quote.id, copy(record));
    // Items are flat records of strings and money: a spread copies them.
    this.quoteItems.set(
      record.quote.id,
      items.map((item) => ({ ...item, amount: { ...item.amount } })),
    );
  }

  listQuoteItems(quoteId: string, offset: number, limit: number): QuoteItem[] {
    return (this.quoteItems.get(quoteId) ?? []).slice(offset, offset + limit).map((item) => ({ ...item, amount: { ...item.amount } }));
  }

  purgeQuoteItems(expiredBefore: string, limit: number): number {
    const ordered = new Set([...this.orders.values()].map((record) => record.order.quoteId));
    const expired = [...this.quoteItems.keys()]
      .map((quoteId) => this.quotes.get(quoteId))
      .filter((record): record is QuoteRecord => record !== undefined && record.quote.expiresAt < expiredBefore && !ordered.has(record.quote.id))
      .sort((a, b) => (a.quote.expiresAt < b.quote.expiresAt ? -1 : a.quote.expiresAt > b.quote.expiresAt ? 1 : 0))
      .slice(0, limit);
    for (const record of expired) this.quoteItems.delete(record.quote.id);
    return expired.length;
  }

  quoteSubscriptions(quoteId: string): Subscription[] {
    return this.getSubscriptions((this.quoteItems.get(quoteId) ?? []).map((item) => item.subscriptionId));
  }

  supersede(quoteId: string): void {
    for (const item of this.quoteItems.get(quoteId) ?? []) this.latestQuotes.set(item.subscriptionId, quoteId);
  }

  isSuperseded(quoteId: string): boolean {
    return (this.quoteItems.get(quoteId) ?? []).some((item) => this.latestQuotes.get(item.subscriptionId) !== quoteId);
  }

  getOrder(orderId: string): OrderRecord | undefined {
    const record = this.orders.get(orderId);
    return record && copyOrder(record);
  }

  listOrders(filter: { quoteId?: string } = {}): OrderRecord[] {
    return [...this.orders.values()].filter((record) => filter.quoteId === undefined || record.order.quoteId === filter.quoteId).map(copyOrder);
  }

  orderHistory(filter: OrderHistoryFilter): OrderRecord[] {
    const { status, before } = filter;
    const older = [...this.orders.values()].filter(({ order }) => (!status || status.includes(order.status)) && (!before || newestFirst(before, order) < 0));
    return older
      .sort((a, b) => newestFirst(a.order, b.order))
      .slice(0, filter.limit)
      .map(copyOrder);
  }

  insertOrder(record: OrderRecord, changes: readonly SubscriptionChange[]): void {
    if (this.orders.has(record.order.id)) throw new Error(`Order ${record.order.id} exists`);
    this.orders.set(record.order.id, copyOrder(record));
    // Copied by hand: a batch renewal's 100,000.
    this.orderChanges.set(record.order.id, changes.map(copyChange));
  }

  /** Every change is checked before any is written, so a refusal leaves the records as they were. */
  applyOrderChanges(orderId: string, application: ChangeApplication): boolean {
    const changes = this.orderChanges.get(orderId) ?? [];
    const changed: Subscription[] = [];
    for (const change of changes) {
      const subscription = this.subscriptions.get(change.subscriptionId);
      if (!subscription || !stillApplies(subscription, change)) return false;
      changed.push(applyChange(subscription, change, application));
    }
    this.putSubscriptions(changed);
    return true;
  }

  updateOrder(record: OrderRecord): void {
    if (!this.orders.has(record.order.id)) throw new Error(`Order ${record.order.id} does not exist`);
    this.orders.set(record.order.id, copyOrder(record));
  }

  findOrderByPaymentId(field: PaymentIdField, id: string): OrderRecord | undefined {
    const found = [...this.orders.values()].find((record) => record[field] === id);
    return found && copyOrder(found);
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
