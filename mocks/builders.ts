/**
 * Builders of a vendor's own seed data for `createMockBackend({ seed })`: each takes only the
 * fields a test cares about and returns a complete object of the contract, checked with its zod
 * schema (a wrong field throws here, naming it, not later as a 500 from the mocks).
 *
 * ```ts
 * const mock = createMockBackend({
 *   now: '2026-11-23T10:00:00Z',
 *   seed: (now) => {
 *     const telephony = catalog({ productId: 'telephony', currency: 'EUR', services: [{ id: 'seats', unitPrice: 1200, min: 1 }] });
 *     const buyer = customer({ id: 'cust-1', country: 'DE' });
 *     return { catalogs: [telephony], customers: [buyer], contacts: [contact({ isDefault: true })],
 *       subscriptions: [subscription({ id: 'sub-1', catalog: telephony, customer: buyer, services: [{ serviceId: 'seats', quantity: 10 }], now })] };
 *   },
 * });
 * ```
 *
 * Money: a `Price` is minor units as a plain number (`1200` is 12.00) in the currency of where it
 * is built (inside `catalog()` the catalog's, else the `currency` option, else USD), or a `Money`
 * (`{ amount, currency }`) that must be in that currency. Ids left out are readable and unique per
 * kind (`plan-1`, `service-2`, `customer-1`); names left out are made from the id (`seats` ->
 * `Seats`). DOM-free and MSW-free.
 */
import type { z } from 'zod/mini';
import {
  BillingCycle,
  Catalog,
  Contact,
  Customer,
  Plan,
  Service,
  Subscription,
  type Money,
  type PaymentConfig,
  type PaymentMethod,
  type SlaLevel,
} from '../src/api/schemas.js';
import { addDays, addMonths, startOfDateTime, toIsoDate } from '../src/api/calendar.js';
import type { Promotion } from '../core/pricing.js';
import { nameOf, nextId } from './builder-ids.js';

/** Minor units in the currency of where it is built, or an explicit amount and currency. */
export type Price = number | Money;

/** The currency of prices written as numbers, outside a catalog; USD when missing. */
export interface InCurrency {
  currency?: string;
}

export type PlanSeed = Partial<Omit<Plan, 'unitPrice'>> & { unitPrice?: Price } & InCurrency;
export type ServiceSeed = Partial<Omit<Service, 'unitPrice'>> & { unitPrice?: Price } & InCurrency;
export type CycleSeed = Partial<BillingCycle>;
export type SlaLevelSeed = Omit<SlaLevel, 'monthlyPrice'> & { monthlyPrice: Price };
export type CatalogSeed = Partial<Omit<Catalog, 'plans' | 'services' | 'cycles' | 'slaLevels'>> & {
  plans?: PlanSeed[];
  services?: ServiceSeed[];
  cycles?: CycleSeed[];
  slaLevels?: SlaLevelSeed[];
};
export type CustomerSeed = Partial<Customer>;
export type ContactSeed = Partial<Contact>;
export type SubscriptionSeed = Partial<Omit<Subscription, 'paidThisTerm' | 'upgradeCredit'>> &
  InCurrency & {
    /**
     * The product: its id, currency, first cycle, first plan (at its minimum quantity) and services
     * (at their minimum). Without it (and without `productId`) the product is `product-1`, the id
     * `catalog()` gives the first catalog built without one.
     */
    catalog?: Catalog;
    /** The owner: its id. Without it (and without `customerId`) `customer-1`, the first `customer()` built without an id. */
    customer?: Customer;
    /** What was paid for the current term; none (`null`) by default, so an upgrade credits nothing. */
    paidThisTerm?: Price | null;
    /** The "now" the term's default dates are relative to (the seed function's `now`); real time when missing. */
    now?: Date | string | number;
  };
type PercentPromotion = Extract<Promotion, { kind: 'percent' }>;
type FixedPromotion = Extract<Promotion, { kind: 'fixed' }>;
export type PromotionSeed = (Partial<Omit<PercentPromotion, 'kind'>> & { kind?: 'percent' }) | (Partial<Omit<FixedPromotion, 'kind'>> & { kind: 'fixed' });

const DEFAULT_CURRENCY = 'USD';
/** Every payment method, with the keys the Stripe and PayPal stand-ins accept (as the demo seed). */
const PAYMENT_METHODS: PaymentMethod[] = ['paypal', 'card', 'offline'];
const PAYMENTS: PaymentConfig = { stripePublishableKey: 'pk_test_upcart', paypalClientId: 'upcart-sandbox' };

/** The value as the schema parses it; throws naming the object and the fields that do not fit. */
function checked<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  throw new TypeError(`${what} does not fit the contract: ${issues}`);
}

function toMoney(price: Price, currency: string, what: string): Money {
  if (typeof price === 'number') return { amount: price, currency };
  if (price.currency !== currency)
    throw new TypeError(`${what} is priced in ${price.currency}, not ${currency}: write the amount as a number to take ${currency}`);
  return { ...price };
}

/** The default unit with its plural forms, or nothing when the vendor named a unit (its forms are theirs to give). */
function defaultUnit(given: string | undefined, unit: string): { unit?: string; unitForms?: { one: string; other: string } } {
  return given === undefined ? { unit, unitForms: { one: unit, other: `${unit}s` } } : {};
}

/** A plan at 10.00 per user per month, 1 to 1000 users, tier 1. */
export function plan(input: PlanSeed = {}): Plan {
  const { currency = DEFAULT_CURRENCY, unitPrice = 1000, id = nextId('plan'), ...fields } = input;
  const value = { name: nameOf(id), tier: 1, ...defaultUnit(fields.unit, 'user'), minQuantity: 1, maxQuantity: 1000, features: [], ...fields };
  return checked(Plan, { ...value, id, unitPrice: toMoney(unitPrice, currency, `Plan ${id}`) }, `Plan ${id}`);
}

/** A service at 1.00 per unit per month, 0 to 1000 units in steps of 1, none included. */
export function service(input: ServiceSeed = {}): Service {
  const { currency = DEFAULT_CURRENCY, unitPrice = 100, id = nextId('service'), ...fields } = input;
  const value = { name: nameOf(id), ...defaultUnit(fields.unit, 'unit'), min: 0, max: 1000, step: 1, included: 0, ...fields };
  return checked(Service, { ...value, id, unitPrice: toMoney(unitPrice, currency, `Service ${id}`) }, `Service ${id}`);
}

/** A billing cycle: monthly without discount; its id is `m<months>` (`cycle({ months: 12, discountPercent: 10 })` is `m12`). */
export function cycle(input: CycleSeed = {}): BillingCycle {
  const months = input.months ?? 1;
  return checked(BillingCycle, { id: `m${months}`, months, discountPercent: 0, ...input }, `Cycle ${input.id ?? `m${months}`}`);
}

/**
 * A product's catalog in USD, billed monthly, payable by PayPal, card and offline invoice, with
 * the plans and services given (none by default). Plans, services and SLA levels are built in the
 * catalog's currency: give their prices as numbers.
 */
export function catalog(input: CatalogSeed = {}): Catalog {
  const { productId = nextId('product'), currency = DEFAULT_CURRENCY, plans = [], services = [], cycles = [{}], slaLevels = [], ...fields } = input;
  const inCatalog = <T extends InCurrency>(item: T, what: string): T & { currency: string } => {
    if (item.currency !== undefined && item.currency !== currency)
      throw new TypeError(`${what} is priced in ${item.currency}, not in the catalog's ${currency}`);
    return { ...item, currency };
  };
  const value: Catalog = {
    productName: nameOf(productId),
    renewalDurations: [],
    paymentMethods: PAYMENT_METHODS,
    payments: PAYMENTS,
    ...fields,
    productId,
    currency,
    plans: plans.map((entry, index) => plan(inCatalog(entry, `plans.${index}`))),
    services: services.map((entry, index) => service(inCatalog(entry, `services.${index}`))),
    cycles: cycles.map(cycle),
    slaLevels: slaLevels.map((level) => ({ ...level, monthlyPrice: toMoney(level.monthlyPrice, currency, `SLA level ${level.id}`) })),
  };
  return checked(Catalog, value, `Catalog ${productId}`);
}

/** A business customer in Germany (19 % VAT when no contact says otherwise); its company id is its id in capitals. */
export function customer(input: CustomerSeed = {}): Customer {
  const id = input.id ?? nextId('customer');
  return checked(Customer, { companyId: id.toUpperCase(), name: nameOf(id), country: 'DE', ...input, id }, `Customer ${id}`);
}

/** A billing contact in Berlin with an `@example.com` address; no company, no VAT id, not the default. */
export function contact(input: ContactSeed = {}): Contact {
  const id = input.id ?? nextId('contact');
  const value = {
    name: nameOf(id),
    email: `${id}@example.com`,
    address: { line1: '1 Example Street', city: 'Berlin', postalCode: '10115' },
    country: 'DE',
    ...input,
    id,
  };
  return checked(Contact, value, `Contact ${id}`);
}

/**
 * An active subscription whose current term started a third of its cycle (and 10 days) before
 * `now` and ends a cycle later, so it can be expanded, upgraded and renewed today: a yearly term
 * started 4 months and 10 days ago, a monthly one 10 days ago. A `termStart` or `termEnd` given
 * alone places the term around it. Renews by hand; next payment at the term end.
 */
export function subscription(input: SubscriptionSeed = {}): Subscription {
  const {
    catalog: product,
    customer: owner,
    currency = product?.currency ?? DEFAULT_CURRENCY,
    paidThisTerm = null,
    now,
    id = nextId('subscription'),
    ...fields
  } = input;
  const cycleId = fields.cycleId ?? product?.cycles[0]?.id ?? 'm1';
  const months = product?.cycles.find((entry) => entry.id === cycleId)?.months ?? 1;
  const planId = fields.planId ?? product?.plans[0]?.id;
  const firstPlan = product?.plans.find((entry) => entry.id === planId);
  const today = toIsoDate(now === undefined ? new Date() : new Date(now));
  const termStart = fields.termStart ?? (fields.termEnd ? addMonths(fields.termEnd, -months) : addMonths(addDays(today, -10), -Math.floor(months / 3)));
  const termEnd = fields.termEnd ?? addMonths(termStart, months);
  const status = fields.status ?? 'active';
  const value = {
    productId: product?.productId ?? 'product-1',
    customerId: owner?.id ?? 'customer-1',
    name: product?.productName ?? nameOf(id),
    ...(planId === undefined ? {} : { planId }),
    quantity: firstPlan?.minQuantity ?? 1,
    services: product?.services.map((entry) => ({ serviceId: entry.id, quantity: entry.min })) ?? [],
    minimumTermEnd: termEnd,
    nextPaymentAt: status === 'inactive' ? null : startOfDateTime(termEnd),
    registeredAt: startOfDateTime(termStart),
    autoRenew: false,
    ...fields,
    id,
    status,
    cycleId,
    termStart,
    termEnd,
    paidThisTerm: paidThisTerm === null ? null : toMoney(paidThisTerm, currency, `Subscription ${id}'s paidThisTerm`),
  };
  return checked(Subscription, value, `Subscription ${id}`);
}

/**
 * A promotion code on offer: 10 % off any flow, plan and subtotal, no end date, or with
 * `kind: 'fixed'` 10.00 off (`amountOff` in minor units of the quote's currency). Codes are kept in
 * capitals, as buyers' codes are compared.
 */
export function promotion(input: PromotionSeed = {}): Promotion {
  const code = (input.code ?? nextId('promo')).toUpperCase();
  if (input.kind === 'fixed') {
    const amountOff = input.amountOff ?? 1000;
    return { description: `${code}: a fixed amount off`, ...input, code, amountOff };
  }
  const percent = input.percent ?? 10;
  return { description: `${code}: ${percent}% off`, ...input, kind: 'percent', code, percent };
}
