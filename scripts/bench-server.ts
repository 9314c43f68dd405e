/**
 * `node --import tsx scripts/bench-server.ts [--seconds 30] [--rate 200] [--json FILE]`: issue
 * 18's server rows, each against a floor measured in the same run, on loopback only. Three timed
 * phases, each an open-loop load of `rate` requests per second for `seconds`
 * (./bench-server/open-loop.ts: latency from the time a request was due, at most `--in-flight`
 * outstanding), after a short warm-up at the same rate that is not counted:
 *
 * 1. floor: a bare Hono route answering fixed JSON (./bench-server/floor-server.ts, its own child
 *    process), sent the quote phase's requests;
 * 2. quotes: `POST /quotes` (renewals of the seeded KooPhone phones) on the reference server over a
 *    fresh SQLite file, as `npm run server` runs it;
 * 3. orders: `POST /orders` round robin over two reference server processes on one fresh
 *    PostgreSQL database (a throwaway cluster through scripts/with-postgres.sh when `DATABASE_URL`
 *    is not set), each order on a quote of its own (made before the timed phase) with a fresh
 *    Idempotency-Key.
 *
 * It prints the machine, each phase's raw figures (count, achieved rate, errors, p50/p99/max) and
 * the rows with floor, figure, ratio, target and PASS/FAIL; a row with any non-2xx answer or failed
 * request fails. `--json FILE` writes the rows as `[{ row, floor, figure, ratio, target, pass, unit }]`
 * (`target` is the largest ratio allowed). It exits 0 whatever the rows say (a benchmark is not a
 * test), 1 when the run itself fails. Every server is a child process started here and stopped by
 * its PID, also on failure or past the run's bound.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { mintToken } from '../server/tokens.js';
import { openLoop, type OpenLoopResult } from './bench-server/open-loop.js';
import {
  ACCOUNT,
  orderBody,
  percentile,
  renewal,
  rerunUnderPostgres,
  running,
  spawnServer,
  startReferenceServer,
  stopServersOnExit,
  stopServer,
  type Server,
} from './bench-server/servers.js';
import { createScratchDatabase } from './scratch-postgres.js';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    rate: { type: 'string', default: '200' },
    'in-flight': { type: 'string', default: '200' },
    json: { type: 'string' },
    'cpu-prof': { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  console.log(
    'Usage: node --import tsx scripts/bench-server.ts [--seconds 30] [--rate 200] [--in-flight 200] [--json FILE] [--cpu-prof DIR] [--only quotes,orders]   (DATABASE_URL=postgres://… to use a running PostgreSQL as admin)',
  );
  process.exit(0);
}

const SECONDS = Number(options.seconds);
const RATE = Number(options.rate);
const MAX_IN_FLIGHT = Number(options['in-flight']);
for (const [name, value, max] of [
  ['--seconds', SECONDS, 600],
  ['--rate', RATE, 5000],
  ['--in-flight', MAX_IN_FLIGHT, 10_000],
] as const) {
  if (!(value > 0 && value <= max)) {
    console.error(`bench-server: ${name} must be a number above 0 and at most ${max}`);
    process.exit(2);
  }
}
/** Each phase's warm-up at the same rate (JIT, connections, SQLite's page cache), not counted. */
const WARM_UP_SECONDS = Math.min(3, SECONDS);
const REQUEST_TIMEOUT_MS = 10_000;
/**
 * The whole run's bound: three phases with their warm-ups, setup, and the quotes made for the
 * orders (6,600 took 83 s on a loaded 2-core machine: 30 per second are allowed for).
 */
const DEADLINE_MS = (3 * (SECONDS + WARM_UP_SECONDS) + 150 + (RATE * (SECONDS + WARM_UP_SECONDS)) / 30) * 1000;

/**
 * `--cpu-prof DIR`: each reference server writes V8 CPU profiles to DIR/<phase>/ (measure before
 * cutting; the largest is the main thread's, read by ./bench-server/profile-summary.ts).
 */
const profileArgs = (name: string) => (options['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', join(options['cpu-prof'], name)] : []);

/** `--only quotes`: only those timed phases, and the rows they make (the floor always runs). */
const ONLY = new Set((options.only ?? 'quotes,orders').split(','));

const SECRET = `bench-${randomBytes(24).toString('hex')}`;
const RUN = randomBytes(4).toString('hex');

let scratch: string | undefined;
stopServersOnExit('bench-server', () => scratch);

// ---------------------------------------------------------------------------------------------
// Requests and phases.

let token = '';

/** One request; resolves to its status once the whole answer is read. */
async function send(server: Server, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * CPU time (user + system) a process has used so far, ms, from /proc (Linux; `NaN` elsewhere): the
 * servers' CPU per request is the figure that a loaded machine disturbs least, for comparing a
 * change before and after when latencies are mostly queueing.
 */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // After the command: state is field 3, utime 14 and stime 15 (in clock ticks of 10 ms).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

interface Phase {
  what: string;
  result: OpenLoopResult;
  /** The servers' CPU time per request of the timed phase, ms. */
  cpuPerRequest: number;
  p50: number;
  p99: number;
  max: number;
}

const phases: Phase[] = [];

/** A warm-up (not counted), then the timed open loop; prints the raw figures. */
async function phase(what: string, servers: Server[], sendOne: (index: number) => Promise<number>): Promise<Phase> {
  const warm = await openLoop({ rate: RATE, seconds: WARM_UP_SECONDS, maxInFlight: MAX_IN_FLIGHT, send: (index) => sendOne(-1 - index) });
  if (warm.ok !== warm.scheduled) console.log(`  warm-up of ${what}: ${warm.scheduled - warm.ok} of ${warm.scheduled} failed (${describeErrors(warm)})`);
  const cpu = () => servers.reduce((sum, server) => sum + cpuMs(server.pid), 0);
  const cpuBefore = cpu();
  const result = await openLoop({ rate: RATE, seconds: SECONDS, maxInFlight: MAX_IN_FLIGHT, send: sendOne });
  const entry: Phase = {
    what,
    result,
    cpuPerRequest: (cpu() - cpuBefore) / result.scheduled,
    p50: percentile(result.latencies, 0.5),
    p99: percentile(result.latencies, 0.99),
    max: result.latencies.at(-1) ?? NaN,
  };
  phases.push(entry);
  console.log(`  ${describePhase(entry)}`);
  return entry;
}

const describeErrors = (result: OpenLoopResult) => [...result.errors].map(([status, count]) => `${status} ×${count}`).join(', ') || 'none';

function describePhase({ what, result, cpuPerRequest, p50, p99, max }: Phase): string {
  return (
    `${what}: ${result.ok} of ${result.scheduled} answered 2xx in ${(result.elapsedMs / 1000).toFixed(1)} s (${result.achievedRate.toFixed(1)} req/s), ` +
    `errors: ${describeErrors(result)}; p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, max ${max.toFixed(1)} ms; ` +
    `peak in flight ${result.peakInFlight}, held by the bound ${result.held}; server CPU ${cpuPerRequest.toFixed(2)} ms per request`
  );
}

async function floorPhase(): Promise<Phase> {
  console.log(`\n== floor: a bare Hono route answering fixed JSON (1 process), sent the quote requests`);
  const server = await spawnServer('floor', ['--import', 'tsx', 'scripts/bench-server/floor-server.ts'], process.env, /Upcart bench floor on (\S+)/);
  try {
    return await phase('floor', [server], (index) => send(server, 'POST', '/quotes', renewal(Math.abs(index))));
  } finally {
    await stopServer(server);
  }
}

async function quotePhase(folder: string): Promise<Phase> {
  console.log(`\n== quotes: POST /quotes on the reference server, SQLite file (1 process)`);
  const server = await startReferenceServer('SQLite server', { name: 'SQLite', file: join(folder, 'upcart.db') }, SECRET, { nodeArgs: profileArgs('quotes') });
  try {
    return await phase('quotes SQLite', [server], (index) => send(server, 'POST', '/quotes', renewal(Math.abs(index))));
  } finally {
    await stopServer(server);
  }
}

/**
 * `count` renewal quotes, each of a generated resource of its own (`gen-000001`…), made 8 at a
 * time round robin over the servers; resources whose renewal is refused are skipped.
 */
async function renewalQuotes(servers: Server[], count: number, resources: number): Promise<string[]> {
  const width = Math.max(6, String(resources).length);
  const ids: string[] = [];
  let next = 1;
  const refused = new Map<string, number>();
  const worker = async (lane: number) => {
    while (ids.length < count && next <= resources) {
      const subscriptionId = `gen-${String(next++).padStart(width, '0')}`;
      const response = await fetch(servers[lane % servers.length]!.baseUrl + '/quotes', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ flow: 'renew', subscriptionIds: [subscriptionId], durationId: 'r1', coterm: false }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.status === 200) ids.push((JSON.parse(text) as { id: string }).id);
      else {
        const code = `${response.status} ${(JSON.parse(text) as { code?: string }).code ?? ''}`;
        refused.set(code, (refused.get(code) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, lane) => worker(lane)));
  if (refused.size) console.log(`  renewals refused while making quotes: ${[...refused].map(([code, n]) => `${code} ×${n}`).join(', ')}`);
  if (ids.length < count) throw new Error(`only ${ids.length} of ${count} renewal quotes could be made`);
  return ids.slice(0, count);
}

async function orderPhase(adminUrl: string): Promise<Phase> {
  console.log(`\n== orders: POST /orders on the reference server, PostgreSQL (2 processes, round robin), a fresh quote and key each`);
  const database = await createScratchDatabase(adminUrl, 'upcart_bench');
  try {
    const target = { name: 'PostgreSQL', url: database.url } as const;
    const warmCount = Math.round(RATE * WARM_UP_SECONDS);
    const count = warmCount + Math.round(RATE * SECONDS);
    // A newer quote for a subscription supersedes the older ones (409 quote_superseded), so each
    // order's quote renews a subscription of its own: the demo account gets generated KooPhone
    // resources (`--resources`, as the renewal center's bench does), with room for those that
    // cannot be renewed (ended ones) and the seeded phones' quotes of the warm-up.
    const serverArgs = ['--resources', String(Math.ceil(count * 1.25) + 100)];
    const servers = [await startReferenceServer('PostgreSQL server 1', target, SECRET, { serverArgs, nodeArgs: profileArgs('orders-1') })];
    // The second process starts once the first has migrated and seeded the database.
    servers.push(await startReferenceServer('PostgreSQL server 2', target, SECRET, { serverArgs, nodeArgs: profileArgs('orders-2') }));
    try {
      const made = performance.now();
      const quoteIds = await renewalQuotes(servers, count, Math.ceil(count * 1.25) + 100);
      console.log(`  ${count} quotes made beforehand in ${((performance.now() - made) / 1000).toFixed(1)} s (not timed)`);
      // Warm-up indexes are negative: their quotes are the first `warmCount`.
      const quoteOf = (index: number) => quoteIds[index < 0 ? -1 - index : warmCount + index]!;
      return await phase('orders PostgreSQL (2 proc)', servers, (index) =>
        send(servers[Math.abs(index) % 2]!, 'POST', '/orders', orderBody(quoteOf(index)), { 'Idempotency-Key': `bench-${RUN}-${index}` }),
      );
    } finally {
      for (const server of servers) await stopServer(server);
    }
  } finally {
    await database.drop();
  }
}

// ---------------------------------------------------------------------------------------------
// Rows.

interface Row {
  row: string;
  floor: number;
  figure: number;
  ratio: number;
  /** The largest ratio to the floor allowed. */
  target: number;
  pass: boolean;
  unit: 'ms';
}

function row(name: string, floor: number, figure: number, target: number, phasesUsed: Phase[]): Row {
  const ratio = figure / floor;
  const clean = phasesUsed.every(({ result }) => result.ok === result.scheduled && result.errors.size === 0);
  return { row: name, floor, figure, ratio, target, pass: clean && ratio <= target, unit: 'ms' };
}

function printRows(rows: Row[]): void {
  const table = [
    ['row', 'floor', 'figure', 'ratio', 'target', 'result'],
    ...rows.map((entry) => [
      entry.row,
      `${entry.floor.toFixed(2)} ms`,
      `${entry.figure.toFixed(2)} ms`,
      `${entry.ratio.toFixed(2)}×`,
      `≤ ${entry.target}×`,
      entry.pass ? 'PASS' : 'FAIL',
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  for (const cells of table)
    console.log(`  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`);
}

async function main(adminUrl: string): Promise<void> {
  const deadline = setTimeout(() => {
    console.error(`bench-server: past the ${DEADLINE_MS / 1000} s bound; killing the servers it started`);
    process.exit(1);
  }, DEADLINE_MS);
  deadline.unref();
  const started = performance.now();
  token = await mintToken({ accountId: ACCOUNT, secret: SECRET });
  console.log(
    `bench-server: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Linux ${release()}, Node ${process.version}, ` +
      `load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')} at the start; ${RATE} req/s for ${SECONDS} s per phase (open loop, at most ${MAX_IN_FLIGHT} in flight) ` +
      `after ${WARM_UP_SECONDS} s of warm-up; loopback only`,
  );

  const floor = await floorPhase();
  const rows: Row[] = [];
  if (ONLY.has('quotes')) {
    const folder = mkdtempSync(join(tmpdir(), 'upcart-bench-'));
    scratch = folder;
    try {
      const quotes = await quotePhase(folder);
      rows.push(row('server quote p50, SQLite', floor.p50, quotes.p50, 3, [floor, quotes]));
      rows.push(row('server quote p99, SQLite', floor.p99, quotes.p99, 5, [floor, quotes]));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  if (ONLY.has('orders')) {
    const orders = await orderPhase(adminUrl);
    rows.push(row('server order creation p99, PostgreSQL, 2 processes', floor.p99, orders.p99, 10, [floor, orders]));
  }
  console.log(`\n== figures (${RATE} req/s for ${SECONDS} s each, latency from the time each request was due)`);
  for (const entry of phases) console.log(`  ${describePhase(entry)}`);
  console.log(`\n== rows (issue 18)`);
  printRows(rows);
  console.log(`\nbench-server: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (options.json) {
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify(rows, null, 2)}\n`);
  }
}

if (!rerunUnderPostgres()) {
  try {
    await main(process.env['DATABASE_URL']!);
    process.exit(0);
  } catch (error) {
    for (const server of running) console.error(`--- last lines of ${server.label} (pid ${server.pid}):\n${server.output.join('\n')}`);
    console.error(`bench-server: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  }
}
