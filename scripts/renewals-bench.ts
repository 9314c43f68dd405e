/**
 * `node --import tsx scripts/renewals-bench.ts [count]`: the renewal center at scale, timed and
 * printed (figures, not a test). The demo account gets `count` generated KooPhone resources (100,000
 * by default) and each of these is one call of the core, as a request runs it: a tab's first page,
 * the tab counts, a filtered page (search + product + expiry window), a mode change by filter, a
 * renew quote of every resource of a tab, its order and its payment. On the mock backend's memory
 * repository, on SQLite (in memory) and, with `DATABASE_URL` (scripts/with-postgres.sh), on PostgreSQL.
 */
import { CheckoutService } from '../core/service.js';
import { runAsync, runSync, type Work } from '../core/run.js';
import { MockClock } from '../mocks/clock.js';
import { MockDb } from '../mocks/db.js';
import { seedIds } from '../mocks/seed.js';
import { openDatabase } from '../server/db/connect.js';
import { ServerStore } from '../server/db/repository.js';
import { addGeneratedResources, seedAccounts, seedIfEmpty } from '../server/seed.js';

const count = Number(process.argv[2] ?? 100_000);
const NOW = '2026-11-23T10:00:00Z';
const figures: Record<string, Record<string, string>> = {};

async function timed<T>(backend: string, what: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  (figures[what] ??= {})[backend] = `${(performance.now() - started).toFixed(0)} ms`;
  return value;
}

/** The same steps on any service; `run` is runSync or runAsync. */
async function steps(backend: string, service: CheckoutService, run: <T>(work: Work<T>) => T | Promise<T>): Promise<void> {
  const page = await timed(backend, 'list: first page of a tab (50 rows + total)', () => run(service.listRenewals({ mode: 'manual' })));
  await timed(backend, 'list: next page (cursor)', () => run(service.listRenewals({ mode: 'manual', cursor: page.nextCursor })));
  await timed(backend, 'count: the four tabs', () => run(service.countRenewals({})));
  await timed(backend, 'filter: search + product + expiry 90d', () =>
    run(service.listRenewals({ mode: 'manual', search: 'g0012', productId: seedIds.products.koophone, expires: '90d' })),
  );
  const moved = await timed(backend, 'mode change by filter (auto -> manual)', () =>
    run(service.setRenewalMode({ selection: { filter: { mode: 'auto' } }, mode: 'manual' })),
  );
  const quote = await timed(backend, 'renew quote of a whole tab (by filter)', () =>
    run(
      service.createQuote({ flow: 'renew', selection: { filter: { mode: 'manual', productId: seedIds.products.koophone } }, durationId: 'r12', coterm: true }),
    ),
  );
  await timed(backend, 'quote items: a page', () => run(service.listQuoteItems(quote.id, { limit: '50' })));
  const order = await timed(backend, 'order of that quote', () =>
    run(service.createOrder({ quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod: 'offline', autoRenew: false }, `bench-${backend}`)),
  );
  await timed(backend, 'payment (applies every renewal)', () => run(service.markOfflinePaid(order.id)));
  const renewed = (await run(service.listQuoteItems(quote.id, { limit: '1' }))).items.length;
  console.log(
    `${backend}: ${moved.updated} moved, ${quote.lines.length} quote lines for ${moved.counts.manual} resources, total ${quote.total.amount}; items ${renewed > 0 ? 'listed' : 'missing'}`,
  );
}

const clock = new MockClock(NOW);
{
  const db = await timed('memory', `generate ${count} resources`, () => new MockDb({ clock, generatedResources: count }));
  const service = new CheckoutService({ repository: db.repository, clock });
  await steps('memory', service, runSync);
}
for (const [backend, databaseUrl] of [['sqlite', undefined], ...(process.env['DATABASE_URL'] ? [['postgres', process.env['DATABASE_URL']]] : [])] as const) {
  const handle = await openDatabase({ databaseUrl, file: ':memory:' });
  const store = new ServerStore(handle);
  await seedIfEmpty(store, clock.now());
  await timed(backend, `generate ${count} resources`, () => addGeneratedResources(store, count, clock.now()));
  const service = new CheckoutService({ repository: store.repositoryFor({ accountId: seedAccounts.demo.id, visible: [seedAccounts.demo.id] }), clock });
  await steps(backend, service, runAsync);
  await handle.close();
}

const backends = [...new Set(Object.values(figures).flatMap((row) => Object.keys(row)))];
console.log(`\n${count} resources | ${backends.join(' | ')}`);
for (const [what, row] of Object.entries(figures)) console.log(`${what} | ${backends.map((backend) => row[backend] ?? '-').join(' | ')}`);
