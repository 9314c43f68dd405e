/**
 * `npm run server [-- --port 8787 --db ./data/upcart.db --base-path /api --test-clock --resources 100000]`: the
 * reference server on 127.0.0.1. `DATABASE_URL=postgres://…` selects PostgreSQL instead of the
 * SQLite file; `UPCART_TOKEN_SECRET` signs tokens (a development secret otherwise, with a
 * warning). Prints the URL, a token for the seeded demo account and a curl line to try.
 */
import { parseArgs } from 'node:util';
import { addGeneratedResources, seedAccounts } from './seed.js';
import { startServer } from './server.js';
import { paymentsFromEnv } from './payments/env.js';
import { DEV_TOKEN_SECRET, mintToken } from './tokens.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '8787' },
    db: { type: 'string', default: './data/upcart.db' },
    'base-path': { type: 'string', default: '/api' },
    'test-clock': { type: 'boolean', default: false },
    'public-url': { type: 'string', default: process.env['UPCART_PUBLIC_URL'] ?? '' },
    resources: { type: 'string', default: '0' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run server -- [--port 8787] [--db ./data/upcart.db | --db :memory:] [--base-path /api] [--test-clock] [--resources 100000]
  DATABASE_URL=postgres://user@host:5432/db   use PostgreSQL instead of SQLite
  UPCART_TOKEN_SECRET=...                     the HS256 secret bearer tokens (and invoice links) are signed with
  UPCART_ADMIN_TOKEN=...                      the vendor's admin bearer token (admin routes are off without it)
  --public-url https://shop.example           the address invoice links name (else the request's origin)
  --resources 100000                          give the demo account that many generated KooPhone resources (the renewal center at scale)
  SMTP_URL=smtp://user:pass@host:587          send the outbox's mail there (else it is kept and logged)
  MAIL_FROM=billing@shop.example              the sender address of that mail
  STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PUBLISHABLE_KEY    card through Stripe (a local fake without)
  PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET, PAYPAL_WEBHOOK_ID, PAYPAL_ENVIRONMENT=sandbox|live   PayPal (a local fake without)`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not ${values.port}`);
  process.exit(2);
}
const resources = /^\d{1,7}$/.test(values.resources) ? Number(values.resources) : NaN;
if (!(resources >= 0 && resources <= 1_000_000)) {
  console.error(`--resources must be a whole number from 0 to 1000000, not ${values.resources}`);
  process.exit(2);
}

let secret = process.env['UPCART_TOKEN_SECRET'] ?? '';
if (!secret) {
  secret = DEV_TOKEN_SECRET;
  console.warn('warning: UPCART_TOKEN_SECRET is not set; tokens are signed with the development secret. Set it for anything but a laptop.');
}

const databaseUrl = process.env['DATABASE_URL'] || undefined;
let payments;
try {
  payments = paymentsFromEnv();
} catch (error) {
  console.error(`upcart server: ${(error as Error).message}`);
  process.exit(1);
}
if (!payments.card || !payments.paypal)
  console.warn('warning: payments run on the local fakes (no money is taken). Set the Stripe and PayPal keys for real payments.');
const adminToken = process.env['UPCART_ADMIN_TOKEN'] || undefined;
const server = await startServer({
  secret,
  port,
  basePath: values['base-path'],
  testClock: values['test-clock'],
  databaseUrl,
  file: values.db,
  publicUrl: values['public-url'] || undefined,
  smtpUrl: process.env['SMTP_URL'] || undefined,
  ...(process.env['MAIL_FROM'] ? { mail: { from: process.env['MAIL_FROM'] } } : {}),
  payments,
  adminToken,
  // The demo account's past orders, for the Orders tab (a new database only).
  seedOrders: true,
  // The fakes confirm a payment by webhook shortly after the browser's step, as the providers would.
  ...(payments.card && payments.paypal ? {} : { fakeWebhookMs: 300 }),
});
// Generated on top of the seed, the same ones for the same count and day; a restart adds only what is missing.
const added = resources > 0 ? await addGeneratedResources(server.store, resources, new Date()) : 0;
const { demo, partner } = seedAccounts;
const token = await mintToken({ accountId: demo.id, role: demo.role, secret });
const partnerToken = await mintToken({ accountId: partner.id, role: partner.role, customers: partner.customers, secret });

console.log(`Upcart reference server on ${server.baseUrl}`);
console.log(`  database: ${server.store.handle.dialect} ${server.store.handle.where}${server.seeded ? ' (seeded now)' : ''}`);
if (resources > 0) console.log(`  renewal center: ${resources} generated KooPhone resources for the demo account (${added} added now)`);
console.log(
  `  card: ${payments.card ? 'Stripe' : 'local fake (no STRIPE_SECRET_KEY)'}; PayPal: ${payments.paypal ? 'PayPal' : 'local fake (no PAYPAL_CLIENT_ID)'}`,
);
console.log(`  webhooks: POST ${server.baseUrl}/webhooks/stripe, ${server.baseUrl}/webhooks/paypal`);
console.log(`  admin routes: ${adminToken ? `POST ${server.baseUrl}/admin/orders/{orderId}/mark-paid` : 'off (set UPCART_ADMIN_TOKEN)'}`);
if (values['test-clock']) console.log(`  test clock: GET|POST ${server.baseUrl}/test/clock`);
console.log(`\nBearer token for the demo account (${demo.id}, valid 30 days):\n${token}`);
console.log(`\nBearer token for the partner account (${partner.id}, manages ${partner.customers.join(', ')}):\n${partnerToken}`);
console.log(`\nTry it:\ncurl -H "Authorization: Bearer ${token}" ${server.baseUrl}/subscriptions/sub-pseries\n`);

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
