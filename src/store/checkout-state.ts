/**
 * The shape of everything the checkout knows, and its value before anything happened.
 *
 * The state is immutable: the store replaces objects and never mutates them, so a consumer may
 * keep a reference and compare it with `Object.is` to learn whether a slice changed. The store's
 * own collections are `readonly`; objects that come from the backend keep their schema types.
 */
import type { CheckoutError } from '../api/errors.js';
import type { PriceChangeCode } from '../api/rules.js';
import type {
  Catalog,
  Contact,
  Customer,
  Flow,
  Money,
  Order,
  PaymentAction,
  PaymentMethod,
  Quote,
  QuoteRequest,
  RenewalSelection,
  Subscription,
} from '../api/schemas.js';

/** Every step that waits for the backend, each with its own status. */
export const ASYNC_STEPS = ['catalog', 'subscriptions', 'lookup', 'quote', 'contacts', 'saveContact', 'order', 'autoRenew', 'unsubscribe'] as const;

export type AsyncStep = (typeof ASYNC_STEPS)[number];

export type StepState = 'idle' | 'loading' | 'error' | 'done';

export interface StepStatus {
  readonly state: StepState;
  /** Set when `state` is `error`; never an `aborted` error. */
  readonly error?: CheckoutError;
  /**
   * Set while `loading` waits for the time the server asked for (`Retry-After`), in ms since the
   * epoch: the step's retry is sent then, once.
   */
  readonly retryAt?: number;
}

export type StepStatuses = Readonly<Record<AsyncStep, StepStatus>>;

export interface CheckoutConfig {
  readonly flow: Flow;
  readonly productId: string;
  /** expand/upgrade: the subscription to change; renew: one to preselect. */
  readonly subscriptionId?: string;
  /** Partner portals: the customer is found by company id first. */
  readonly companyId?: string;
  /**
   * renew: the resources `<renewal-center>` renews (by id, or by filter for "select all in this
   * view"); their quote carries it, and the subscriptions are not listed.
   */
  readonly renewal?: RenewalSelection;
  /**
   * renew from `<renewal-center>`: the account's standard renewal day, which the server co-terms
   * to (after a resource's own day) before the catalog's.
   */
  readonly standardRenewalDay?: number | undefined;
  /** BCP 47 tag used to format prices and dates. */
  readonly locale: string;
  /** Asks quotes in this currency; the catalog's currency otherwise. */
  readonly currency?: string;
}

/** Service id -> quantity. */
export type QuantityMap = Readonly<Record<string, number>>;

export interface ExpandSelection {
  readonly flow: 'expand';
  /** New total quantity per service id; starts at the subscription's current quantities. */
  readonly quantities: QuantityMap;
}

export interface UpgradeSelection {
  readonly flow: 'upgrade';
  /** Null until a plan is chosen when the subscription has none. */
  readonly planId: string | null;
  readonly cycleId: string;
  /** Accounts (or other plan units). */
  readonly quantity: number;
  readonly slaId: string | null;
  /** Quantity-based services booked with the plan, total per service id. */
  readonly services: QuantityMap;
}

export interface RenewSelection {
  readonly flow: 'renew';
  /** In the order of `state.subscriptions`, so equal selections compare equal. */
  readonly subscriptionIds: readonly string[];
  readonly durationId: string | null;
  /** Renew on the standard renewal date (co-terming). */
  readonly coterm: boolean;
}

export type Selection = ExpandSelection | UpgradeSelection | RenewSelection;

/** Server codes of a 409 that mean the quote the buyer saw is no longer the price. */
export type PriceChangeReason = PriceChangeCode;

/**
 * Set when an order was refused because its quote went stale. The buyer must see and confirm the
 * new total (`confirmPriceChange()`) before another order can be placed.
 */
export interface PriceChange {
  readonly reason: PriceChangeReason;
  /** The total the buyer had agreed to, to show beside the new one. */
  readonly previousTotal: Money;
  /** The buyer's order or payment was refused for it (rather than the clock expiring the price). */
  readonly refusedOrder: boolean;
}

/**
 * Why the price on screen was refreshed although its total stayed the same, after the buyer's
 * order was refused for a stale quote: the buyer is told, rather than a click doing nothing.
 */
export type PriceNotice = PriceChangeReason;

/** A value a control shows that the store did not accept (a typed quantity out of range, say). */
export interface RejectedInput {
  /** The control's label, in the buyer's language. */
  readonly label: string;
  /** What is wrong with it, in the buyer's language. */
  readonly message: string;
}

/** A promotion code the server refused; the price without it stays. */
export interface PromoRefusal {
  readonly code: string;
  readonly error: CheckoutError;
}

/** The next payment step as state and events carry it: a Stripe step without its client secret. */
export type CheckoutPaymentAction = Exclude<PaymentAction, { provider: 'stripe' }> | Omit<Extract<PaymentAction, { provider: 'stripe' }>, 'clientSecret'>;

/**
 * An order as state and events carry it: all the server said, except the client secret of a card
 * payment, which lets whoever holds it confirm the payment. The store keeps that secret and hands
 * it only to the card payment (`CheckoutStore.cardClientSecret`).
 */
export type CheckoutOrder = Omit<Order, 'payment'> & { readonly payment: CheckoutPaymentAction | null };

export interface PaymentSelection {
  readonly method: PaymentMethod | null;
  /** The order's Auto Renew checkbox; only sent for PayPal and card. */
  readonly autoRenew: boolean;
  /** Proforma-invoice number; only sent for offline payment. */
  readonly piNumber: string;
}

export interface CheckoutState {
  readonly config: CheckoutConfig | null;
  readonly catalog: Catalog | null;
  /** The customer found by a company lookup. */
  readonly customer: Customer | null;
  /** One subscription for expand and upgrade, the renewable ones for renew. */
  readonly subscriptions: readonly Subscription[];
  /**
   * The account's other subscriptions, for the packages' registered accounts
   * (`registeredAccounts`): of the product for upgrade, the customer's after a company lookup;
   * absent before (optional, so the entries that never read it do not carry an initial value).
   */
  readonly productSubscriptions?: readonly Subscription[];
  /**
   * The session's locale when it configures no flow (an account page: order history, renewals);
   * elements read `config.locale` first. Absent until a session says it.
   */
  readonly locale?: string;
  /** The configured flow's selection; null until catalog and subscriptions are loaded. */
  readonly selection: Selection | null;
  readonly promoCode: string | null;
  /** The server's price for `quoteRequest`; null whenever the selection changed since. */
  readonly quote: Quote | null;
  readonly quoteRequest: QuoteRequest | null;
  /** What the selection as it is now would be priced with; null while nothing is chosen. */
  readonly pricing: QuoteRequest | null;
  readonly priceChange: PriceChange | null;
  readonly priceNotice: PriceNotice | null;
  readonly promoRefusal: PromoRefusal | null;
  /** Controls showing a value the store refused, by field (`quantity`, a service id); any blocks ordering. */
  readonly rejectedInputs: Readonly<Record<string, RejectedInput>>;
  readonly contacts: readonly Contact[];
  readonly contactId: string | null;
  readonly payment: PaymentSelection;
  readonly order: CheckoutOrder | null;
  readonly status: StepStatuses;
}

export const IDLE: StepStatus = Object.freeze({ state: 'idle' });
export const LOADING: StepStatus = Object.freeze({ state: 'loading' });
export const DONE: StepStatus = Object.freeze({ state: 'done' });

export const initialStatuses: StepStatuses = Object.freeze(Object.fromEntries(ASYNC_STEPS.map((step) => [step, IDLE])) as Record<AsyncStep, StepStatus>);

export const initialState: CheckoutState = Object.freeze({
  config: null,
  catalog: null,
  customer: null,
  subscriptions: [],
  selection: null,
  promoCode: null,
  quote: null,
  quoteRequest: null,
  pricing: null,
  priceChange: null,
  priceNotice: null,
  promoRefusal: null,
  rejectedInputs: Object.freeze({}),
  contacts: [],
  contactId: null,
  payment: Object.freeze({ method: null, autoRenew: false, piNumber: '' }),
  order: null,
  status: initialStatuses,
});

/** The statuses with one step replaced. */
export function withStatus(statuses: StepStatuses, step: AsyncStep, status: StepStatus): StepStatuses {
  return statuses[step] === status ? statuses : { ...statuses, [step]: status };
}

/** Statuses after which the order is done for the buyer: the checkout locks and shows its receipt. */
export const COMPLETE_ORDER_STATUSES: readonly CheckoutOrder['status'][] = ['paid', 'awaiting_offline_payment'];

/**
 * An order is complete (paid, or placed offline): the checkout is a receipt now. Nothing can be
 * changed and no quote is asked for until the buyer starts a new order.
 */
export function isOrderComplete(state: Pick<CheckoutState, 'order'>): boolean {
  return state.order !== null && COMPLETE_ORDER_STATUSES.includes(state.order.status);
}

/** A pending order that may still be paid as it is: for the current quote and method. */
export function payableOrder(state: Pick<CheckoutState, 'order' | 'quote' | 'payment'>): CheckoutOrder | null {
  const { order, quote } = state;
  return order !== null && order.status === 'pending_payment' && quote !== null && order.quoteId === quote.id && order.paymentMethod === state.payment.method
    ? order
    : null;
}
