/**
 * Order history (`GET /orders`): pages newest first, every order exactly once across pages, the
 * status filter lists only what it names, a bad query is 400 `invalid_request`, and (with a
 * second account) another account's orders are never listed. Run after the order checks, so the
 * account has orders of several statuses that this run made.
 */
import type { Order, OrderPage, OrderStatus } from '../../src/api/schemas.js';
import { expectAnswer, expectError, type Client } from '../client.js';
import type { Run } from '../run.js';
import { CheckFailure, CheckSkipped } from '../types.js';

/** At most this many pages are followed: a backend that ignores the cursor must not keep the kit forever. */
const MAX_PAGES = 200;

/**
 * Every page of a query, following `nextCursor` until it is null. Fails at the first order listed
 * twice, or a page larger than asked for.
 */
async function walk(client: Client, query: Record<string, string>, limit: number, maxPages = MAX_PAGES): Promise<{ orders: Order[]; complete: boolean }> {
  const orders: Order[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const answer = await client.route('listOrders', {}, { query: { ...query, limit: String(limit), ...(cursor === null ? {} : { cursor }) } });
    const page = expectAnswer<OrderPage>(answer, 'listOrders');
    if (page.orders.length > limit) throw new CheckFailure(`${answer.request}: asked for ${limit} orders, got ${page.orders.length}`);
    for (const order of page.orders) {
      if (seen.has(order.id)) throw new CheckFailure(`${answer.request}: order ${order.id} was listed again on a later page (page ${pages + 1})`);
      seen.add(order.id);
      orders.push(order);
    }
    cursor = page.nextCursor;
    if (cursor === null) return { orders, complete: true };
    if (page.orders.length === 0) throw new CheckFailure(`${answer.request}: an empty page with a nextCursor`);
  }
  return { orders, complete: false };
}

/** The first place `orders` is not newest first by `createdAt`, as one line; undefined when it is. */
function outOfOrder(orders: readonly Order[]): string | undefined {
  for (let index = 1; index < orders.length; index += 1) {
    const [newer, older] = [orders[index - 1] as Order, orders[index] as Order];
    if (Date.parse(older.createdAt) > Date.parse(newer.createdAt)) {
      return `order ${older.id} (${older.createdAt}) is listed after ${newer.id} (${newer.createdAt}), which is older`;
    }
  }
  return undefined;
}

/** The run's orders as they are now (a check may have cancelled or paid one since). */
async function runOrders(run: Run): Promise<Order[]> {
  while (run.orders.length < 3) await run.newOrder();
  const orders: Order[] = [];
  for (const { id } of run.orders) orders.push(expectAnswer<Order>(await run.client.route('getOrder', { orderId: id }), 'getOrder'));
  return orders;
}

export async function checkOrderHistory(run: Run): Promise<void> {
  await run.check('order history: paging lists every order exactly once, newest first', async () => {
    const mine = await runOrders(run);
    const all = await walk(run.client, {}, 100);
    if (!all.complete) throw new CheckSkipped(`the account has more than ${MAX_PAGES * 100} orders: use a test account`);
    const wrong = outOfOrder(all.orders);
    if (wrong) throw new CheckFailure(`GET /orders: ${wrong}`);
    const listed = new Set(all.orders.map((order) => order.id));
    const missing = mine.find((order) => !listed.has(order.id));
    if (missing) throw new CheckFailure(`GET /orders?limit=100: order ${missing.id}, made by this run, is on no page`);
    // Small pages over the same orders: the same ones in the same order, none twice, none left out.
    const small = await walk(run.client, {}, 2);
    const [expected, got] = [all.orders.map((order) => order.id), small.orders.map((order) => order.id)];
    const differs = expected.findIndex((id, index) => got[index] !== id);
    if (differs >= 0 || got.length !== expected.length) {
      throw new CheckFailure(
        `GET /orders?limit=2, page after page, differs from ?limit=100 at position ${differs >= 0 ? differs : expected.length}: ` +
          `expected ${expected[differs] ?? 'the end'}, got ${got[differs >= 0 ? differs : expected.length] ?? 'the end'}`,
      );
    }
    return `${expected.length} order(s), in pages of 2 and of 100`;
  });

  await run.check('order history: a status filter lists only orders of that status', async () => {
    const mine = await runOrders(run);
    const statuses = [...new Set(mine.map((order) => order.status))];
    for (const status of statuses) {
      const { orders } = await walk(run.client, { status }, 100);
      const other = orders.find((order) => order.status !== status);
      if (other) throw new CheckFailure(`GET /orders?status=${status}: lists order ${other.id}, which is ${other.status}`);
      const missing = mine.find((order) => order.status === status && !orders.some((one) => one.id === order.id));
      if (missing) throw new CheckFailure(`GET /orders?status=${status}: leaves out order ${missing.id}, which is ${status}`);
    }
    if (statuses.length < 2) return `${statuses.join('')} only: the run made no orders of two statuses`;
    const pair = statuses.slice(0, 2) as [OrderStatus, OrderStatus];
    const { orders } = await walk(run.client, { status: pair.join(',') }, 100);
    const other = orders.find((order) => !pair.includes(order.status));
    if (other) throw new CheckFailure(`GET /orders?status=${pair.join(',')}: lists order ${other.id}, which is ${other.status}`);
    for (const status of pair) {
      if (!orders.some((order) => order.status === status)) throw new CheckFailure(`GET /orders?status=${pair.join(',')}: lists no ${status} order`);
    }
    return `${statuses.join(', ')}; and ${pair.join(',')}`;
  });

  await run.check('order history: an invalid limit, status or cursor -> 400 invalid_request', async () => {
    const queries: Record<string, string>[] = [
      { limit: '0' },
      { limit: '101' },
      { limit: 'ten' },
      { status: 'conformance-no-such-status' },
      { cursor: 'conformance-not-a-cursor' },
    ];
    for (const query of queries) {
      expectError(await run.client.route('listOrders', {}, { query }), 400, 'invalid_request');
    }
    return 'limit 0, 101 and ten; an unknown status; a cursor the backend never gave';
  });
}

/** With a second account: its order history never lists one of the first account's orders. */
export async function checkHistoryTenancy(run: Run, other: Client): Promise<string> {
  const mine = new Set((await runOrders(run)).map((order) => order.id));
  const theirs = await walk(other, {}, 100);
  const leaked = theirs.orders.find((order) => mine.has(order.id));
  if (leaked) throw new CheckFailure(`GET /orders with the second token lists the first account's order ${leaked.id}`);
  return `${theirs.orders.length} order(s) of the second account, none of the first's`;
}
