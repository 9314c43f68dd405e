/**
 * Opens the server's database: PostgreSQL when a `postgres://` URL is given (several server
 * processes may share it), else an embedded SQLite file (`:memory:` for tests). Migrations run
 * before the handle is returned.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Dialect } from './dialect.js';
import { migrate } from './migrate.js';
import type { Database } from './schema.js';

export interface DatabaseOptions {
  /** `postgres://…`: PostgreSQL. */
  databaseUrl?: string | undefined;
  /** The SQLite file (its folder is created) or `:memory:`; used without `databaseUrl`. */
  file?: string | undefined;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it is, for the start-up line (a URL without its password, or the file). */
  where: string;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.file ?? ':memory:');
  try {
    await migrate(handle.db, handle.dialect);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the database closes (a restart, a failover, an admin) is an 'error' event
  // on the pool: without a listener it would end the process. The pool replaces the connection.
  pool.on('error', (error) => console.warn(`[upcart server] an idle PostgreSQL connection closed: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return { db, dialect: 'postgres', where, close: () => db.destroy() };
}

function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('foreign_keys = ON');
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, dialect: 'sqlite', where: file, close: () => db.destroy() };
}

/** How many prepared statements a SQLite handle keeps (the repository's queries, and `in (…)` lists of a few lengths). */
const STATEMENTS_KEPT = 500;

/**
 * Kysely's SQLite driver prepares every query it runs; preparing was about a tenth of a quote's
 * time on the reference server (scripts/bench-server.ts --cpu-prof). The same SQL text gets the
 * statement prepared the first time (the most recently used 500 are kept). Safe to share: Kysely
 * runs one query at a time on its one SQLite connection, and SQLite prepares a statement again
 * by itself when a migration changed the schema.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => void database.close(),
    prepare(sql: string) {
      let statement = kept.get(sql);
      if (statement) kept.delete(sql);
      else {
        statement = database.prepare(sql);
        if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
      }
      kept.set(sql, statement);
      return statement;
    },
  };
}
