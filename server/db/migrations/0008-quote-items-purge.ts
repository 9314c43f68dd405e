/**
 * Expired quotes' items are deleted (`purgeQuoteItems`, a few quotes with each new quote): a
 * renewal quote of 100,000 resources writes 100,000 `quote_items`, and a checkout left open
 * re-quotes every 15 minutes. `quotes.items_purged` marks a quote already looked at (its items
 * deleted, or kept because an order was made from it), and `quotes_unpurged` finds the oldest
 * expired quotes not yet looked at without scanning the ones that were.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const quoteItemsPurge = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('quotes')
      .addColumn('items_purged', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await sql`create index quotes_unpurged on quotes (expires_at) where items_purged = 0`.execute(db);
  },
});
