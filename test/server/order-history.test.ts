/**
 * Order history on the server (`GET /orders`): pages newest first by createdAt then id, every order
 * exactly once across pages (ties of one instant included, and when an order is made between two
 * pages), the status filter, 400 for a bad query. The clock is pinned, so orders made without
 * moving it share their createdAt; tenancy is in tenancy.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Order, OrderPage, Quote, type QuoteRequest } from '../../src/api/schemas.js';
import { seedIds } from '../../mocks/seed.js';
import { databaseName, errorOf, newKey, parsed, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
/** The demo account's orders, as made. */
const made: Order[] = [];

async function order(phone: string): Promise<Order> {
  const request: QuoteRequest = { flow: 'renew', subscriptionIds: [phone], durationId: 'r1', coterm: false };
  const quote = parsed(Quote, await server.call('POST', '/quotes', { body: request }));
  const body = { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod: 'offline', autoRenew: false };
  const created = parsed(Order, await server.call('POST', '/orders', { body, headers: { 'Idempotency-Key': newKey() } }));
  made.push(created);
  return created;
}

async function page(query: string): Promise<OrderPage> {
  return parsed(OrderPage, await server.call('GET', `/orders${query}`));
}

/** Every page of a query (`?limit=n…`), from `cursor` on, following `nextCursor`. */
async function allPages(query: string, from: string | null = null): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor = from;
  do {
    const answer: OrderPage = await page(`${query}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
    pages.push(answer.orders.map((one) => one.id));
    cursor = answer.nextCursor;
  } while (cursor !== null && pages.length < 50);
  return pages;
}

before(async () => {
  server = await startTestServer();
  // Three at 10:00, two at 10:01, three at 10:03: ties within each instant.
  for (const [minutes, phones] of [
    [0, ['phone-01', 'phone-02', 'phone-03']],
    [1, ['phone-04', 'phone-05']],
    [2, ['phone-06', 'phone-07', 'phone-08']],
  ] as const) {
    await server.call('POST', '/test/clock', { body: { advanceMs: minutes * 60_000 } });
    for (const phone of phones) await order(phone);
  }
  parsed(Order, await server.call('POST', `/orders/${made[1]!.id}/cancel`));
  parsed(Order, await server.call('POST', `/orders/${made[6]!.id}/cancel`));
  parsed(Order, await server.pay(made[4]!.id));
});
after(() => server.close());

describe(`server (${databaseName}): order history`, () => {
  it('answers the newest orders first, 20 to a page by default, the last page without a cursor', async () => {
    const all = await page('');
    assert.equal(all.nextCursor, null);
    assert.deepEqual(all.orders.map((one) => one.id).sort(), made.map((one) => one.id).sort());
    const instants = all.orders.map((one) => one.createdAt);
    assert.deepEqual(instants, [...instants].sort().reverse(), 'createdAt never rises');
    assert.equal(instants[0], '2026-11-23T10:03:00.000Z');
    assert.equal(instants.at(-1), '2026-11-23T10:00:00.000Z');
  });

  it('pages through every order exactly once, in the one order, whatever the page size', async () => {
    const everything = (await page('?limit=100')).orders.map((one) => one.id);
    for (const limit of [1, 2, 3, 7, 8]) {
      const pages = await allPages(`?limit=${limit}`);
      assert.deepEqual(pages.flat(), everything, `limit ${limit}`);
      assert.ok(
        pages.every((one) => one.length > 0 && one.length <= limit),
        `limit ${limit}: ${JSON.stringify(pages)}`,
      );
    }
  });

  it('neither repeats nor skips an order made between two pages', async () => {
    const listed = (await page('?limit=100')).orders.map((one) => one.id);
    const first = await page('?limit=4');
    const newer = await order('phone-09');
    const rest = await allPages('?limit=3', first.nextCursor);
    assert.deepEqual([...first.orders.map((one) => one.id), ...rest.flat()], listed);
    assert.equal((await page('?limit=1')).orders[0]?.id, newer.id);
  });

  it('filters by a status, or several comma-separated, across pages', async () => {
    const cancelled = await allPages('?status=cancelled&limit=1');
    assert.deepEqual(cancelled.flat(), [made[6]!.id, made[1]!.id]);
    const some = (await page('?status=paid,cancelled')).orders;
    assert.deepEqual(
      some.map((one) => [one.id, one.status]).sort(),
      [
        [made[1]!.id, 'cancelled'],
        [made[4]!.id, 'paid'],
        [made[6]!.id, 'cancelled'],
      ].sort(),
    );
    const waiting = (await page('?status=awaiting_offline_payment&limit=100')).orders;
    assert.ok(waiting.length >= 6 && waiting.every((one) => one.status === 'awaiting_offline_payment'));
    assert.deepEqual((await page('?status=failed')).orders, []);
  });

  it('refuses a bad status, limit or cursor with 400 invalid_request naming the parameter', async () => {
    for (const query of ['status=shipped', 'status=', 'status=paid&status=failed', 'limit=0', 'limit=101', 'limit=2.5', 'limit=all', 'cursor=abc', 'cursor=']) {
      const error = errorOf(await server.call('GET', `/orders?${query}`), 400);
      assert.equal(error.code, 'invalid_request', query);
      assert.deepEqual(Object.keys(error.fields ?? {}), [query.split('=')[0]], query);
    }
  });
});
