/**
 * An order's changes as rows (`order_changes`), one per subscription it changes, in order: what
 * paying it sets (`set_json`), what that was priced from (`base_json`, the "still applies" check)
 * and what it adds to the term's payments. A batch renewal of 100,000 is written once when ordered
 * and applied by set-based statements when paid, instead of travelling as ~30 MB of JSON inside
 * the order's `data` each time the order is read or written. JSON columns are `jsonb` on
 * PostgreSQL (compared by value), text on SQLite.
 *
 * Orders made before this migration keep their changes in `data.changes`: they are moved here,
 * and `data` loses them.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Dialect } from '../dialect.js';

interface OldChange {
  subscriptionId: string;
  set: unknown;
  base?: unknown;
  addToPaid?: number;
}

export const orderChanges = (dialect: Dialect): Migration => ({
  async up(db: Kysely<unknown>) {
    const jsonType = dialect === 'postgres' ? 'jsonb' : 'text';
    await db.schema
      .createTable('order_changes')
      .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('subscription_id', 'text', (col) => col.notNull())
      .addColumn('set_json', jsonType, (col) => col.notNull())
      .addColumn('base_json', jsonType)
      .addColumn('add_to_paid', 'bigint', (col) => col.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('order_changes_pk', ['order_id', 'position'])
      .execute();

    const raw = db as unknown as Kysely<{ orders: { id: string; data: string }; order_changes: Record<string, unknown> }>;
    const orders = await raw.selectFrom('orders').select(['id', 'data']).execute();
    for (const row of orders) {
      const { changes, ...record } = JSON.parse(row.data) as { changes?: OldChange[] };
      if (changes === undefined) continue;
      for (let at = 0; at < changes.length; at += 500) {
        const chunk = changes.slice(at, at + 500);
        if (chunk.length === 0) break;
        await raw
          .insertInto('order_changes')
          .values(
            chunk.map((change, index) => ({
              order_id: row.id,
              position: at + index,
              subscription_id: change.subscriptionId,
              set_json: JSON.stringify(change.set),
              base_json: change.base === undefined ? null : JSON.stringify(change.base),
              add_to_paid: change.addToPaid ?? 0,
            })),
          )
          .execute();
      }
      await raw
        .updateTable('orders')
        .set({ data: JSON.stringify(record) })
        .where('id', '=', row.id)
        .execute();
    }
  },
});
