/**
 * The real providers over their official SDKs, with the providers' APIs faked (no network here):
 * Stripe's `stripe` client pointed at a loopback HTTP server, PayPal's `@paypal/paypal-server-sdk`
 * given an HTTP adapter that answers as PayPal's REST API, and PayPal's signature check injected.
 * What is checked is what the server sends (amount, currency, idempotency keys, which PayPal
 * order it captures) and that only a verified webhook or the server's own capture pays.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Client, Environment } from '@paypal/paypal-server-sdk';
import Stripe from 'stripe';
import { Order, Quote, type PaymentMethod, type QuoteRequest } from '../../src/api/schemas.js';
import { seedIds } from '../../mocks/seed.js';
import { paypalAmount, paypalProvider, type PaypalTransmission } from '../../server/payments/paypal.js';
import { stripeProvider } from '../../server/payments/stripe.js';
import { databaseName, newKey, parsed, startTestServer, type TestServer } from './helpers.js';

const WEBHOOK_SECRET = 'whsec_test_provider_sdks';

/** Stripe's API on loopback: what the stripe client sent, and PaymentIntents made once per idempotency key. */
const stripeCalls: { path: string; idempotencyKey: string | undefined; form: URLSearchParams }[] = [];
const intents = new Map<string, { id: string; client_secret: string }>();
let stripeApi: Server;

/** PayPal's REST API as the SDK's HTTP adapter sees it. */
const paypalCalls: { method: string; url: string; requestId: string | undefined; body: unknown }[] = [];
let paypalOrders = 0;
/** PayPal orders captured, with the request id of their capture. */
const capturedOrders = new Map<string, string | undefined>();
interface AdapterConfig {
  url?: string;
  method?: string;
  data?: unknown;
  headers?: Record<string, unknown> & { get?: (name: string) => unknown };
}
function paypalAdapter(config: AdapterConfig) {
  const url = new URL(config.url ?? '');
  const header = (name: string) => String(config.headers?.get?.(name) ?? config.headers?.[name] ?? '') || undefined;
  const body = typeof config.data === 'string' && config.data.startsWith('{') ? (JSON.parse(config.data) as unknown) : config.data;
  paypalCalls.push({ method: (config.method ?? '').toUpperCase(), url: url.pathname, requestId: header('PayPal-Request-Id'), body });
  const requestIdOf = () => header('PayPal-Request-Id');
  let data: unknown = { name: 'NOT_FOUND' };
  let status = 404;
  if (url.pathname === '/v1/oauth2/token') [status, data] = [200, { access_token: 'A21-fake', token_type: 'Bearer', expires_in: 32400 }];
  else if (url.pathname === '/v2/checkout/orders') [status, data] = [201, { id: `PP-${(paypalOrders += 1)}`, status: 'CREATED' }];
  else if (/^\/v2\/checkout\/orders\/[^/]+\/capture$/.test(url.pathname)) {
    const id = url.pathname.split('/')[4]!;
    const captured = { id, status: 'COMPLETED', purchase_units: [{ payments: { captures: [{ id: `CAP-${id}`, status: 'COMPLETED' }] } }] };
    // PayPal answers a second capture (another request id) with 422 ORDER_ALREADY_CAPTURED.
    if (capturedOrders.has(id) && capturedOrders.get(id) !== requestIdOf()) {
      [status, data] = [422, { name: 'UNPROCESSABLE_ENTITY', details: [{ issue: 'ORDER_ALREADY_CAPTURED' }] }];
    } else {
      capturedOrders.set(id, requestIdOf());
      [status, data] = [201, captured];
    }
  } else if (/^\/v2\/checkout\/orders\/[^/]+$/.test(url.pathname)) {
    const id = url.pathname.split('/')[4]!;
    [status, data] = [200, { id, status: 'COMPLETED', purchase_units: [{ payments: { captures: [{ id: `CAP-${id}`, status: 'COMPLETED' }] } }] }];
  }
  return Promise.resolve({ data: JSON.stringify(data), status, statusText: String(status), headers: { 'content-type': 'application/json' }, config });
}

let verifyAnswer = true;
const verifications: { transmission: PaypalTransmission; webhookId: string }[] = [];

let server: TestServer;
before(async () => {
  stripeApi = createServer((request: IncomingMessage, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const idempotencyKey = request.headers['idempotency-key'] as string | undefined;
      stripeCalls.push({ path: request.url ?? '', idempotencyKey, form: new URLSearchParams(text) });
      const key = idempotencyKey ?? String(Math.random());
      if (!intents.has(key)) {
        const id = `pi_test_${intents.size + 1}`;
        intents.set(key, { id, client_secret: `${id}_secret_abc` });
      }
      response.writeHead(200, { 'Content-Type': 'application/json', 'Request-Id': 'req_fake' });
      response.end(JSON.stringify({ object: 'payment_intent', status: 'requires_payment_method', ...intents.get(key) }));
    });
  });
  await new Promise<void>((resolve) => stripeApi.listen(0, '127.0.0.1', resolve));
  const port = (stripeApi.address() as AddressInfo).port;
  const stripeClient = new Stripe('sk_test_upcart', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
  const paypalClient = new Client({
    clientCredentialsAuthCredentials: { oAuthClientId: 'client-id', oAuthClientSecret: 'client-secret' },
    environment: Environment.Sandbox,
    unstable_httpClientOptions: { adapter: paypalAdapter },
  });
  server = await startTestServer({
    payments: {
      card: stripeProvider({ secretKey: 'sk_test_upcart', webhookSecret: WEBHOOK_SECRET, publishableKey: 'pk_test_upcart', client: stripeClient }),
      paypal: paypalProvider({
        clientId: 'client-id',
        clientSecret: 'client-secret',
        webhookId: 'WH-UPCART',
        client: paypalClient,
        verifySignature: (transmission, webhookId) => {
          verifications.push({ transmission, webhookId });
          return Promise.resolve(verifyAnswer);
        },
      }),
    },
  });
});
after(async () => {
  await server.close();
  await new Promise((resolve) => stripeApi.close(resolve));
});

let phone = 10;
async function order(paymentMethod: PaymentMethod, key = newKey()): Promise<Order> {
  const request: QuoteRequest = { flow: 'renew', subscriptionIds: [seedIds.phones[(phone += 1)]!], durationId: 'r12', coterm: false };
  const quote = parsed(Quote, await server.call('POST', '/quotes', { body: request }));
  const body = { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod, autoRenew: true };
  return parsed(Order, await server.call('POST', '/orders', { body, headers: { 'Idempotency-Key': key } }));
}

const webhook = (provider: string, rawBody: string, headers: Record<string, string>) =>
  fetch(`${server.baseUrl}/webhooks/${provider}`, { method: 'POST', body: rawBody, headers: { 'Content-Type': 'application/json', ...headers } });

describe(`Stripe over the stripe package (${databaseName})`, () => {
  it("creates the PaymentIntent for the order's amount and currency with the order's idempotency key", async () => {
    const key = newKey();
    const made = await order('card', key);
    const call = stripeCalls.at(-1)!;
    assert.equal(call.path, '/v1/payment_intents');
    assert.equal(call.form.get('amount'), String(made.total.amount));
    assert.equal(call.form.get('currency'), made.total.currency.toLowerCase());
    assert.equal(call.form.get('metadata[orderId]'), made.id);
    assert.equal(call.idempotencyKey, `acct-demo:${key}`);
    assert.equal(made.payment?.provider === 'stripe' && made.payment.clientSecret.startsWith('pi_test_'), true);
  });

  it('pays only on a payment_intent.succeeded signed with the endpoint secret', async () => {
    const made = await order('card');
    const pi = made.payment?.provider === 'stripe' ? made.payment.clientSecret.split('_secret_')[0]! : '';
    const stripe = new Stripe('sk_test_upcart');
    const payload = JSON.stringify({
      id: 'evt_sdk_1',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: pi, object: 'payment_intent' } },
    });
    const wrong = await webhook('stripe', payload, { 'Stripe-Signature': stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' }) });
    assert.equal(wrong.status, 400);
    assert.equal(parsed(Order, await server.call('GET', `/orders/${made.id}`)).status, 'pending_payment');
    const right = await webhook('stripe', payload, { 'Stripe-Signature': stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) });
    assert.equal(right.status, 200);
    assert.equal(parsed(Order, await server.call('GET', `/orders/${made.id}`)).status, 'paid');
  });
});

describe(`PayPal over @paypal/paypal-server-sdk (${databaseName})`, () => {
  it('creates the PayPal order for the total with the Idempotency-Key as PayPal-Request-Id', async () => {
    const key = newKey();
    const made = await order('paypal', key);
    const create = paypalCalls.find((call) => call.url === '/v2/checkout/orders' && call.requestId === `acct-demo:${key}`);
    assert.ok(create, 'the create call carried the key');
    const unit = (create.body as { purchase_units: { amount: { currency_code: string; value: string }; custom_id: string }[] }).purchase_units[0]!;
    assert.deepEqual(unit.amount, { currency_code: made.total.currency, value: paypalAmount(made.total).value });
    assert.equal(unit.custom_id, made.id);
    assert.match(made.payment?.provider === 'paypal' ? made.payment.paypalOrderId : '', /^PP-\d+$/);
  });

  it('captures on the server the PayPal order it made, whatever id the browser sends, and the order is paid', async () => {
    const made = await order('paypal');
    const own = made.payment?.provider === 'paypal' ? made.payment.paypalOrderId : '';
    const confirmed = parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: { paypalOrderId: 'PP-FROM-THE-BROWSER' } }));
    assert.equal(confirmed.status, 'paid');
    const captures = paypalCalls.filter((call) => call.url.endsWith('/capture')).map((call) => call.url);
    assert.ok(captures.includes(`/v2/checkout/orders/${own}/capture`));
    assert.ok(!captures.some((url) => url.includes('FROM-THE-BROWSER')));
  });

  it("verifies webhooks with PayPal's check: refused -> 400 and nothing changes; verified APPROVED -> captured and paid", async () => {
    const made = await order('paypal');
    const own = made.payment?.provider === 'paypal' ? made.payment.paypalOrderId : '';
    const body = JSON.stringify({ id: 'WH-SDK-1', event_type: 'CHECKOUT.ORDER.APPROVED', resource: { id: own, status: 'APPROVED' } });
    const headers = {
      'paypal-auth-algo': 'SHA256withRSA',
      'paypal-cert-url': 'https://api-m.sandbox.paypal.com/v1/notifications/certs/CERT-1',
      'paypal-transmission-id': 'tx-1',
      'paypal-transmission-sig': 'c2ln',
      'paypal-transmission-time': '2026-11-23T10:00:00Z',
    };
    assert.equal((await webhook('paypal', body, { ...headers, 'paypal-transmission-sig': '' })).status, 400, 'a missing header');
    verifyAnswer = false;
    assert.equal((await webhook('paypal', body, headers)).status, 400);
    assert.equal(parsed(Order, await server.call('GET', `/orders/${made.id}`)).status, 'pending_payment');
    verifyAnswer = true;
    assert.equal((await webhook('paypal', body, headers)).status, 200);
    assert.deepEqual(verifications.at(-1), {
      transmission: {
        authAlgo: headers['paypal-auth-algo'],
        certUrl: headers['paypal-cert-url'],
        transmissionId: 'tx-1',
        transmissionSig: 'c2ln',
        transmissionTime: headers['paypal-transmission-time'],
      },
      webhookId: 'WH-UPCART',
    });
    assert.equal(parsed(Order, await server.call('GET', `/orders/${made.id}`)).status, 'paid');
  });

  it('a capture that PayPal says was made already (another request) is read, not an error: paid', async () => {
    const made = await order('paypal');
    const own = made.payment?.provider === 'paypal' ? made.payment.paypalOrderId : '';
    capturedOrders.set(own, 'someone-else');
    const confirmed = await server.call('POST', `/orders/${made.id}/confirm`, { body: {} });
    assert.equal(parsed(Order, confirmed).status, 'paid');
    assert.ok(paypalCalls.some((call) => call.method === 'GET' && call.url === `/v2/checkout/orders/${own}`));
  });

  it("writes amounts in the currency's own decimals", () => {
    assert.equal(paypalAmount({ amount: 13500, currency: 'USD' }).value, '135.00');
    assert.equal(paypalAmount({ amount: 5, currency: 'EUR' }).value, '0.05');
    assert.equal(paypalAmount({ amount: 1200, currency: 'JPY' }).value, '1200');
  });
});
