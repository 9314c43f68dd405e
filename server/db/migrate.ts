/**
 * Migrations as numbered modules, run in order by Kysely's `Migrator` at start; a database
 * already at the newest one is left as it is, so several processes may start on one database.
 */
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { Dialect } from './dialect.js';
import { initial } from './migrations/0001-initial.js';
import { ordersHistory } from './migrations/0002-orders-history.js';
import { invoicesMail } from './migrations/0003-invoices-mail.js';
import { payments } from './migrations/0004-payments.js';
import { renewals } from './migrations/0005-renewals.js';
import { orderChanges } from './migrations/0006-order-changes.js';
import { search } from './migrations/0007-search.js';
import { quoteItemsPurge } from './migrations/0008-quote-items-purge.js';
import { orderFigures } from './migrations/0009-order-figures.js';
import type { Database } from './schema.js';

/** Every migration by its name; the names sort in the order they run. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-orders-history': ordersHistory(dialect),
    '0003-invoices-mail': invoicesMail(),
    '0004-payments': payments(),
    '0005-renewals': renewals(),
    '0006-order-changes': orderChanges(dialect),
    '0007-search': search(),
    '0008-quote-items-purge': quoteItemsPurge(),
    '0009-order-figures': orderFigures(),
  };
}

export async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`, { cause: error });
  }
}
