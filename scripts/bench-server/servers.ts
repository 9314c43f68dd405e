/**
 * What `npm run load` (scripts/load.ts) and the server bench (scripts/bench-server.ts) share:
 * server child processes started and stopped by their own PID (never by name), the requests they
 * send to the reference server, percentiles, and the re-run under a throwaway PostgreSQL cluster.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { seedIds } from '../../mocks/seed.js';

export interface Server {
  label: string;
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  /** The last lines it printed, shown when something fails. */
  output: string[];
}

export interface DatabaseTarget {
  name: 'SQLite' | 'PostgreSQL';
  /** `--db` for SQLite. */
  file?: string;
  /** `DATABASE_URL` for PostgreSQL. */
  url?: string;
}

const START_TIMEOUT_MS = 30_000;

const children = new Set<ChildProcess>();
/** Servers started and not yet seen to end. */
export const running = new Set<Server>();

/** SIGKILLs every child started here that is still running (at exit, on failure or at a deadline). */
export function killAll(): void {
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Stops every server this process started when it exits or is interrupted, and removes the
 * scratch folder `scratchFolder()` names at that moment, if any.
 */
export function stopServersOnExit(label: string, scratchFolder: () => string | undefined): void {
  process.on('exit', () => {
    killAll();
    const folder = scratchFolder();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.error(`${label}: ${signal}, stopping the servers it started`);
      process.exit(130);
    });
  }
}

/**
 * Starts `node <args>` and resolves once it prints `<...> on <url>` (its base URL). `node` itself
 * is the child, so the PID is the server's.
 */
export function spawnServer(label: string, args: string[], env: NodeJS.ProcessEnv, ready = /Upcart reference server on (\S+)/): Promise<Server> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${label} did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    function fail(error: Error): void {
      clearTimeout(timer);
      if (child.pid !== undefined && child.exitCode === null) child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${output.join('\n')}`));
    }
    const read = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 40) output.shift();
        const url = ready.exec(line)?.[1];
        if (url && child.pid !== undefined) {
          clearTimeout(timer);
          const server: Server = { label, child, pid: child.pid, baseUrl: url, output };
          running.add(server);
          child.once('exit', () => running.delete(server));
          resolve(server);
        }
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', (error) => fail(error));
    child.on('exit', (code, signal) => fail(new Error(`${label} ended before it listened (${signal ?? `exit ${code}`})`)));
  });
}

/**
 * The reference server (`server/main.ts`, as `npm run server` runs it) on a free loopback port;
 * `nodeArgs` go to Node (`--cpu-prof`), `serverArgs` to the server (`--resources 8000`).
 */
export function startReferenceServer(
  label: string,
  target: DatabaseTarget,
  secret: string,
  { nodeArgs = [], serverArgs = [] }: { nodeArgs?: string[]; serverArgs?: string[] } = {},
): Promise<Server> {
  const args = [...nodeArgs, '--import', 'tsx', 'server/main.ts', '--port', '0', '--db', target.file ?? ':memory:', ...serverArgs];
  return spawnServer(label, args, { ...process.env, UPCART_TOKEN_SECRET: secret, DATABASE_URL: target.url ?? '' });
}

export function exited(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM (the server closes its pool), SIGKILL after 5 s. */
export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  process.kill(server.pid, 'SIGTERM');
  const timer = setTimeout(() => server.child.exitCode === null && process.kill(server.pid, 'SIGKILL'), 5_000);
  await exited(server);
  clearTimeout(timer);
}

/** The nearest-rank percentile of sorted figures. */
export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

/** The seeded demo account the load runs as, and its KooPhone phones. */
export const ACCOUNT = 'acct-demo';
export const PHONES = seedIds.phones;

/** A quote request: the renewal of one seeded phone, turn by turn. */
export const renewal = (index: number) => ({ flow: 'renew', subscriptionIds: [PHONES[index % PHONES.length]], durationId: 'r1', coterm: false });

/** An order request on a quote: offline payment, to the seeded contact. */
export const orderBody = (quoteId: string) => ({ quoteId, contactId: seedIds.contacts.anna, paymentMethod: 'offline', autoRenew: false });

/**
 * Without `DATABASE_URL`, runs this script again under scripts/with-postgres.sh (a throwaway
 * cluster, removed afterwards) and answers true: the caller then does nothing more. The re-run is
 * in a process group of its own, so that a signal to this process reaches it (which then stops its
 * servers by PID) and the script (which then removes the cluster).
 */
export function rerunUnderPostgres(): boolean {
  if (process.env['DATABASE_URL']) return false;
  const child = spawn('bash', ['scripts/with-postgres.sh', process.execPath, '--import', 'tsx', ...process.argv.slice(1)], {
    stdio: 'inherit',
    detached: true,
  });
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, signal);
    });
  }
  child.on('exit', (code) => process.exit(code ?? 1));
  return true;
}
