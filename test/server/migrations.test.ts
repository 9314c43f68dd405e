/**
 * Migrations on a database that already has data: 0002 (order history) fills `created_at` of the
 * orders made before it from each order's JSON, so old orders page in their place. On SQLite in
 * memory, or on a fresh PostgreSQL database under scripts/with-postgres.sh.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrate, migrations } from '../../server/db/migrate.js';
import type { Database } from '../../server/db/schema.js';
import { createScratchDatabase } from '../../scripts/scratch-postgres.js';
import { databaseName } from './helpers.js';

describe(`server (${databaseName}): migrations over existing data`, () => {
  it('0002 fills created_at of the orders made before it, from their JSON', async () => {
    const adminUrl = process.env['DATABASE_URL'];
    const pgDb = adminUrl ? await createScratchDatabase(adminUrl) : undefined;
    const dialect = pgDb ? 'postgres' : 'sqlite';
    const db = new Kysely<Database>({
      dialect: pgDb
        ? new PostgresDialect({ pool: new pg.Pool({ connectionString: pgDb.url, max: 1 }) })
        : new SqliteDialect({ database: new SQLite(':memory:') }),
    });
    try {
      const provider = { getMigrations: async () => migrations(dialect) };
      const first = await new Migrator({ db, provider }).migrateTo('0001-initial');
      assert.equal(first.error, undefined);
      await db.insertInto('accounts').values({ id: 'acct-old', role: 'customer', name: 'Old' }).execute();
      const quote = {
        id: 'q-old',
        account_id: 'acct-old',
        product_id: 'p',
        total_amount: 100,
        currency: 'EUR',
        expires_at: '2026-01-01T00:15:00.000Z',
        data: '{}',
      };
      await db.insertInto('quotes').values(quote).execute();
      // Without created_at: the table as 0001 made it.
      const old = (db as unknown as Kysely<{ orders: Record<string, unknown> }>).insertInto('orders');
      for (const [id, createdAt, seq] of [
        ['ord-a', '2026-01-01T00:00:00.000Z', 1],
        ['ord-b', '2026-02-01T00:00:00.000Z', 2],
      ] as const) {
        await old
          .values({
            id,
            account_id: 'acct-old',
            seq,
            quote_id: 'q-old',
            status: 'paid',
            total_amount: 100,
            currency: 'EUR',
            data: JSON.stringify({ order: { id, createdAt } }),
          })
          .execute();
      }
      await migrate(db, dialect);
      const rows = await db.selectFrom('orders').select(['id', 'created_at']).orderBy('created_at', 'desc').execute();
      assert.deepEqual(rows, [
        { id: 'ord-b', created_at: '2026-02-01T00:00:00.000Z' },
        { id: 'ord-a', created_at: '2026-01-01T00:00:00.000Z' },
      ]);
    } finally {
      await db.destroy();
      await pgDb?.drop();
    }
  });
});
