/**
 * The backend contract: every body that crosses the wire, as zod/mini schemas.
 *
 * Written with `zod/mini` because the full zod API alone costs about 23.5 kB gzip
 * (README, "Toolchain notes"). Responses are parsed with these schemas before anything reads
 * them; a body that does not fit becomes a `CheckoutError` with code `bad_response`.
 *
 * Conventions:
 * - Money is an integer amount in minor units plus an ISO 4217 code. Never a float.
 * - Calendar dates (term start and end) are UTC dates `YYYY-MM-DD`; instants are ISO
 *   date-times in UTC.
 * - Unknown extra fields in a response are tolerated and dropped.
 */
import * as z from 'zod/mini';
import { EXPIRY_WINDOWS, PI_NUMBER, PROMO_CODE, RENEWAL_PAGE } from './rules.js';

const id = z.string().check(z.minLength(1), z.maxLength(128));
const label = z.string().check(z.minLength(1), z.maxLength(200));
const count = z.int().check(z.minimum(0), z.maximum(1_000_000_000));
/** The contract's field primitives, for the schemas beside this file (`renewal-schemas.ts`). */
export { id as Identifier, label as Label, count as Count };
const percent = z.number().check(z.minimum(0), z.maximum(100));

/** ISO 4217 alphabetic code, e.g. `EUR`. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code'));

/** An amount of money in integer minor units (cents), with its currency. */
export const Money = z.object({
  amount: z.int().check(z.minimum(-1e13), z.maximum(1e13)),
  currency: CurrencyCode,
});

/** A UTC calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** A UTC instant, e.g. `2026-11-23T10:00:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Flow = z.enum(['expand', 'upgrade', 'renew']);
export const SubscriptionStatus = z.enum(['active', 'trial', 'inactive']);
export const PaymentMethod = z.enum(['paypal', 'card', 'offline']);
/**
 * How a subscription renews: by hand (`manual`), automatically (`auto`), billed by use once it
 * expires (`pay_per_use`), or not at all (`canceled`: it ends at its term end unless restored).
 */
export const RenewalMode = z.enum(['manual', 'auto', 'pay_per_use', 'canceled']);
/** A day of the month a renewal may end on; 1-28, so that every month has it. */
export const DayOfMonth = z.int().check(z.minimum(1), z.maximum(28));

// ---------------------------------------------------------------- catalog

/**
 * A unit's name by the CLDR plural category of a count (`one`: "minute", `other`: "minutes"),
 * in the language of the request's `Accept-Language`; `other` is required, the rest optional.
 * Without it a client writes `unit` as it is.
 */
export const UnitForms = z.object({
  zero: z.optional(label),
  one: z.optional(label),
  two: z.optional(label),
  few: z.optional(label),
  many: z.optional(label),
  other: label,
});

export const BillingCycle = z.object({
  id,
  months: z.int().check(z.minimum(1), z.maximum(120)),
  discountPercent: percent,
});

/** A plan or package, priced per account (or other unit) per month. */
export const Plan = z.object({
  id,
  name: label,
  /** Higher tier = higher package; an upgrade goes to a higher tier or more accounts. */
  tier: count,
  unit: label,
  unitForms: z.optional(UnitForms),
  unitPrice: Money,
  minQuantity: z.int().check(z.minimum(1)),
  maxQuantity: z.int().check(z.minimum(1)),
  features: z.array(z.string().check(z.maxLength(200))),
  description: z.optional(z.string().check(z.maxLength(2000))),
});

/** A quantity-based service: extensions, recording minutes, trunk lines, accounts... */
export const Service = z.object({
  id,
  name: label,
  unit: label,
  unitForms: z.optional(UnitForms),
  unitPrice: Money,
  min: count,
  max: count,
  /**
   * Units are bought in steps: an expansion's new total is `current + k * step`, a quantity booked
   * with a new plan is `min + k * step`.
   */
  step: z.int().check(z.minimum(1)),
  /** Units that come with the plan at no charge. */
  included: count,
  description: z.optional(z.string().check(z.maxLength(2000))),
});

export const SlaLevel = z.object({
  id,
  name: label,
  description: z.optional(z.string().check(z.maxLength(2000))),
  /** Monthly price of the level (0 for the included one). */
  monthlyPrice: Money,
});

export const RenewalDuration = z.object({
  id,
  months: z.int().check(z.minimum(1), z.maximum(120)),
  discountPercent: percent,
});

export const PaymentConfig = z.object({
  stripePublishableKey: z.optional(z.string().check(z.maxLength(300))),
  paypalClientId: z.optional(z.string().check(z.maxLength(300))),
});

export const Catalog = z.object({
  productId: id,
  productName: label,
  /** The language of the catalog's names, descriptions and units (BCP 47), when the backend says it. */ language: z.optional(z.string().check(z.minLength(2), z.maxLength(35))),
  currency: CurrencyCode,
  plans: z.array(Plan),
  services: z.array(Service),
  cycles: z.array(BillingCycle),
  slaLevels: z.array(SlaLevel),
  renewalDurations: z.array(RenewalDuration),
  /** Day of the month that co-termed renewals end on (1-28). */
  standardRenewalDay: z.optional(z.int().check(z.minimum(1), z.maximum(28))),
  paymentMethods: z.array(PaymentMethod).check(z.minLength(1)),
  payments: z.optional(PaymentConfig),
});

// ---------------------------------------------------------------- subscriptions

export const ServiceQuantity = z.object({
  serviceId: id,
  quantity: count,
});

export const Subscription = z.object({
  id,
  productId: id,
  customerId: id,
  name: label,
  planId: z.optional(id),
  status: SubscriptionStatus,
  cycleId: id,
  /** Accounts (or other plan units) on the plan. */
  quantity: count,
  services: z.array(ServiceQuantity),
  slaId: z.optional(id),
  termStart: IsoDate,
  termEnd: IsoDate,
  minimumTermEnd: IsoDate,
  nextPaymentAt: z.nullable(IsoDateTime),
  registeredAt: IsoDateTime,
  autoRenew: z.boolean(),
  /** What was paid for the current term (nothing for a trial); the base of an upgrade credit. */
  paidThisTerm: z.nullable(Money),
  /**
   * What an upgrade quoted now would credit for the unused part of the paid term: the positive
   * amount of that quote's `credit` line, computed by the same rule. A new term that costs less is
   * refused with `credit_exceeds_price`, so a client can mark such a cycle before it is chosen.
   * Missing when an upgrade credits nothing (a trial, an unpaid or ended term).
   */
  upgradeCredit: z.optional(Money),
  /**
   * How the subscription renews (the renewal center's tabs); `autoRenew` is true exactly when it
   * is `auto`. Missing from a backend without a renewal center: read `autoRenew` then.
   */
  renewalMode: z.optional(RenewalMode),
  /** The day of the month its renewals end on ("Setting the same renewal day"); null: none set. */
  renewalDay: z.optional(z.nullable(DayOfMonth)),
});

export const SubscriptionList = z.object({
  subscriptions: z.array(Subscription),
});

export const Customer = z.object({
  id,
  companyId: id,
  name: label,
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
});

/** Answer of a company-id lookup (partner portals). */
export const CustomerLookup = z.object({
  customer: Customer,
  subscriptions: z.array(Subscription),
});

// ---------------------------------------------------------------- renewals (the renewal center)

export const ExpiryWindow = z.enum(EXPIRY_WINDOWS);

/**
 * One tab of the renewal center with its search criteria: the resources in `mode` whose name or
 * id contains `search` (without case), of a product or plan, expiring in a window (`expired`:
 * the term end is before today; `7d`: from today to 7 days on, and so on).
 */
export const RenewalFilter = z.object({
  mode: RenewalMode,
  search: z.optional(z.string().check(z.maxLength(200))),
  productId: z.optional(id),
  planId: z.optional(id),
  expires: z.optional(ExpiryWindow),
});

/**
 * Which resources an action or a renewal is for: some by id, or all that a filter matches
 * ("select all in this view": one request, however many it matches) less some exceptions.
 */
export const RenewalSelection = z.union([
  z.object({ ids: z.array(id).check(z.minLength(1), z.maxLength(RENEWAL_PAGE.maxIds)) }),
  z.object({ filter: RenewalFilter, except: z.optional(z.array(id).check(z.maxLength(RENEWAL_PAGE.maxIds))) }),
]);

// ---------------------------------------------------------------- quotes

const quoteCommon = {
  promoCode: z.optional(z.string().check(z.minLength(1), z.maxLength(PROMO_CODE.maxLength))),
  /** The billing contact decides the tax country; without one the customer's country is used. */
  contactId: z.optional(id),
  currency: z.optional(CurrencyCode),
};

export const ExpandQuoteRequest = z.object({
  flow: z.literal('expand'),
  subscriptionId: id,
  /** New total quantity per service (not the delta); each at least the current quantity. */
  items: z.array(ServiceQuantity).check(z.minLength(1)),
  ...quoteCommon,
});

export const UpgradeQuoteRequest = z.object({
  flow: z.literal('upgrade'),
  subscriptionId: id,
  planId: id,
  cycleId: id,
  quantity: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  slaId: z.optional(id),
  /** Quantity-based services booked with the plan (pascom: trunk lines, devices, numbers). */
  services: z.optional(z.array(ServiceQuantity)),
  ...quoteCommon,
});

export const RenewQuoteRequest = z.object({
  flow: z.literal('renew'),
  /**
   * The subscriptions to renew, by id; or, instead, `selection` (exactly one of the two). A
   * selection by filter ("select all in this view") renews what the filter matches when quoted.
   */
  subscriptionIds: z.optional(z.array(id).check(z.minLength(1), z.maxLength(10_000))),
  selection: z.optional(RenewalSelection),
  durationId: id,
  /** Move every new end date to the catalog's standard renewal day. */
  coterm: z.boolean(),
  ...quoteCommon,
});

export const QuoteRequest = z.discriminatedUnion('flow', [ExpandQuoteRequest, UpgradeQuoteRequest, RenewQuoteRequest]);

export const QuoteLineKind = z.enum(['plan', 'service', 'sla', 'credit', 'renewal', 'coterm']);

export const QuoteLine = z.object({
  id,
  kind: QuoteLineKind,
  description: label,
  subscriptionId: z.optional(id),
  /** The plan, service or SLA the line is for. */
  refId: z.optional(id),
  quantity: count,
  unitPrice: Money,
  /** Rounded once; negative for credits. */
  amount: Money,
  /** Cycle or duration discount already applied to `amount`. */
  discountPercent: z.optional(percent),
  /** Days charged when the line is prorated, out of `termDays`. */
  prorationDays: z.optional(count),
  termDays: z.optional(count),
  periodStart: z.optional(IsoDate),
  periodEnd: z.optional(IsoDate),
  /**
   * Resources the line is for when it groups several (a batch renewal groups them by product,
   * plan or service, cycle and duration); `quantity` then counts units over all of them. Each
   * resource's charge is rounded once and the line's amount is their sum.
   */
  count: z.optional(count),
  /**
   * How the amount comes about, so a client writes the line in the buyer's language (the
   * `description` is the server's fallback text): the unit price is charged for `months` (a
   * cycle's or a renewal's), times `prorationDays / termDays` when prorated, less `discountPercent`.
   */
  months: z.optional(count),
  /** An expansion or license addition: the units before and after (`quantity` is what is charged). */
  fromQuantity: z.optional(count),
  toQuantity: z.optional(count),
  /** Units the plan includes at no charge, not counted in `quantity`. */
  included: z.optional(count),
  /** The plan's, service's or SLA's name as the catalog called it when quoted (`refId` names it). */
  itemName: z.optional(label),
});

export const Tax = z.object({
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  ratePercent: percent,
  reverseCharge: z.boolean(),
  amount: Money,
});

export const Discount = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(PROMO_CODE.maxLength)),
  description: label,
  amount: Money,
});

type Priced = { currency: string };

/**
 * Flags every amount that is not in `currency`, at its own path: a price is in one currency or
 * it is no price (a tax in EUR beside a total in USD cannot be added up, let alone paid).
 */
function checkCurrencies(currency: string, amounts: [path: (string | number)[], money: Priced | undefined][], ctx: z.core.$RefinementCtx<unknown>) {
  for (const [path, money] of amounts) {
    if (money !== undefined && money.currency !== currency) {
      ctx.addIssue({ code: 'custom', message: `In ${money.currency}, not ${currency}`, path: [...path, 'currency'], input: money.currency });
    }
  }
}

/** The amounts of each line, at their paths. */
function lineAmounts(lines: { unitPrice: Priced; amount: Priced }[]): [(string | number)[], Priced][] {
  return lines.flatMap((line, index): [(string | number)[], Priced][] => [
    [['lines', index, 'unitPrice'], line.unitPrice],
    [['lines', index, 'amount'], line.amount],
  ]);
}

/** A total below zero would be a payment to the buyer: never payable, whatever the lines say. */
function checkNotNegative(total: { amount: number }, ctx: z.core.$RefinementCtx<unknown>) {
  if (total.amount < 0) ctx.addIssue({ code: 'custom', message: 'A total is never negative', path: ['total', 'amount'], input: total.amount });
}

function sumsAgree(quote: {
  lines: { amount: { amount: number } }[];
  subtotal: { amount: number };
  discount: { amount: { amount: number } } | null;
  tax: { amount: { amount: number } };
  total: { amount: number };
}) {
  const lines = quote.lines.reduce((sum, line) => sum + line.amount.amount, 0);
  const discount = quote.discount?.amount.amount ?? 0;
  return lines === quote.subtotal.amount && quote.subtotal.amount - discount + quote.tax.amount.amount === quote.total.amount;
}

/**
 * A priced selection. The server's quote is the only price the buyer pays; the client refuses one
 * whose figures do not add up, whose total is negative, or with any amount in another currency
 * than `currency`, so a wrong total can never be shown as payable. (The OpenAPI document states
 * these rules in `openapi.ts`, which keeps their prose out of the SDK bundle.)
 */
export const Quote = z
  .object({
    id,
    flow: Flow,
    currency: CurrencyCode,
    lines: z.array(QuoteLine).check(z.minLength(1)),
    subtotal: Money,
    /** Promotion applied before tax; a positive amount subtracted from the subtotal. */
    discount: z.nullable(Discount),
    tax: Tax,
    total: Money,
    createdAt: IsoDateTime,
    expiresAt: IsoDateTime,
    /**
     * The order adds to the subscription's current term: paid up to its end, which stays, and no
     * new minimum contract term starts (an expansion, or licenses added inside the minimum term).
     * Absent or false: an upgrade starts a new term (and minimum term) today; a renewal extends it.
     */
    addsToCurrentTerm: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((quote, ctx) => {
      checkNotNegative(quote.total, ctx);
      checkCurrencies(
        quote.currency,
        [
          ...lineAmounts(quote.lines),
          [['subtotal'], quote.subtotal],
          [['discount', 'amount'], quote.discount?.amount],
          [['tax', 'amount'], quote.tax.amount],
          [['total'], quote.total],
        ],
        ctx,
      );
    }),
    z.refine(sumsAgree, { message: 'Quote lines, discount, tax and total do not add up' }),
  );

// ---------------------------------------------------------------- contacts

/** ISO 3166-1 alpha-2 codes accepted for billing addresses. */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** No control characters and no bidirectional overrides in a field a person types. */
const plainText = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'Required'),
    z.maxLength(max, `At most ${max} characters`),
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    z.refine((value) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), 'Contains characters that are not allowed'),
  );

export const Address = z.object({
  line1: plainText(200),
  line2: z.optional(z.union([z.literal(''), plainText(200)])),
  city: plainText(100),
  postalCode: plainText(20),
  region: z.optional(z.union([z.literal(''), plainText(100)])),
});

/** Letters, marks and digits of any script (RFC 6531 addresses), and the punctuation people use. */
const EMAIL_ATOM = String.raw`[\p{L}\p{M}\p{N}_'+\-]+`;
/**
 * Hyphens only inside a label; each run is unambiguous, so the pattern stays linear. No flag but
 * `u`, so the OpenAPI document's `pattern` means the same to any JSON Schema validator.
 */
const DOMAIN_LABEL = String.raw`[\p{L}\p{M}\p{N}]+(?:-+[\p{L}\p{M}\p{N}]+)*`;
const EMAIL_PATTERN = new RegExp(String.raw`^${EMAIL_ATOM}(?:\.${EMAIL_ATOM})*@(?:${DOMAIN_LABEL}\.)+(?:[\p{L}\p{M}]{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$`, 'u');

/**
 * An email address, internationalized ones included: `jane@bücher.de`, `josé@example.com`. No
 * spaces, one `@`, a domain of at least two labels ending in a name. Sent as typed, NFC-normalized
 * (the OpenAPI document says how, see openapi.ts).
 */
export const Email = z.string().check(z.normalize('NFC'), z.maxLength(254), z.regex(EMAIL_PATTERN, 'Enter a valid email address'));

/** A new billing contact; one equal to a contact the account has is that contact (contact-identity.ts). */
export const ContactInput = z.object({
  name: plainText(120),
  email: Email,
  company: z.optional(z.union([z.literal(''), plainText(200)])),
  address: Address,
  country: z.enum(COUNTRY_CODES as [string, ...string[]], 'Choose a country from the list'),
  /** EU VAT id or other tax id: two-letter prefix then 2-13 letters or digits. */
  vatId: z.optional(z.union([z.literal(''), z.string().check(z.trim(), z.regex(/^[A-Z]{2}[0-9A-Z+*.]{2,13}$/, 'Enter a tax id such as DE123456789'))])),
});

export const Contact = z.extend(ContactInput, {
  id,
  isDefault: z.optional(z.boolean()),
});

export const ContactList = z.object({
  contacts: z.array(Contact),
});

// ---------------------------------------------------------------- orders

export const CreateOrderRequest = z.object({
  quoteId: id,
  contactId: id,
  paymentMethod: PaymentMethod,
  /** Proforma-invoice number given by the vendor's sales team (offline only). */
  piNumber: z.optional(z.string().check(z.trim(), z.maxLength(PI_NUMBER.maxLength), z.regex(PI_NUMBER.pattern, 'Letters, digits, - / . and _ only'))),
  autoRenew: z.boolean(),
});

export const OrderStatus = z.enum(['pending_payment', 'awaiting_offline_payment', 'paid', 'failed', 'cancelled']);

export const Invoice = z.object({
  url: z.url({ protocol: /^https?$/ }),
  expiresAt: IsoDateTime,
  singleUse: z.boolean(),
});

export const PaymentAction = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('stripe'), clientSecret: z.string().check(z.minLength(1)), publishableKey: z.string().check(z.minLength(1)) }),
  z.object({ provider: z.literal('paypal'), paypalOrderId: z.string().check(z.minLength(1)), clientId: z.string().check(z.minLength(1)) }),
]);

export const Order = z
  .object({
    id,
    quoteId: id,
    status: OrderStatus,
    paymentMethod: PaymentMethod,
    lines: z.array(QuoteLine),
    /** The rows of the quote the order was placed for, so a receipt shows each of them. */
    subtotal: Money,
    discount: z.nullable(Discount),
    tax: Tax,
    total: Money,
    autoRenew: z.boolean(),
    piNumber: z.optional(z.string()),
    createdAt: IsoDateTime,
    /** When the purchased service takes effect (once paid); null until then. */
    effectiveAt: z.nullable(IsoDateTime),
    invoice: z.nullable(Invoice),
    /** What the payment provider needs next; null for offline or once paid. */
    payment: z.nullable(PaymentAction),
  })
  .check(
    // The same rules as a quote's: an order is what its quote said.
    z.superRefine((order, ctx) => {
      checkNotNegative(order.total, ctx);
      checkCurrencies(
        order.total.currency,
        [...lineAmounts(order.lines), [['subtotal'], order.subtotal], [['discount', 'amount'], order.discount?.amount], [['tax', 'amount'], order.tax.amount]],
        ctx,
      );
    }),
    z.refine(sumsAgree, { message: 'Order lines, discount, tax and total do not add up' }),
  );

/**
 * A page of the account's orders, newest first (by `createdAt`, then `id`). `nextCursor` asks for
 * the page after this one (`GET /orders?cursor=`); null on the last page.
 */
export const OrderPage = z.object({
  orders: z.array(Order),
  nextCursor: z.nullable(z.string().check(z.minLength(1), z.maxLength(512))),
});

export const ConfirmOrderRequest = z.object({
  paymentIntentId: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
  paypalOrderId: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
});

export const UpdateSubscriptionRequest = z.object({
  autoRenew: z.boolean(),
});

/**
 * The server's machine-readable error codes; what each asks of the client is in `openapi.ts`
 * (ErrorBody's description). An answer with another code is read by its HTTP status alone.
 */
export const ServerErrorCode = z.enum([
  'invalid_request',
  'invalid_json',
  'idempotency_key_required',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'quote_expired',
  'quote_superseded',
  'price_changed',
  'quote_used',
  'order_not_payable',
  'order_not_cancellable',
  'promo_invalid',
  'downgrade_not_allowed',
  'credit_exceeds_price',
  'subscription_not_active',
  'term_ended',
  'idempotency_conflict',
  'rate_limited',
  'internal_error',
  'bad_gateway',
  'unavailable',
  'gateway_timeout',
]);

/** The body of every non-2xx answer. */
export const ErrorBody = z.object({
  error: z.object({
    code: ServerErrorCode,
    message: z.string().check(z.maxLength(500)),
    /** Field path -> message, for `invalid_request`. */
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});

export type Money = z.infer<typeof Money>;
export type Flow = z.infer<typeof Flow>;
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;
export type RenewalMode = z.infer<typeof RenewalMode>;
export type ExpiryWindow = z.infer<typeof ExpiryWindow>;
export type RenewalFilter = z.infer<typeof RenewalFilter>;
export type RenewalSelection = z.infer<typeof RenewalSelection>;
export type PaymentMethod = z.infer<typeof PaymentMethod>;
export type BillingCycle = z.infer<typeof BillingCycle>;
export type UnitForms = z.infer<typeof UnitForms>;
export type Plan = z.infer<typeof Plan>;
export type Service = z.infer<typeof Service>;
export type SlaLevel = z.infer<typeof SlaLevel>;
export type RenewalDuration = z.infer<typeof RenewalDuration>;
export type PaymentConfig = z.infer<typeof PaymentConfig>;
export type Catalog = z.infer<typeof Catalog>;
export type ServiceQuantity = z.infer<typeof ServiceQuantity>;
export type Subscription = z.infer<typeof Subscription>;
export type SubscriptionList = z.infer<typeof SubscriptionList>;
export type Customer = z.infer<typeof Customer>;
export type CustomerLookup = z.infer<typeof CustomerLookup>;
export type ExpandQuoteRequest = z.infer<typeof ExpandQuoteRequest>;
export type UpgradeQuoteRequest = z.infer<typeof UpgradeQuoteRequest>;
export type RenewQuoteRequest = z.infer<typeof RenewQuoteRequest>;
export type QuoteRequest = z.infer<typeof QuoteRequest>;
export type QuoteLineKind = z.infer<typeof QuoteLineKind>;
export type QuoteLine = z.infer<typeof QuoteLine>;
export type Tax = z.infer<typeof Tax>;
export type Discount = z.infer<typeof Discount>;
export type Quote = z.infer<typeof Quote>;
export type Address = z.infer<typeof Address>;
export type ContactInput = z.infer<typeof ContactInput>;
export type Contact = z.infer<typeof Contact>;
export type ContactList = z.infer<typeof ContactList>;
export type CreateOrderRequest = z.infer<typeof CreateOrderRequest>;
export type OrderStatus = z.infer<typeof OrderStatus>;
export type Invoice = z.infer<typeof Invoice>;
export type PaymentAction = z.infer<typeof PaymentAction>;
export type Order = z.infer<typeof Order>;
export type OrderPage = z.infer<typeof OrderPage>;
export type ConfirmOrderRequest = z.infer<typeof ConfirmOrderRequest>;
export type UpdateSubscriptionRequest = z.infer<typeof UpdateSubscriptionRequest>;
export type ErrorBody = z.infer<typeof ErrorBody>;
export type ServerErrorCode = z.infer<typeof ServerErrorCode>;
