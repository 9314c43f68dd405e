/**
 * Case-insensitive search in the renewal center, the same on every backend: the core lowercases
 * a search with JavaScript's `toLowerCase` and matches it in the name or the id lowercased the
 * same way (`matchesRenewal`), while SQL's `lower()` lowercases ASCII only on SQLite ("ärzte"
 * did not find "Ärzte"). `subscriptions` gains `name_search` and `id_search`, the name and the id
 * lowercased in JavaScript, written with every write of a name (`subscriptionColumns`) and
 * searched with LIKE instead of `lower(…)`. Rows made before this migration are filled here.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** The text a search is matched in: lowercased as the core lowercases the search. */
export const searchText = (text: string): string => text.toLowerCase();

export const search = (): Migration => ({
  async up(db: Kysely<unknown>) {
    for (const column of ['name_search', 'id_search']) {
      await db.schema
        .alterTable('subscriptions')
        .addColumn(column, 'text', (col) => col.notNull().defaultTo(''))
        .execute();
    }
    const raw = db as unknown as Kysely<{ subscriptions: { id: string; name: string; name_search: string; id_search: string } }>;
    const rows = await raw.selectFrom('subscriptions').select(['id', 'name']).execute();
    for (const row of rows) {
      await raw
        .updateTable('subscriptions')
        .set({ name_search: searchText(row.name), id_search: searchText(row.id) })
        .where('id', '=', row.id)
        .execute();
    }
  },
});
