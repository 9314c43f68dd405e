/**
 * The reference server under test: started in-process on 127.0.0.1 with a pinned clock and the
 * test clock route, on SQLite `:memory:`, or, when `DATABASE_URL` is set (scripts/with-postgres.sh),
 * on a fresh PostgreSQL database of its own that is dropped afterwards, so test files never see
 * each other's orders.
 */
import type { z } from 'zod/mini';
import { ErrorBody, type Order } from '../../src/api/schemas.js';
import { startServer, type RunningServer, type StartOptions } from '../../server/server.js';
import { seedAccounts } from '../../server/seed.js';
import { mintToken } from '../../server/tokens.js';
import { createScratchDatabase } from '../../scripts/scratch-postgres.js';

export const NOW = '2026-11-23T10:00:00.000Z';
export const SECRET = 'test-secret-of-at-least-32-bytes-long!';
/** The vendor's admin token of the test server. */
export const ADMIN_TOKEN = 'test-admin-token-not-a-customer-jwt';

export interface TestServer extends RunningServer {
  /** Bearer tokens of the seeded accounts. */
  tokens: { demo: string; northwind: string; partner: string };
  call(method: string, path: string, options?: { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<Answer>;
  /**
   * Pays an order as the server settles payments: a card or PayPal order by its provider's
   * verified webhook (the fake's), an offline one by the vendor's admin route. Answers the order
   * as it stands then.
   */
  pay(orderId: string): Promise<Answer>;
}

export interface Answer {
  status: number;
  body: unknown;
  headers?: Headers;
}

/** The database the suite runs on, for test names. */
export const databaseName = process.env['DATABASE_URL'] ? 'PostgreSQL' : 'SQLite';

export interface TestServerOptions {
  testClock?: boolean;
  /** Where the outbox sends mail (a sink of the test); none: kept in the outbox. */
  smtpUrl?: string;
  /** Outbox timing; quiet and fast by default. */
  mail?: StartOptions['mail'];
  /** The public address invoice links name. */
  publicUrl?: string;
  /** Stripe and PayPal as the test makes them; the local fakes otherwise. */
  payments?: StartOptions['payments'];
  /** Fakes only: send the success webhook by itself this long after the browser's step. */
  fakeWebhookMs?: number;
  /** Seed the demo account's past orders (mocks/seed-orders.ts). */
  seedOrders?: boolean;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const adminUrl = process.env['DATABASE_URL'];
  const pgDb = adminUrl ? await createScratchDatabase(adminUrl) : undefined;
  const server = await startServer({
    secret: SECRET,
    port: 0,
    now: NOW,
    testClock: options.testClock ?? true,
    smtpUrl: options.smtpUrl,
    publicUrl: options.publicUrl,
    mail: { pollMs: 50, backoffMs: 50, maxBackoffMs: 400, log: () => undefined, ...options.mail },
    adminToken: ADMIN_TOKEN,
    ...(options.payments ? { payments: options.payments } : {}),
    ...(options.fakeWebhookMs !== undefined ? { fakeWebhookMs: options.fakeWebhookMs } : {}),
    ...(options.seedOrders ? { seedOrders: true } : {}),
    ...(pgDb ? { databaseUrl: pgDb.url } : { file: ':memory:' }),
  });
  const { demo, northwind, partner } = seedAccounts;
  const tokens = {
    demo: await mintToken({ accountId: demo.id, secret: SECRET }),
    northwind: await mintToken({ accountId: northwind.id, secret: SECRET }),
    partner: await mintToken({ accountId: partner.id, role: 'partner', customers: partner.customers, secret: SECRET }),
  };
  const testServer: TestServer = {
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
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
    },
    async pay(orderId) {
      const order = (await testServer.call('GET', `/orders/${orderId}`)).body as Order;
      const { payment } = order;
      if (order.paymentMethod === 'offline' || payment === null) {
        await testServer.call('POST', `/admin/orders/${orderId}/mark-paid`, { token: ADMIN_TOKEN });
      } else if (payment.provider === 'stripe') {
        await server.fakes.card!.emit('succeeded', payment.clientSecret.split('_secret_')[0]!);
      } else {
        await server.fakes.paypal!.emit('completed', payment.paypalOrderId);
      }
      return testServer.call('GET', `/orders/${orderId}`);
    },
  };
  return testServer;
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

/** Waits until `check` answers a value other than undefined/false, polling; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
