/**
 * The core's repository on Kysely, one query code for SQLite and PostgreSQL. A `ServerStore`
 * owns the database; `repositoryFor(scope)` is the repository of one request's account: every
 * read is limited to the accounts the caller may see (its own, and a partner's customers'), so
 * another account's id reads as missing and the core answers 404. New records belong to the
 * caller's own account.
 *
 * Exactly-once: every operation of the core is one database transaction. On SQLite the
 * transactions of one process run one after another: better-sqlite3 has one connection, and two
 * async transactions must never interleave on it. Kysely 0.29 already holds a connection mutex
 * for SQLite; the queue here states the rule in our code rather than in a library's internals
 * (it cost nothing measurable). On PostgreSQL they run
 * at READ COMMITTED with the rows the core checks and then writes locked (`for update`: a quote
 * being ordered, an order being paid, the subscriptions a quote prices), a deadlock or
 * serialization failure re-runs the transaction a few times, and a unique violation (a twin
 * request committed the same idempotency key first) re-runs it once, so that it answers what
 * the first one made.
 */
import type { Contact, Customer, Catalog, Subscription } from '../../src/api/schemas.js';
import type { QuoteItem, RenewalCounts, RenewalSettings } from '../../src/api/renewal-schemas.js';
import { emptyCounts, renewalModeOf, type RenewalCriteria, type RenewalListing, type RenewalMode } from '../../core/renewals.js';
import type { OrderHistoryFilter } from '../../core/order-history.js';
import type { InvoiceDocument, InvoiceLinkRecord, InvoiceSeries } from '../../core/invoices.js';
import type { OutboxMail } from '../../core/mail.js';
import type { Promotion, SubscriptionChange, SubscriptionPatch } from '../../core/pricing.js';
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
} from '../../core/repository.js';
import { sql, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { DatabaseHandle } from './connect.js';
import { searchText } from './migrations/0007-search.js';
import type { Database } from './schema.js';

/** Whose data a request reads and writes. */
export interface AccountScope {
  /** The caller's account: what it creates belongs to it. */
  accountId: string;
  /** Every account it may read: its own, and for a partner, its customers'. */
  visible: readonly string[];
}

/** Re-runs of a transaction that met a deadlock or serialization failure (PostgreSQL). */
const MAX_RETRIES = 8;

type Trx = Transaction<Database>;

export class ServerStore {
  readonly handle: DatabaseHandle;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(handle: DatabaseHandle) {
    this.handle = handle;
  }

  get dialect() {
    return this.handle.dialect;
  }

  /** The repository of one account's request. */
  repositoryFor(scope: AccountScope): CheckoutRepository {
    return {
      transaction: <T>(work: (tx: RepositoryTransaction) => T | PromiseLike<T>) =>
        this.transaction((trx) => work(new KyselyTransaction(trx, scope, this.dialect)) as Promise<T>),
    };
  }

  /**
   * The scope of work on one order without a caller's token (a provider's webhook, the vendor's
   * admin): the order's account, and the accounts of the subscriptions it changes (a partner's
   * order changes its customer's). Undefined when no order has this id (or provider id).
   */
  async scopeOfOrder(where: { orderId: string } | { field: PaymentIdField; id: string }): Promise<AccountScope | undefined> {
    const column = 'orderId' in where ? 'id' : where.field === 'paymentIntentId' ? 'payment_intent_id' : 'paypal_order_id';
    const value = 'orderId' in where ? where.orderId : where.id;
    const row = await this.handle.db.selectFrom('orders').select(['id', 'account_id']).where(column, '=', value).executeTakeFirst();
    if (!row) return undefined;
    const owners = new Set([row.account_id]);
    // One statement however many subscriptions the order changes (a batch renewal's 100,000).
    const found = await this.handle.db
      .selectFrom('order_changes')
      .innerJoin('subscriptions', 'subscriptions.id', 'order_changes.subscription_id')
      .select('subscriptions.account_id')
      .distinct()
      .where('order_changes.order_id', '=', row.id)
      .execute();
    for (const owner of found) owners.add(owner.account_id);
    return { accountId: row.account_id, visible: [...owners] };
  }

  /** Runs `work` in one transaction, re-run as the header says. */
  async transaction<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') return this.serialized(() => this.attempt(work));
    let uniqueRetried = false;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.attempt(work);
      } catch (error) {
        const code = errorCode(error);
        const transient = code === '40001' || code === '40P01';
        if (transient && attempt < MAX_RETRIES) {
          await pause(attempt);
          continue;
        }
        if (isUniqueViolation(error) && !uniqueRetried) {
          uniqueRetried = true;
          continue;
        }
        throw error;
      }
    }
  }

  private attempt<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
    return this.handle.db.transaction().execute(work);
  }

  /**
   * Uses an invoice link, once: in one transaction, the link is read (locked on PostgreSQL),
   * refused when unknown, used or expired at `now`, else marked used and its document answered
   * with `serve` (rendering the PDF in the transaction, so a failure leaves the link unused).
   * A concurrent second use waits for the lock and then finds it used.
   */
  async useInvoiceLink<T>(
    linkId: string,
    now: Date,
    serve: (document: InvoiceDocument) => Promise<T>,
  ): Promise<{ outcome: 'served'; value: T } | { outcome: 'unknown' | 'used' | 'expired' }> {
    return this.transaction(async (trx) => {
      const link = await trx
        .selectFrom('invoice_links')
        .selectAll()
        .where('id', '=', linkId)
        .$if(this.dialect === 'postgres', (qb) => qb.forUpdate())
        .executeTakeFirst();
      if (!link) return { outcome: 'unknown' as const };
      if (link.used_at !== null) return { outcome: 'used' as const };
      if (Date.parse(link.expires_at) <= now.getTime()) return { outcome: 'expired' as const };
      const marked = await trx
        .updateTable('invoice_links')
        .set({ used_at: now.toISOString() })
        .where('id', '=', linkId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (marked.numUpdatedRows !== 1n) return { outcome: 'used' as const };
      const row = await trx.selectFrom('invoices').select('data').where('order_id', '=', link.order_id).where('series', '=', link.series).executeTakeFirst();
      if (!row) return { outcome: 'unknown' as const };
      return { outcome: 'served' as const, value: await serve(JSON.parse(row.data) as InvoiceDocument) };
    });
  }

  /** One SQLite transaction at a time, in the order asked. */
  private serialized<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A unique or primary key refused a row: PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY. */
export function isUniqueViolation(error: unknown): boolean {
  const code = errorCode(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** Math.min(attempt, 5)));
}

/** Rows per statement where a statement takes one parameter per row or value (PostgreSQL allows 65,535 parameters). */
const CHUNK = 500;
/** Changes per multi-row insert (6 parameters each: 30,000, within both databases' limits). */
const CHANGE_CHUNK = 5000;
/** Rows per `insert … select from unnest(…)` on PostgreSQL (one array parameter per column). */
const UNNEST_CHUNK = 20_000;
/** Changes per `update … from` when an order is paid. */
const APPLY_CHUNK = 20_000;
/** The fields a change may set, so the only JSON keys a "still applies" check names (`SubscriptionPatch`). */
const PATCH_FIELDS: readonly string[] = [
  'planId',
  'status',
  'cycleId',
  'quantity',
  'services',
  'slaId',
  'termStart',
  'termEnd',
  'minimumTermEnd',
  'nextPaymentAt',
  'paidThisTerm',
];

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/** The columns of a subscription's row that copy its fields (everything but the keys, `seq` and the account). */
export function subscriptionColumns(subscription: Subscription) {
  return {
    status: subscription.status,
    paid_amount: subscription.paidThisTerm?.amount ?? null,
    paid_currency: subscription.paidThisTerm?.currency ?? null,
    name: subscription.name,
    name_search: searchText(subscription.name),
    id_search: searchText(subscription.id),
    plan_id: subscription.planId ?? null,
    term_end: subscription.termEnd,
    renewal_mode: renewalModeOf(subscription),
    renewal_day: subscription.renewalDay ?? null,
    data: JSON.stringify(subscription),
  };
}

/** A subscription row as the core reads it: the renewal columns over its JSON. */
function subscriptionOf(row: { data: string; renewal_mode: string; renewal_day: number | null }): Subscription {
  const subscription = JSON.parse(row.data) as Subscription;
  const mode = row.renewal_mode as RenewalMode;
  subscription.renewalMode = mode;
  subscription.renewalDay = row.renewal_day === null ? null : Number(row.renewal_day);
  subscription.autoRenew = mode === 'auto';
  return subscription;
}

/** `%` and `_` are text in a search, not patterns. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const json = (value: unknown) => JSON.stringify(value);
const parse = <T>(row: { data: string } | undefined): T | undefined => (row === undefined ? undefined : (JSON.parse(row.data) as T));

class KyselyTransaction implements RepositoryTransaction {
  constructor(
    private readonly trx: Trx,
    private readonly scope: AccountScope,
    private readonly dialect: DatabaseHandle['dialect'],
  ) {}

  /** Row locks exist on PostgreSQL only; SQLite runs one transaction at a time anyway. */
  private get locks(): boolean {
    return this.dialect === 'postgres';
  }

  private async nextNumber(): Promise<number> {
    if (this.dialect === 'postgres') {
      const { rows } = await sql<{ value: string }>`select nextval('upcart_ids') as value`.execute(this.trx);
      return Number(rows[0]?.value);
    }
    const row = await this.trx
      .updateTable('counters')
      .set((eb) => ({ value: eb('value', '+', 1) }))
      .where('name', '=', 'ids')
      .returning('value')
      .executeTakeFirstOrThrow();
    return Number(row.value);
  }

  async nextId(prefix: string): Promise<string> {
    return `${prefix}-${await this.nextNumber()}`;
  }

  async getCatalog(productId: string): Promise<Catalog | undefined> {
    const rows = await this.trx
      .selectFrom('catalogs')
      .select(['account_id', 'data'])
      .where('product_id', '=', productId)
      .where('account_id', 'in', this.scope.visible)
      .execute();
    return parse(rows.find((row) => row.account_id === this.scope.accountId) ?? rows[0]);
  }

  async getCustomer(customerId: string): Promise<Customer | undefined> {
    return this.trx
      .selectFrom('customers')
      .select(['id', 'company_id as companyId', 'name', 'country'])
      .where('id', '=', customerId)
      .where('account_id', 'in', this.scope.visible)
      .executeTakeFirst();
  }

  async findCustomerByCompanyId(companyId: string): Promise<Customer | undefined> {
    return this.trx
      .selectFrom('customers')
      .select(['id', 'company_id as companyId', 'name', 'country'])
      .where((eb) => eb(eb.fn('upper', ['company_id']), '=', companyId.toUpperCase()))
      .where('account_id', 'in', this.scope.visible)
      .orderBy('id')
      .executeTakeFirst();
  }

  async listPromotions(): Promise<Promotion[]> {
    const rows = await this.trx.selectFrom('promotions').select(['code', 'data']).where('account_id', '=', this.scope.accountId).orderBy('code').execute();
    return rows.map((row) => JSON.parse(row.data) as Promotion);
  }

  async getSubscription(subscriptionId: string): Promise<Subscription | undefined> {
    const row = await this.trx
      .selectFrom('subscriptions')
      .select(['data', 'renewal_mode', 'renewal_day'])
      .where('id', '=', subscriptionId)
      .where('account_id', 'in', this.scope.visible)
      .$if(this.locks, (qb) => qb.forUpdate())
      .executeTakeFirst();
    return row && subscriptionOf(row);
  }

  async getSubscriptions(subscriptionIds: readonly string[]): Promise<Subscription[]> {
    const found: Subscription[] = [];
    for (const chunk of chunks(subscriptionIds, CHUNK)) {
      const rows = await this.trx
        .selectFrom('subscriptions')
        .select(['data', 'renewal_mode', 'renewal_day'])
        .where('id', 'in', chunk)
        .where('account_id', 'in', this.scope.visible)
        .$if(this.locks, (qb) => qb.forUpdate())
        .execute();
      for (const row of rows) found.push(subscriptionOf(row));
    }
    return found;
  }

  async listSubscriptions(filter: SubscriptionFilter): Promise<Subscription[]> {
    const rows = await this.trx
      .selectFrom('subscriptions')
      .select(['data', 'renewal_mode', 'renewal_day'])
      .where('account_id', 'in', this.scope.visible)
      .$if(Boolean(filter.productId), (qb) => qb.where('product_id', '=', filter.productId ?? ''))
      .$if(Boolean(filter.customerId), (qb) => qb.where('customer_id', '=', filter.customerId ?? ''))
      .orderBy('seq')
      .execute();
    return rows.map(subscriptionOf);
  }

  async putSubscription(subscription: Subscription): Promise<void> {
    const result = await this.trx
      .updateTable('subscriptions')
      .set(subscriptionColumns(subscription))
      .where('id', '=', subscription.id)
      .where('account_id', 'in', this.scope.visible)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw new Error(`Subscription ${subscription.id} is not this account's`);
  }

  /**
   * One `update … from (values …)` per chunk of rows: a paid batch renewal of 100,000 is 500
   * statements, not 100,000 round trips. The ids are named again in an `in` list so that SQLite
   * finds the rows by their key instead of scanning the account's for each value row.
   */
  async putSubscriptions(subscriptions: readonly Subscription[]): Promise<void> {
    const pg = this.dialect === 'postgres';
    const cast = (value: unknown, type: string) => (pg ? sql`cast(${value} as ${sql.raw(type)})` : sql`${value}`);
    for (const chunk of chunks(subscriptions, 200)) {
      const rows = chunk.map((subscription) => {
        const c = subscriptionColumns(subscription);
        return sql`(${subscription.id}, ${c.status}, ${cast(c.paid_amount, 'bigint')}, ${c.paid_currency}, ${c.name}, ${c.name_search}, ${c.plan_id}, ${c.term_end}, ${c.renewal_mode}, ${cast(c.renewal_day, 'integer')}, ${c.data})`;
      });
      const visible = sql.join(this.scope.visible.map((id) => sql`${id}`));
      const names = ['id', 'status', 'paid_amount', 'paid_currency', 'name', 'name_search', 'plan_id', 'term_end', 'renewal_mode', 'renewal_day', 'data'];
      // PostgreSQL names a VALUES list's columns after its alias; SQLite calls them column1, column2…
      const values = pg
        ? sql`(values ${sql.join(rows)}) as v(${sql.raw(names.join(', '))})`
        : sql`(select ${sql.raw(names.map((name, index) => `column${index + 1} as ${name}`).join(', '))} from (values ${sql.join(rows)})) as v`;
      const result = await sql`update subscriptions set status = v.status, paid_amount = v.paid_amount, paid_currency = v.paid_currency, name = v.name,
        name_search = v.name_search, plan_id = v.plan_id, term_end = v.term_end, renewal_mode = v.renewal_mode, renewal_day = v.renewal_day, data = v.data
        from ${values} where subscriptions.id = v.id and subscriptions.account_id in (${visible})
        and subscriptions.id in (${sql.join(chunk.map((subscription) => sql`${subscription.id}`))})`.execute(this.trx);
      if (Number(result.numAffectedRows ?? 0n) !== chunk.length) throw new Error(`Some of ${chunk.length} subscriptions are not this account's`);
    }
  }

  /** The criteria as conditions on the account's renewable rows (the same rule as `matchesRenewal`). */
  private renewalRows<O>(qb: SelectQueryBuilder<Database, 'subscriptions', O>, criteria: RenewalCriteria) {
    return qb.where((eb) => eb.and(this.renewalConditions(eb, criteria)));
  }

  private renewalConditions(eb: ExpressionBuilder<Database, 'subscriptions'>, criteria: RenewalCriteria) {
    const conditions = [eb('subscriptions.account_id', 'in', this.scope.visible), eb('subscriptions.status', '<>', 'trial')];
    if (criteria.mode !== undefined) conditions.push(eb('subscriptions.renewal_mode', '=', criteria.mode));
    if (criteria.productId !== undefined) conditions.push(eb('subscriptions.product_id', '=', criteria.productId));
    if (criteria.planId !== undefined) conditions.push(eb('subscriptions.plan_id', '=', criteria.planId));
    if (criteria.termEndFrom !== undefined) conditions.push(eb('subscriptions.term_end', '>=', criteria.termEndFrom));
    if (criteria.termEndTo !== undefined) conditions.push(eb('subscriptions.term_end', '<=', criteria.termEndTo));
    if (criteria.ids !== undefined) conditions.push(eb('subscriptions.id', 'in', criteria.ids.length > 0 ? [...criteria.ids] : ['']));
    if (criteria.except !== undefined && criteria.except.length > 0) conditions.push(eb('subscriptions.id', 'not in', [...criteria.except]));
    if (criteria.search !== undefined) {
      const pattern = likePattern(criteria.search);
      // The columns hold the name and id lowercased in JavaScript, as the core lowercased the search
      // (SQLite's lower() knows ASCII only). LIKE is case-sensitive on PostgreSQL and ASCII-only
      // case-insensitive on SQLite: both lowercase texts, so either matches the same.
      conditions.push(
        eb.or([
          eb('subscriptions.name_search', 'like', sql<string>`${pattern} escape '\\'`),
          eb('subscriptions.id_search', 'like', sql<string>`${pattern} escape '\\'`),
        ]),
      );
    }
    return conditions;
  }

  /** Without a limit (a quote by filter, which writes next), the rows are locked on PostgreSQL. */
  async findRenewals(listing: Partial<RenewalListing> & { criteria: RenewalCriteria }): Promise<Subscription[]> {
    const { criteria, descending = false, after, limit } = listing;
    const direction = descending ? 'desc' : 'asc';
    const rows = await this.renewalRows(this.trx.selectFrom('subscriptions').select(['data', 'renewal_mode', 'renewal_day']), criteria)
      .$if(after !== undefined, (qb) =>
        qb.where((eb) => eb(eb.refTuple('term_end', 'id'), descending ? '<' : '>', eb.tuple(after?.termEnd ?? '', after?.id ?? ''))),
      )
      .orderBy('term_end', direction)
      .orderBy('id', direction)
      .$if(limit !== undefined, (qb) => qb.limit(limit ?? 0))
      .$if(limit === undefined && this.locks, (qb) => qb.forUpdate())
      .execute();
    return rows.map(subscriptionOf);
  }

  async countRenewals(criteria: RenewalCriteria): Promise<RenewalCounts> {
    const { mode: _mode, ...anyMode } = criteria;
    const rows = await this.renewalRows(
      this.trx.selectFrom('subscriptions').select((eb) => ['renewal_mode', eb.fn.countAll<number | string>().as('count')]),
      anyMode,
    )
      .groupBy('renewal_mode')
      .execute();
    const counts = emptyCounts();
    for (const row of rows) if (row.renewal_mode in counts) counts[row.renewal_mode as RenewalMode] = Number(row.count);
    return counts;
  }

  /** One statement whatever the selection's size; `data` is left as it is (the columns are read over it). */
  async updateRenewals(criteria: RenewalCriteria, patch: RenewalPatch): Promise<number> {
    const set: { renewal_mode?: string; renewal_day?: number | null } = {};
    if (patch.renewalMode !== undefined) set.renewal_mode = patch.renewalMode;
    if (patch.renewalDay !== undefined) set.renewal_day = patch.renewalDay;
    const result = await this.trx
      .updateTable('subscriptions')
      .set(set)
      .where((eb) => eb.and(this.renewalConditions(eb as unknown as ExpressionBuilder<Database, 'subscriptions'>, criteria)))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async getRenewalSettings(): Promise<RenewalSettings> {
    const row = await this.trx.selectFrom('renewal_settings').select('standard_renewal_day').where('account_id', '=', this.scope.accountId).executeTakeFirst();
    const day = row?.standard_renewal_day;
    return { standardRenewalDay: day === null || day === undefined ? null : Number(day) };
  }

  async putRenewalSettings(settings: RenewalSettings): Promise<void> {
    await this.trx
      .insertInto('renewal_settings')
      .values({ account_id: this.scope.accountId, standard_renewal_day: settings.standardRenewalDay })
      .onConflict((oc) => oc.column('account_id').doUpdateSet({ standard_renewal_day: settings.standardRenewalDay }))
      .execute();
  }

  async listContacts(): Promise<Contact[]> {
    const rows = await this.trx.selectFrom('contacts').select('data').where('account_id', 'in', this.scope.visible).orderBy('seq').execute();
    return rows.map((row) => JSON.parse(row.data) as Contact);
  }

  async getContact(contactId: string): Promise<Contact | undefined> {
    const row = await this.trx
      .selectFrom('contacts')
      .select('data')
      .where('id', '=', contactId)
      .where('account_id', 'in', this.scope.visible)
      .executeTakeFirst();
    return parse(row);
  }

  async insertContact(contact: Contact): Promise<void> {
    await this.trx
      .insertInto('contacts')
      .values({ id: contact.id, account_id: this.scope.accountId, seq: await this.nextNumber(), email: contact.email, data: json(contact) })
      .execute();
  }

  async getQuote(quoteId: string): Promise<QuoteRecord | undefined> {
    const row = await this.trx
      .selectFrom('quotes')
      .select('data')
      .where('id', '=', quoteId)
      .where('account_id', 'in', this.scope.visible)
      .$if(this.locks, (qb) => qb.forUpdate())
      .executeTakeFirst();
    return parse(row);
  }

  async insertQuote(record: QuoteRecord, items: readonly QuoteItem[]): Promise<void> {
    const { quote } = record;
    await this.trx
      .insertInto('quotes')
      .values({
        id: quote.id,
        account_id: this.scope.accountId,
        product_id: record.productId,
        total_amount: quote.total.amount,
        currency: quote.total.currency,
        expires_at: quote.expiresAt,
        data: json(record),
      })
      .execute();
    await this.insertQuoteItems(quote.id, items);
  }

  /**
   * Items by chunks of multi-row inserts (9 parameters a row); on PostgreSQL one `insert … select
   * from unnest(…)` per chunk of 20,000, a parameter per column (a batch renewal's 100,000 items).
   */
  private async insertQuoteItems(quoteId: string, items: readonly QuoteItem[]): Promise<void> {
    if (this.dialect === 'postgres') {
      for (const [index, chunk] of chunks(items, UNNEST_CHUNK).entries()) {
        const first = index * UNNEST_CHUNK;
        await sql`insert into quote_items (quote_id, position, account_id, subscription_id, name, term_end, new_term_end, amount, currency)
          select ${quoteId}, t.position, ${this.scope.accountId}, t.subscription_id, t.name, t.term_end, t.new_term_end, t.amount, t.currency
          from unnest(${chunk.map((_, at) => first + at)}::integer[], ${chunk.map((item) => item.subscriptionId)}::text[], ${chunk.map((item) => item.name)}::text[],
            ${chunk.map((item) => item.termEnd)}::text[], ${chunk.map((item) => item.newTermEnd)}::text[], ${chunk.map((item) => item.amount.amount)}::bigint[],
            ${chunk.map((item) => item.amount.currency)}::text[]) as t(position, subscription_id, name, term_end, new_term_end, amount, currency)`.execute(
          this.trx,
        );
      }
      return;
    }
    let position = 0;
    for (const chunk of chunks(items, CHUNK)) {
      await this.trx
        .insertInto('quote_items')
        .values(
          chunk.map((item) => ({
            quote_id: quoteId,
            position: position++,
            account_id: this.scope.accountId,
            subscription_id: item.subscriptionId,
            name: item.name,
            term_end: item.termEnd,
            new_term_end: item.newTermEnd,
            amount: item.amount.amount,
            currency: item.amount.currency,
          })),
        )
        .execute();
    }
  }

  async listQuoteItems(quoteId: string, offset: number, limit: number): Promise<QuoteItem[]> {
    const rows = await this.trx
      .selectFrom('quote_items')
      .select(['subscription_id', 'name', 'term_end', 'new_term_end', 'amount', 'currency'])
      .where('quote_id', '=', quoteId)
      .where('account_id', 'in', this.scope.visible)
      .where('position', '>=', offset)
      .orderBy('position')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      subscriptionId: row.subscription_id,
      name: row.name,
      termEnd: row.term_end,
      newTermEnd: row.new_term_end,
      amount: { amount: Number(row.amount), currency: row.currency },
    }));
  }

  /**
   * The oldest expired quotes not yet looked at (by the `quotes_unpurged` index), skipping on
   * PostgreSQL those another transaction holds (a concurrent purge, or an order being made from
   * one): their items are deleted unless an order was made from the quote, and they are marked.
   */
  async purgeQuoteItems(expiredBefore: string, limit: number): Promise<number> {
    const found = await this.trx
      .selectFrom('quotes')
      .select('id')
      // A literal, not a parameter: SQLite uses the partial index quotes_unpurged (items_purged = 0)
      // only for a query that says so itself, and scanned every quote on each new one without it.
      .where('items_purged', '=', sql.lit(0))
      .where('expires_at', '<', expiredBefore)
      .orderBy('expires_at')
      .orderBy('id')
      .limit(limit)
      .$if(this.locks, (qb) => qb.forUpdate().skipLocked())
      .execute();
    const ids = found.map((row) => row.id);
    if (ids.length === 0) return 0;
    await this.trx
      .deleteFrom('quote_items')
      .where('quote_id', 'in', ids)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('orders').select('orders.id').whereRef('orders.quote_id', '=', 'quote_items.quote_id'))))
      .execute();
    await this.trx.updateTable('quotes').set({ items_purged: 1 }).where('id', 'in', ids).execute();
    return ids.length;
  }

  /** Joined through the quote's items in one statement, locked on PostgreSQL like `getSubscription`. */
  async quoteSubscriptions(quoteId: string): Promise<Subscription[]> {
    const rows = await this.trx
      .selectFrom('quote_items')
      .innerJoin('subscriptions', 'subscriptions.id', 'quote_items.subscription_id')
      .select(['subscriptions.data', 'subscriptions.renewal_mode', 'subscriptions.renewal_day'])
      .where('quote_items.quote_id', '=', quoteId)
      .where('subscriptions.account_id', 'in', this.scope.visible)
      .orderBy('quote_items.position')
      .$if(this.locks, (qb) => qb.forUpdate('subscriptions'))
      .execute();
    return rows.map(subscriptionOf);
  }

  /** One `insert … select … on conflict` from the quote's items, however many. */
  async supersede(quoteId: string): Promise<void> {
    await sql`insert into latest_quotes (subscription_id, account_id, quote_id)
      select subscription_id, ${this.scope.accountId}, ${quoteId} from quote_items where quote_id = ${quoteId}
      on conflict (subscription_id) do update set quote_id = excluded.quote_id, account_id = excluded.account_id`.execute(this.trx);
  }

  /** The quote's subscriptions were read (and locked) first, by `quoteSubscriptions`. */
  async isSuperseded(quoteId: string): Promise<boolean> {
    const row = await this.trx
      .selectFrom('latest_quotes')
      .innerJoin('quote_items', 'quote_items.subscription_id', 'latest_quotes.subscription_id')
      .select('latest_quotes.quote_id')
      .where('quote_items.quote_id', '=', quoteId)
      .where('latest_quotes.quote_id', '<>', quoteId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async getOrder(orderId: string): Promise<OrderRecord | undefined> {
    const row = await this.trx
      .selectFrom('orders')
      .select('data')
      .where('id', '=', orderId)
      .where('account_id', 'in', this.scope.visible)
      .$if(this.locks, (qb) => qb.forUpdate())
      .executeTakeFirst();
    return parse(row);
  }

  async listOrders(filter: { quoteId?: string } = {}): Promise<OrderRecord[]> {
    const rows = await this.trx
      .selectFrom('orders')
      .select('data')
      .where('account_id', 'in', this.scope.visible)
      .$if(filter.quoteId !== undefined, (qb) => qb.where('quote_id', '=', filter.quoteId ?? ''))
      .orderBy('seq')
      .execute();
    return rows.map((row) => JSON.parse(row.data) as OrderRecord);
  }

  /** Newest first by the `orders_history` index; a page after `before` by its row value. */
  async orderHistory(filter: OrderHistoryFilter): Promise<OrderRecord[]> {
    const { status, before } = filter;
    const rows = await this.trx
      .selectFrom('orders')
      .select('data')
      .where('account_id', 'in', this.scope.visible)
      .$if(status !== undefined, (qb) => qb.where('status', 'in', status ?? []))
      .$if(before !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(before?.createdAt ?? '', before?.id ?? ''))))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .execute();
    return rows.map((row) => JSON.parse(row.data) as OrderRecord);
  }

  private orderColumns(record: OrderRecord) {
    return {
      created_at: record.order.createdAt,
      quote_id: record.order.quoteId,
      status: record.order.status,
      total_amount: record.order.total.amount,
      currency: record.order.total.currency,
      payment_intent_id: record.paymentIntentId ?? null,
      paypal_order_id: record.paypalOrderId ?? null,
      data: json(record),
    };
  }

  /**
   * The order's row, then its changes by chunks of multi-row inserts (6 parameters a row; measured
   * faster on PostgreSQL than `unnest` of their JSON texts).
   */
  async insertOrder(record: OrderRecord, changes: readonly SubscriptionChange[]): Promise<void> {
    await this.trx
      .insertInto('orders')
      .values({ id: record.order.id, account_id: this.scope.accountId, seq: await this.nextNumber(), ...this.orderColumns(record) })
      .execute();
    for (const change of changes) {
      // A merge patch (SQLite's json_patch) would remove a field set to null: the core never sets one.
      for (const key in change.set) if (change.set[key as keyof SubscriptionPatch] === null) throw new Error(`A change sets ${key} to null`);
    }
    let position = 0;
    for (const chunk of chunks(changes, CHANGE_CHUNK)) {
      await this.trx
        .insertInto('order_changes')
        .values(
          chunk.map((change) => ({
            order_id: record.order.id,
            position: position++,
            subscription_id: change.subscriptionId,
            set_json: json(change.set),
            base_json: change.base === undefined ? null : json(change.base),
            add_to_paid: change.addToPaid,
          })),
        )
        .execute();
    }
  }

  /**
   * Applies the order's changes in place, a chunk of positions per statement: each an `update …
   * from` its changes, with the rule of `applyChange` written in SQL (the fields set over the
   * stored JSON, `add_to_paid` added, a trial that becomes active registered from the payment, the
   * renewal mode from the order's Auto Renew) and the "still applies" check of `stillApplies`
   * (each field of the change's base equal to the subscription's, as JSON; null and missing alike).
   * All or none: false, with nothing written, when a change no longer applies or a subscription is
   * not the account's.
   */
  async applyOrderChanges(orderId: string, application: ChangeApplication): Promise<boolean> {
    const pg = this.dialect === 'postgres';
    const counted = await this.trx
      .selectFrom('order_changes')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('changes'))
      .where('order_id', '=', orderId)
      .executeTakeFirstOrThrow();
    const total = Number(counted.changes);
    if (total === 0) return true;
    // The fields the bases name (the same for every change of an order, in practice): only they are compared.
    const found = pg
      ? await sql<{
          key: string;
        }>`select distinct jsonb_object_keys(base_json) as key from order_changes where order_id = ${orderId} and base_json is not null`.execute(this.trx)
      : await sql<{
          key: string;
        }>`select distinct j.key as key from order_changes c, json_each(c.base_json) j where c.order_id = ${orderId} and c.base_json is not null`.execute(
          this.trx,
        );
    const keys = found.rows.map((row) => row.key);
    const unknown = keys.find((key) => !PATCH_FIELDS.includes(key));
    if (unknown !== undefined) throw new Error(`Order ${orderId} has a change based on ${unknown}, which no change sets`);
    // The order's Auto Renew decides the mode (`applyChange`): on is auto, off moves auto to manual.
    const mode = (current: RawBuilder<unknown>) =>
      application.autoRenew === undefined
        ? current
        : application.autoRenew
          ? sql`'auto'`
          : sql`case when ${current} = 'auto' then 'manual' else ${current} end`;
    return pg
      ? this.applyOnPostgres(orderId, total, keys, application, mode(sql`subscriptions.renewal_mode`))
      : this.applyOnSqlite(orderId, total, keys, application, mode(sql`subscriptions.renewal_mode`));
  }

  /** The changes of positions `from` to `from + APPLY_CHUNK`, joined to the account's subscriptions. */
  private changeRows(orderId: string, from: number) {
    const visible = sql.join(this.scope.visible.map((id) => sql`${id}`));
    return sql`from order_changes c join subscriptions s on s.id = c.subscription_id
      where c.order_id = ${orderId} and c.position >= ${from} and c.position < ${from + APPLY_CHUNK} and s.account_id in (${visible})`;
  }

  /**
   * PostgreSQL: each chunk is one `update … from` a fenced subquery (`offset 0`) that parses each
   * row's JSON once and works out both the check and the new values. The check's inputs are read
   * at the statement's start, so the `where` also asks that the row's JSON text is still what was
   * read: a row another payment changed meanwhile is re-checked on its new version (READ
   * COMMITTED), fails that, and is not written. The renewal mode is not part of that check: a bulk
   * mode change (`updateRenewals`, which leaves `data` alone) committing on one of the rows
   * meanwhile changes nothing a renewal priced, so the new mode is worked out in the `set` from
   * the row's current mode, not from the one read at the statement's start. Fewer rows written
   * than changes: everything goes back to a savepoint.
   */
  private async applyOnPostgres(
    orderId: string,
    total: number,
    keys: readonly string[],
    application: ChangeApplication,
    mode: RawBuilder<unknown>,
  ): Promise<boolean> {
    const applies =
      keys.length === 0
        ? sql`true`
        : sql.join(
            keys.map((key) => sql`(x.base -> ${sql.lit(key)} is null or coalesce(x.d -> ${sql.lit(key)}, 'null'::jsonb) = x.base -> ${sql.lit(key)})`),
            sql` and `,
          );
    const currency = sql`cast(${application.currency} as text)`;
    const paid = sql`coalesce((x.p #>> '{paidThisTerm,amount}')::bigint, 0) + x.add_to_paid`;
    const withPaid = sql`case when x.add_to_paid <> 0 then jsonb_set(x.p, '{paidThisTerm}', jsonb_build_object('amount', ${paid}, 'currency', ${currency})) else x.p end`;
    const newData = sql`case when x.status = 'trial' and x.set_json ->> 'status' = 'active'
      then jsonb_set(${withPaid}, '{registeredAt}', to_jsonb(cast(${application.paidAt} as text))) else ${withPaid} end`;
    await sql`savepoint apply_order_changes`.execute(this.trx);
    let applied = 0;
    for (let from = 0; from < total; from += APPLY_CHUNK) {
      const result = await sql`update subscriptions set data = v.data, status = v.status, plan_id = v.plan_id, term_end = v.term_end,
          paid_amount = v.paid_amount, paid_currency = v.paid_currency, renewal_mode = ${mode}
        from (select x.id, x.old_data, ${applies} as applies, (${newData})::text as data,
                coalesce(x.set_json ->> 'status', x.status) as status,
                coalesce(x.set_json ->> 'planId', x.plan_id) as plan_id,
                coalesce(x.set_json ->> 'termEnd', x.term_end) as term_end,
                case when x.add_to_paid <> 0 then ${paid} else (x.p #>> '{paidThisTerm,amount}')::bigint end as paid_amount,
                case when x.add_to_paid <> 0 then ${currency} else x.p #>> '{paidThisTerm,currency}' end as paid_currency
              from (select y.*, y.d || y.set_json as p
                    from (select s.id, s.data as old_data, s.status, s.plan_id, s.term_end,
                            c.set_json, c.base_json as base, c.add_to_paid, s.data::jsonb as d
                          ${this.changeRows(orderId, from)} offset 0) as y offset 0) as x) as v
        where subscriptions.id = v.id and v.applies and subscriptions.data = v.old_data`.execute(this.trx);
      applied += Number(result.numAffectedRows ?? 0n);
    }
    return this.endApplying(applied === total);
  }

  /** Ends the savepoint of a payment's changes: kept when every change applied, else rolled back (all or none). */
  private async endApplying(allApplied: boolean): Promise<boolean> {
    if (!allApplied) await sql`rollback to savepoint apply_order_changes`.execute(this.trx);
    await sql`release savepoint apply_order_changes`.execute(this.trx);
    return allApplied;
  }

  /**
   * SQLite (one writer: nothing changes between statements of a transaction): each chunk is one
   * `update … from` with the check in its `where`; when fewer rows are written than there are
   * changes, everything goes back to a savepoint.
   */
  private async applyOnSqlite(
    orderId: string,
    total: number,
    keys: readonly string[],
    application: ChangeApplication,
    mode: RawBuilder<unknown>,
  ): Promise<boolean> {
    const patched = sql`json_patch(subscriptions.data, x.set_json)`;
    const paidAmount = sql`json_extract(${patched}, '$.paidThisTerm.amount')`;
    const paid = sql`coalesce(${paidAmount}, 0) + x.add_to_paid`;
    const withPaid = sql`case when x.add_to_paid <> 0 then json_set(${patched}, '$.paidThisTerm', json_object('amount', ${paid}, 'currency', ${application.currency})) else ${patched} end`;
    const newData = sql`case when subscriptions.status = 'trial' and x.set_json ->> '$.status' = 'active'
      then json_set(${withPaid}, '$.registeredAt', ${application.paidAt}) else ${withPaid} end`;
    const applies = keys.map((key) => {
      const path = sql.lit(`$.${key}`);
      return sql`and (x.base_json -> ${path} is null or coalesce(subscriptions.data -> ${path}, 'null') = x.base_json -> ${path})`;
    });
    const visible = sql.join(this.scope.visible.map((id) => sql`${id}`));
    await sql`savepoint apply_order_changes`.execute(this.trx);
    let applied = 0;
    for (let from = 0; from < total; from += APPLY_CHUNK) {
      const result = await sql`update subscriptions set
          data = ${newData},
          status = coalesce(x.set_json ->> '$.status', subscriptions.status),
          plan_id = coalesce(x.set_json ->> '$.planId', subscriptions.plan_id),
          term_end = coalesce(x.set_json ->> '$.termEnd', subscriptions.term_end),
          paid_amount = case when x.add_to_paid <> 0 then ${paid} else ${paidAmount} end,
          paid_currency = case when x.add_to_paid <> 0 then ${application.currency} else json_extract(${patched}, '$.paidThisTerm.currency') end,
          renewal_mode = ${mode}
        from (select subscription_id, set_json, base_json, add_to_paid from order_changes
              where order_id = ${orderId} and position >= ${from} and position < ${from + APPLY_CHUNK}) as x
        where subscriptions.id = x.subscription_id and subscriptions.account_id in (${visible}) ${sql.join(applies, sql` `)}`.execute(this.trx);
      applied += Number(result.numAffectedRows ?? 0n);
    }
    return this.endApplying(applied === total);
  }

  async updateOrder(record: OrderRecord): Promise<void> {
    const result = await this.trx
      .updateTable('orders')
      .set(this.orderColumns(record))
      .where('id', '=', record.order.id)
      .where('account_id', 'in', this.scope.visible)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw new Error(`Order ${record.order.id} does not exist`);
  }

  /** Provider ids are unique across the database: one issued to any account's order is taken. */
  async findOrderByPaymentId(field: PaymentIdField, id: string): Promise<OrderRecord | undefined> {
    const column = field === 'paymentIntentId' ? 'payment_intent_id' : 'paypal_order_id';
    const row = await this.trx.selectFrom('orders').select('data').where(column, '=', id).executeTakeFirst();
    return parse(row);
  }

  async getIdempotencyKey(scope: IdempotencyScope, key: string): Promise<IdempotencyRecord | undefined> {
    const row = await this.trx
      .selectFrom('idempotency_keys')
      .select(['scope', 'key', 'fingerprint', 'resource_id'])
      .where('account_id', '=', this.scope.accountId)
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
    return row && { scope: row.scope as IdempotencyScope, key: row.key, fingerprint: row.fingerprint, resourceId: row.resource_id };
  }

  async insertIdempotencyKey(record: IdempotencyRecord): Promise<void> {
    await this.trx
      .insertInto('idempotency_keys')
      .values({ account_id: this.scope.accountId, scope: record.scope, key: record.key, fingerprint: record.fingerprint, resource_id: record.resourceId })
      .execute();
  }

  /** Insert or advance the counter row: the row lock holds concurrent payments of one vendor for this instant only. */
  async nextInvoiceNumber(vendorId: string, series: InvoiceSeries): Promise<number> {
    const row = await this.trx
      .insertInto('invoice_counters')
      .values({ vendor_id: vendorId, series, value: 1 })
      .onConflict((oc) => oc.columns(['vendor_id', 'series']).doUpdateSet({ value: sql<number>`invoice_counters.value + 1` }))
      .returning('value')
      .executeTakeFirstOrThrow();
    return Number(row.value);
  }

  async insertInvoice(document: InvoiceDocument): Promise<void> {
    await this.trx
      .insertInto('invoices')
      .values({
        order_id: document.orderId,
        series: document.series,
        account_id: this.scope.accountId,
        vendor_id: document.seller.vendorId,
        sequence: document.sequence,
        number: document.number,
        issued_at: document.issuedAt,
        data: json(document),
      })
      .execute();
  }

  async getInvoice(orderId: string, series: InvoiceSeries): Promise<InvoiceDocument | undefined> {
    const row = await this.trx
      .selectFrom('invoices')
      .select('data')
      .where('order_id', '=', orderId)
      .where('series', '=', series)
      .where('account_id', 'in', this.scope.visible)
      .executeTakeFirst();
    return parse(row);
  }

  async insertInvoiceLink(link: InvoiceLinkRecord): Promise<void> {
    await this.trx
      .insertInto('invoice_links')
      .values({
        id: link.id,
        account_id: this.scope.accountId,
        order_id: link.orderId,
        series: link.series,
        created_at: link.createdAt,
        expires_at: link.expiresAt,
        used_at: null,
      })
      .execute();
  }

  async enqueueMail(mail: OutboxMail): Promise<void> {
    await this.trx
      .insertInto('outbox')
      .values({
        id: mail.id,
        account_id: this.scope.accountId,
        order_id: mail.orderId,
        to_address: mail.to,
        subject: mail.subject,
        created_at: mail.createdAt,
        data: json(mail),
        sent_at: null,
        last_error: null,
      })
      .execute();
  }

  /** On PostgreSQL a twin delivery's insert waits for the first one's commit, then inserts nothing. */
  async recordPaymentEvent(provider: string, eventId: string): Promise<boolean> {
    const result = await this.trx
      .insertInto('payment_events')
      .values({ provider, event_id: eventId, received_at: new Date().toISOString() })
      .onConflict((oc) => oc.columns(['provider', 'event_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }
}
