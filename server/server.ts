/**
 * Starts the reference server in-process: database (migrated, seeded when empty), app and HTTP
 * listener on 127.0.0.1. `main.ts` (the CLI), the tests and the demo's dev server use it.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { MockClock } from '../mocks/clock.js';
import { createApp } from './app.js';
import { openDatabase, type DatabaseOptions } from './db/connect.js';
import { ServerStore } from './db/repository.js';
import { seedIfEmpty } from './seed.js';
import { fakeProviders, type FakeProvider } from './payments/fake.js';
import type { PaymentProviders } from './payments/provider.js';

export interface StartOptions extends DatabaseOptions {
  secret: string;
  /** 0 takes a free port. */
  port?: number;
  host?: string;
  basePath?: string;
  /** Expose the test clock route. */
  testClock?: boolean;
  /** "Now" to start the clock at (tests pin it); real time otherwise. */
  now?: Date | string;
  /** Stripe and PayPal (`paymentsFromEnv`); a local fake for each one not given. */
  payments?: Partial<PaymentProviders>;
  /** Fakes only: send the success webhook by itself this long after the browser's step (null: only when told). */
  fakeWebhookMs?: number | null;
  /** The vendor's admin bearer token; without it the admin routes answer 404. */
  adminToken?: string | undefined;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` plus the base path: what a client's `baseUrl` is. */
  baseUrl: string;
  port: number;
  store: ServerStore;
  clock: MockClock;
  /** Whether this start filled an empty database. */
  seeded: boolean;
  /** The providers it pays with. */
  payments: PaymentProviders;
  /** The fakes it runs on, for the providers without keys (tests drive their webhooks). */
  fakes: { card?: FakeProvider; paypal?: FakeProvider };
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const clock = new MockClock(options.now);
  const handle = await openDatabase(options);
  const store = new ServerStore(handle);
  const seeded = await seedIfEmpty(store, clock.now());
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const made = fakeProviders({ autoWebhookMs: options.fakeWebhookMs ?? null });
  const fakes: RunningServer['fakes'] = {
    ...(options.payments?.card ? {} : { card: made.card }),
    ...(options.payments?.paypal ? {} : { paypal: made.paypal }),
  };
  const payments: PaymentProviders = { card: options.payments?.card ?? made.card, paypal: options.payments?.paypal ?? made.paypal };
  const app = createApp({
    store,
    clock,
    secret: options.secret,
    basePath,
    payments,
    adminToken: options.adminToken,
    ...(options.testClock ? { testClock: clock } : {}),
  });
  // The fakes post their webhooks to this app's routes, through the same verification as any.
  for (const fake of [fakes.card, fakes.paypal]) {
    if (!fake) continue;
    fake.deliver = async (provider, delivery) =>
      (await app.request(`${basePath}/webhooks/${provider}`, { method: 'POST', body: delivery.rawBody, headers: delivery.headers })).status;
  }
  const host = options.host ?? '127.0.0.1';
  const server: ServerType = await new Promise((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${host}:${port}${basePath}`,
    port,
    store,
    clock,
    seeded,
    payments,
    fakes,
    async close() {
      fakes.card?.close();
      fakes.paypal?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
    },
  };
}
