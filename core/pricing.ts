/**
 * Every price the backend quotes, as pure functions of their inputs (no state, no clock:
 * "today" is an argument), written so that each
 * figure can be checked by hand:
 *
 * - amounts are integer minor units;
 * - each line is computed as one exact fraction of integers (BigInt, so no float is ever
 *   accumulated) and rounded half away from zero ONCE;
 * - subtotal = sum of rounded lines; promotion off the subtotal; tax rounded once on
 *   (subtotal - discount); total = subtotal - discount + tax.
 *
 * Domain refusals (a quantity off its step, a downgrade, a bad promotion code...) throw an
 * `ApiError` with status 422, which an adapter sends as the contract's `ErrorBody`.
 */
import type {
  Catalog,
  Discount,
  ExpandQuoteRequest,
  Flow,
  Money,
  QuoteLine,
  QuoteRequest,
  RenewQuoteRequest,
  Service,
  ServiceQuantity,
  Subscription,
  Tax,
  UpgradeQuoteRequest,
} from '../src/api/schemas.js';
import type { QuoteItem } from '../src/api/renewal-schemas.js';
import { canExpand, PROMO_REFUSED } from '../src/api/rules.js';
import { addMonths, daysBetween, nextDayOfMonthOnOrAfter, parseIsoDate, startOfDateTime } from '../src/api/calendar.js';
import { ApiError, invalidRequest } from './errors.js';
import { formatMoney } from './money.js';

// ---------------------------------------------------------------- exact arithmetic

/** Percentages are exact to 4 decimals (12.3456 %); they are scaled to integers by this. */
const PERCENT_SCALE = 10_000n;
const HUNDRED_PERCENT = 100n * PERCENT_SCALE;
/** Co-terming charges a day at a 365th of a year (12 monthly prices), leap year or not. */
const DAYS_PER_YEAR = 365n;
/** ...and a year is 12 monthly prices: a co-term line's `months`. */
const MONTHS_PER_YEAR = 12;

function big(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
  return BigInt(value);
}

function scaledPercent(percent: number): bigint {
  const scaled = Math.round(percent * Number(PERCENT_SCALE));
  if (percent < 0 || percent > 100 || Math.abs(scaled - percent * Number(PERCENT_SCALE)) > 1e-6) {
    throw new RangeError(`A percentage must be 0-100 with at most 4 decimals, got ${percent}`);
  }
  return BigInt(scaled);
}

/**
 * `numerator / denominator` rounded half away from zero (2.5 -> 3, -2.5 -> -3), the one
 * rounding every line gets.
 */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const num = numerator < 0n ? -numerator : numerator;
  const den = denominator < 0n ? -denominator : denominator;
  const magnitude = (2n * num + den) / (2n * den);
  const rounded = Number(negative ? -magnitude : magnitude);
  if (!Number.isSafeInteger(rounded)) throw new RangeError('Amount out of range');
  // `-0` would print as 0 but fails Object.is checks in tests; a zero is a zero.
  return rounded === 0 ? 0 : rounded;
}

/** Price of one cycle: `p × qty × m × (1 − d)`. */
export function cycleAmount(unitPrice: number, quantity: number, months: number, discountPercent: number): number {
  return roundHalfAwayFromZero(
    big(unitPrice, 'unitPrice') * big(quantity, 'quantity') * big(months, 'months') * (HUNDRED_PERCENT - scaledPercent(discountPercent)),
    HUNDRED_PERCENT,
  );
}

export interface ExpandAmountInput {
  /** Monthly unit price. */
  unitPrice: number;
  /** Units added. */
  units: number;
  /** Months of the subscription's current cycle and its discount. */
  months: number;
  discountPercent: number;
  daysLeft: number;
  termDays: number;
}

/** Added units to the term end: `p × m × (1 − d) × n × left / termDays`. */
export function expandAmount(input: ExpandAmountInput): number {
  return roundHalfAwayFromZero(
    big(input.unitPrice, 'unitPrice') *
      big(input.units, 'units') *
      big(input.months, 'months') *
      (HUNDRED_PERCENT - scaledPercent(input.discountPercent)) *
      big(input.daysLeft, 'daysLeft'),
    HUNDRED_PERCENT * big(input.termDays, 'termDays'),
  );
}

/** Credit for the unused part of a paid term, negative: `−paid × left / termDays`. */
export function creditAmount(paid: number, daysLeft: number, termDays: number): number {
  return roundHalfAwayFromZero(-big(paid, 'paid') * big(daysLeft, 'daysLeft'), big(termDays, 'termDays'));
}

/** Extra days to the standard renewal day: `p × 12 × qty × days / 365`, no discount. */
export function cotermAmount(unitPrice: number, quantity: number, extraDays: number): number {
  return roundHalfAwayFromZero(big(unitPrice, 'unitPrice') * BigInt(MONTHS_PER_YEAR) * big(quantity, 'quantity') * big(extraDays, 'extraDays'), DAYS_PER_YEAR);
}

/** `percent` % of an amount, rounded once. */
export function percentOf(amount: number, percent: number): number {
  return roundHalfAwayFromZero(big(amount, 'amount') * scaledPercent(percent), HUNDRED_PERCENT);
}

// ---------------------------------------------------------------- tax

/** The vendor is established in Germany: German buyers always pay German VAT. */
export const VENDOR_COUNTRY = 'DE';

/** VAT or sales-tax rate per billing country; a country not listed is taxed at 0 %. */
export const TAX_RATES: Readonly<Record<string, number>> = {
  DE: 19,
  FR: 20,
  GB: 20,
  IT: 22,
  ES: 21,
  NL: 21,
  AT: 20,
  US: 0,
  CN: 6,
  VN: 10,
  JP: 10,
};

export const EU_COUNTRIES: ReadonlySet<string> = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

/** Who is billed, as far as tax cares. */
export interface TaxParty {
  country: string;
  /** A business's VAT id; empty or missing for a consumer. */
  vatId?: string | undefined;
}

export interface TaxTreatment {
  country: string;
  ratePercent: number;
  reverseCharge: boolean;
}

/** Greece's VAT ids start with EL, not its ISO code. */
function vatPrefix(country: string): string {
  return country === 'GR' ? 'EL' : country;
}

/**
 * The billing country's rate, except that a business in another EU member state (a VAT id
 * of its own country) accounts for the VAT itself: 0 % with reverse charge.
 */
export function taxTreatment(party: TaxParty): TaxTreatment {
  const vatId = party.vatId?.trim() ?? '';
  const reverseCharge = party.country !== VENDOR_COUNTRY && EU_COUNTRIES.has(party.country) && vatId.startsWith(vatPrefix(party.country));
  return { country: party.country, ratePercent: reverseCharge ? 0 : (TAX_RATES[party.country] ?? 0), reverseCharge };
}

/** Tax on the discounted subtotal, rounded once. */
export function taxFor(base: number, party: TaxParty, currency: string): Tax {
  const treatment = taxTreatment(party);
  return { ...treatment, amount: { amount: percentOf(base, treatment.ratePercent), currency } };
}

// ---------------------------------------------------------------- promotions

interface PromotionCommon {
  code: string;
  description: string;
  /** Only these flows may use the code; any flow when missing. */
  flows?: readonly Flow[];
  /** Only orders for these plans may use the code; any plan when missing. */
  planIds?: readonly string[];
  /** Minimum subtotal in minor units of the quote's currency. */
  minSubtotal?: number;
  /** Last UTC date the code is valid on (inclusive). */
  validUntil?: string;
}

export type Promotion = (PromotionCommon & { kind: 'percent'; percent: number }) | (PromotionCommon & { kind: 'fixed'; amountOff: number });

export interface PromotionContext {
  flow: Flow;
  /** Plans the order is for: the new plan of an upgrade, else the subscriptions' plans. */
  planIds?: readonly string[];
  subtotal: number;
  currency: string;
  today: string;
}

export type PromotionResult = { ok: true; discount: Discount } | { ok: false; message: string };

/** Checks a code against the promotions on offer and prices its discount. */
export function applyPromotion(code: string, promotions: readonly Promotion[], context: PromotionContext): PromotionResult {
  const normalized = code.trim().toUpperCase();
  const promotion = promotions.find((candidate) => candidate.code === normalized);
  if (!promotion) return { ok: false, message: `The promotion code ${normalized} does not exist.` };
  if (promotion.validUntil !== undefined && parseIsoDate(context.today) > parseIsoDate(promotion.validUntil)) {
    return { ok: false, message: `The promotion code ${normalized} expired on ${promotion.validUntil}.` };
  }
  if (promotion.flows && !promotion.flows.includes(context.flow)) {
    return { ok: false, message: `The promotion code ${normalized} applies only to ${promotion.flows.join(', ')} orders.` };
  }
  if (promotion.planIds && !(context.planIds ?? []).some((planId) => promotion.planIds?.includes(planId))) {
    return { ok: false, message: `The promotion code ${normalized} does not apply to the chosen plan.` };
  }
  if (promotion.minSubtotal !== undefined && context.subtotal < promotion.minSubtotal) {
    return {
      ok: false,
      message: `The promotion code ${normalized} needs a subtotal of at least ${formatMoney(money(promotion.minSubtotal, context.currency))}.`,
    };
  }
  // Never more off than the subtotal, so a discount cannot turn an order into a refund.
  const off =
    promotion.kind === 'percent' ? percentOf(Math.max(context.subtotal, 0), promotion.percent) : Math.min(promotion.amountOff, Math.max(context.subtotal, 0));
  return { ok: true, discount: { code: normalized, description: promotion.description, amount: { amount: off, currency: context.currency } } };
}

// ---------------------------------------------------------------- flows

export interface QuoteInputs {
  /** Today's UTC date, `YYYY-MM-DD`. */
  today: string;
  catalog: Catalog;
  /** The request's subscriptions, in request order (one for expand and upgrade). */
  subscriptions: readonly Subscription[];
  /** The request's contact, else the customer. */
  taxParty: TaxParty;
  promotions: readonly Promotion[];
  /** The account's standard renewal day: co-terming ends there when a resource has no day of its own (before the catalog's). */
  standardRenewalDay?: number | null | undefined;
}

/** Fields of a subscription that a paid order changes. */
export type SubscriptionPatch = Partial<
  Pick<
    Subscription,
    'planId' | 'status' | 'cycleId' | 'quantity' | 'services' | 'slaId' | 'termStart' | 'termEnd' | 'minimumTermEnd' | 'nextPaymentAt' | 'paidThisTerm'
  >
>;

/** What paying the quote does to one subscription. */
export interface SubscriptionChange {
  subscriptionId: string;
  set: SubscriptionPatch;
  /** Added to `paidThisTerm` (expand: the term goes on, its payments add up). */
  addToPaid: number;
  /**
   * The fields `set` changes, as the subscription had them when this was priced: a payment applies
   * the change only while they still hold (see `stillApplies`), so an older or twin order paid
   * after another one never undoes it or applies twice.
   */
  base?: SubscriptionPatch;
}

/** A change's patch, copied: its nested values by hand (a batch renewal copies 100,000 of them). */
export function copyPatch(patch: SubscriptionPatch): SubscriptionPatch {
  const copied: SubscriptionPatch = { ...patch };
  if (patch.services) copied.services = patch.services.map((entry) => ({ ...entry }));
  if (patch.paidThisTerm) copied.paidThisTerm = { ...patch.paidThisTerm };
  return copied;
}

/** A change, copied (see `copyPatch`). */
export function copyChange(change: SubscriptionChange): SubscriptionChange {
  const copied: SubscriptionChange = { ...change, set: copyPatch(change.set) };
  if (change.base) copied.base = copyPatch(change.base);
  return copied;
}

/** `change` with the values it was priced from. */
function withBase(change: SubscriptionChange, subscriptions: ReadonlyMap<string, Subscription>): SubscriptionChange {
  const subscription = subscriptions.get(change.subscriptionId);
  if (!subscription) return change;
  const base: Record<string, unknown> = {};
  for (const key in change.set) base[key] = subscription[key as keyof SubscriptionPatch] ?? null;
  return { ...change, base: base as SubscriptionPatch };
}

export interface PricedQuote {
  flow: Flow;
  currency: string;
  lines: QuoteLine[];
  subtotal: Money;
  discount: Discount | null;
  tax: Tax;
  total: Money;
  changes: SubscriptionChange[];
  /** Each subscription's term end before and after, and its charge (a quote's items, `GET /quotes/{id}/items`). */
  items: QuoteItem[];
  /** The quote's `addsToCurrentTerm`: set when the order keeps the current term and minimum term. */
  addsToCurrentTerm?: true;
}

type LineDraft = Omit<QuoteLine, 'id'>;

/** Descriptions are labels of at most 200 characters. */
function label(text: string): string {
  return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
}

function money(amount: number, currency: string): Money {
  return { amount, currency };
}

function describeCycle(months: number, discountPercent: number): string {
  const length = months === 1 ? '1 month' : `${months} months`;
  return discountPercent > 0 ? `${length}, ${discountPercent}% off` : length;
}

function findCycle(catalog: Catalog, cycleId: string) {
  return catalog.cycles.find((cycle) => cycle.id === cycleId);
}

/**
 * Quantity checks shared by expand and upgrade; `undefined` when the quantity is fine. Steps count
 * from `base`: the current quantity when expanding (packs on top of what is there), the
 * catalog's minimum otherwise. The store's quantity rules follow the same contract.
 */
function quantityProblem(service: Service, quantity: number, base = service.min): string | undefined {
  if (quantity > service.max) return `At most ${service.max}`;
  if (quantity < service.min) return `At least ${service.min}`;
  if ((quantity - base) % service.step !== 0) return `In steps of ${service.step} from ${base}`;
  return undefined;
}

/**
 * A service's new total on a running term (expand, licenses added inside the minimum term): never
 * below what the subscription has, and bought in steps on top of it (the store's `expandServiceRule`).
 */
function additionProblem(service: Service, before: number, after: number): string | undefined {
  if (after < before) return `At least the current ${before}; capacity is only ever added`;
  return after === before ? undefined : quantityProblem(service, after, before);
}

function throwIfAny(fields: Record<string, string>, message: string): void {
  if (Object.keys(fields).length > 0) throw invalidRequest(message, fields);
}

/** Days of the current term and days left of it, `left` clamped to 0..termDays. */
function termDaysAndLeft(subscription: Subscription, today: string): { termDays: number; left: number } {
  const termDays = daysBetween(subscription.termStart, subscription.termEnd);
  if (termDays <= 0) throw new Error(`Subscription ${subscription.id} has an empty term`);
  const left = Math.min(Math.max(daysBetween(today, subscription.termEnd), 0), termDays);
  return { termDays, left };
}

function requireOne(subscriptions: readonly Subscription[]): Subscription {
  const [subscription] = subscriptions;
  if (!subscription) throw new Error('A subscription is needed to price this flow');
  return subscription;
}

/** The current term's cycle and days; refused once it has ended, as nothing is left to add to. */
function runningTerm(subscription: Subscription, catalog: Catalog, today: string) {
  const cycle = findCycle(catalog, subscription.cycleId);
  if (!cycle) throw new Error(`Subscription ${subscription.id} has unknown cycle ${subscription.cycleId}`);
  const { termDays, left } = termDaysAndLeft(subscription, today);
  if (left === 0) throw new ApiError(422, 'term_ended', 'The current term has ended; renew the subscription before expanding it.');
  return { cycle, termDays, left };
}

/** Units a running term gets more of: its plan's (licenses) or a service's. */
interface TermAddition {
  kind: 'plan' | 'service';
  refId: string;
  name: string;
  unitPrice: Money;
  before: number;
  after: number;
  /** Units that come with the plan and are never charged (a service's `included`; 0 for a plan). */
  included: number;
}

/**
 * Added units prorated to the end of the current term (DESIGN, "Expand"): each line costs
 * `p_term × n × left / termDays`, where `p_term` is the unit price of the term's cycle (its
 * discount included) and `n` the added units above what the plan includes. The term end and the
 * minimum contract term do not change. Expand and licenses added inside the minimum term (pascom)
 * are both priced here.
 */
function termAdditionLines(subscription: Subscription, catalog: Catalog, today: string, additions: readonly TermAddition[]): LineDraft[] {
  const { cycle, termDays, left } = runningTerm(subscription, catalog, today);
  return additions
    .filter((addition) => addition.after > addition.before)
    .map((addition) => {
      const charged = Math.max(addition.after - Math.max(addition.before, addition.included), 0);
      const amount = expandAmount({
        unitPrice: addition.unitPrice.amount,
        units: charged,
        months: cycle.months,
        discountPercent: cycle.discountPercent,
        daysLeft: left,
        termDays,
      });
      return {
        kind: addition.kind,
        description: label(
          `${addition.name} ${addition.before} → ${addition.after} (+${addition.after - addition.before}), ${left} of ${termDays} days left in the term`,
        ),
        subscriptionId: subscription.id,
        refId: addition.refId,
        itemName: addition.name,
        quantity: charged,
        fromQuantity: addition.before,
        toQuantity: addition.after,
        ...(addition.kind === 'service' ? { included: addition.included } : {}),
        unitPrice: addition.unitPrice,
        amount: money(amount, catalog.currency),
        months: cycle.months,
        discountPercent: cycle.discountPercent,
        prorationDays: left,
        termDays,
        periodStart: today,
        periodEnd: subscription.termEnd,
      };
    });
}

/** What a flow's pricing gives `priceQuote`: the lines, what paying changes, and whether the running term only grows. */
interface FlowLines {
  lines: LineDraft[];
  changes: SubscriptionChange[];
  /** Each subscription's term end before and after, and its charge (a renewal's; one item otherwise). */
  items?: QuoteItem[];
  /** The order adds to the current term (the quote's `addsToCurrentTerm`). */
  addsToCurrentTerm?: true;
}

function expandLines(request: ExpandQuoteRequest, inputs: QuoteInputs): FlowLines {
  const { catalog, today } = inputs;
  const subscription = requireOne(inputs.subscriptions);
  if (!canExpand(subscription)) {
    throw new ApiError(
      422,
      'subscription_not_active',
      subscription.status === 'trial'
        ? 'A trial cannot be expanded; upgrade it to a paid plan first.'
        : 'An inactive subscription cannot be expanded; renew or upgrade it first.',
    );
  }
  // An ended term is refused before the quantities are looked at.
  runningTerm(subscription, catalog, today);

  const current = new Map(subscription.services.map((entry) => [entry.serviceId, entry.quantity]));
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  const additions: TermAddition[] = [];
  const newQuantities = new Map(current);

  request.items.forEach((item, index) => {
    const service = catalog.services.find((candidate) => candidate.id === item.serviceId);
    if (!service) {
      fields[`items.${index}.serviceId`] = `Unknown service ${item.serviceId}`;
      return;
    }
    if (seen.has(service.id)) {
      fields[`items.${index}.serviceId`] = `${service.name} is listed twice`;
      return;
    }
    seen.add(service.id);
    const before = current.get(service.id) ?? 0;
    const problem = additionProblem(service, before, item.quantity);
    if (problem) {
      fields[`items.${index}.quantity`] = problem;
      return;
    }
    newQuantities.set(service.id, item.quantity);
    additions.push({
      kind: 'service',
      refId: service.id,
      name: service.name,
      unitPrice: service.unitPrice,
      before,
      after: item.quantity,
      included: service.included,
    });
  });
  throwIfAny(fields, 'Some quantities cannot be ordered.');
  const lines = termAdditionLines(subscription, catalog, today, additions);
  if (lines.length === 0)
    throw invalidRequest('Nothing to buy: choose more than the current quantity of at least one service.', { items: 'Add at least one unit' });

  const services: ServiceQuantity[] = [...newQuantities].map(([serviceId, quantity]) => ({ serviceId, quantity }));
  const paid = lines.reduce((sum, line) => sum + line.amount.amount, 0);
  return { lines, changes: [{ subscriptionId: subscription.id, set: { services }, addToPaid: paid }], addsToCurrentTerm: true };
}

/** The unused part of a paid term an upgrade today credits; null for a trial, nothing paid, or a term already over. */
function unusedTerm(subscription: Subscription, today: string): { paid: Money; left: number; termDays: number; credit: number } | null {
  const paid = subscription.paidThisTerm;
  if (subscription.status === 'trial' || !paid || paid.amount <= 0) return null;
  const { termDays, left } = termDaysAndLeft(subscription, today);
  return left > 0 ? { paid, left, termDays, credit: creditAmount(paid.amount, left, termDays) } : null;
}

/**
 * What an upgrade quoted today would credit, as a positive amount: the `upgradeCredit` a
 * subscription carries, so that a client can tell a cycle costing less (refused with
 * `credit_exceeds_price`) before the buyer chooses it. Undefined when nothing is credited.
 */
export function upgradeCredit(subscription: Subscription, today: string): Money | undefined {
  const unused = unusedTerm(subscription, today);
  return unused ? money(Math.abs(unused.credit), unused.paid.currency) : undefined;
}

function upgradeLines(request: UpgradeQuoteRequest, inputs: QuoteInputs): FlowLines {
  const { catalog, today } = inputs;
  const subscription = requireOne(inputs.subscriptions);
  const fields: Record<string, string> = {};

  const plan = catalog.plans.find((candidate) => candidate.id === request.planId);
  const cycle = findCycle(catalog, request.cycleId);
  if (!plan) fields['planId'] = `Unknown plan ${request.planId}`;
  if (!cycle) fields['cycleId'] = `Unknown billing cycle ${request.cycleId}`;
  const slaId = request.slaId ?? subscription.slaId;
  const sla = slaId === undefined ? undefined : catalog.slaLevels.find((candidate) => candidate.id === slaId);
  if (slaId !== undefined && !sla) fields['slaId'] = `Unknown SLA level ${slaId}`;
  if (plan && (request.quantity < plan.minQuantity || request.quantity > plan.maxQuantity)) {
    fields['quantity'] = `${plan.name} takes ${plan.minQuantity} to ${plan.maxQuantity} ${plan.unit}`;
  }

  // More licenses on the running term (pascom) add to what the subscription has, as an expansion does.
  const inTerm = plan !== undefined && cycle !== undefined && addsLicensesInTerm(subscription, plan.id, cycle.id, slaId, request.quantity, today);
  // Services booked with the plan: the request's quantities over the current ones.
  const current = new Map(subscription.services.map((entry) => [entry.serviceId, entry.quantity]));
  const booked = new Map(current);
  const seen = new Set<string>();
  (request.services ?? []).forEach((item, index) => {
    const service = catalog.services.find((candidate) => candidate.id === item.serviceId);
    if (!service) fields[`services.${index}.serviceId`] = `Unknown service ${item.serviceId}`;
    else if (seen.has(service.id)) fields[`services.${index}.serviceId`] = `${service.name} is listed twice`;
    else {
      seen.add(service.id);
      const problem = inTerm ? additionProblem(service, current.get(service.id) ?? 0, item.quantity) : quantityProblem(service, item.quantity);
      if (problem) fields[`services.${index}.quantity`] = problem;
      booked.set(service.id, item.quantity);
    }
  });
  throwIfAny(fields, 'The upgrade cannot be priced as chosen.');
  if (!plan || !cycle) throw new Error('unreachable: plan and cycle were checked');

  const currentPlan = catalog.plans.find((candidate) => candidate.id === subscription.planId);
  if (currentPlan) {
    const isPaidTerm = subscription.status === 'active';
    if (plan.tier < currentPlan.tier || (plan.tier === currentPlan.tier && plan.id !== currentPlan.id)) {
      throw new ApiError(422, 'downgrade_not_allowed', `Choose a package above ${currentPlan.name}; moving to a lower one is not possible.`, {
        planId: `Choose a package above ${currentPlan.name}`,
      });
    }
    // A trial or inactive plan may be bought as it is; an active one only grows.
    if (plan.id === currentPlan.id && isPaidTerm && request.quantity <= subscription.quantity) {
      throw new ApiError(422, 'downgrade_not_allowed', `Choose a higher package or more than the current ${subscription.quantity} ${plan.unit}.`, {
        quantity: `More than the current ${subscription.quantity}`,
      });
    }
  }

  if (inTerm) return licenseAdditionLines(subscription, catalog, request.quantity, booked, today);

  const { currency } = catalog;
  const termEnd = addMonths(today, cycle.months);
  const period = { periodStart: today, periodEnd: termEnd };
  const cycleText = describeCycle(cycle.months, cycle.discountPercent);
  const lines: LineDraft[] = [
    {
      kind: 'plan',
      description: label(`${plan.name} × ${request.quantity}, ${cycleText}`),
      subscriptionId: subscription.id,
      refId: plan.id,
      itemName: plan.name,
      quantity: request.quantity,
      unitPrice: plan.unitPrice,
      amount: money(cycleAmount(plan.unitPrice.amount, request.quantity, cycle.months, cycle.discountPercent), currency),
      months: cycle.months,
      discountPercent: cycle.discountPercent,
      ...period,
    },
  ];
  if (sla && sla.monthlyPrice.amount > 0) {
    lines.push({
      kind: 'sla',
      description: label(`SLA ${sla.name}, ${cycleText}`),
      subscriptionId: subscription.id,
      refId: sla.id,
      itemName: sla.name,
      quantity: 1,
      unitPrice: sla.monthlyPrice,
      amount: money(cycleAmount(sla.monthlyPrice.amount, 1, cycle.months, cycle.discountPercent), currency),
      months: cycle.months,
      discountPercent: cycle.discountPercent,
      ...period,
    });
  }
  for (const service of catalog.services) {
    const quantity = booked.get(service.id) ?? 0;
    const charged = quantity - service.included;
    if (charged <= 0) continue;
    lines.push({
      kind: 'service',
      description: label(`${service.name} × ${quantity} (${service.included} included), ${cycleText}`),
      subscriptionId: subscription.id,
      refId: service.id,
      itemName: service.name,
      quantity: charged,
      included: service.included,
      unitPrice: service.unitPrice,
      amount: money(cycleAmount(service.unitPrice.amount, charged, cycle.months, cycle.discountPercent), currency),
      months: cycle.months,
      discountPercent: cycle.discountPercent,
      ...period,
    });
  }
  const newTermPrice = lines.reduce((sum, line) => sum + line.amount.amount, 0);

  const unused = unusedTerm(subscription, today);
  if (unused) {
    const { paid, left, termDays } = unused;
    if (paid.currency !== currency) throw new Error(`Subscription ${subscription.id} was paid in ${paid.currency}, catalog is ${currency}`);
    lines.push({
      kind: 'credit',
      description: label(`Credit for ${left} unused of ${termDays} days of the current term`),
      subscriptionId: subscription.id,
      refId: subscription.planId,
      ...(currentPlan ? { itemName: currentPlan.name } : {}),
      quantity: 1,
      unitPrice: money(-paid.amount, currency),
      amount: money(unused.credit, currency),
      prorationDays: left,
      termDays,
      periodStart: today,
      periodEnd: subscription.termEnd,
    });
  }

  const services: ServiceQuantity[] = [...booked].map(([serviceId, quantity]) => ({ serviceId, quantity }));
  const set: SubscriptionPatch = {
    planId: plan.id,
    cycleId: cycle.id,
    quantity: request.quantity,
    services,
    status: 'active',
    termStart: today,
    termEnd,
    minimumTermEnd: termEnd,
    nextPaymentAt: startOfDateTime(termEnd),
    paidThisTerm: money(newTermPrice, currency),
  };
  if (slaId !== undefined) set.slaId = slaId;
  return { lines, changes: [{ subscriptionId: subscription.id, set, addToPaid: 0 }] };
}

/**
 * Adding user licenses (pascom) during a minimum contract term that outlasts the billing term: an
 * active subscription keeps its plan, cycle and SLA and only gets more of its plan's units (and
 * maybe more of its services). That is an addition to the running term, not a new one: it does not
 * conclude a new minimum contract term. Every other upgrade starts a new term today.
 */
function addsLicensesInTerm(subscription: Subscription, planId: string, cycleId: string, slaId: string | undefined, quantity: number, today: string): boolean {
  return (
    subscription.status === 'active' &&
    subscription.planId === planId &&
    subscription.cycleId === cycleId &&
    subscription.slaId === slaId &&
    quantity > subscription.quantity &&
    subscription.minimumTermEnd > subscription.termEnd &&
    termDaysAndLeft(subscription, today).left > 0
  );
}

/**
 * The added licenses (and added services) priced as an expansion (`termAdditionLines`), their
 * quantities checked by `upgradeLines` as an expansion's are; term end and minimum term end stay.
 */
function licenseAdditionLines(subscription: Subscription, catalog: Catalog, quantity: number, booked: ReadonlyMap<string, number>, today: string): FlowLines {
  const plan = catalog.plans.find((candidate) => candidate.id === subscription.planId);
  if (!plan) throw new Error(`Subscription ${subscription.id} has an unknown plan`);
  const current = new Map(subscription.services.map((entry) => [entry.serviceId, entry.quantity]));
  const additions: TermAddition[] = [
    { kind: 'plan', refId: plan.id, name: plan.name, unitPrice: plan.unitPrice, before: subscription.quantity, after: quantity, included: 0 },
    ...catalog.services.map((service): TermAddition => ({
      kind: 'service',
      refId: service.id,
      name: service.name,
      unitPrice: service.unitPrice,
      before: current.get(service.id) ?? 0,
      after: booked.get(service.id) ?? 0,
      included: service.included,
    })),
  ];
  const lines = termAdditionLines(subscription, catalog, today, additions);
  const services: ServiceQuantity[] = [...booked].map(([serviceId, count]) => ({ serviceId, quantity: count }));
  const paid = lines.reduce((sum, line) => sum + line.amount.amount, 0);
  return { lines, changes: [{ subscriptionId: subscription.id, set: { quantity, services }, addToPaid: paid }], addsToCurrentTerm: true };
}

/** What a subscription is billed for each term: its plan, services above included, a paid SLA. */
interface BilledItem {
  kind: 'plan' | 'service' | 'sla';
  refId: string;
  /** How the fallback description names it ("SLA Business"). */
  name: string;
  /** The catalog's name of the plan, service or SLA level (the line's `itemName`). */
  itemName: string;
  quantity: number;
  unitPrice: Money;
}

function billedItems(subscription: Subscription, catalog: Catalog): BilledItem[] {
  const items: BilledItem[] = [];
  const plan = catalog.plans.find((candidate) => candidate.id === subscription.planId);
  if (plan && subscription.quantity > 0) {
    items.push({ kind: 'plan', refId: plan.id, name: plan.name, itemName: plan.name, quantity: subscription.quantity, unitPrice: plan.unitPrice });
  }
  for (const entry of subscription.services) {
    const service = catalog.services.find((candidate) => candidate.id === entry.serviceId);
    const charged = service ? entry.quantity - service.included : 0;
    if (service && charged > 0)
      items.push({ kind: 'service', refId: service.id, name: service.name, itemName: service.name, quantity: charged, unitPrice: service.unitPrice });
  }
  const sla = catalog.slaLevels.find((candidate) => candidate.id === subscription.slaId);
  if (sla && sla.monthlyPrice.amount > 0)
    items.push({ kind: 'sla', refId: sla.id, name: `SLA ${sla.name}`, itemName: sla.name, quantity: 1, unitPrice: sla.monthlyPrice });
  return items;
}

/** A renewal or co-term line under construction: one resource's charges summed into its group. */
interface LineGroup {
  draft: LineDraft;
  /** The resources in it, each counted once. */
  resources: Set<string>;
  itemName: string;
  coterm: boolean;
}

/** The co-term day of a resource: its own renewal day, else the account's standard day, else the catalog's. */
function cotermDay(subscription: Subscription, inputs: QuoteInputs): number | undefined {
  return subscription.renewalDay ?? inputs.standardRenewalDay ?? inputs.catalog.standardRenewalDay;
}

/**
 * Renewal lines grouped by plan or service (one product, one duration per quote) and co-term
 * lines by plan or service: a batch of 100,000 phones is a few lines. The resources' billing
 * cycles do not split a group: a renewal is priced at the item's unit price for the duration's
 * months and discount, whatever cycle the resource was on, so two groups of one plan would read
 * the same ("Cloud Phone Standard: 7 subscriptions, renewed for 12 months" twice). Each resource's charge is rounded once and
 * a line's amount is their sum, so the totals are those of one line per resource. A group of one
 * resource reads as it always did (its subscription, its period); a larger one has a `count`.
 */
function renewLines(request: RenewQuoteRequest, inputs: QuoteInputs): { lines: LineDraft[]; changes: SubscriptionChange[]; items: QuoteItem[] } {
  const { catalog } = inputs;
  const fields: Record<string, string> = {};
  const duration = catalog.renewalDurations.find((candidate) => candidate.id === request.durationId);
  if (!duration) fields['durationId'] = `Unknown renewal duration ${request.durationId}`;
  const byIds = request.subscriptionIds !== undefined;
  const seen = new Set<string>();
  let noDay = 0;
  inputs.subscriptions.forEach((subscription, index) => {
    // A selection by filter is named as a whole; a list of ids by the position at fault.
    const path = byIds ? `subscriptionIds.${index}` : 'selection';
    if (seen.has(subscription.id)) fields[path] = `${subscription.name} is listed twice`;
    else if (subscription.productId !== catalog.productId) fields[path] = `${subscription.name} is not a ${catalog.productName} subscription`;
    else if (subscription.status === 'trial') fields[path] = `${subscription.name} is a trial: upgrade it instead`;
    else if (billedItems(subscription, catalog).length === 0) fields[path] = `${subscription.name} has nothing to renew`;
    if (request.coterm && cotermDay(subscription, inputs) === undefined) noDay += 1;
    seen.add(subscription.id);
  });
  if (noDay > 0) fields['coterm'] = `${catalog.productName} has no standard renewal day`;
  throwIfAny(fields, 'The renewal cannot be priced as chosen.');
  if (!duration) throw new Error('unreachable: duration was checked');

  const { currency } = catalog;
  const groups = new Map<string, LineGroup>();
  const changes: SubscriptionChange[] = [];
  const items: QuoteItem[] = [];
  const durationText = describeCycle(duration.months, duration.discountPercent);
  const add = (key: string, subscription: Subscription, item: BilledItem, coterm: boolean, draft: () => LineDraft, amount: number) => {
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { draft: draft(), resources: new Set([subscription.id]), itemName: item.name, coterm });
      return;
    }
    group.resources.add(subscription.id);
    group.draft.quantity += item.quantity;
    group.draft.amount.amount += amount;
  };
  // A batch shares a few hundred term ends: each one's dates are worked out once.
  const ends = new Map<string, { renewedEnd: string; newEnd: string; extraDays: number; nextPaymentAt: string }>();
  const endsOf = (termEnd: string, day: number | undefined) => {
    const key = `${termEnd} ${day ?? ''}`;
    let found = ends.get(key);
    if (!found) {
      const renewedEnd = addMonths(termEnd, duration.months);
      const newEnd = day !== undefined ? nextDayOfMonthOnOrAfter(renewedEnd, day) : renewedEnd;
      found = { renewedEnd, newEnd, extraDays: daysBetween(renewedEnd, newEnd), nextPaymentAt: startOfDateTime(newEnd) };
      ends.set(key, found);
    }
    return found;
  };
  // The same price, quantity and days give the same charge: each is worked out once.
  const charges = new Map<string, number>();
  const charge = (key: string, work: () => number) => {
    let amount = charges.get(key);
    if (amount === undefined) charges.set(key, (amount = work()));
    return amount;
  };
  for (const subscription of inputs.subscriptions) {
    const day = request.coterm ? cotermDay(subscription, inputs) : undefined;
    const { renewedEnd, newEnd, extraDays, nextPaymentAt } = endsOf(subscription.termEnd, day);
    let paid = 0;
    for (const item of billedItems(subscription, catalog)) {
      const renewal = charge(`r ${item.unitPrice.amount} ${item.quantity}`, () =>
        cycleAmount(item.unitPrice.amount, item.quantity, duration.months, duration.discountPercent),
      );
      paid += renewal;
      add(
        `renewal ${item.kind} ${item.refId}`,
        subscription,
        item,
        false,
        () => ({
          kind: 'renewal',
          description: label(`${subscription.name}: ${item.name} × ${item.quantity}, renew ${durationText}`),
          subscriptionId: subscription.id,
          refId: item.refId,
          itemName: item.itemName,
          quantity: item.quantity,
          unitPrice: item.unitPrice,
          amount: money(renewal, currency),
          months: duration.months,
          discountPercent: duration.discountPercent,
          periodStart: subscription.termEnd,
          periodEnd: renewedEnd,
        }),
        renewal,
      );
      if (extraDays > 0) {
        const extra = charge(`c ${item.unitPrice.amount} ${item.quantity} ${extraDays}`, () => cotermAmount(item.unitPrice.amount, item.quantity, extraDays));
        paid += extra;
        add(
          `coterm ${item.kind} ${item.refId}`,
          subscription,
          item,
          true,
          () => ({
            kind: 'coterm',
            description: label(`${subscription.name}: ${item.name} × ${item.quantity}, ${extraDays} days to the standard renewal date`),
            subscriptionId: subscription.id,
            refId: item.refId,
            itemName: item.itemName,
            quantity: item.quantity,
            unitPrice: item.unitPrice,
            amount: money(extra, currency),
            // A day costs a 365th of 12 months: the amount is `unitPrice × quantity × months × prorationDays / termDays`.
            months: MONTHS_PER_YEAR,
            prorationDays: extraDays,
            termDays: Number(DAYS_PER_YEAR),
            periodStart: renewedEnd,
            periodEnd: newEnd,
          }),
          extra,
        );
      }
    }
    const minimumTermEnd = subscription.minimumTermEnd > newEnd ? subscription.minimumTermEnd : newEnd;
    changes.push({
      subscriptionId: subscription.id,
      set: {
        status: 'active',
        termStart: subscription.termEnd,
        termEnd: newEnd,
        minimumTermEnd,
        nextPaymentAt,
        paidThisTerm: money(paid, currency),
      },
      addToPaid: 0,
    });
    items.push({ subscriptionId: subscription.id, name: subscription.name, termEnd: subscription.termEnd, newTermEnd: newEnd, amount: money(paid, currency) });
  }
  const lines = [...groups.values()].map((group) => groupedLine(group, durationText));
  return { lines, changes, items };
}

/** A group of several resources as one line: no subscription, no period (each has its own: see the quote's items). */
function groupedLine(group: LineGroup, durationText: string): LineDraft {
  const count = group.resources.size;
  if (count === 1) return group.draft;
  const { subscriptionId: _one, periodStart: _start, periodEnd: _end, prorationDays: _days, termDays: _termDays, ...shared } = group.draft;
  const description = group.coterm
    ? `${group.itemName} × ${shared.quantity} on ${count} subscriptions, days to each one's renewal date`
    : `${group.itemName} × ${shared.quantity} on ${count} subscriptions, renew ${durationText}`;
  return { ...shared, description: label(description), count };
}

/**
 * Prices a quote request. The caller resolves ids (404s are its business) and has checked the
 * request against the `QuoteRequest` schema; this checks the domain rules and does the sums.
 */
export function priceQuote(request: QuoteRequest, inputs: QuoteInputs): PricedQuote {
  const { catalog, today } = inputs;
  const { currency } = catalog;
  if (request.currency !== undefined && request.currency !== currency) {
    throw invalidRequest(`${catalog.productName} is sold in ${currency} only.`, { currency: `Only ${currency}` });
  }
  const flowLines: FlowLines =
    request.flow === 'expand' ? expandLines(request, inputs) : request.flow === 'upgrade' ? upgradeLines(request, inputs) : renewLines(request, inputs);
  const { lines: drafts, changes, addsToCurrentTerm } = flowLines;
  const lines: QuoteLine[] = drafts.map((draft, index) => ({ id: `line-${index + 1}`, ...draft }));
  const items = flowLines.items ?? oneItem(inputs.subscriptions, changes, lines);

  const subtotal = lines.reduce((sum, line) => sum + line.amount.amount, 0);
  if (subtotal < 0) {
    throw new ApiError(
      422,
      'credit_exceeds_price',
      'The credit for the current term is more than the new plan costs; choose a longer billing cycle or more accounts.',
      {
        cycleId: 'Choose a longer billing cycle',
      },
    );
  }
  let discount: Discount | null = null;
  if (request.promoCode !== undefined) {
    const planIds =
      request.flow === 'upgrade'
        ? [request.planId]
        : inputs.subscriptions.flatMap((subscription) => (subscription.planId === undefined ? [] : [subscription.planId]));
    const result = applyPromotion(request.promoCode, inputs.promotions, { flow: request.flow, planIds, subtotal, currency, today });
    if (!result.ok) throw new ApiError(422, PROMO_REFUSED, result.message, { promoCode: result.message });
    discount = result.discount;
  }
  const discounted = subtotal - (discount?.amount.amount ?? 0);
  const byId = new Map(inputs.subscriptions.map((subscription) => [subscription.id, subscription]));
  const tax = taxFor(discounted, inputs.taxParty, currency);
  return {
    flow: request.flow,
    currency,
    lines,
    subtotal: money(subtotal, currency),
    discount,
    tax,
    total: money(discounted + tax.amount.amount, currency),
    changes: changes.map((change) => withBase(change, byId)),
    items,
    ...(addsToCurrentTerm ? { addsToCurrentTerm } : {}),
  };
}

/** The item of an expansion or upgrade: its one subscription, its term end after, and the lines' sum. */
function oneItem(subscriptions: readonly Subscription[], changes: readonly SubscriptionChange[], lines: readonly QuoteLine[]): QuoteItem[] {
  const subscription = requireOne(subscriptions);
  const newTermEnd = changes.find((change) => change.subscriptionId === subscription.id)?.set.termEnd ?? subscription.termEnd;
  const amount = lines.reduce((sum, line) => sum + line.amount.amount, 0);
  const currency = lines[0]?.amount.currency ?? subscription.paidThisTerm?.currency ?? 'USD';
  return [{ subscriptionId: subscription.id, name: subscription.name, termEnd: subscription.termEnd, newTermEnd, amount: money(amount, currency) }];
}
