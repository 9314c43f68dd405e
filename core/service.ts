/**
 * The checkout service: one operation per route of the contract, over a repository and a clock.
 * Each takes the request body as `unknown`, checks it against the contract's schema and the rules,
 * and returns the route's answer or throws an `ApiError`. Each is one transaction; run it with
 * `runSync` (a repository in memory) or `runAsync` (any repository).
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
  type CustomerLookup,
  type Invoice,
  type Order,
  type OrderPage,
  type PaymentAction,
  type Quote,
  type RenewalSelection,
  type Subscription,
} from '../src/api/schemas.js';
import {
  RenewalSettings,
  SetRenewalDayRequest,
  SetRenewalModeRequest,
  type QuoteItemPage,
  type RenewalCounts,
  type RenewalPage,
  type RenewalUpdate,
} from '../src/api/renewal-schemas.js';
import { startOfDateTime, toIsoDate, toIsoDateTime, type Clock } from '../src/api/calendar.js';
import { ApiError, conflict, invalidRequest, notFound, parseBody } from './errors.js';
import { fingerprint, replayed } from './idempotency.js';
import {
  currentSeries,
  issueDocument,
  newLink,
  seedSellers,
  standInLinks,
  type InvoiceLinkIssuer,
  type InvoiceSeries,
  type SellerDirectory,
} from './invoices.js';
import { localizeCatalog, localizeDiscount, localizeLineNames, type CatalogTranslations, type LocalizedCatalog } from './catalog-language.js';
import { composeMail } from './mail.js';
import { formatMoney } from './money.js';
import { cursorAfter, parseOrderHistoryQuery, type OrderHistoryQuery } from './order-history.js';
import { applicationOf, cancel, isOpen, markPaid, openOrder } from './orders.js';
import { priceQuote, upgradeCredit, type PricedQuote, type TaxParty } from './pricing.js';
import { isExpired, newQuote, QUOTE_ITEMS_KEPT_MS, QUOTES_PURGED_PER_QUOTE, samePrice } from './quotes.js';
import {
  criteriaOf,
  decodeItemCursor,
  itemCursorAfter,
  parseCountRenewalsQuery,
  parseItemLimit,
  parseListRenewalsQuery,
  renewalCursorAfter,
  renewalModeOf,
  renewalResource,
  withRenewalMode,
  type CountRenewalsParams,
  type ListRenewalsParams,
  type RenewalCriteria,
} from './renewals.js';
import type { CheckoutRepository, OrderRecord, PaymentIdField, PaymentIds, RepositoryTransaction as Tx, SubscriptionFilter } from './repository.js';
import { transaction, wait, type Work } from './run.js';

/** The longest Idempotency-Key an order takes. */
const MAX_KEY_LENGTH = 255;

export interface CheckoutServiceOptions {
  repository: CheckoutRepository;
  clock: Clock;
  /**
   * The payment provider is the truth (the reference server): confirming an order only answers
   * it, and a provider's report (`settlePayment`) or the vendor (`markOfflinePaid`) pays it.
   * Off for the mock backend, whose confirmation pays at once.
   */
  providerSettles?: boolean;
  /** Turns an invoice link's id into its URL (the server signs it); the mocks' stand-in by default. */
  invoiceLinks?: InvoiceLinkIssuer;
  /** The vendor selling each product (the invoices' seller); the seed's vendors by default. */
  sellers?: SellerDirectory;
  /** Each product's catalog in other languages, answered as `Accept-Language` asks; none by default. */
  catalogTranslations?: CatalogTranslations;
}

/** What issuing a document needs besides the transaction. */
interface IssueContext {
  links: InvoiceLinkIssuer;
  sellers: SellerDirectory;
  now: Date;
}

export class CheckoutService {
  readonly repository: CheckoutRepository;
  readonly clock: Clock;
  readonly invoiceLinks: InvoiceLinkIssuer;
  readonly sellers: SellerDirectory;
  readonly providerSettles: boolean;
  readonly catalogTranslations: CatalogTranslations;

  constructor(options: CheckoutServiceOptions) {
    this.repository = options.repository;
    this.clock = options.clock;
    this.invoiceLinks = options.invoiceLinks ?? standInLinks;
    this.sellers = options.sellers ?? seedSellers;
    this.providerSettles = options.providerSettles ?? false;
    this.catalogTranslations = options.catalogTranslations ?? {};
  }

  private issueContext(): IssueContext {
    return { links: this.invoiceLinks, sellers: this.sellers, now: this.clock.now() };
  }

  private run<T>(work: (tx: Tx) => Work<T>): Work<T> {
    return transaction(this.repository, work);
  }

  // ------------------------------------------------------------ catalog and subscriptions

  /** The product's catalog in the language `acceptLanguage` asks for, where it is translated to it. */
  getCatalog(productId: string, acceptLanguage?: string | null): Work<Catalog> {
    const translations = this.catalogTranslations;
    return this.run(function* (tx) {
      const catalog = yield* catalogOf(tx, productId);
      return localizeCatalog(catalog, translations[productId], acceptLanguage).catalog;
    });
  }

  getSubscription(subscriptionId: string): Work<Subscription> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      return present(yield* subscriptionOf(tx, subscriptionId), today);
    });
  }

  listSubscriptions(filter: SubscriptionFilter = {}): Work<Subscription[]> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      return (yield* wait(tx.listSubscriptions(filter))).map((subscription) => present(subscription, today));
    });
  }

  setAutoRenew(subscriptionId: string, body: unknown): Work<Subscription> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      const subscription = yield* subscriptionOf(tx, subscriptionId);
      const { autoRenew } = parseBody(UpdateSubscriptionRequest, body, 'auto-renew update');
      // Auto renewal on is the `auto` mode; off moves an auto renewal to manual and leaves the others as they are.
      const mode = renewalModeOf(subscription);
      const changed = withRenewalMode(subscription, autoRenew ? 'auto' : mode === 'auto' ? 'manual' : mode);
      if (autoRenew && changed.status === 'active') changed.nextPaymentAt = startOfDateTime(changed.termEnd);
      yield* wait(tx.putSubscription(changed));
      return present(changed, today);
    });
  }

  /**
   * A paid subscription runs to its term end and is not renewed: its renewal is canceled (the
   * renewal center's "Renewals canceled" tab, where it can be restored); a trial ends now. Asking
   * again answers the same. The next payment date is kept, and answered as none while canceled.
   */
  unsubscribe(subscriptionId: string): Work<Subscription> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      const subscription = withRenewalMode(yield* subscriptionOf(tx, subscriptionId), 'canceled');
      if (subscription.status === 'trial') subscription.status = 'inactive';
      yield* wait(tx.putSubscription(subscription));
      return present(subscription, today);
    });
  }

  lookupCompany(companyId: string | null | undefined): Work<CustomerLookup> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      const wanted = companyId?.trim() ?? '';
      if (!wanted) throw invalidRequest('Enter a company id.', { companyId: 'Required' });
      const customer = yield* wait(tx.findCustomerByCompanyId(wanted));
      if (!customer) throw notFound(`No customer has the company id ${wanted}.`);
      const subscriptions = yield* wait(tx.listSubscriptions({ customerId: customer.id }));
      return { customer, subscriptions: subscriptions.map((subscription) => present(subscription, today)) };
    });
  }

  // ------------------------------------------------------------ contacts

  listContacts(): Work<Contact[]> {
    return this.run((tx) => wait(tx.listContacts()));
  }

  /**
   * Saves a contact; with an idempotency key, a repeat of the same body answers the contact saved
   * first. A contact equal to one the account has is that one: it is answered, not saved again.
   */
  createContact(body: unknown, idempotencyKey?: string | null): Work<Contact> {
    return this.run(function* (tx) {
      const key = idempotencyKey?.trim() ?? '';
      const print = fingerprint(body);
      if (key) {
        const savedId = yield* replayed(
          tx,
          'contact',
          key,
          print,
          'This Idempotency-Key was already used for another contact; use a new key for a new contact.',
        );
        const saved = savedId === undefined ? undefined : yield* wait(tx.getContact(savedId));
        if (saved) return saved;
      }
      const input = parseBody(ContactInput, body, 'contact');
      let contact = findSameContact(yield* wait(tx.listContacts()), input);
      if (!contact) {
        contact = { ...input, id: yield* wait(tx.nextId('contact')) };
        yield* wait(tx.insertContact(contact));
      }
      if (key) yield* wait(tx.insertIdempotencyKey({ scope: 'contact', key, fingerprint: print, resourceId: contact.id }));
      return contact;
    });
  }

  // ------------------------------------------------------------ quotes

  /**
   * Prices and keeps a quote. Its lines name their plan, service or SLA level (`itemName`) in the
   * language `acceptLanguage` asks for, and so does its promotion's `description`; the lines'
   * `description` stays in the catalog's own.
   */
  createQuote(body: unknown, acceptLanguage?: string | null): Work<Quote> {
    const now = this.clock.now();
    const translations = this.catalogTranslations;
    return this.run(function* (tx) {
      const request = parseBody(QuoteRequest, body, 'quote request');
      const today = toIsoDate(now);
      const subscriptions = yield* subscriptionsToPrice(tx, request, today);
      const { priced: inCatalogLanguage, productId, catalog } = yield* price(tx, request, subscriptions, request.contactId, today);
      const localized = localizeCatalog(catalog, translations[productId], acceptLanguage);
      const priced =
        localized.language === undefined
          ? inCatalogLanguage
          : {
              ...inCatalogLanguage,
              lines: localizeLineNames(inCatalogLanguage.lines, localized.catalog),
              discount: localizeDiscount(inCatalogLanguage.discount, localized.words),
            };
      const quote = newQuote(yield* wait(tx.nextId('q')), priced, now);
      yield* wait(tx.insertQuote({ quote, request, productId }, priced.items));
      yield* wait(tx.supersede(quote.id));
      // Each new quote deletes the items of a few long-expired quotes nobody ordered.
      yield* wait(tx.purgeQuoteItems(toIsoDateTime(new Date(now.getTime() - QUOTE_ITEMS_KEPT_MS)), QUOTES_PURGED_PER_QUOTE));
      return quote;
    });
  }

  getQuote(quoteId: string): Work<Quote | undefined> {
    return this.run(function* (tx) {
      return (yield* wait(tx.getQuote(quoteId)))?.quote;
    });
  }

  /**
   * `GET /quotes/{quoteId}/items`: a page of a quote's items (each subscription's term end before
   * and after, and its charge) in the quote's order. Another account's quote is not found.
   */
  listQuoteItems(quoteId: string, query: { limit?: string | null; cursor?: string | null } = {}): Work<QuoteItemPage> {
    return this.run(function* (tx) {
      const stored = yield* wait(tx.getQuote(quoteId));
      if (!stored) throw notFound(`There is no quote ${quoteId}.`);
      const limit = parseItemLimit(query.limit);
      const offset = query.cursor === null || query.cursor === undefined ? 0 : decodeItemCursor(query.cursor);
      const found = yield* wait(tx.listQuoteItems(quoteId, offset, limit + 1));
      const items = found.slice(0, limit);
      return { items, nextCursor: found.length > limit ? itemCursorAfter(offset + limit) : null };
    });
  }

  // ------------------------------------------------------------ the renewal center

  /**
   * `GET /renewals`: a page of one tab, sorted by term end then id; `total` counts every match.
   * One more row than the page is read, so the last page says so without a second query.
   */
  listRenewals(query: ListRenewalsParams): Work<RenewalPage> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      const listing = parseListRenewalsQuery(query, today);
      const found = yield* wait(tx.findRenewals({ ...listing, limit: listing.limit + 1 }));
      const rows = found.slice(0, listing.limit);
      const counts = yield* wait(tx.countRenewals(listing.criteria));
      const catalogs = new Map<string, Catalog | undefined>();
      for (const productId of new Set(rows.map((row) => row.productId))) catalogs.set(productId, yield* wait(tx.getCatalog(productId)));
      const last = rows.at(-1);
      return {
        resources: rows.map((row) => renewalResource(row, catalogs.get(row.productId))),
        total: listing.criteria.mode === undefined ? 0 : counts[listing.criteria.mode],
        nextCursor: found.length > listing.limit && last ? renewalCursorAfter(last) : null,
      };
    });
  }

  /** `GET /renewals/counts`: each tab's count under the same search criteria. */
  countRenewals(query: CountRenewalsParams = {}): Work<RenewalCounts> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      return yield* wait(tx.countRenewals(parseCountRenewalsQuery(query, today)));
    });
  }

  /**
   * `POST /renewals/mode`: moves the selection to a tab in one transaction, whatever its size.
   * Restoring a canceled renewal is moving it to manual (or auto). An inactive resource (its term
   * ended) may be moved too: pay-per-use after expiration and canceled are about that time, and
   * renewing it later takes the mode it has then.
   */
  setRenewalMode(body: unknown): Work<RenewalUpdate> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      const request = parseBody(SetRenewalModeRequest, body, 'renewal mode change');
      const criteria = yield* actionCriteria(tx, request.selection, today);
      const updated = yield* wait(tx.updateRenewals(criteria, { renewalMode: request.mode }));
      return { updated, counts: yield* wait(tx.countRenewals({})) };
    });
  }

  /** `POST /renewals/renewal-day`: sets (or clears) the selection's renewal day, which co-terming ends on. */
  setRenewalDay(body: unknown): Work<RenewalUpdate> {
    const today = toIsoDate(this.clock.now());
    return this.run(function* (tx) {
      const request = parseBody(SetRenewalDayRequest, body, 'renewal day change');
      const criteria = yield* actionCriteria(tx, request.selection, today);
      const updated = yield* wait(tx.updateRenewals(criteria, { renewalDay: request.renewalDay }));
      return { updated, counts: yield* wait(tx.countRenewals({})) };
    });
  }

  getRenewalSettings(): Work<RenewalSettings> {
    return this.run((tx) => wait(tx.getRenewalSettings()));
  }

  /** The account's standard renewal day: co-terming ends there for a resource without a day of its own (null: the catalog's). */
  updateRenewalSettings(body: unknown): Work<RenewalSettings> {
    return this.run(function* (tx) {
      const settings = parseBody(RenewalSettings, body, 'renewal settings');
      yield* wait(tx.putRenewalSettings(settings));
      return settings;
    });
  }

  // ------------------------------------------------------------ orders

  /**
   * Creates an order once per idempotency key. A repeat with the same key and body answers the
   * order made the first time (whatever its status now); only successes hold a key, so a
   * refused attempt can be retried with the same key.
   */
  createOrder(body: unknown, idempotencyKey: string | null | undefined, acceptLanguage?: string | null): Work<Order> {
    const issuing = this.issueContext();
    const { now } = issuing;
    const standInPayment = !this.providerSettles;
    const inLanguage = this.orderLanguage(acceptLanguage);
    return this.run(function* (tx) {
      const key = idempotencyKey?.trim() ?? '';
      if (!key) throw new ApiError(400, 'idempotency_key_required', 'Send an Idempotency-Key header so that a retried order is created once.');
      if (key.length > MAX_KEY_LENGTH) throw new ApiError(400, 'invalid_request', `The Idempotency-Key header is longer than ${MAX_KEY_LENGTH} characters.`);
      const print = fingerprint(body);
      const madeId = yield* replayed(tx, 'order', key, print, 'This Idempotency-Key was already used for a different order; use a new key for a new order.');
      if (madeId !== undefined) return yield* inLanguage(tx, yield* orderOf(tx, madeId));

      const request = parseBody(CreateOrderRequest, body, 'order');
      const stored = yield* wait(tx.getQuote(request.quoteId));
      if (!stored) throw notFound(`There is no quote ${request.quoteId}.`);
      const contact = yield* wait(tx.getContact(request.contactId));
      if (!contact) {
        throw invalidRequest(`There is no contact ${request.contactId}.`, { contactId: 'Unknown contact' });
      }
      const catalog = yield* catalogOf(tx, stored.productId);
      if (!catalog.paymentMethods.includes(request.paymentMethod)) {
        throw invalidRequest(`${catalog.productName} cannot be paid by ${request.paymentMethod}.`, { paymentMethod: 'Not offered' });
      }

      if (isExpired(stored.quote, now)) throw conflict('quote_expired', 'This price quote has expired; get a new quote and try again.');
      // Its subscriptions first (locked on PostgreSQL): a quote being made for them meanwhile
      // commits before this looks for a newer one, or waits for this order.
      const subscriptions = yield* wait(tx.quoteSubscriptions(stored.quote.id));
      if (yield* wait(tx.isSuperseded(stored.quote.id))) {
        throw conflict('quote_superseded', 'A newer quote was made for this subscription; order that one instead.');
      }
      const earlier = yield* wait(tx.listOrders({ quoteId: stored.quote.id }));
      if (earlier.some((entry) => entry.order.status === 'paid')) throw conflict('quote_used', 'This quote was already ordered and paid.');
      // The quote's price must still hold now, for the contact actually billed, on the
      // subscriptions it priced (a renewal by filter is not matched again).
      const { priced } = yield* price(tx, stored.request, subscriptions, request.contactId, toIsoDate(now));
      if (!samePrice(stored.quote, priced)) {
        throw conflict(
          'price_changed',
          `The price changed from ${formatMoney(stored.quote.total)} to ${formatMoney(priced.total)}; please review the new quote.`,
        );
      }

      // One live order per quote: a new attempt (another payment method) replaces a pending one.
      for (const entry of earlier) {
        if (!isOpen(entry.order)) continue;
        cancel(entry.order);
        yield* wait(tx.updateOrder(entry));
      }
      const record = openOrder({ id: yield* wait(tx.nextId('ord')), quote: stored.quote, request, catalog, now, standInPayment });
      record.contact = contact;
      record.idempotencyKey = key;
      yield* wait(tx.insertOrder(record, priced.changes));
      yield* wait(tx.insertIdempotencyKey({ scope: 'order', key, fingerprint: print, resourceId: record.order.id }));
      // An offline order is a proforma to pay: numbered, linked and mailed in this transaction.
      if (record.order.status === 'awaiting_offline_payment') {
        yield* issue(tx, issuing, record, 'proforma', catalog.productName);
        yield* wait(tx.updateOrder(record));
      }
      return yield* inLanguage(tx, record);
    });
  }

  /** The order, its lines named in the language `acceptLanguage` asks for (`orderLanguage`). */
  getOrder(orderId: string, acceptLanguage?: string | null): Work<Order> {
    const inLanguage = this.orderLanguage(acceptLanguage);
    return this.run(function* (tx) {
      return yield* inLanguage(tx, yield* orderOf(tx, orderId));
    });
  }

  /**
   * An order answered by a route that runs more than the service (the server's payment
   * providers), in the language `acceptLanguage` asks for, as the service's own answers are.
   */
  localizeOrder(order: Order, acceptLanguage?: string | null): Work<Order> {
    const inLanguage = this.orderLanguage(acceptLanguage);
    return this.run(function* (tx) {
      const entry = yield* wait(tx.getOrder(order.id));
      return entry ? yield* inLanguage(tx, { ...entry, order }) : order;
    });
  }

  /**
   * How an order is answered in the buyer's language (DESIGN, "Language"): its lines' `itemName`
   * as its product's catalog names them in the language `acceptLanguage` asks for (the catalog as
   * written when none of its translations is asked for), and its promotion's `description` in the
   * translation's words. What is stored (the quote's words) never changes; a product without
   * translations answers its orders as stored, without reading its catalog. The catalogs read are
   * kept for the call, so a page of orders reads each product's once.
   */
  private orderLanguage(acceptLanguage: string | null | undefined): (tx: Tx, entry: OrderRecord) => Work<Order> {
    const translations = this.catalogTranslations;
    const localizedCatalogs = new Map<string, LocalizedCatalog>();
    return function* (tx, entry) {
      const { order, productId } = entry;
      const languages = translations[productId];
      if (!languages) return order;
      let localized = localizedCatalogs.get(productId);
      if (!localized) {
        const catalog = yield* wait(tx.getCatalog(productId));
        if (!catalog) return order;
        localized = localizeCatalog(catalog, languages, acceptLanguage);
        localizedCatalogs.set(productId, localized);
      }
      const lines = localizeLineNames(order.lines, localized.catalog);
      const discount = localizeDiscount(order.discount, localized.words);
      return lines.every((line, at) => line === order.lines[at]) && discount === order.discount ? order : { ...order, lines, discount };
    };
  }

  /**
   * `GET /orders`: a page of the account's orders, newest first. One more order than the page
   * holds is read, so that the last page says so (`nextCursor` null) without a second query.
   */
  orderHistory(query: OrderHistoryQuery = {}, acceptLanguage?: string | null): Work<OrderPage> {
    const inLanguage = this.orderLanguage(acceptLanguage);
    return this.run(function* (tx) {
      const filter = parseOrderHistoryQuery(query);
      const found = yield* wait(tx.orderHistory({ ...filter, limit: filter.limit + 1 }));
      const page = found.slice(0, filter.limit);
      const orders: Order[] = [];
      for (const entry of page) orders.push(yield* inLanguage(tx, entry));
      // The cursor is made of the stored order's date and id, which localizing does not change.
      const last = page.at(-1)?.order;
      return { orders, nextCursor: found.length > filter.limit && last ? cursorAfter(last) : null };
    });
  }

  /** Every order made, oldest first (the mocks' tests count them); `GET /orders` is `orderHistory`. */
  listOrders(): Work<Order[]> {
    return this.run(function* (tx) {
      return (yield* wait(tx.listOrders())).map((entry) => entry.order);
    });
  }

  /**
   * Cancels an order that is not paid yet (the client refused its quote, or the buyer left): it
   * can no longer be paid. A cancelled order is answered again; a paid or failed one stands.
   */
  cancelOrder(orderId: string, acceptLanguage?: string | null): Work<Order> {
    const inLanguage = this.orderLanguage(acceptLanguage);
    return this.run(function* (tx) {
      const entry = yield* orderOf(tx, orderId);
      const { order } = entry;
      if (order.status === 'cancelled') return yield* inLanguage(tx, entry);
      if (!isOpen(order)) throw conflict('order_not_cancellable', `Order ${order.id} is ${order.status} and cannot be cancelled.`);
      cancel(order);
      yield* wait(tx.updateOrder(entry));
      return yield* inLanguage(tx, entry);
    });
  }

  /**
   * The buyer's side says it paid: the payment provider approved it (card, PayPal) or, with the
   * mock backend, the money arrived (offline). Where the provider is the truth (`providerSettles`,
   * the reference server), this only checks the ids and answers the order as it stands: a card
   * order is paid by the provider's verified webhook, a PayPal order by the capture the server
   * makes, an offline one by the vendor (`markOfflinePaid`). Otherwise it marks the order paid
   * and applies the purchase to its subscriptions. Confirming a paid order again answers it.
   */
  confirmOrder(orderId: string, body: unknown, acceptLanguage?: string | null): Work<Order> {
    const inLanguage = this.orderLanguage(acceptLanguage);
    const issuing = this.issueContext();
    const { now } = issuing;
    const providerSettles = this.providerSettles;
    return this.run(function* (tx) {
      const entry = yield* orderOf(tx, orderId);
      const request = parseBody(ConfirmOrderRequest, body ?? {}, 'confirmation');
      const { order } = entry;
      if (order.status === 'paid') return yield* inLanguage(tx, entry);
      // Where the provider settles, a failed attempt (a decline) may be tried again with the same
      // payment: the buyer's next confirmation reopens it, and only the provider can pay it.
      const retried = providerSettles && order.status === 'failed' && order.paymentMethod !== 'offline';
      if (order.status === 'cancelled' || (order.status === 'failed' && !retried)) {
        throw conflict('order_not_payable', `Order ${order.id} is ${order.status}; start a new checkout.`);
      }
      // Stand-in payment scripts in tests answer ids of their own, so any id is accepted, except
      // one this backend issued for another order: that is a mix-up, never a payment of this one.
      if (yield* issuedToOtherOrder(tx, entry, 'paymentIntentId', request.paymentIntentId)) {
        throw invalidRequest('The payment belongs to another order.', { paymentIntentId: 'Belongs to another order' });
      }
      if (yield* issuedToOtherOrder(tx, entry, 'paypalOrderId', request.paypalOrderId)) {
        throw invalidRequest('The PayPal order belongs to another order.', { paypalOrderId: 'Belongs to another order' });
      }
      // Payment is taken at the quoted price only while that price holds: a buyer who comes back
      // after it expired re-quotes and confirms the new price first.
      const quote = (yield* wait(tx.getQuote(order.quoteId)))?.quote;
      if ((order.status === 'pending_payment' || retried) && quote !== undefined && isExpired(quote, now)) {
        throw conflict('quote_expired', 'The price of this order has expired; get a new quote and pay that one.');
      }
      if (retried) {
        order.status = 'pending_payment';
        yield* wait(tx.updateOrder(entry));
      }
      if (providerSettles) return yield* inLanguage(tx, entry);
      if (!(yield* pay(tx, issuing, entry))) throw outdated(order);
      return yield* inLanguage(tx, entry);
    });
  }

  // ------------------------------------------------------------ payments (no routes of the contract)

  /** The order a provider's payment id was issued to, if any. */
  orderOfPayment(field: PaymentIdField, paymentId: string): Work<Order | undefined> {
    return this.run(function* (tx) {
      return (yield* wait(tx.findOrderByPaymentId(field, paymentId)))?.order;
    });
  }

  /** Gives a pending order the provider's payment (its id and what the browser needs to pay). */
  attachPayment(orderId: string, ids: PaymentIds, payment: PaymentAction): Work<Order> {
    return this.run(function* (tx) {
      const entry = yield* orderOf(tx, orderId);
      if (entry.order.status !== 'pending_payment') return entry.order;
      Object.assign(entry, ids);
      entry.order.payment = payment;
      yield* wait(tx.updateOrder(entry));
      return entry.order;
    });
  }

  /**
   * What a payment provider reported for the order its id was issued to: `paid` pays it and
   * applies it to its subscriptions, `failed` marks a pending attempt failed. With `event`, the
   * provider's event id is recorded in the same transaction, and an event seen before changes
   * nothing (`duplicate`). Money taken is never refused: a paid outcome pays a failed attempt
   * too (the buyer tried again with the same payment) and does not look at the quote's expiry;
   * a cancelled order stays cancelled and is answered as `unpayable` (to refund).
   */
  settlePayment(field: PaymentIdField, paymentId: string, outcome: 'paid' | 'failed', event?: { provider: string; id: string }): Work<Settlement> {
    const issuing = this.issueContext();
    return this.run(function* (tx) {
      if (event && !(yield* wait(tx.recordPaymentEvent(event.provider, event.id)))) return { result: 'duplicate' };
      const found = yield* wait(tx.findOrderByPaymentId(field, paymentId));
      // Read again through getOrder, which locks the row (PostgreSQL): a twin report (the webhook
      // and the browser's capture at once) waits here and then finds the order paid.
      const entry = found && (yield* wait(tx.getOrder(found.order.id)));
      if (!entry) return { result: 'unknown' };
      const { order } = entry;
      if (outcome === 'failed') {
        if (order.status !== 'pending_payment') return { result: 'unchanged', order };
        order.status = 'failed';
        yield* wait(tx.updateOrder(entry));
        return { result: 'failed', order };
      }
      if (order.status === 'paid') return { result: 'unchanged', order };
      if (order.status !== 'pending_payment' && order.status !== 'failed') return { result: 'unpayable', order };
      // Money taken for an order that another paid order overtook: nothing applies, the order is
      // cancelled (the buyer sees it), and the route logs the payment to refund.
      if (!(yield* pay(tx, issuing, entry))) {
        cancel(order);
        yield* wait(tx.updateOrder(entry));
        return { result: 'unpayable', order };
      }
      return { result: 'paid', order };
    });
  }

  /** The vendor received an offline payment: the order is paid and applies now. Again: the same answer. */
  markOfflinePaid(orderId: string): Work<Order> {
    const issuing = this.issueContext();
    return this.run(function* (tx) {
      const entry = yield* orderOf(tx, orderId);
      const { order } = entry;
      if (order.status === 'paid') return order;
      if (order.status !== 'awaiting_offline_payment') {
        throw conflict('order_not_payable', `Order ${order.id} is ${order.status}; only an order awaiting offline payment can be marked paid.`);
      }
      if (!(yield* pay(tx, issuing, entry))) throw outdated(order);
      return order;
    });
  }

  /**
   * A fresh link to the order's document (the invoice once paid, the proforma while an offline
   * order awaits the transfer), valid 24 hours and usable once; as many as the account asks for.
   */
  createInvoiceLink(orderId: string): Work<Invoice> {
    const { links, now } = this.issueContext();
    return this.run(function* (tx) {
      const { order } = yield* orderOf(tx, orderId);
      const series = currentSeries(order);
      const document = series === undefined ? undefined : yield* wait(tx.getInvoice(order.id, series));
      if (!series || !document) throw conflict('conflict', `Order ${order.id} is ${order.status}: it has no invoice to link to.`);
      const link = newLink(order.id, series, now);
      yield* wait(tx.insertInvoiceLink(link));
      return { url: links.url(link.id), expiresAt: link.expiresAt, singleUse: true };
    });
  }
}

/** What `settlePayment` did. */
export type Settlement = { result: 'duplicate' | 'unknown' } | { result: 'paid' | 'failed' | 'unchanged' | 'unpayable'; order: Order };

/**
 * Applies a paid order to its subscriptions, marks it paid and issues its invoice: every check
 * first, then only writes. The invoice is numbered in the payment's transaction: a payment rolled
 * back gives its number back. Answers false, writing nothing, when the order no longer fits its
 * subscriptions (another paid order changed what it was priced from): it is never applied twice,
 * nor over a newer one.
 */
function* pay(tx: Tx, issuing: IssueContext, entry: OrderRecord): Work<boolean> {
  const { order } = entry;
  const { now } = issuing;
  // Applied where the changes are stored, all or none: set-based on a database, whatever their number.
  if (!(yield* wait(tx.applyOrderChanges(order.id, applicationOf(order, now))))) return false;
  const catalog = yield* catalogOf(tx, entry.productId);
  markPaid(order, now);
  yield* issue(tx, issuing, entry, 'invoice', catalog.productName);
  yield* wait(tx.updateOrder(entry));
  return true;
}

/** The refusal of an order that no longer fits its subscriptions (see `pay`). */
function outdated(order: Order): ApiError {
  return conflict(
    'order_not_payable',
    `Order ${order.id} no longer fits its subscriptions: another order changed them since it was priced. Start a new checkout.`,
  );
}

// ---------------------------------------------------------------- invoices

/**
 * Issues the order's document of `series`: the vendor's next number, the document as it is now,
 * a link for the API's answer (`order.invoice`) and another for the email to the billing contact,
 * put into the outbox. The caller writes `entry` back.
 */
function* issue(tx: Tx, { links, sellers, now }: IssueContext, entry: OrderRecord, series: InvoiceSeries, productName: string): Work<void> {
  const { order } = entry;
  const seller = sellers(entry.productId);
  const sequence = yield* wait(tx.nextInvoiceNumber(seller.vendorId, series));
  const proforma = series === 'invoice' && order.paymentMethod === 'offline' ? yield* wait(tx.getInvoice(order.id, 'proforma')) : undefined;
  const document = issueDocument({ series, sequence, order, seller, buyer: entry.contact, productName, now, proformaNumber: proforma?.number });
  yield* wait(tx.insertInvoice(document));
  const answered = newLink(order.id, series, now);
  yield* wait(tx.insertInvoiceLink(answered));
  order.invoice = { url: links.url(answered.id), expiresAt: answered.expiresAt, singleUse: true };
  if (!entry.contact) return;
  const mailed = newLink(order.id, series, now);
  yield* wait(tx.insertInvoiceLink(mailed));
  const id = yield* wait(tx.nextId('mail'));
  yield* wait(tx.enqueueMail(composeMail({ id, document, to: entry.contact.email, url: links.url(mailed.id), createdAt: document.issuedAt })));
}

// ---------------------------------------------------------------- reads every operation shares

function* catalogOf(tx: Tx, productId: string): Work<Catalog> {
  const catalog = yield* wait(tx.getCatalog(productId));
  if (!catalog) throw notFound(`There is no product ${productId}.`);
  return catalog;
}

function* subscriptionOf(tx: Tx, subscriptionId: string): Work<Subscription> {
  const subscription = yield* wait(tx.getSubscription(subscriptionId));
  if (!subscription) throw notFound(`There is no subscription ${subscriptionId}.`);
  return subscription;
}

function* orderOf(tx: Tx, orderId: string): Work<OrderRecord> {
  const entry = yield* wait(tx.getOrder(orderId));
  if (!entry) throw notFound(`There is no order ${orderId}.`);
  return entry;
}

function* issuedToOtherOrder(tx: Tx, entry: OrderRecord, field: PaymentIdField, id: string | undefined): Work<boolean> {
  if (id === undefined) return false;
  const owner = yield* wait(tx.findOrderByPaymentId(field, id));
  return owner !== undefined && owner.order.id !== entry.order.id;
}

/**
 * A subscription as the contract answers it: with the credit an upgrade made today would give,
 * its renewal mode and day, and no next payment while its renewal is canceled.
 */
function present(subscription: Subscription, today: string): Subscription {
  const { upgradeCredit: _stale, ...stored } = subscription;
  const mode = renewalModeOf(stored);
  const answered: Subscription = { ...stored, renewalMode: mode, renewalDay: stored.renewalDay ?? null, autoRenew: mode === 'auto' };
  if (mode === 'canceled') answered.nextPaymentAt = null;
  const credit = upgradeCredit(stored, today);
  return credit ? { ...answered, upgradeCredit: credit } : answered;
}

/**
 * The subscriptions a quote request prices, in its order: the one of an expansion or upgrade; a
 * renewal's ids, or what its selection matches now (a filter in the renewal center's order).
 */
function* subscriptionsToPrice(tx: Tx, request: QuoteRequest, today: string): Work<Subscription[]> {
  if (request.flow !== 'renew') return [yield* subscriptionOf(tx, request.subscriptionId)];
  const { subscriptionIds, selection } = request;
  if ((subscriptionIds === undefined) === (selection === undefined)) {
    const message = 'Send either subscriptionIds or selection, not both and not neither.';
    throw new ApiError(400, 'invalid_request', message, { subscriptionIds: message, selection: message });
  }
  if (subscriptionIds !== undefined) return yield* subscriptionsById(tx, subscriptionIds, 'subscription');
  if (!selection) throw new Error('unreachable: selection was checked');
  const subscriptions =
    'ids' in selection ? yield* subscriptionsById(tx, selection.ids, 'resource') : yield* wait(tx.findRenewals({ criteria: criteriaFor(selection, today) }));
  if (subscriptions.length === 0) throw invalidRequest('The selection matches no resource to renew.', { selection: 'Matches nothing' });
  const products = [...new Set(subscriptions.map((subscription) => subscription.productId))];
  if (products.length > 1) {
    const names: string[] = [];
    for (const productId of products) names.push((yield* wait(tx.getCatalog(productId)))?.productName ?? productId);
    const message = `One order renews the subscriptions of one product; the selection holds ${names.join(', ')}. Narrow it to one product.`;
    throw invalidRequest(message, { selection: `Spans ${names.length} products: ${names.join(', ')}` });
  }
  return subscriptions;
}

/** Subscriptions by id in the order given (repeats kept: pricing names them), or 404 naming the unknown ones. */
function* subscriptionsById(tx: Tx, ids: readonly string[], what: 'subscription' | 'resource'): Work<Subscription[]> {
  const found = new Map((yield* wait(tx.getSubscriptions([...new Set(ids)]))).map((subscription) => [subscription.id, subscription]));
  const missing = [...new Set(ids.filter((id) => !found.has(id)))];
  if (missing.length > 0)
    throw notFound(`There is no ${what} ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ` (and ${missing.length - 20} more)` : ''}.`);
  return ids.map((id) => found.get(id)!);
}

/** A selection by filter as a repository's criteria, with its exceptions. */
function criteriaFor(selection: Extract<RenewalSelection, { filter: unknown }>, today: string): RenewalCriteria {
  const criteria = criteriaOf(selection.filter, today);
  if (selection.except && selection.except.length > 0) criteria.except = selection.except;
  return criteria;
}

/**
 * The criteria of an action's selection: by ids, each the account's and renewable (404 naming the
 * unknown ones, 422 naming a trial), else by filter less its exceptions.
 */
function* actionCriteria(tx: Tx, selection: RenewalSelection, today: string): Work<RenewalCriteria> {
  if (!('ids' in selection)) return criteriaFor(selection, today);
  const subscriptions = yield* subscriptionsById(tx, selection.ids, 'resource');
  const trials = subscriptions.filter((subscription) => subscription.status === 'trial');
  if (trials.length > 0) {
    throw invalidRequest(`A trial has no renewal to change: ${trials.map((trial) => trial.id).join(', ')}.`, {
      'selection.ids': `Trials: ${trials.map((trial) => trial.id).join(', ')}`,
    });
  }
  return { ids: [...new Set(selection.ids)] };
}

/** Prices a request against the current state of its subscriptions; `contactId` decides the tax country. */
function* price(
  tx: Tx,
  request: QuoteRequest,
  subscriptions: readonly Subscription[],
  contactId: string | undefined,
  today: string,
): Work<{ priced: PricedQuote; productId: string; catalog: Catalog }> {
  const [first] = subscriptions;
  if (!first) throw invalidRequest('Choose at least one subscription.', { subscriptionIds: 'Required' });
  const catalog = yield* catalogOf(tx, first.productId);
  const customer = yield* wait(tx.getCustomer(first.customerId));
  if (!customer) throw new Error(`Subscription ${first.id} has unknown customer ${first.customerId}`);

  const otherCustomer = subscriptions.findIndex((subscription) => subscription.customerId !== first.customerId);
  if (otherCustomer >= 0) {
    const path = request.flow === 'renew' && request.subscriptionIds === undefined ? 'selection' : `subscriptionIds.${otherCustomer}`;
    throw invalidRequest('One order renews the subscriptions of one customer.', { [path]: 'Belongs to another customer' });
  }

  let taxParty: TaxParty = { country: customer.country };
  if (contactId !== undefined) {
    const contact = yield* wait(tx.getContact(contactId));
    if (!contact) throw invalidRequest(`There is no contact ${contactId}.`, { contactId: 'Unknown contact' });
    taxParty = { country: contact.country, vatId: contact.vatId };
  }

  const { standardRenewalDay } = yield* wait(tx.getRenewalSettings());
  const priced = priceQuote(request, { today, catalog, subscriptions, taxParty, promotions: yield* wait(tx.listPromotions()), standardRenewalDay });
  return { priced, productId: catalog.productId, catalog };
}
