/**
 * The mock backend's in-memory database: seeded from `seed.ts`, changed only through these
 * methods, which are what the MSW handlers call. Each method takes the request body as
 * `unknown`, checks it against the contract's schema and the domain rules, and either returns a
 * value of the endpoint's response type or throws a `MockApiError`.
 *
 * Values handed out are copies, so a caller (a test, a handler) can never change the stored
 * state by mutating what it got.
 */
import { findSameContact } from '../src/api/contact-identity.js';
import {
  ConfirmOrderRequest,
  ContactInput,
  CreateOrderRequest,
  QuoteRequest,
  UpdateSubscriptionRequest,
  type Catalog,
  type Contact,
  type Customer,
  type CustomerLookup,
  type Money,
  type Order,
  type Quote,
  type Subscription,
} from '../src/api/schemas.js';
import { startOfDateTime, toIsoDate, toIsoDateTime, type Clock } from '../core/calendar.js';
import { ApiError as MockApiError, invalidRequest, notFound, parseBody } from '../core/errors.js';
import { formatMoney } from '../core/money.js';
import { priceQuote, upgradeCredit, type PricedQuote, type Promotion, type SubscriptionChange, type TaxParty } from '../core/pricing.js';
import { createSeed } from './seed.js';

/** A quote can be ordered for 15 minutes after it was made. */
export const QUOTE_TTL_MS = 15 * 60_000;
/** Invoice links are valid for 24 hours (and, once paid, usable once), as the vendors' pages say. */
const INVOICE_TTL_MS = 24 * 3_600_000;
/** A proforma invoice stays downloadable while the buyer arranges the transfer. */
const PROFORMA_TTL_MS = 30 * 24 * 3_600_000;
const INVOICE_BASE = 'https://billing.upcart.test';

interface StoredQuote {
  quote: Quote;
  request: QuoteRequest;
  subscriptionIds: string[];
  productId: string;
}

interface StoredOrder {
  order: Order;
  changes: SubscriptionChange[];
  productId: string;
  paymentIntentId?: string;
  paypalOrderId?: string;
}

export interface ListSubscriptionsFilter {
  productId?: string | null | undefined;
  customerId?: string | null | undefined;
}

/** Copies a stored value so callers never hold references into the database. */
function copy<T>(value: T): T {
  return structuredClone(value);
}

/** JSON with sorted keys: two bodies with the same content give the same text. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** What has to be equal for a re-priced quote to be "the same price". */
function priceFingerprint(priced: Pick<PricedQuote, 'lines' | 'subtotal' | 'discount' | 'tax' | 'total'>): string {
  return fingerprint({
    lines: priced.lines.map((line) => [line.kind, line.subscriptionId, line.refId, line.quantity, line.unitPrice, line.amount]),
    subtotal: priced.subtotal,
    discount: priced.discount?.amount ?? null,
    tax: priced.tax,
    total: priced.total,
  });
}

function randomToken(): string {
  return Math.random().toString(36).slice(2, 12).padEnd(10, '0');
}

export interface MockDbOptions {
  clock: Clock;
}

export class MockDb {
  readonly clock: Clock;
  private catalogs = new Map<string, Catalog>();
  private customers = new Map<string, Customer>();
  private subscriptions = new Map<string, Subscription>();
  private contacts: Contact[] = [];
  private promotions: Promotion[] = [];
  private quotes = new Map<string, StoredQuote>();
  /** The newest quote per subscription: any older one is superseded. */
  private latestQuote = new Map<string, string>();
  private orders = new Map<string, StoredOrder>();
  private idempotencyKeys = new Map<string, { fingerprint: string; orderId: string }>();
  private contactKeys = new Map<string, { fingerprint: string; contactId: string }>();
  private sequence = 1000;

  constructor(options: MockDbOptions) {
    this.clock = options.clock;
    this.reset();
  }

  /** Back to the seed, relative to the clock's current now. */
  reset(): void {
    const seed = createSeed(this.clock.now());
    this.catalogs = new Map(seed.catalogs.map((catalog) => [catalog.productId, catalog]));
    this.customers = new Map(seed.customers.map((customer) => [customer.id, customer]));
    this.subscriptions = new Map(seed.subscriptions.map((subscription) => [subscription.id, subscription]));
    this.contacts = seed.contacts;
    this.promotions = seed.promotions;
    this.quotes.clear();
    this.latestQuote.clear();
    this.orders.clear();
    this.idempotencyKeys.clear();
    this.contactKeys.clear();
    this.sequence = 1000;
  }

  private nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence}`;
  }

  private today(): string {
    return toIsoDate(this.clock.now());
  }

  // ------------------------------------------------------------ catalog and subscriptions

  getCatalog(productId: string): Catalog {
    return copy(this.catalogOf(productId));
  }

  private catalogOf(productId: string): Catalog {
    const catalog = this.catalogs.get(productId);
    if (!catalog) throw notFound(`There is no product ${productId}.`);
    return catalog;
  }

  getSubscription(subscriptionId: string): Subscription {
    return this.present(this.subscriptionOf(subscriptionId));
  }

  /** A copy as the contract answers it: with the credit an upgrade made now would give. */
  private present(subscription: Subscription): Subscription {
    const { upgradeCredit: _stale, ...stored } = copy(subscription);
    const credit = upgradeCredit(stored, this.today());
    return credit ? { ...stored, upgradeCredit: credit } : stored;
  }

  private subscriptionOf(subscriptionId: string): Subscription {
    const subscription = this.subscriptions.get(subscriptionId);
    if (!subscription) throw notFound(`There is no subscription ${subscriptionId}.`);
    return subscription;
  }

  listSubscriptions(filter: ListSubscriptionsFilter = {}): Subscription[] {
    return [...this.subscriptions.values()]
      .filter(
        (subscription) =>
          (!filter.productId || subscription.productId === filter.productId) && (!filter.customerId || subscription.customerId === filter.customerId),
      )
      .map((subscription) => this.present(subscription));
  }

  setAutoRenew(subscriptionId: string, body: unknown): Subscription {
    const subscription = this.subscriptionOf(subscriptionId);
    const { autoRenew } = parseBody(UpdateSubscriptionRequest, body, 'auto-renew update');
    subscription.autoRenew = autoRenew;
    if (autoRenew && subscription.status === 'active') subscription.nextPaymentAt = startOfDateTime(subscription.termEnd);
    return this.present(subscription);
  }

  /**
   * A paid subscription runs to its term end and is not renewed; a trial ends now. Asking
   * again answers the same.
   */
  unsubscribe(subscriptionId: string): Subscription {
    const subscription = this.subscriptionOf(subscriptionId);
    subscription.autoRenew = false;
    subscription.nextPaymentAt = null;
    if (subscription.status === 'trial') subscription.status = 'inactive';
    return this.present(subscription);
  }

  lookupCompany(companyId: string | null | undefined): CustomerLookup {
    const wanted = companyId?.trim() ?? '';
    if (!wanted) throw invalidRequest('Enter a company id.', { companyId: 'Required' });
    const customer = [...this.customers.values()].find((candidate) => candidate.companyId.toUpperCase() === wanted.toUpperCase());
    if (!customer) throw notFound(`No customer has the company id ${wanted}.`);
    return { customer: copy(customer), subscriptions: this.listSubscriptions({ customerId: customer.id }) };
  }

  // ------------------------------------------------------------ contacts

  listContacts(): Contact[] {
    return copy(this.contacts);
  }

  /**
   * Saves a contact; with an idempotency key, a repeat of the same body answers the contact saved
   * first. A contact equal to one the account has is that one: it is answered, not saved again.
   */
  createContact(body: unknown, idempotencyKey?: string | null): Contact {
    const key = idempotencyKey?.trim() ?? '';
    const print = fingerprint(body);
    const seen = key ? this.contactKeys.get(key) : undefined;
    if (seen) {
      if (seen.fingerprint !== print) {
        throw new MockApiError(422, 'idempotency_conflict', 'This Idempotency-Key was already used for another contact; use a new key for a new contact.');
      }
      const saved = this.contacts.find((contact) => contact.id === seen.contactId);
      if (saved) return copy(saved);
    }
    const input = parseBody(ContactInput, body, 'contact');
    const contact: Contact = findSameContact(this.contacts, input) ?? { ...input, id: this.nextId('contact') };
    if (!this.contacts.includes(contact)) this.contacts.push(contact);
    if (key) this.contactKeys.set(key, { fingerprint: print, contactId: contact.id });
    return copy(contact);
  }

  // ------------------------------------------------------------ quotes

  /** Prices a request against the current state; `contactId` decides the tax country. */
  private price(request: QuoteRequest, contactId: string | undefined): { priced: PricedQuote; subscriptionIds: string[]; productId: string } {
    const subscriptionIds = request.flow === 'renew' ? request.subscriptionIds : [request.subscriptionId];
    const subscriptions = subscriptionIds.map((id) => this.subscriptionOf(id));
    const [first] = subscriptions;
    if (!first) throw invalidRequest('Choose at least one subscription.', { subscriptionIds: 'Required' });
    const catalog = this.catalogOf(first.productId);
    const customer = this.customers.get(first.customerId);
    if (!customer) throw new Error(`Subscription ${first.id} has unknown customer ${first.customerId}`);

    const otherCustomer = subscriptions.findIndex((subscription) => subscription.customerId !== first.customerId);
    if (otherCustomer >= 0) {
      throw invalidRequest('One order renews the subscriptions of one customer.', { [`subscriptionIds.${otherCustomer}`]: 'Belongs to another customer' });
    }

    let taxParty: TaxParty = { country: customer.country };
    if (contactId !== undefined) {
      const contact = this.contacts.find((candidate) => candidate.id === contactId);
      if (!contact) throw invalidRequest(`There is no contact ${contactId}.`, { contactId: 'Unknown contact' });
      taxParty = { country: contact.country, vatId: contact.vatId };
    }

    const priced = priceQuote(request, { today: this.today(), catalog, subscriptions, taxParty, promotions: this.promotions });
    return { priced, subscriptionIds, productId: catalog.productId };
  }

  createQuote(body: unknown): Quote {
    const request = parseBody(QuoteRequest, body, 'quote request');
    const { priced, subscriptionIds, productId } = this.price(request, request.contactId);
    const now = this.clock.now();
    const { changes: _changes, ...figures } = priced;
    const quote: Quote = {
      id: this.nextId('q'),
      ...figures,
      createdAt: toIsoDateTime(now),
      expiresAt: toIsoDateTime(new Date(now.getTime() + QUOTE_TTL_MS)),
    };
    this.quotes.set(quote.id, { quote, request, subscriptionIds, productId });
    for (const id of subscriptionIds) this.latestQuote.set(id, quote.id);
    return copy(quote);
  }

  getQuote(quoteId: string): Quote | undefined {
    const stored = this.quotes.get(quoteId);
    return stored && copy(stored.quote);
  }

  // ------------------------------------------------------------ orders

  /**
   * Creates an order once per idempotency key. A repeat with the same key and body answers the
   * order made the first time (whatever its status now); only successes hold a key, so a
   * refused attempt can be retried with the same key.
   */
  createOrder(body: unknown, idempotencyKey: string | null | undefined): Order {
    const key = idempotencyKey?.trim() ?? '';
    if (!key) throw new MockApiError(400, 'idempotency_key_required', 'Send an Idempotency-Key header so that a retried order is created once.');
    if (key.length > 255) throw new MockApiError(400, 'invalid_request', 'The Idempotency-Key header is longer than 255 characters.');
    const print = fingerprint(body);
    const seen = this.idempotencyKeys.get(key);
    if (seen) {
      if (seen.fingerprint !== print) {
        throw new MockApiError(422, 'idempotency_conflict', 'This Idempotency-Key was already used for a different order; use a new key for a new order.');
      }
      return this.getOrder(seen.orderId);
    }

    const request = parseBody(CreateOrderRequest, body, 'order');
    const stored = this.quotes.get(request.quoteId);
    if (!stored) throw new MockApiError(404, 'not_found', `There is no quote ${request.quoteId}.`);
    if (!this.contacts.some((contact) => contact.id === request.contactId)) {
      throw invalidRequest(`There is no contact ${request.contactId}.`, { contactId: 'Unknown contact' });
    }
    const catalog = this.catalogOf(stored.productId);
    if (!catalog.paymentMethods.includes(request.paymentMethod)) {
      throw invalidRequest(`${catalog.productName} cannot be paid by ${request.paymentMethod}.`, { paymentMethod: 'Not offered' });
    }

    const now = this.clock.now();
    if (now.getTime() >= Date.parse(stored.quote.expiresAt)) {
      throw new MockApiError(409, 'quote_expired', 'This price quote has expired; get a new quote and try again.');
    }
    if (stored.subscriptionIds.some((id) => this.latestQuote.get(id) !== stored.quote.id)) {
      throw new MockApiError(409, 'quote_superseded', 'A newer quote was made for this subscription; order that one instead.');
    }
    const earlier = [...this.orders.values()].filter((entry) => entry.order.quoteId === stored.quote.id);
    if (earlier.some((entry) => entry.order.status === 'paid')) {
      throw new MockApiError(409, 'quote_used', 'This quote was already ordered and paid.');
    }
    // The quote's price must still hold now, for the contact actually billed.
    const { priced } = this.price(stored.request, request.contactId);
    if (priceFingerprint(priced) !== priceFingerprint(stored.quote)) {
      throw new MockApiError(
        409,
        'price_changed',
        `The price changed from ${formatMoney(stored.quote.total)} to ${formatMoney(priced.total)}; please review the new quote.`,
      );
    }
    // One live order per quote: a new attempt (another payment method) replaces a pending one.
    for (const entry of earlier) if (isOpen(entry.order)) cancel(entry.order);

    const id = this.nextId('ord');
    const offline = request.paymentMethod === 'offline';
    const order: Order = {
      id,
      quoteId: stored.quote.id,
      status: offline ? 'awaiting_offline_payment' : 'pending_payment',
      paymentMethod: request.paymentMethod,
      lines: stored.quote.lines,
      total: stored.quote.total,
      // Offline payment leaves nothing to charge again, so it cannot renew automatically.
      autoRenew: offline ? false : request.autoRenew,
      createdAt: toIsoDateTime(now),
      effectiveAt: null,
      invoice: null,
      payment: null,
    };
    const entry: StoredOrder = { order, changes: priced.changes, productId: stored.productId };
    if (offline) {
      if (request.piNumber) order.piNumber = request.piNumber;
      order.invoice = { url: `${INVOICE_BASE}/proforma/${id}.pdf`, expiresAt: toIsoDateTime(new Date(now.getTime() + PROFORMA_TTL_MS)), singleUse: false };
    } else if (request.paymentMethod === 'card') {
      entry.paymentIntentId = `pi_${id.replace(/\W/g, '')}`;
      order.payment = {
        provider: 'stripe',
        clientSecret: `${entry.paymentIntentId}_secret_${randomToken()}`,
        publishableKey: catalog.payments?.stripePublishableKey ?? 'pk_test_upcart',
      };
    } else {
      entry.paypalOrderId = `PAYPAL-${id.replace(/\W/g, '').toUpperCase()}`;
      order.payment = { provider: 'paypal', paypalOrderId: entry.paypalOrderId, clientId: catalog.payments?.paypalClientId ?? 'upcart-sandbox' };
    }
    this.orders.set(id, entry);
    this.idempotencyKeys.set(key, { fingerprint: print, orderId: id });
    return copy(order);
  }

  getOrder(orderId: string): Order {
    return copy(this.orderOf(orderId).order);
  }

  private orderOf(orderId: string): StoredOrder {
    const entry = this.orders.get(orderId);
    if (!entry) throw notFound(`There is no order ${orderId}.`);
    return entry;
  }

  /**
   * Cancels an order that is not paid yet (the client refused its quote, or the buyer left): it
   * can no longer be paid. A cancelled order is answered again; a paid or failed one stands.
   */
  cancelOrder(orderId: string): Order {
    const { order } = this.orderOf(orderId);
    if (order.status === 'cancelled') return copy(order);
    if (!isOpen(order)) throw new MockApiError(409, 'order_not_cancellable', `Order ${order.id} is ${order.status} and cannot be cancelled.`);
    cancel(order);
    return copy(order);
  }

  /** Every order made, oldest first (tests count them). */
  listOrders(): Order[] {
    return copy([...this.orders.values()].map((entry) => entry.order));
  }

  /**
   * Marks an order paid (the payment provider approved it, or, for offline, the money arrived)
   * and applies the purchase to its subscriptions. Confirming a paid order again answers it.
   */
  confirmOrder(orderId: string, body: unknown): Order {
    const entry = this.orderOf(orderId);
    const request = parseBody(ConfirmOrderRequest, body ?? {}, 'confirmation');
    const { order } = entry;
    if (order.status === 'paid') return copy(order);
    if (order.status === 'cancelled' || order.status === 'failed') {
      throw new MockApiError(409, 'order_not_payable', `Order ${order.id} is ${order.status}; start a new checkout.`);
    }
    // Stand-in payment scripts in tests answer ids of their own, so any id is accepted, except
    // one this backend issued for another order: that is a mix-up, never a payment of this one.
    if (request.paymentIntentId !== undefined && this.issuedToOtherOrder(entry, 'paymentIntentId', request.paymentIntentId)) {
      throw invalidRequest('The payment belongs to another order.', { paymentIntentId: 'Belongs to another order' });
    }
    if (request.paypalOrderId !== undefined && this.issuedToOtherOrder(entry, 'paypalOrderId', request.paypalOrderId)) {
      throw invalidRequest('The PayPal order belongs to another order.', { paypalOrderId: 'Belongs to another order' });
    }

    const now = this.clock.now();
    // Payment is taken at the quoted price only while that price holds: a buyer who comes back
    // after it expired re-quotes and confirms the new price first.
    const quote = this.quotes.get(order.quoteId)?.quote;
    if (order.status === 'pending_payment' && quote !== undefined && now.getTime() >= Date.parse(quote.expiresAt)) {
      throw new MockApiError(409, 'quote_expired', 'The price of this order has expired; get a new quote and pay that one.');
    }
    for (const change of entry.changes) this.applyChange(change, order, now);
    order.status = 'paid';
    order.effectiveAt = toIsoDateTime(now);
    order.payment = null;
    order.invoice = { url: `${INVOICE_BASE}/invoices/${order.id}.pdf`, expiresAt: toIsoDateTime(new Date(now.getTime() + INVOICE_TTL_MS)), singleUse: true };
    return copy(order);
  }

  private issuedToOtherOrder(entry: StoredOrder, field: 'paymentIntentId' | 'paypalOrderId', id: string): boolean {
    return [...this.orders.values()].some((other) => other !== entry && other[field] === id);
  }

  private applyChange(change: SubscriptionChange, order: Order, now: Date): void {
    const subscription = this.subscriptionOf(change.subscriptionId);
    const wasTrial = subscription.status === 'trial';
    Object.assign(subscription, copy(change.set));
    if (change.addToPaid !== 0) {
      const currency = order.total.currency;
      subscription.paidThisTerm = { amount: (subscription.paidThisTerm?.amount ?? 0) + change.addToPaid, currency };
    }
    // "Registered from" is when the service was first paid for.
    if (wasTrial && subscription.status === 'active') subscription.registeredAt = toIsoDateTime(now);
    if (order.paymentMethod !== 'offline') subscription.autoRenew = order.autoRenew;
  }

  // ------------------------------------------------------------ test helpers

  /**
   * Changes the monthly price of a plan, service or SLA level (tests of `price_changed`).
   * Quotes made before keep their figures; ordering them is then refused.
   */
  setUnitPrice(productId: string, id: string, price: Money): void {
    const catalog = this.catalogOf(productId);
    if (price.currency !== catalog.currency) throw new Error(`${catalog.productName} is priced in ${catalog.currency}`);
    const item = catalog.plans.find((plan) => plan.id === id) ?? catalog.services.find((service) => service.id === id);
    if (item) {
      item.unitPrice = { ...price };
      return;
    }
    const sla = catalog.slaLevels.find((level) => level.id === id);
    if (!sla) throw new Error(`${catalog.productName} has no plan, service or SLA level ${id}`);
    sla.monthlyPrice = { ...price };
  }

  /** Replaces a subscription's fields (tests that need a particular state). */
  patchSubscription(subscriptionId: string, patch: Partial<Omit<Subscription, 'id'>>): Subscription {
    const subscription = this.subscriptionOf(subscriptionId);
    Object.assign(subscription, copy(patch));
    return this.present(subscription);
  }
}

/** Not paid yet and still payable: the orders that may be cancelled. */
function isOpen(order: Order): boolean {
  return order.status === 'pending_payment' || order.status === 'awaiting_offline_payment';
}

function cancel(order: Order): void {
  order.status = 'cancelled';
  order.payment = null;
}
