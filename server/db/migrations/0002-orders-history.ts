/**
 * Order history (`GET /orders`): newest first by `createdAt`, then `id`. The instant was only in
 * the order's JSON, so it becomes a column, filled from that JSON for the orders already made,
 * with an index that answers each page by the account in that order. SQLite cannot add a NOT NULL
 * column without a default, so it has an empty one; every insert sets the real instant.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Dialect } from '../dialect.js';

export const ordersHistory = (dialect: Dialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('orders')
      .addColumn('created_at', 'text', (col) => col.notNull().defaultTo(''))
      .execute();
    if (dialect === 'postgres') await sql`update orders set created_at = (data::jsonb #>> '{order,createdAt}')`.execute(db);
    else await sql`update orders set created_at = json_extract(data, '$.order.createdAt')`.execute(db);
    await db.schema.createIndex('orders_history').on('orders').columns(['account_id', 'created_at', 'id']).execute();
  },
});
