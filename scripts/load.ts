/**
 * `npm run load [-- --quick] [--counts FILE]`: load and faults against the reference server, on
 * loopback only, bounded in count and in time. Without `DATABASE_URL` it re-runs itself under
 * scripts/with-postgres.sh (a throwaway PostgreSQL cluster). Per database (a SQLite file, then a
 * fresh PostgreSQL database):
 *
 * 1. quotes: 1,000 `POST /quotes` (renewals of the seeded KooPhone phones), 20 in flight;
 * 2. orders: 200 `POST /orders`, 4 per Idempotency-Key over 50 keys (the 4 twins of a key sent
 *    together), 50 in flight, round robin over two server processes on PostgreSQL (one process on
 *    SQLite, which is one process per file by design); then exactly 50 orders, one id per key;
 * 3. kill: order creations with fresh keys, the server SIGKILLed once some have answered and
 *    others are in flight, restarted on the same database, every key retried with its own body
 *    until it answers; then exactly one order per key and no partial rows (3 cycles).
 *
 * It prints throughput and p50/p99 latency of quotes and orders, and asserts the counts, never
 * the timings (exit 1 when a count is wrong). `--quick` (a stage of `npm test`): 100 quotes, 40
 * orders over 10 keys, one kill cycle of 20 keys. `--counts FILE` writes `{ passed, failed }` of
 * the checks. Every server is a child process started here (`node --import tsx server/main.ts`,
 * so its PID is the server's) and stopped here by that PID, also on failure or at the deadline.
 * Requests go through Node's fetch (undici), whose global agent keeps connections alive.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Order } from '../src/api/schemas.js';
import { mintToken } from '../server/tokens.js';
import { createScratchDatabase } from './scratch-postgres.js';
import {
  ACCOUNT,
  exited,
  orderBody,
  percentile,
  PHONES,
  renewal,
  rerunUnderPostgres,
  running,
  startReferenceServer,
  stopServersOnExit,
  stopServer,
  type DatabaseTarget,
  type Server,
} from './bench-server/servers.js';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    counts: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  console.log('Usage: npm run load [-- --quick] [--counts FILE]   (DATABASE_URL=postgres://… to use a running PostgreSQL as admin)');
  process.exit(0);
}

const QUICK = options.quick;
const SIZES = QUICK
  ? { quotes: 100, quoteConcurrency: 20, orderKeys: 10, twins: 4, orderConcurrency: 20, killKeys: 20, killCycles: 1, killConcurrency: 8 }
  : { quotes: 1000, quoteConcurrency: 20, orderKeys: 50, twins: 4, orderConcurrency: 50, killKeys: 60, killCycles: 3, killConcurrency: 10 };
/** The whole run's bound; past it every server is killed and the run fails. */
const DEADLINE_MS = QUICK ? 90_000 : 300_000;
const REQUEST_TIMEOUT_MS = 20_000;
const WARM_UP = 20;

const SECRET = `load-${randomBytes(24).toString('hex')}`;
const startServer = (label: string, target: DatabaseTarget) => startReferenceServer(label, target, SECRET);
const RUN = randomBytes(4).toString('hex');

// ---------------------------------------------------------------------------------------------
// Server processes: started and stopped by PID, never by name (./bench-server/servers.ts).

/** The SQLite folder of this run, removed at exit whatever happened. */
let scratch: string | undefined;

stopServersOnExit('load', () => scratch);

// ---------------------------------------------------------------------------------------------
// Requests, figures and checks.

interface Answer {
  status: number;
  body: unknown;
  ms: number;
}

let token = '';

async function call(server: Server, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, ms: performance.now() - started };
}

/** Runs `task(0..count-1)` with at most `concurrency` at once, results in index order. */
async function pool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

interface Figures {
  what: string;
  count: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

const figures: Figures[] = [];

function record(what: string, latencies: number[], elapsedMs: number): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  const entry = {
    what,
    count: latencies.length,
    seconds: elapsedMs / 1000,
    perSecond: latencies.length / (elapsedMs / 1000),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  };
  figures.push(entry);
  console.log(`  ${describe(entry)}`);
}

function describe(entry: Figures): string {
  return `${entry.what}: ${entry.count} in ${entry.seconds.toFixed(2)} s, ${entry.perSecond.toFixed(0)} req/s, p50 ${entry.p50.toFixed(1)} ms, p99 ${entry.p99.toFixed(1)} ms`;
}

const checks = { passed: 0, failed: 0 };

function check(ok: boolean, what: string, detail = ''): boolean {
  checks[ok ? 'passed' : 'failed'] += 1;
  console.log(`  ${ok ? 'ok' : 'FAILED'}: ${what}${!ok && detail ? ` (${detail})` : ''}`);
  return ok;
}

const tally = (items: readonly (string | number)[]) => {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, count]) => `${item} ×${count}`).join(', ');
};

// ---------------------------------------------------------------------------------------------
// The database, read directly (not through the server) for the counts.

interface Inspector {
  rows<T>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function inspector(target: DatabaseTarget): Promise<Inspector> {
  if (target.url) {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      async rows<T>(query: string, params: unknown[] = []) {
        let n = 0;
        return (
          await client.query(
            query.replace(/\?/g, () => `$${(n += 1)}`),
            params,
          )
        ).rows as T[];
      },
      close: () => client.end(),
    };
  }
  const database = new SQLite(target.file ?? '', { readonly: true, fileMustExist: true });
  return {
    rows: <T>(query: string, params: unknown[] = []) => Promise.resolve(database.prepare(query).all(...params) as T[]),
    close: () => Promise.resolve(void database.close()),
  };
}

async function countOrders(target: DatabaseTarget): Promise<number> {
  const db = await inspector(target);
  try {
    const [row] = await db.rows<{ n: number | string }>('select count(*) as n from orders where account_id = ?', [ACCOUNT]);
    return Number(row?.n);
  } finally {
    await db.close();
  }
}

/**
 * What one order needs besides its row: its idempotency record (every order here is made with a
 * key), its quote, and a `data` record that is the whole order (lines, total, the same ids and
 * amounts as its columns). And no idempotency record may point at a missing order.
 */
async function checkIntegrity(target: DatabaseTarget, keys: ReadonlyMap<string, string>, expectedOrders: number): Promise<void> {
  const db = await inspector(target);
  try {
    const orders = await db.rows<{ id: string; quote_id: string; status: string; total_amount: number | string; currency: string; data: string }>(
      'select id, quote_id, status, total_amount, currency, data from orders where account_id = ?',
      [ACCOUNT],
    );
    check(
      orders.length === expectedOrders,
      `exactly ${expectedOrders} orders in the database (the order stage's and one per kill-cycle key)`,
      `found ${orders.length}`,
    );

    const records = await db.rows<{ key: string; resource_id: string }>(
      "select key, resource_id from idempotency_keys where account_id = ? and scope = 'order'",
      [ACCOUNT],
    );
    const byKey = new Map(records.map((row) => [row.key, row.resource_id]));
    const ours = [...keys].filter(([key]) => byKey.has(key));
    check(ours.length === keys.size, `an idempotency record for each of the ${keys.size} keys`, `${ours.length} have one`);
    const wrong = [...keys].filter(([key, orderId]) => byKey.get(key) !== orderId);
    check(
      wrong.length === 0,
      'each record names the order its key answered',
      wrong
        .slice(0, 3)
        .map(([key, id]) => `${key}: answered ${id}, record ${byKey.get(key)}`)
        .join('; '),
    );

    const orderIds = new Set(orders.map((order) => order.id));
    const dangling = records.filter((row) => !orderIds.has(row.resource_id));
    check(dangling.length === 0, 'no idempotency record without its order', `${dangling.length} dangling`);
    const recorded = new Set(records.map((row) => row.resource_id));
    const unrecorded = orders.filter((order) => !recorded.has(order.id));
    check(unrecorded.length === 0, 'no order without its idempotency record', `${unrecorded.length}: ${unrecorded.map((order) => order.id).join(', ')}`);
    check(recorded.size === records.length, 'no order named by two keys', `${records.length} records name ${recorded.size} orders`);

    const quoteIds = new Set((await db.rows<{ id: string }>('select id from quotes where account_id = ?', [ACCOUNT])).map((row) => row.id));
    const partial = orders.filter((row) => {
      if (!quoteIds.has(row.quote_id)) return true;
      let order: Order;
      try {
        order = (JSON.parse(row.data) as { order: Order }).order;
      } catch {
        return true;
      }
      return (
        !Order.safeParse(order).success ||
        order.id !== row.id ||
        order.quoteId !== row.quote_id ||
        order.status !== row.status ||
        order.total.amount !== Number(row.total_amount) ||
        order.total.currency !== row.currency ||
        order.lines.length === 0
      );
    });
    check(
      partial.length === 0,
      'no partial order (its quote exists; its record is a whole order with lines, matching its columns)',
      partial.map((row) => row.id).join(', '),
    );

    if (!target.url) {
      const [integrity] = await db.rows<{ integrity_check: string }>('pragma integrity_check');
      check(integrity?.integrity_check === 'ok', 'SQLite integrity_check ok after the kill', integrity?.integrity_check);
      const foreign = await db.rows('pragma foreign_key_check');
      check(foreign.length === 0, 'SQLite foreign_key_check finds nothing', `${foreign.length} rows`);
    }
    console.log(`  order statuses in the database: ${tally(orders.map((order) => order.status))}`);
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The stages.

async function makeQuotes(server: Server, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const answer = await call(server, 'POST', '/quotes', renewal(index));
    if (answer.status !== 200) throw new Error(`quote for ${PHONES[index % PHONES.length]} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    ids.push((answer.body as { id: string }).id);
  }
  return ids;
}

async function quoteStage(target: DatabaseTarget, server: Server): Promise<void> {
  console.log(`\n== quotes (${target.name}, 1 process): ${SIZES.quotes} POST /quotes, ${SIZES.quoteConcurrency} in flight, after ${WARM_UP} to warm up`);
  await pool(WARM_UP, SIZES.quoteConcurrency, (index) => call(server, 'POST', '/quotes', renewal(index)));
  const started = performance.now();
  const answers = await pool(SIZES.quotes, SIZES.quoteConcurrency, (index) => call(server, 'POST', '/quotes', renewal(index)));
  record(
    `quotes ${target.name}`,
    answers.map((answer) => answer.ms),
    performance.now() - started,
  );
  const statuses = answers.map((answer) => answer.status);
  check(
    statuses.every((status) => status === 200),
    `all ${SIZES.quotes} quotes answered 200`,
    tally(statuses),
  );
}

/** N keys, 4 twins each sent together (key after key), round robin over the servers. */
async function orderStage(target: DatabaseTarget, servers: Server[]): Promise<void> {
  const { orderKeys, twins, orderConcurrency } = SIZES;
  const total = orderKeys * twins;
  console.log(
    `\n== orders (${target.name}, ${servers.length} process${servers.length > 1 ? 'es' : ''}): ${total} POST /orders over ${orderKeys} Idempotency-Keys, ${orderConcurrency} in flight`,
  );
  const before = await countOrders(target);
  const quotes = await makeQuotes(servers[0]!, orderKeys / 2);
  const keys = Array.from({ length: orderKeys }, (_, index) => `load-${RUN}-${target.name}-race-${index}`);
  const started = performance.now();
  const answers = await pool(total, orderConcurrency, async (index) => {
    const key = Math.floor(index / twins);
    const server = servers[index % servers.length]!;
    return { key, ...(await call(server, 'POST', '/orders', orderBody(quotes[key % quotes.length]!), { 'Idempotency-Key': keys[key]! })) };
  });
  record(
    `orders ${target.name} (${servers.length} proc)`,
    answers.map((answer) => answer.ms),
    performance.now() - started,
  );
  const statuses = answers.map((answer) => answer.status);
  console.log(
    `  HTTP statuses: ${tally(statuses)}; order statuses answered: ${tally(answers.map((answer) => (answer.body as Order | undefined)?.status ?? '-'))}`,
  );
  check(
    statuses.every((status) => status === 200),
    `all ${total} order creations answered 200`,
    answers
      .filter((answer) => answer.status !== 200)
      .slice(0, 3)
      .map((answer) => JSON.stringify(answer.body))
      .join('; '),
  );
  const idsOf = (key: number) => new Set(answers.filter((answer) => answer.key === key && answer.status === 200).map((answer) => (answer.body as Order).id));
  const split = keys.map((_, key) => idsOf(key)).filter((ids) => ids.size !== 1);
  check(
    split.length === 0,
    `each key's ${twins} answers carry one order id`,
    `${split.length} keys answered ${split.map((ids) => [...ids].join('/')).join(', ')}`,
  );
  const distinct = new Set(answers.filter((answer) => answer.status === 200).map((answer) => (answer.body as Order).id));
  check(distinct.size === orderKeys, `${orderKeys} distinct order ids answered`, `${distinct.size}`);
  const after = await countOrders(target);
  check(after - before === orderKeys, `exactly ${orderKeys} new orders for ${ACCOUNT} in the database`, `${after - before}`);
}

/**
 * Kill cycles on one database: fire fresh keys, SIGKILL the server after a third have answered
 * (others in flight), restart on the same database, retry every key with its body until it
 * answers, then check the rows. The restarted server is left running (stopped with the rest).
 */
async function killStage(target: DatabaseTarget, first: Server): Promise<void> {
  const { killKeys, killCycles, killConcurrency } = SIZES;
  console.log(
    `\n== kill (${target.name}): ${killCycles} cycle(s) of ${killKeys} fresh keys, ${killConcurrency} in flight, SIGKILL after ${Math.floor(killKeys / 3)} answers`,
  );
  let server = first;
  const answeredIds = new Map<string, string>();
  const expected = (await countOrders(target)) + killKeys * killCycles;
  let allKeys = new Map<string, string>();
  {
    // Orders made before (the order stage) keep their records: check them with the rest.
    const db = await inspector(target);
    const rows = await db.rows<{ key: string; resource_id: string }>("select key, resource_id from idempotency_keys where account_id = ? and scope = 'order'", [
      ACCOUNT,
    ]);
    await db.close();
    allKeys = new Map(rows.map((row) => [row.key, row.resource_id]));
  }
  for (let cycle = 1; cycle <= killCycles; cycle += 1) {
    const quotes = await makeQuotes(server, Math.min(PHONES.length, killKeys / 2));
    const keys = Array.from({ length: killKeys }, (_, index) => `load-${RUN}-${target.name}-kill-${cycle}-${index}`);
    const bodyOf = (index: number) => orderBody(quotes[index % quotes.length]!);
    const killAfter = Math.floor(killKeys / 3);
    let answered = 0;
    let inFlight = 0;
    let inFlightAtKill = -1;
    const victim = server;
    const first = await pool(killKeys, killConcurrency, async (index) => {
      inFlight += 1;
      try {
        const answer = await call(victim, 'POST', '/orders', bodyOf(index), { 'Idempotency-Key': keys[index]! });
        inFlight -= 1;
        if (answer.status === 200) {
          answered += 1;
          answeredIds.set(keys[index]!, (answer.body as Order).id);
        }
        if (answered === killAfter && inFlightAtKill < 0) {
          inFlightAtKill = inFlight;
          process.kill(victim.pid, 'SIGKILL');
        }
        return answer.status;
      } catch (error) {
        inFlight -= 1;
        return (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      }
    });
    await exited(victim);
    console.log(`  cycle ${cycle}: killed pid ${victim.pid} with ${answered} answered and ${inFlightAtKill} in flight; first answers: ${tally(first)}`);
    check(inFlightAtKill > 0, `cycle ${cycle}: the kill came with requests in flight`, `${inFlightAtKill}`);
    check(answered >= killAfter && answered < killKeys, `cycle ${cycle}: the kill came after some answered and before all did`, `${answered}`);

    server = await startServer(`${target.name} server (restarted)`, target);
    const retried = await pool(killKeys, killConcurrency, async (index) => {
      const statuses: (number | string)[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        try {
          const answer = await call(server, 'POST', '/orders', bodyOf(index), { 'Idempotency-Key': keys[index]! });
          statuses.push(answer.status);
          if (answer.status === 200) return { id: (answer.body as Order).id, statuses };
        } catch (error) {
          statuses.push((error as Error).name);
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
      }
      return { id: undefined, statuses };
    });
    const unanswered = retried.filter((entry) => entry.id === undefined);
    check(unanswered.length === 0, `cycle ${cycle}: every key answered 200 when retried`, unanswered.map((entry) => entry.statuses.join('/')).join(', '));
    console.log(`  cycle ${cycle}: retry statuses: ${tally(retried.flatMap((entry) => entry.statuses))}`);
    const changed = keys.filter((key, index) => answeredIds.has(key) && answeredIds.get(key) !== retried[index]?.id);
    check(changed.length === 0, `cycle ${cycle}: keys answered before the kill answer the same order after it`, changed.join(', '));
    keys.forEach((key, index) => {
      const id = retried[index]?.id;
      if (id) allKeys.set(key, id);
    });
  }
  await checkIntegrity(target, allKeys, expected);
}

// ---------------------------------------------------------------------------------------------

async function runDatabase(target: DatabaseTarget): Promise<void> {
  try {
    const server = await startServer(`${target.name} server`, target);
    await quoteStage(target, server);
    const orderServers = [server];
    // The second process starts once the first has migrated and seeded the database.
    if (target.url) orderServers.push(await startServer(`${target.name} server 2`, target));
    await orderStage(target, orderServers);
    for (const extra of orderServers.slice(1)) await stopServer(extra);
    await killStage(target, server);
  } catch (error) {
    for (const server of running) console.error(`--- last lines of ${server.label} (pid ${server.pid}):\n${server.output.join('\n')}`);
    throw error;
  } finally {
    for (const server of [...running]) await stopServer(server);
  }
}

async function main(adminUrl: string): Promise<void> {
  const deadline = setTimeout(() => {
    console.error(`load: past the ${DEADLINE_MS / 1000} s bound; killing the servers it started`);
    process.exit(1);
  }, DEADLINE_MS);
  deadline.unref();
  const started = performance.now();
  token = await mintToken({ accountId: ACCOUNT, secret: SECRET });
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(
    `load${QUICK ? ' --quick' : ''}: Node ${process.version}, ${cpus().length} cores (${cpu}), load average ${loadavg()[0]?.toFixed(2)}, loopback only`,
  );

  const folder = mkdtempSync(join(tmpdir(), 'upcart-load-'));
  scratch = folder;
  try {
    await runDatabase({ name: 'SQLite', file: join(folder, 'upcart.db') });
    const database = await createScratchDatabase(adminUrl, 'upcart_load');
    try {
      await runDatabase({ name: 'PostgreSQL', url: database.url });
    } finally {
      await database.drop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  console.log('\n== figures');
  for (const entry of figures) console.log(`  ${describe(entry)}`);
  console.log(`\nload: ${checks.passed} checks passed, ${checks.failed} failed, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function writeCounts(): void {
  if (!options.counts) return;
  mkdirSync(dirname(options.counts), { recursive: true });
  writeFileSync(options.counts, JSON.stringify(checks));
}

// No PostgreSQL given: run again under a throwaway cluster (its script removes it afterwards).
if (!rerunUnderPostgres()) {
  try {
    await main(process.env['DATABASE_URL']!);
  } catch (error) {
    checks.failed += 1;
    console.error(`load: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  writeCounts();
  process.exit(checks.failed === 0 ? 0 : 1);
}
