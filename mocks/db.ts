/**
 * The mock backend's database as tests and the MSW handlers use it: the core's checkout service
 * on an in-memory repository, run synchronously, seeded from `seed.ts`, plus helpers that set up
 * states the contract cannot reach (a price change, a subscription's fields). Each operation
 * either returns the endpoint's answer or throws the core's `ApiError`.
 *
 * Values handed out are copies, so a caller (a test, a handler) can never change the stored
 * state by mutating what it got.
 */
import type { Catalog, Contact, CustomerLookup, Invoice, Money, Order, OrderPage, Quote, Subscription } from '../src/api/schemas.js';
import type { QuoteItemPage, RenewalCounts, RenewalPage, RenewalSettings, RenewalUpdate } from '../src/api/renewal-schemas.js';
import type { Clock } from '../src/api/calendar.js';
import { notFound } from '../core/errors.js';
import { MemoryRepository } from '../core/memory-repository.js';
import type { OrderHistoryQuery } from '../core/order-history.js';
import type { CountRenewalsParams, ListRenewalsParams } from '../core/renewals.js';
import type { SubscriptionFilter } from '../core/repository.js';
import { runSync } from '../core/run.js';
import { CheckoutService } from '../core/service.js';
import { createSeed, generateResources, type SeedData } from './seed.js';
import { seedOrderHistory } from './seed-orders.js';
import { seedTranslations } from './seed-translations.js';

export { QUOTE_TTL_MS } from '../core/quotes.js';

export type ListSubscriptionsFilter = SubscriptionFilter;

export interface MockDbOptions {
  clock: Clock;
  /** Start with the demo account's past orders (seed-orders.ts); none by default, so tests count from zero. */
  seedOrders?: boolean;
  /** Generated KooPhone resources added to the seed's account on every reset (see `generateResources`). */
  generatedResources?: number;
  /** The data to start and reset from, relative to the clock's now; the demo seed (`createSeed`) by default. */
  seed?: (now: Date) => SeedData;
}

export class MockDb {
  readonly clock: Clock;
  /** The records, for helpers that reach past the contract (a bench's large account). */
  readonly repository = new MemoryRepository();
  private readonly service: CheckoutService;
  private readonly seedOrders: boolean;
  private generated: number;
  private readonly seed: (now: Date) => SeedData;

  constructor(options: MockDbOptions) {
    this.clock = options.clock;
    this.seedOrders = options.seedOrders ?? false;
    this.generated = options.generatedResources ?? 0;
    this.seed = options.seed ?? createSeed;
    this.service = new CheckoutService({ repository: this.repository, clock: this.clock, catalogTranslations: seedTranslations });
    this.reset();
  }

  /** Back to the seed (with the generated resources asked for), relative to the clock's current now. */
  reset(): void {
    this.repository.load(this.seed(this.clock.now()));
    if (this.seedOrders) runSync(seedOrderHistory(this.repository, this.clock.now()));
    if (this.generated > 0) this.repository.adoptSubscriptions(generateResources(this.generated, this.clock.now()));
  }

  /**
   * Gives the seed's account `count` more KooPhone resources (`gen-000001`...), the same ones for the
   * same count and now, spread over every tab, plan and expiry window: the renewal center's
   * 100,000-resource case. They stay until `reset`, which keeps the count given to the backend's
   * options (`createMockBackend({ generatedResources })`). 100,000 take about a tenth of a second.
   */
  generateResources(count: number): void {
    this.repository.adoptSubscriptions(generateResources(count, this.clock.now()));
  }

  // ------------------------------------------------------------ the contract's operations

  /** The catalog in the language an `Accept-Language` header asks for (`seed-translations.ts`), else as seeded. */
  getCatalog(productId: string, acceptLanguage?: string | null): Catalog {
    return runSync(this.service.getCatalog(productId, acceptLanguage));
  }

  getSubscription(subscriptionId: string): Subscription {
    return runSync(this.service.getSubscription(subscriptionId));
  }

  listSubscriptions(filter: ListSubscriptionsFilter = {}): Subscription[] {
    return runSync(this.service.listSubscriptions(filter));
  }

  setAutoRenew(subscriptionId: string, body: unknown): Subscription {
    return runSync(this.service.setAutoRenew(subscriptionId, body));
  }

  unsubscribe(subscriptionId: string): Subscription {
    return runSync(this.service.unsubscribe(subscriptionId));
  }

  lookupCompany(companyId: string | null | undefined): CustomerLookup {
    return runSync(this.service.lookupCompany(companyId));
  }

  listContacts(): Contact[] {
    return runSync(this.service.listContacts());
  }

  createContact(body: unknown, idempotencyKey?: string | null): Contact {
    return runSync(this.service.createContact(body, idempotencyKey));
  }

  createQuote(body: unknown, acceptLanguage?: string | null): Quote {
    return runSync(this.service.createQuote(body, acceptLanguage));
  }

  getQuote(quoteId: string): Quote | undefined {
    return runSync(this.service.getQuote(quoteId));
  }

  /** Orders are answered with their lines named in the language an `Accept-Language` header asks for; stored as quoted. */
  createOrder(body: unknown, idempotencyKey: string | null | undefined, acceptLanguage?: string | null): Order {
    return runSync(this.service.createOrder(body, idempotencyKey, acceptLanguage));
  }

  getOrder(orderId: string, acceptLanguage?: string | null): Order {
    return runSync(this.service.getOrder(orderId, acceptLanguage));
  }

  cancelOrder(orderId: string, acceptLanguage?: string | null): Order {
    return runSync(this.service.cancelOrder(orderId, acceptLanguage));
  }

  /** `GET /orders`: a page of the orders, newest first. */
  orderHistory(query: OrderHistoryQuery = {}, acceptLanguage?: string | null): OrderPage {
    return runSync(this.service.orderHistory(query, acceptLanguage));
  }

  /** Every order made, oldest first (tests count them). */
  listOrders(): Order[] {
    return runSync(this.service.listOrders());
  }

  confirmOrder(orderId: string, body: unknown, acceptLanguage?: string | null): Order {
    return runSync(this.service.confirmOrder(orderId, body, acceptLanguage));
  }

  /** A fresh link to the order's invoice or proforma (the mocks' stand-in address). */
  createInvoiceLink(orderId: string): Invoice {
    return runSync(this.service.createInvoiceLink(orderId));
  }

  /** `GET /quotes/{quoteId}/items`: a page of a quote's items. */
  listQuoteItems(quoteId: string, query: { limit?: string | null; cursor?: string | null } = {}): QuoteItemPage {
    return runSync(this.service.listQuoteItems(quoteId, query));
  }

  // ------------------------------------------------------------ the renewal center

  /** `GET /renewals`: a page of one tab (the query's text parameters; `mode` required). */
  listRenewals(query: ListRenewalsParams): RenewalPage {
    return runSync(this.service.listRenewals(query));
  }

  countRenewals(query: CountRenewalsParams = {}): RenewalCounts {
    return runSync(this.service.countRenewals(query));
  }

  setRenewalMode(body: unknown): RenewalUpdate {
    return runSync(this.service.setRenewalMode(body));
  }

  setRenewalDay(body: unknown): RenewalUpdate {
    return runSync(this.service.setRenewalDay(body));
  }

  getRenewalSettings(): RenewalSettings {
    return runSync(this.service.getRenewalSettings());
  }

  updateRenewalSettings(body: unknown): RenewalSettings {
    return runSync(this.service.updateRenewalSettings(body));
  }

  // ------------------------------------------------------------ test helpers

  /**
   * Changes the monthly price of a plan, service or SLA level (tests of `price_changed`).
   * Quotes made before keep their figures; ordering them is then refused.
   */
  setUnitPrice(productId: string, id: string, price: Money): void {
    const catalog = this.getCatalog(productId);
    if (price.currency !== catalog.currency) throw new Error(`${catalog.productName} is priced in ${catalog.currency}`);
    const item = catalog.plans.find((plan) => plan.id === id) ?? catalog.services.find((service) => service.id === id);
    const sla = catalog.slaLevels.find((level) => level.id === id);
    if (item) item.unitPrice = { ...price };
    else if (sla) sla.monthlyPrice = { ...price };
    else throw new Error(`${catalog.productName} has no plan, service or SLA level ${id}`);
    this.repository.catalogs.set(productId, catalog);
  }

  /** Replaces a subscription's fields (tests that need a particular state). */
  patchSubscription(subscriptionId: string, patch: Partial<Omit<Subscription, 'id'>>): Subscription {
    const stored = this.repository.getSubscription(subscriptionId);
    if (!stored) throw notFound(`There is no subscription ${subscriptionId}.`);
    this.repository.putSubscription({ ...stored, ...structuredClone(patch) });
    return this.getSubscription(subscriptionId);
  }
}
