/**
 * Invoices, their links and the outbox (issue 14, items 5 and 6).
 *
 * - `invoice_counters`: one row per vendor and series, advanced in the payment's transaction
 *   (`insert … on conflict do update … returning`). A sequence would be faster but keeps a number
 *   a rolled-back payment took, and invoice numbers must have no gaps; the row lock serializes
 *   concurrent payments of one vendor only for the instant of the update.
 * - `invoices`: the issued documents (a snapshot as JSON); one per order and series, one per
 *   vendor, series and number.
 * - `invoice_links`: a row per link; `used_at` is set by the first GET in a transaction, so a
 *   second or concurrent GET finds it used.
 * - `outbox`: mail written in the order's transaction, sent afterwards with retries.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const invoicesMail = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('invoice_counters')
      .addColumn('vendor_id', 'text', (col) => col.notNull())
      .addColumn('series', 'text', (col) => col.notNull().check(sql`series in ('invoice', 'proforma')`))
      .addColumn('value', 'bigint', (col) => col.notNull().check(sql`value > 0`))
      .addPrimaryKeyConstraint('invoice_counters_pk', ['vendor_id', 'series'])
      .execute();
    await db.schema
      .createTable('invoices')
      .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
      .addColumn('series', 'text', (col) => col.notNull().check(sql`series in ('invoice', 'proforma')`))
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('vendor_id', 'text', (col) => col.notNull())
      .addColumn('sequence', 'bigint', (col) => col.notNull())
      .addColumn('number', 'text', (col) => col.notNull())
      .addColumn('issued_at', 'text', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('invoices_pk', ['order_id', 'series'])
      .execute();
    await db.schema.createIndex('invoices_number_once').on('invoices').columns(['vendor_id', 'series', 'sequence']).unique().execute();
    await db.schema
      .createTable('invoice_links')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
      .addColumn('series', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id'))
      .addColumn('order_id', 'text', (col) => col.notNull())
      .addColumn('to_address', 'text', (col) => col.notNull())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('data', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      // Epoch milliseconds of the sender's own clock; 0: due at once.
      .addColumn('next_attempt_at', 'bigint', (col) => col.notNull().defaultTo(0))
      .addColumn('sent_at', 'text')
      .addColumn('last_error', 'text')
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'next_attempt_at']).execute();
  },
});
