/**
 * The renewal center on the reference server (SQLite, or PostgreSQL under
 * scripts/with-postgres.sh): tabs and counts in SQL, actions by ids and by filter less exceptions,
 * renewal days and the account's day, a renew quote by selection equal to the quote by ids, and a
 * batch renewal paid by card, PayPal and offline, co-termed, applied by the set-based payment:
 * all of its resources or none (one of them changed since by another order). Now is 2026-11-23.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Order, Quote, Subscription, type PaymentMethod } from '../../src/api/schemas.js';
import { QuoteItemPage, RenewalCounts, RenewalPage, RenewalUpdate } from '../../src/api/renewal-schemas.js';
import { seedIds } from '../../mocks/seed.js';
import { seedAccounts } from '../../server/seed.js';
import { sql } from 'kysely';
import { databaseName, errorOf, newKey, NOW, parsed, startTestServer, waitFor, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const koophone = seedIds.products.koophone;
const phone = (...numbers: number[]) => numbers.map((number) => `phone-${String(number).padStart(2, '0')}`);
const ids = async (query: string) => parsed(RenewalPage, await server.call('GET', `/renewals?limit=200&${query}`)).resources.map((row) => row.id);
const counts = async (query = '') => parsed(RenewalCounts, await server.call('GET', `/renewals/counts${query}`));
const mode = (selection: unknown, to: string) => server.call('POST', '/renewals/mode', { body: { selection, mode: to } });
const read = async (id: string) => parsed(Subscription, await server.call('GET', `/subscriptions/${id}`));
const quote = async (body: Record<string, unknown>) =>
  parsed(Quote, await server.call('POST', '/quotes', { body: { flow: 'renew', durationId: 'r12', coterm: true, ...body } }));
const items = async (quoteId: string) => parsed(QuoteItemPage, await server.call('GET', `/quotes/${quoteId}/items?limit=200`)).items;
async function order(quoteId: string, paymentMethod: PaymentMethod, autoRenew: boolean): Promise<Order> {
  const body = { quoteId, contactId: seedIds.contacts.anna, paymentMethod, autoRenew };
  return parsed(Order, await server.call('POST', '/orders', { body, headers: { 'Idempotency-Key': newKey() } }));
}

describe(`server (${databaseName}): the renewal center`, () => {
  it('lists tabs by term end with totals, filters, counts, and refuses a bad query', async () => {
    assert.deepEqual(await counts(`?productId=${koophone}`), { manual: 18, auto: 7, pay_per_use: 3, canceled: 2 });
    assert.deepEqual(await ids(`mode=manual&productId=${koophone}&expires=30d`), phone(10, 5, 6, 25));
    assert.deepEqual(await ids(`mode=manual&productId=${koophone}&expires=expired`), phone(1, 2));
    assert.deepEqual(await ids(`mode=manual&search=CLOUD%20PHONE%201&sort=expiry_desc`), phone(18, 17, 15, 14, 11, 10));
    assert.deepEqual(await ids(`mode=manual&planId=kp-pro`), phone(25, 21, 23, 26, 29, 30));
    const first = parsed(RenewalPage, await server.call('GET', `/renewals?mode=manual&productId=${koophone}&limit=4`));
    const second = parsed(RenewalPage, await server.call('GET', `/renewals?mode=manual&productId=${koophone}&limit=4&cursor=${first.nextCursor}`));
    assert.deepEqual(
      [...first.resources, ...second.resources].map((row) => row.id),
      phone(1, 2, 10, 5, 6, 25, 9, 3),
    );
    assert.equal(errorOf(await server.call('GET', '/renewals?mode=manual&cursor=bm9wZQ'), 400).code, 'invalid_request');
    assert.equal(errorOf(await server.call('GET', '/renewals?mode=manual&limit=500'), 400).code, 'invalid_request');
  });

  it('moves by ids and by filter less exceptions, sets renewal days, and refuses unknown ids and trials', async () => {
    const byIds = parsed(RenewalUpdate, await mode({ ids: phone(14, 15) }, 'auto'));
    assert.equal(byIds.updated, 2);
    assert.equal((await read('phone-14')).autoRenew, true);
    const byFilter = parsed(RenewalUpdate, await mode({ filter: { mode: 'pay_per_use', productId: koophone }, except: phone(22) }, 'canceled'));
    assert.deepEqual([byFilter.updated, byFilter.counts], [2, await counts()]);
    assert.deepEqual((await ids(`mode=canceled&productId=${koophone}`)).sort(), phone(7, 13, 19, 27));
    parsed(RenewalUpdate, await mode({ ids: phone(14, 15) }, 'manual'));
    parsed(RenewalUpdate, await mode({ ids: phone(7, 19) }, 'pay_per_use'));
    const day = parsed(RenewalUpdate, await server.call('POST', '/renewals/renewal-day', { body: { selection: { ids: phone(17) }, renewalDay: 9 } }));
    assert.equal(day.updated, 1);
    assert.equal((await read('phone-17')).renewalDay, 9);
    assert.equal(errorOf(await mode({ ids: ['phone-99'] }, 'auto'), 404).code, 'not_found');
    assert.equal(errorOf(await mode({ ids: [seedIds.subscriptions.contactCenterTrial] }, 'auto'), 422).code, 'invalid_request');
  });

  it('quotes a selection by filter as the same ids, and refuses both, neither, and a selection spanning products', async () => {
    const byFilter = await quote({ selection: { filter: { mode: 'manual', productId: koophone, expires: '30d' } } });
    const byIds = await quote({ subscriptionIds: phone(10, 5, 6, 25) });
    assert.deepEqual(byFilter.total, byIds.total);
    // phone-10 is monthly, phone-05 and phone-06 yearly: one Standard line all the same, since the
    // cycle does not change a renewal's price (the duration's months and discount do).
    const renewals = byIds.lines.filter((line) => line.kind === 'renewal').map((line) => [line.refId, line.count ?? 1]);
    assert.deepEqual(renewals, [
      ['kp-standard', 3],
      ['kp-pro', 1],
    ]);
    assert.deepEqual(await items(byFilter.id), await items(byIds.id));
    assert.equal(
      errorOf(
        await server.call('POST', '/quotes', {
          body: { flow: 'renew', subscriptionIds: phone(5), selection: { ids: phone(5) }, durationId: 'r12', coterm: false },
        }),
        400,
      ).code,
      'invalid_request',
    );
    assert.equal(errorOf(await server.call('POST', '/quotes', { body: { flow: 'renew', durationId: 'r12', coterm: false } }), 400).code, 'invalid_request');
    assert.equal(
      errorOf(await server.call('POST', '/quotes', { body: { flow: 'renew', selection: { filter: { mode: 'auto' } }, durationId: 'r12', coterm: false } }), 422)
        .code,
      'invalid_request',
    );
  });

  it("renews a batch co-termed to the account's day by card, PayPal and offline; the new end dates and modes follow", async () => {
    await server.call('PATCH', '/renewals/settings', { body: { standardRenewalDay: 10 } });
    const batches: [number[], PaymentMethod, boolean, string][] = [
      [[21, 23], 'card', true, 'auto'],
      [[26, 30], 'paypal', false, 'manual'],
      [[3, 9], 'offline', false, 'manual'],
    ];
    for (const [numbers, method, autoRenew, after] of batches) {
      const made = await quote({ subscriptionIds: phone(...numbers) });
      const expected = await items(made.id);
      assert.ok(
        expected.every((item) => item.newTermEnd.endsWith('-10')),
        `${method}: every renewal ends on the 10th`,
      );
      const placed = await order(made.id, method, autoRenew);
      const paid = parsed(Order, await server.pay(placed.id));
      assert.equal(paid.status, 'paid', method);
      for (const item of expected) {
        const renewed = await read(item.subscriptionId);
        assert.deepEqual([renewed.termEnd, renewed.renewalMode], [item.newTermEnd, after], `${method}: ${item.subscriptionId}`);
      }
    }
    await server.call('PATCH', '/renewals/settings', { body: { standardRenewalDay: 1 } });
  });

  it('applies a batch all or none: one of its resources renewed by another order since, none of them changes', async () => {
    const older = await quote({ subscriptionIds: phone(11, 18, 29) });
    const olderOrder = await order(older.id, 'card', false);
    const newer = await quote({ subscriptionIds: phone(18) });
    const newerOrder = await order(newer.id, 'card', false);
    assert.equal(parsed(Order, await server.pay(newerOrder.id)).status, 'paid');
    const before = await Promise.all(phone(11, 18, 29).map(read));
    const late = parsed(Order, await server.pay(olderOrder.id));
    assert.notEqual(late.status, 'paid');
    const after = await Promise.all(phone(11, 18, 29).map(read));
    assert.deepEqual(
      after.map((one) => one.termEnd),
      before.map((one) => one.termEnd),
    );
  });

  it(
    'pays a batch whose resource had its mode changed by a bulk action committing meanwhile (PostgreSQL), with the mode as changed',
    { skip: databaseName === 'SQLite' ? 'one writer at a time on SQLite: nothing commits during a payment' : false },
    async () => {
      const made = await quote({ subscriptionIds: phone(4, 8) });
      const expected = await items(made.id);
      const placed = await order(made.id, 'card', false);
      const { db } = server.store.handle;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      // A bulk mode change on phone-04, uncommitted while the payment's update reaches the row.
      const modeChange = db.transaction().execute(async (trx) => {
        await trx.updateTable('subscriptions').set({ renewal_mode: 'pay_per_use' }).where('id', '=', 'phone-04').execute();
        holding();
        await released;
      });
      await held;
      const payment = server.pay(placed.id);
      await waitFor('the payment to wait for the mode change', async () => {
        const { rows } = await sql<{ waiting: string }>`select count(*) as waiting from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query like 'update subscriptions set data%'`.execute(db);
        return Number(rows[0]?.waiting) > 0;
      });
      release();
      await modeChange;
      const paid = parsed(Order, await payment);
      assert.equal(paid.status, 'paid');
      for (const item of expected) {
        const renewed = await read(item.subscriptionId);
        assert.deepEqual(
          [renewed.termEnd, renewed.renewalMode],
          [item.newTermEnd, item.subscriptionId === 'phone-04' ? 'pay_per_use' : 'manual'],
          item.subscriptionId,
        );
      }
    },
  );

  it('searches names without case beyond ASCII, as the core does: "ärzte" finds "Ärzte", and a renamed resource by its new name', async () => {
    const { demo } = seedAccounts;
    await server.store.repositoryFor({ accountId: demo.id, visible: [demo.id] }).transaction(async (tx) => {
      const one = await tx.getSubscription('phone-17');
      assert.ok(one);
      await tx.putSubscription({ ...one, name: 'Ärzte-Praxis Öhringen' });
    });
    for (const search of ['ärzte', 'ÄRZTE', 'praxis öhr', 'PHONE-17']) {
      assert.deepEqual(await ids(`mode=manual&search=${encodeURIComponent(search)}`), phone(17), search);
    }
    assert.deepEqual(await ids(`mode=manual&search=${encodeURIComponent('arzte')}`), []);
  });

  it("deletes the items of quotes expired an hour ago that nobody ordered, a few with each new quote, and keeps an order's quote's", async () => {
    const { db } = server.store.handle;
    const itemRows = async (quoteId: string) =>
      Number(
        (
          await db
            .selectFrom('quote_items')
            .select((eb) => eb.fn.countAll<number | string>().as('rows'))
            .where('quote_id', '=', quoteId)
            .executeTakeFirstOrThrow()
        ).rows,
      );
    const unordered = await quote({ subscriptionIds: phone(5, 6) });
    const ordered = await quote({ subscriptionIds: phone(10) });
    await order(ordered.id, 'offline', false);
    assert.equal(await itemRows(unordered.id), 2);
    try {
      // Expired (15 minutes) and then kept an hour: not yet deleted a minute before that.
      await server.call('POST', '/test/clock', { body: { advanceMs: 75 * 60_000 - 60_000 } });
      await quote({ subscriptionIds: phone(12) });
      assert.equal(await itemRows(unordered.id), 2);
      await server.call('POST', '/test/clock', { body: { advanceMs: 2 * 60_000 } });
      // Each new quote looks at two expired quotes at most (this file's older ones are expired too).
      await quote({ subscriptionIds: phone(12) });
      const purged = async () =>
        Number(
          (
            await db
              .selectFrom('quotes')
              .select((eb) => eb.fn.countAll<number | string>().as('quotes'))
              .where('items_purged', '=', 1)
              .executeTakeFirstOrThrow()
          ).quotes,
        );
      assert.equal(await purged(), 2);
      let made = 1;
      while ((await itemRows(unordered.id)) > 0 && made < 30) {
        await quote({ subscriptionIds: phone(12) });
        made += 1;
      }
      assert.equal(await itemRows(unordered.id), 0, 'the unordered quote lost its items');
      assert.deepEqual(
        (await items(ordered.id)).map((item) => item.subscriptionId),
        phone(10),
      );
    } finally {
      await server.call('POST', '/test/clock', { body: { now: NOW } });
    }
  });
});
