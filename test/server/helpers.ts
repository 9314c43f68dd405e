/**
 * The reference server under test: started in-process on 127.0.0.1 with a pinned clock and the
 * test clock route, on SQLite `:memory:`, or, when `DATABASE_URL` is set (scripts/with-postgres.sh),
 * on a fresh PostgreSQL database of its own that is dropped afterwards, so test files never see
 * each other's orders.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { z } from 'zod/mini';
import { ErrorBody } from '../../src/api/schemas.js';
import { startServer, type RunningServer, type StartOptions } from '../../server/server.js';
import { seedAccounts } from '../../server/seed.js';
import { mintToken } from '../../server/tokens.js';

export const NOW = '2026-11-23T10:00:00.000Z';
export const SECRET = 'test-secret-of-at-least-32-bytes-long!';
/** The vendor's admin token of the test server. */
export const ADMIN_TOKEN = 'test-admin-token-not-a-customer-jwt';

export interface TestServer extends RunningServer {
  /** Bearer tokens of the seeded accounts. */
  tokens: { demo: string; northwind: string; partner: string };
  call(method: string, path: string, options?: { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<Answer>;
}

export interface Answer {
  status: number;
  body: unknown;
}

/** The database the suite runs on, for test names. */
export const databaseName = process.env['DATABASE_URL'] ? 'PostgreSQL' : 'SQLite';

async function freshPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `upcart_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    url: dbUrl.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export async function startTestServer(options: { testClock?: boolean; payments?: StartOptions['payments']; fakeWebhookMs?: number } = {}): Promise<TestServer> {
  const adminUrl = process.env['DATABASE_URL'];
  const pgDb = adminUrl ? await freshPostgres(adminUrl) : undefined;
  const server = await startServer({
    secret: SECRET,
    port: 0,
    now: NOW,
    testClock: options.testClock ?? true,
    adminToken: ADMIN_TOKEN,
    ...(options.payments ? { payments: options.payments } : {}),
    ...(options.fakeWebhookMs !== undefined ? { fakeWebhookMs: options.fakeWebhookMs } : {}),
    ...(pgDb ? { databaseUrl: pgDb.url } : { file: ':memory:' }),
  });
  const { demo, northwind, partner } = seedAccounts;
  const tokens = {
    demo: await mintToken({ accountId: demo.id, secret: SECRET }),
    northwind: await mintToken({ accountId: northwind.id, secret: SECRET }),
    partner: await mintToken({ accountId: partner.id, role: 'partner', customers: partner.customers, secret: SECRET }),
  };
  return {
    ...server,
    tokens,
    async close() {
      await server.close();
      await pgDb?.drop();
    },
    async call(method, path, { token = tokens.demo, body, rawBody, headers = {} } = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      const all = init.headers as Record<string, string>;
      if (token !== null) all['Authorization'] = `Bearer ${token}`;
      if (body !== undefined || rawBody !== undefined) {
        init.body = rawBody ?? JSON.stringify(body);
        all['Content-Type'] = 'application/json';
      }
      const response = await fetch(server.baseUrl + path, init);
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
  };
}

/** The body parsed with a schema; throws with the issues when it does not fit or the status differs. */
export function parsed<T extends z.ZodMiniType>(schema: T, answer: Answer, status = 200): z.output<T> {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  const result = schema.safeParse(answer.body);
  if (!result.success) throw new Error(`answer does not fit: ${JSON.stringify(result.error.issues)}`);
  return result.data as z.output<T>;
}

/** The error of an answer that must be an `ErrorBody` with this status. */
export function errorOf(answer: Answer, status: number): ErrorBody['error'] {
  return parsed(ErrorBody, answer, status).error;
}

let keys = 0;
export const newKey = () => `key-${process.pid}-${(keys += 1)}-${Math.random().toString(36).slice(2)}`;
