/**
 * The reference server's tables, one typed row interface each (Kysely's `Database`). Every table
 * has an `account_id`: the repository scopes each query to the accounts a request may see.
 * Keys, ids, statuses and amounts are real columns (integers for money, in minor units);
 * structured records the server never queries into (a quote's lines, a catalog) are JSON text
 * in `data`. `seq` orders lists oldest first, as the core expects.
 */
import type { Generated } from 'kysely';

export interface AccountsTable {
  id: string;
  /** `customer` or `partner`; a token names the same role. */
  role: string;
  name: string;
}

export interface CatalogsTable {
  account_id: string;
  product_id: string;
  currency: string;
  /** The `Catalog`. */
  data: string;
}

export interface CustomersTable {
  id: string;
  account_id: string;
  company_id: string;
  name: string;
  country: string;
}

export interface PromotionsTable {
  account_id: string;
  code: string;
  /** The core's `Promotion`. */
  data: string;
}

export interface SubscriptionsTable {
  id: string;
  account_id: string;
  seq: number;
  product_id: string;
  customer_id: string;
  status: string;
  /** What the current term cost, in minor units of `paid_currency`; null for a trial. */
  paid_amount: number | null;
  paid_currency: string | null;
  /** Copies of the `Subscription`'s fields a renewal-center tab is read by (`0005-renewals`). */
  name: Generated<string>;
  plan_id: string | null;
  term_end: Generated<string>;
  /** How it renews: the truth, over `data` (a bulk action updates only these columns). */
  renewal_mode: Generated<string>;
  renewal_day: number | null;
  /** The name and the id lowercased in JavaScript, what a search is matched in (`0007-search`). */
  name_search: Generated<string>;
  id_search: Generated<string>;
  /** The `Subscription`. */
  data: string;
}

/** An account's renewal settings (`0005-renewals`). */
export interface RenewalSettingsTable {
  account_id: string;
  standard_renewal_day: number | null;
}

/** Each subscription a quote prices, in order (`0005-renewals`): the quote's items. */
export interface QuoteItemsTable {
  quote_id: string;
  position: number;
  account_id: string;
  subscription_id: string;
  name: string;
  term_end: string;
  new_term_end: string;
  amount: number;
  currency: string;
}

/** What paying an order does, one row per subscription it changes, in order (`0006-order-changes`). */
export interface OrderChangesTable {
  order_id: string;
  position: number;
  subscription_id: string;
  /** JSON (jsonb on PostgreSQL): the fields the payment sets. */
  set_json: string;
  /** JSON: those fields as they were when priced; null for a change without (it always applies). */
  base_json: string | null;
  add_to_paid: number;
}

export interface ContactsTable {
  id: string;
  account_id: string;
  seq: number;
  email: string;
  /** The `Contact`. */
  data: string;
}

export interface QuotesTable {
  id: string;
  account_id: string;
  product_id: string;
  total_amount: number;
  currency: string;
  expires_at: string;
  /** The core's `QuoteRecord`: the quote, the request and the subscriptions it prices. */
  data: string;
  /** 1 once `purgeQuoteItems` looked at it after it expired (`0008-quote-items-purge`). */
  items_purged: Generated<number>;
}

export interface LatestQuotesTable {
  /** One row per subscription: the quote that supersedes every older one. */
  subscription_id: string;
  account_id: string;
  quote_id: string;
}

export interface OrdersTable {
  id: string;
  account_id: string;
  seq: number;
  /** The order's `createdAt` (ISO, UTC): history pages go newest first by it, then by `id`. */
  created_at: string;
  quote_id: string;
  status: string;
  total_amount: number;
  currency: string;
  payment_intent_id: string | null;
  paypal_order_id: string | null;
  /** The core's `OrderRecord`: the order and what paying it changes. */
  data: string;
}

export interface IdempotencyKeysTable {
  account_id: string;
  /** `order` or `contact`. */
  scope: string;
  key: string;
  fingerprint: string;
  resource_id: string;
}

/** A payment provider's webhook event, handled once (`0004-payments`). */
export interface PaymentEventsTable {
  provider: string;
  event_id: string;
  received_at: string;
}

/** SQLite's stand-in for a sequence (PostgreSQL uses `upcart_ids`). */
export interface CountersTable {
  name: string;
  value: Generated<number>;
}

/** Per vendor and series: the last invoice number given (migration 0003). */
export interface InvoiceCountersTable {
  vendor_id: string;
  /** `invoice` or `proforma`. */
  series: string;
  value: number;
}

export interface InvoicesTable {
  order_id: string;
  series: string;
  account_id: string;
  vendor_id: string;
  sequence: number;
  number: string;
  issued_at: string;
  /** The core's `InvoiceDocument`. */
  data: string;
}

export interface InvoiceLinksTable {
  id: string;
  account_id: string;
  order_id: string;
  series: string;
  created_at: string;
  expires_at: string;
  /** Set by the first GET of the link; null while unused. */
  used_at: string | null;
}

export interface OutboxTable {
  id: string;
  account_id: string;
  order_id: string;
  to_address: string;
  subject: string;
  created_at: string;
  /** The core's `OutboxMail`. */
  data: string;
  attempts: Generated<number>;
  /** Epoch ms (the sender's clock); 0: due now. */
  next_attempt_at: Generated<number>;
  sent_at: string | null;
  last_error: string | null;
}

export interface Database {
  accounts: AccountsTable;
  catalogs: CatalogsTable;
  customers: CustomersTable;
  promotions: PromotionsTable;
  subscriptions: SubscriptionsTable;
  contacts: ContactsTable;
  quotes: QuotesTable;
  latest_quotes: LatestQuotesTable;
  quote_items: QuoteItemsTable;
  renewal_settings: RenewalSettingsTable;
  orders: OrdersTable;
  order_changes: OrderChangesTable;
  idempotency_keys: IdempotencyKeysTable;
  counters: CountersTable;
  invoice_counters: InvoiceCountersTable;
  invoices: InvoicesTable;
  invoice_links: InvoiceLinksTable;
  outbox: OutboxTable;
  payment_events: PaymentEventsTable;
}
