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
import { OutboxSender, type MailerOptions } from './mailer.js';
import { runAsync } from '../core/run.js';
import { seedOrderHistory } from '../mocks/seed-orders.js';
import { seedTranslations } from '../mocks/seed-translations.js';
import type { CatalogTranslations } from '../core/catalog-language.js';
import { signedLinks } from './invoice-links.js';
import { seedAccounts, seedIfEmpty } from './seed.js';
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
  /** The public address invoice links name (`https://shop.example`); the request's origin otherwise. */
  publicUrl?: string | undefined;
  /** `smtp://…` the outbox is sent to; without it mail stays in the outbox (logged). */
  smtpUrl?: string | undefined;
  /** Outbox sender timing and sender address (tests poll fast). */
  mail?: Omit<MailerOptions, 'store' | 'smtpUrl'>;
  /** Stripe and PayPal (`paymentsFromEnv`); a local fake for each one not given. */
  payments?: Partial<PaymentProviders>;
  /** Fakes only: send the success webhook by itself this long after the browser's step (null: only when told). */
  fakeWebhookMs?: number | null;
  /** The vendor's admin bearer token; without it the admin routes answer 404. */
  adminToken?: string | undefined;
  /**
   * When this start fills an empty database, also give the demo account its past orders (paid,
   * awaiting an offline payment, cancelled, failed; mocks/seed-orders.ts), as `npm run server`
   * does for the demo's Orders tab. Off by default, so tests count orders from none.
   */
  seedOrders?: boolean;
  /** The catalogs' translations (`Accept-Language`); the seed catalogs' (mocks/seed-translations.ts) by default. */
  catalogTranslations?: CatalogTranslations;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` plus the base path: what a client's `baseUrl` is. */
  baseUrl: string;
  port: number;
  store: ServerStore;
  clock: MockClock;
  /** The outbox sender (running). */
  mailer: OutboxSender;
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
  const mailer = new OutboxSender({ store, smtpUrl: options.smtpUrl, ...options.mail });
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
    publicUrl: options.publicUrl,
    onWrite: () => mailer.poke(),
    payments,
    adminToken: options.adminToken,
    catalogTranslations: options.catalogTranslations ?? seedTranslations,
    ...(options.testClock ? { testClock: clock } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  // The seeded past orders' invoice links name this server's address, known once it listens: until
  // they are made, a request waits for them rather than seeing the account half seeded.
  let ordersSeeded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (ordersSeeded = resolve));
  const fetch: typeof app.fetch = async (...args) => {
    await ready;
    return app.fetch(...args);
  };
  const server: ServerType = await new Promise((resolve) => {
    const started: ServerType = serve({ fetch, port: options.port ?? 0, hostname: host }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  try {
    if (seeded && options.seedOrders) {
      const { demo } = seedAccounts;
      const links = signedLinks(options.secret, `${(options.publicUrl ?? `http://${host}:${port}`).replace(/\/+$/, '')}${basePath}`);
      await runAsync(seedOrderHistory(store.repositoryFor({ accountId: demo.id, visible: [demo.id] }), clock.now(), links));
    }
  } finally {
    ordersSeeded();
  }
  // The fakes post their webhooks to this app's routes, through the same verification as any, at
  // the server's own address (what a provider would call; invoice links name it without --public-url).
  for (const fake of [fakes.card, fakes.paypal]) {
    if (!fake) continue;
    fake.deliver = async (provider, delivery) =>
      (await app.request(`http://${host}:${port}${basePath}/webhooks/${provider}`, { method: 'POST', body: delivery.rawBody, headers: delivery.headers }))
        .status;
  }
  mailer.start();
  return {
    baseUrl: `http://${host}:${port}${basePath}`,
    port,
    store,
    clock,
    mailer,
    seeded,
    payments,
    fakes,
    async close() {
      fakes.card?.close();
      fakes.paypal?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mailer.stop();
      await handle.close();
    },
  };
}
