/**
 * The first schema. `idempotency_keys_once` is what makes an order exactly-once: two requests
 * racing on one key both pass the core's check, and the second insert fails here, rolling back
 * its whole order.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Dialect } from '../dialect.js';

export const initial = (dialect: Dialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('customer', 'partner')`))
      .addColumn('name', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('catalogs')
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('product_id', 'text', (col) => col.notNull())
      .addColumn('currency', 'text', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('catalogs_pk', ['account_id', 'product_id'])
      .execute();
    await db.schema
      .createTable('customers')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('company_id', 'text', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('country', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('customers_company').on('customers').columns(['account_id', 'company_id']).execute();
    await db.schema
      .createTable('promotions')
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('code', 'text', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('promotions_pk', ['account_id', 'code'])
      .execute();
    await db.schema
      .createTable('subscriptions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('seq', 'bigint', (col) => col.notNull())
      .addColumn('product_id', 'text', (col) => col.notNull())
      .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('paid_amount', 'bigint')
      .addColumn('paid_currency', 'text')
      .addColumn('data', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('subscriptions_account').on('subscriptions').columns(['account_id', 'seq']).execute();
    await db.schema
      .createTable('contacts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('seq', 'bigint', (col) => col.notNull())
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('contacts_account').on('contacts').columns(['account_id', 'seq']).execute();
    await db.schema
      .createTable('quotes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('product_id', 'text', (col) => col.notNull())
      .addColumn('total_amount', 'bigint', (col) => col.notNull().check(sql`total_amount >= 0`))
      .addColumn('currency', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('latest_quotes')
      .addColumn('subscription_id', 'text', (col) => col.primaryKey().references('subscriptions.id'))
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('quote_id', 'text', (col) => col.notNull().references('quotes.id'))
      .execute();
    await db.schema
      .createTable('orders')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('seq', 'bigint', (col) => col.notNull())
      .addColumn('quote_id', 'text', (col) => col.notNull().references('quotes.id'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('total_amount', 'bigint', (col) => col.notNull().check(sql`total_amount >= 0`))
      .addColumn('currency', 'text', (col) => col.notNull())
      .addColumn('payment_intent_id', 'text', (col) => col.unique())
      .addColumn('paypal_order_id', 'text', (col) => col.unique())
      .addColumn('data', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('orders_account').on('orders').columns(['account_id', 'seq']).execute();
    await db.schema.createIndex('orders_quote').on('orders').column('quote_id').execute();
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('scope', 'text', (col) => col.notNull())
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('fingerprint', 'text', (col) => col.notNull())
      .addColumn('resource_id', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('idempotency_keys_once').on('idempotency_keys').columns(['account_id', 'scope', 'key']).unique().execute();
    await db.schema
      .createTable('counters')
      .addColumn('name', 'text', (col) => col.primaryKey())
      .addColumn('value', 'bigint', (col) => col.notNull())
      .execute();
    // Ids come from a sequence on PostgreSQL: it never blocks, so processes writing at once do not
    // queue on one counter row. SQLite runs one transaction at a time, so a row is enough there.
    if (dialect === 'postgres') await sql`create sequence upcart_ids start 1001`.execute(db);
    else await sql`insert into counters (name, value) values ('ids', 1000)`.execute(db);
  },
});
