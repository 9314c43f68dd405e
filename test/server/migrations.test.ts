/**
 * Migrations on a database that already has data: 0002 (order history) fills `created_at` of the
 * orders made before it from each order's JSON, so old orders page in their place; 0005
 * (renewals) gives old subscriptions their renewal columns (the mode from `autoRenew`) and old
 * quotes their items; 0006 moves old orders' changes out of their JSON into `order_changes`; 0009
 * gives old orders their quote's subtotal, discount and tax, or their own lines' sum and no discount
or tax when the quote is gone and the total is that sum (and stops, naming the order, when not). On
 * SQLite in memory, or on a fresh PostgreSQL database under scripts/with-postgres.sh.
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
import { sql } from 'kysely';
import { databaseName } from './helpers.js';
import { Order } from '../../src/api/schemas.js';
import * as samples from '../fixtures/contract-samples.js';

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
  it('0005 and 0006 fill the renewal columns, quote items and order changes of the data made before them', async () => {
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
      assert.equal((await new Migrator({ db, provider }).migrateTo('0004-payments')).error, undefined);
      const old = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await old.insertInto('accounts').values({ id: 'acct-old', role: 'customer', name: 'Old' }).execute();
      await old.insertInto('customers').values({ id: 'cust-old', account_id: 'acct-old', company_id: 'OLD-1', name: 'Old Ltd', country: 'DE' }).execute();
      const phone = (id: string, autoRenew: boolean, termEnd: string, nextPaymentAt?: string | null) => ({
        id,
        name: `Phone ${id}`,
        planId: 'kp-standard',
        termEnd,
        autoRenew,
        ...(nextPaymentAt === undefined ? {} : { nextPaymentAt }),
      });
      // old-3 was unsubscribed before 0005 (autoRenew false, nextPaymentAt null): canceled, not manual.
      const old3 = phone('old-3', false, '2026-12-05', null);
      const old4 = phone('old-4', false, '2026-12-06', '2026-12-06T00:00:00.000Z');
      for (const [seq, subscription] of [phone('old-1', true, '2026-12-01'), phone('old-2', false, '2026-11-20'), old3, old4].entries()) {
        await old
          .insertInto('subscriptions')
          .values({
            id: subscription.id,
            account_id: 'acct-old',
            seq,
            product_id: 'koophone',
            customer_id: 'cust-old',
            status: 'active',
            data: JSON.stringify(subscription),
          })
          .execute();
      }
      const quote = { subscriptionIds: ['old-2', 'old-1'], quote: { total: { amount: 100, currency: 'USD' } } };
      await old
        .insertInto('quotes')
        .values({
          id: 'q-old',
          account_id: 'acct-old',
          product_id: 'koophone',
          total_amount: 100,
          currency: 'USD',
          expires_at: '2026-01-01T00:15:00.000Z',
          data: JSON.stringify(quote),
        })
        .execute();
      const changes = [
        { subscriptionId: 'old-2', set: { termEnd: '2027-11-20' }, base: { termEnd: '2026-11-20' }, addToPaid: 0 },
        { subscriptionId: 'old-1', set: { termEnd: '2027-12-01' }, addToPaid: 5 },
      ];
      const order = { order: { id: 'ord-old', createdAt: '2026-01-01T00:00:00.000Z' }, productId: 'koophone', changes };
      await old
        .insertInto('orders')
        .values({
          id: 'ord-old',
          account_id: 'acct-old',
          seq: 1,
          quote_id: 'q-old',
          status: 'pending_payment',
          total_amount: 100,
          currency: 'USD',
          created_at: order.order.createdAt,
          data: JSON.stringify(order),
        })
        .execute();

      await migrate(db, dialect);
      const subscriptions = await db
        .selectFrom('subscriptions')
        .select(['id', 'name', 'plan_id', 'term_end', 'renewal_mode', 'renewal_day'])
        .orderBy('id')
        .execute();
      assert.deepEqual(subscriptions, [
        { id: 'old-1', name: 'Phone old-1', plan_id: 'kp-standard', term_end: '2026-12-01', renewal_mode: 'auto', renewal_day: null },
        { id: 'old-2', name: 'Phone old-2', plan_id: 'kp-standard', term_end: '2026-11-20', renewal_mode: 'manual', renewal_day: null },
        { id: 'old-3', name: 'Phone old-3', plan_id: 'kp-standard', term_end: '2026-12-05', renewal_mode: 'canceled', renewal_day: null },
        { id: 'old-4', name: 'Phone old-4', plan_id: 'kp-standard', term_end: '2026-12-06', renewal_mode: 'manual', renewal_day: null },
      ]);
      // 0007 fills the search columns of the rows made before it, lowercased in JavaScript.
      const searchable = await db.selectFrom('subscriptions').select(['name_search', 'id_search']).where('id', '=', 'old-1').executeTakeFirstOrThrow();
      assert.deepEqual(searchable, { name_search: 'phone old-1', id_search: 'old-1' });
      const items = await db
        .selectFrom('quote_items')
        .select(['position', 'subscription_id', 'term_end'])
        .where('quote_id', '=', 'q-old')
        .orderBy('position')
        .execute();
      assert.deepEqual(items, [
        { position: 0, subscription_id: 'old-2', term_end: '2026-11-20' },
        { position: 1, subscription_id: 'old-1', term_end: '2026-12-01' },
      ]);
      const moved = await db
        .selectFrom('order_changes')
        .select(['position', 'subscription_id', 'set_json', 'base_json', 'add_to_paid'])
        .orderBy('position')
        .execute();
      const asJson = (value: unknown) => (value === null ? null : typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
      assert.deepEqual(
        moved.map((row) => [row.position, row.subscription_id, asJson(row.set_json), asJson(row.base_json), Number(row.add_to_paid)]),
        [
          [0, 'old-2', { termEnd: '2027-11-20' }, { termEnd: '2026-11-20' }, 0],
          [1, 'old-1', { termEnd: '2027-12-01' }, null, 5],
        ],
      );
      const data = JSON.parse((await db.selectFrom('orders').select('data').where('id', '=', 'ord-old').executeTakeFirstOrThrow()).data) as Record<
        string,
        unknown
      >;
      assert.deepEqual(Object.keys(data).sort(), ['order', 'productId']);
    } finally {
      await db.destroy();
      await pgDb?.drop();
    }
  });

  it("0009 gives the orders made before it their quote's subtotal, discount and tax", async () => {
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
      assert.equal((await new Migrator({ db, provider }).migrateTo('0008-quote-items-purge')).error, undefined);
      const old = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await old.insertInto('accounts').values({ id: 'acct-old', role: 'customer', name: 'Old' }).execute();
      const { quote } = samples;
      const { discount } = quote;
      assert.notEqual(discount, null);
      await old
        .insertInto('quotes')
        .values({
          id: quote.id,
          account_id: 'acct-old',
          product_id: 'pseries',
          total_amount: quote.total.amount,
          currency: 'USD',
          expires_at: quote.expiresAt,
          data: JSON.stringify({ quote, request: samples.quoteRequest, productId: 'pseries' }),
        })
        .execute();
      // As orders were written before the figures: lines and total only. One already has them (made after).
      const { subtotal: _subtotal, discount: _discount, tax: _tax, ...before } = samples.order;
      const made = { ...samples.order, id: 'ord-new' };
      for (const [seq, order] of [
        { ...before, id: 'ord-old', quoteId: quote.id },
        { ...made, quoteId: quote.id },
      ].entries()) {
        assert.equal(Order.safeParse(order).success, order.id === 'ord-new');
        await old
          .insertInto('orders')
          .values({
            id: order.id,
            account_id: 'acct-old',
            seq,
            quote_id: quote.id,
            status: order.status,
            total_amount: order.total.amount,
            currency: 'USD',
            created_at: order.createdAt,
            data: JSON.stringify({ order, productId: 'pseries' }),
          })
          .execute();
      }

      await migrate(db, dialect);
      const rows = await db.selectFrom('orders').select(['id', 'data']).orderBy('id').execute();
      const orders = rows.map((row) => Order.parse((JSON.parse(row.data) as { order: unknown }).order));
      assert.deepEqual(
        orders.map((order) => [order.id, order.subtotal, order.discount, order.tax]),
        [
          ['ord-new', quote.subtotal, discount, quote.tax],
          ['ord-old', quote.subtotal, discount, quote.tax],
        ],
      );
      const [, oldOrder] = orders;
      assert.deepEqual(oldOrder, { ...before, id: 'ord-old', quoteId: quote.id, subtotal: quote.subtotal, discount, tax: quote.tax });
    } finally {
      await db.destroy();
      await pgDb?.drop();
    }
  });

  /** A database migrated to 0008 with an account that has one customer (in AT), its orders' quotes free to be missing. */
  async function before0009() {
    const adminUrl = process.env['DATABASE_URL'];
    const pgDb = adminUrl ? await createScratchDatabase(adminUrl) : undefined;
    const dialect = pgDb ? ('postgres' as const) : ('sqlite' as const);
    const sqlite = pgDb ? undefined : new SQLite(':memory:');
    const db = new Kysely<Database>({
      dialect: pgDb ? new PostgresDialect({ pool: new pg.Pool({ connectionString: pgDb.url, max: 1 }) }) : new SqliteDialect({ database: sqlite! }),
    });
    const provider = { getMigrations: async () => migrations(dialect) };
    assert.equal((await new Migrator({ db, provider }).migrateTo('0008-quote-items-purge')).error, undefined);
    // A quote deleted by hand: the reference no longer holds.
    if (sqlite) sqlite.pragma('foreign_keys = OFF');
    else await sql`alter table orders drop constraint orders_quote_id_fkey`.execute(db);
    const old = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await old.insertInto('accounts').values({ id: 'acct-old', role: 'customer', name: 'Old' }).execute();
    await old.insertInto('customers').values({ id: 'cust-old', account_id: 'acct-old', company_id: 'co-old', name: 'Old GmbH', country: 'AT' }).execute();
    // A quote whose record has no figures: as good as gone.
    await old
      .insertInto('quotes')
      .values({
        id: 'q-bare',
        account_id: 'acct-old',
        product_id: 'pseries',
        total_amount: 0,
        currency: 'USD',
        expires_at: samples.quote.expiresAt,
        data: '{}',
      })
      .execute();
    const insertOrder = async (seq: number, quoteId: string, order: Record<string, unknown> & { id: string; total: { amount: number } }, extra = {}) =>
      old
        .insertInto('orders')
        .values({
          id: order.id,
          account_id: 'acct-old',
          seq,
          quote_id: quoteId,
          status: 'paid',
          total_amount: order.total.amount,
          currency: 'USD',
          created_at: samples.order.createdAt,
          data: JSON.stringify({ order, productId: 'pseries', ...extra }),
        })
        .execute();
    const done = async () => {
      await db.destroy();
      await pgDb?.drop();
    };
    return { db, dialect, insertOrder, done };
  }

  const { subtotal: _subtotal, discount: _discount, tax: _tax, ...withoutFigures } = samples.order;
  const linesSum = samples.order.lines.reduce((sum, line) => sum + line.amount.amount, 0);

  it("0009 gives an order without its quote's figures its own lines' sum, no discount and a zero tax, when its total is that sum", async () => {
    const { db, dialect, insertOrder, done } = await before0009();
    try {
      const total = { amount: linesSum, currency: 'USD' };
      // Its contact's country (NL); without a contact, its account's customer's (AT).
      await insertOrder(0, 'q-bare', { ...withoutFigures, id: 'ord-bare', quoteId: 'q-bare', total }, { contact: { ...samples.contact, country: 'NL' } });
      await insertOrder(1, 'q-gone', { ...withoutFigures, id: 'ord-gone', quoteId: 'q-gone', total });
      await migrate(db, dialect);
      const rows = await db.selectFrom('orders').select(['id', 'data']).orderBy('id').execute();
      const orders = rows.map((row) => Order.parse((JSON.parse(row.data) as { order: unknown }).order));
      const zeroTax = (country: string) => ({ country, ratePercent: 0, reverseCharge: false, amount: { amount: 0, currency: 'USD' } });
      assert.deepEqual(
        orders.map((order) => [order.id, order.subtotal, order.discount, order.tax, order.total]),
        [
          ['ord-bare', total, null, zeroTax('NL'), total],
          ['ord-gone', total, null, zeroTax('AT'), total],
        ],
      );
    } finally {
      await done();
    }
  });

  it("0009 stops, naming the order, when an order without its quote has a total that is not its lines' sum", async () => {
    const { db, dialect, insertOrder, done } = await before0009();
    try {
      assert.notEqual(samples.order.total.amount, linesSum); // discounted and taxed
      await insertOrder(0, 'q-gone', { ...withoutFigures, id: 'ord-split', quoteId: 'q-gone' });
      await assert.rejects(migrate(db, dialect), /0009-order-figures: order ord-split has no quote, and its total 10699 is not its lines' sum/);
      const row = await db.selectFrom('orders').select('data').where('id', '=', 'ord-split').executeTakeFirstOrThrow();
      assert.equal((JSON.parse(row.data) as { order: { subtotal?: unknown } }).order.subtotal, undefined);
    } finally {
      await done();
    }
  });
});
