/**
 * The renewal center (KooPhone's Billing Center) on the server:
 *
 * - `subscriptions` gains the columns a tab is read by: `renewal_mode` and `renewal_day` (the
 *   truth: a bulk action by filter updates them in one statement, and a subscription read takes
 *   them over its JSON `data`), and `name`, `plan_id`, `term_end` (copies of `data`, written with
 *   it). `subscriptions_renewals` serves a tab's page in order (term end, id) by keyset and its
 *   count; name search scans the account's rows of the tab.
 * - `renewal_settings`: an account's standard renewal day.
 * - `quote_items`: each subscription a quote prices, in order, with its term end before and after
 *   and its charge: a batch renewal of 100,000 is re-priced, superseded and paged from here,
 *   in set-based statements. Quotes made before this migration get items from their JSON (no
 *   charge nor new end recorded: they expire 15 minutes after they were made anyway).
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

interface Row {
  id: string;
  account_id: string;
  data: string;
}

/**
 * The renewal mode of a subscription made before this migration. Unsubscribing then set
 * `autoRenew` false and `nextPaymentAt` null: an active one in that state was unsubscribed, so it
 * is `canceled`, not `manual` (which would offer it for renewal again). Otherwise `autoRenew`
 * decides: auto or manual.
 */
function modeBefore(status: unknown, subscription: { autoRenew: boolean; nextPaymentAt?: string | null }): string {
  if (subscription.autoRenew) return 'auto';
  return status === 'active' && subscription.nextPaymentAt === null ? 'canceled' : 'manual';
}

export const renewals = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('subscriptions')
      .addColumn('name', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    await db.schema.alterTable('subscriptions').addColumn('plan_id', 'text').execute();
    await db.schema
      .alterTable('subscriptions')
      .addColumn('term_end', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    await db.schema
      .alterTable('subscriptions')
      .addColumn('renewal_mode', 'text', (col) =>
        col
          .notNull()
          .defaultTo('manual')
          .check(sql`renewal_mode in ('manual', 'auto', 'pay_per_use', 'canceled')`),
      )
      .execute();
    await db.schema
      .alterTable('subscriptions')
      .addColumn('renewal_day', 'integer', (col) => col.check(sql`renewal_day between 1 and 28`))
      .execute();
    const raw = db as unknown as Kysely<{ subscriptions: Row & Record<string, unknown>; quotes: Row; quote_items: Record<string, unknown> }>;
    const subscriptions = await raw.selectFrom('subscriptions').select(['id', 'account_id', 'status', 'data']).execute();
    const byId = new Map<string, { name: string; termEnd: string }>();
    for (const row of subscriptions) {
      const subscription = JSON.parse(row.data) as { name: string; planId?: string; termEnd: string; autoRenew: boolean; nextPaymentAt?: string | null };
      byId.set(row.id, subscription);
      await raw
        .updateTable('subscriptions')
        .set({
          name: subscription.name,
          plan_id: subscription.planId ?? null,
          term_end: subscription.termEnd,
          renewal_mode: modeBefore(row.status, subscription),
        })
        .where('id', '=', row.id)
        .execute();
    }
    await db.schema.createIndex('subscriptions_renewals').on('subscriptions').columns(['account_id', 'renewal_mode', 'term_end', 'id']).execute();

    await db.schema
      .createTable('renewal_settings')
      .addColumn('account_id', 'text', (col) => col.primaryKey().references('accounts.id'))
      .addColumn('standard_renewal_day', 'integer', (col) => col.check(sql`standard_renewal_day between 1 and 28`))
      .execute();

    await db.schema
      .createTable('quote_items')
      .addColumn('quote_id', 'text', (col) => col.notNull().references('quotes.id'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('subscription_id', 'text', (col) => col.notNull().references('subscriptions.id'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('term_end', 'text', (col) => col.notNull())
      .addColumn('new_term_end', 'text', (col) => col.notNull())
      .addColumn('amount', 'bigint', (col) => col.notNull())
      .addColumn('currency', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('quote_items_pk', ['quote_id', 'position'])
      .execute();
    await db.schema.createIndex('quote_items_subscription').on('quote_items').columns(['subscription_id', 'quote_id']).execute();

    const quotes = await raw.selectFrom('quotes').select(['id', 'account_id', 'data']).execute();
    for (const row of quotes) {
      const record = JSON.parse(row.data) as { subscriptionIds?: string[]; quote: { total: { currency: string } } };
      let position = 0;
      for (const subscriptionId of record.subscriptionIds ?? []) {
        const subscription = byId.get(subscriptionId);
        if (!subscription) continue;
        await raw
          .insertInto('quote_items')
          .values({
            quote_id: row.id,
            position: position++,
            account_id: row.account_id,
            subscription_id: subscriptionId,
            name: subscription.name,
            term_end: subscription.termEnd,
            new_term_end: subscription.termEnd,
            amount: 0,
            currency: record.quote.total.currency,
          })
          .execute();
      }
    }
  },
});
