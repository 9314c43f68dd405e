/**
 * Every route of the route table answers on the server, and the answer parses with the route's
 * response schema. `happy` is typed by the table's keys: a new route does not compile until it
 * has a case here. Also the HTTP edges: unknown route, invalid JSON, test clock.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { endpoints, type EndpointName } from '../../src/api/endpoints.js';
import { Order, Quote, type CreateOrderRequest, type QuoteRequest } from '../../src/api/schemas.js';
import { seedIds } from '../../mocks/seed.js';
import { northwindIds } from '../../server/seed.js';
import { databaseName, errorOf, newKey, parsed, startTestServer, type Answer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const expand: QuoteRequest = { flow: 'expand', subscriptionId: seedIds.subscriptions.pseries, items: [{ serviceId: 'extensions', quantity: 60 }] };
const orderBody = (quoteId: string, changes: Partial<CreateOrderRequest> = {}): CreateOrderRequest => ({
  quoteId,
  contactId: seedIds.contacts.anna,
  paymentMethod: 'card',
  autoRenew: true,
  ...changes,
});

async function quote(request: QuoteRequest = expand): Promise<string> {
  return parsed(Quote, await server.call('POST', '/quotes', { body: request })).id;
}

async function order(request: QuoteRequest = expand): Promise<string> {
  const quoteId = await quote(request);
  return parsed(Order, await server.call('POST', '/orders', { body: orderBody(quoteId), headers: { 'Idempotency-Key': newKey() } })).id;
}

const happy: { [Name in EndpointName]: () => Promise<Answer> } = {
  getCatalog: () => server.call('GET', `/catalog/${seedIds.products.contactCenter}`),
  getSubscription: () => server.call('GET', `/subscriptions/${seedIds.subscriptions.pascom}`),
  listSubscriptions: () => server.call('GET', '/subscriptions?productId=koophone'),
  setAutoRenew: () => server.call('PATCH', `/subscriptions/${seedIds.subscriptions.contactCenter}`, { body: { autoRenew: false } }),
  unsubscribe: () => server.call('POST', `/subscriptions/${seedIds.subscriptions.contactCenterTrial}/unsubscribe`),
  lookupCompany: () => server.call('GET', `/customers?companyId=${seedIds.companyIds.globex}`),
  createQuote: () => server.call('POST', '/quotes', { body: { flow: 'renew', subscriptionIds: ['phone-01', 'phone-03'], durationId: 'r12', coterm: true } }),
  listContacts: () => server.call('GET', '/contacts'),
  createContact: () =>
    server.call('POST', '/contacts', {
      body: { name: 'Nina Berg', email: 'nina@example.se', address: { line1: 'Storgatan 1', city: 'Stockholm', postalCode: '111 22' }, country: 'SE' },
      headers: { 'Idempotency-Key': newKey() },
    }),
  createOrder: async () =>
    server.call('POST', '/orders', {
      body: orderBody(await quote({ flow: 'renew', subscriptionIds: ['phone-05'], durationId: 'r1', coterm: false }), { paymentMethod: 'offline' }),
      headers: { 'Idempotency-Key': newKey() },
    }),
  confirmOrder: async () => server.call('POST', `/orders/${await order()}/confirm`, { body: {} }),
  listOrders: () => server.call('GET', '/orders?status=awaiting_offline_payment,pending_payment&limit=5'),
  getOrder: async () => server.call('GET', `/orders/${await order({ flow: 'renew', subscriptionIds: ['phone-06'], durationId: 'r1', coterm: false })}`),
  cancelOrder: async () =>
    server.call('POST', `/orders/${await order({ flow: 'renew', subscriptionIds: ['phone-07'], durationId: 'r1', coterm: false })}/cancel`),
  createInvoiceLink: async () => {
    const id = await order({ flow: 'renew', subscriptionIds: ['phone-08'], durationId: 'r1', coterm: false });
    await server.pay(id);
    return server.call('POST', `/orders/${id}/invoice-link`);
  },
  listQuoteItems: async () =>
    server.call(
      'GET',
      `/quotes/${await quote({ flow: 'renew', selection: { filter: { mode: 'manual', productId: 'koophone' } }, durationId: 'r12', coterm: true })}/items?limit=5`,
    ),
  listRenewals: () => server.call('GET', '/renewals?mode=manual&productId=koophone&expires=90d&sort=expiry_desc&limit=5'),
  countRenewals: () => server.call('GET', '/renewals/counts?search=phone'),
  setRenewalMode: () => server.call('POST', '/renewals/mode', { body: { selection: { ids: ['phone-09'] }, mode: 'pay_per_use' } }),
  setRenewalDay: () =>
    server.call('POST', '/renewals/renewal-day', { body: { selection: { filter: { mode: 'auto', productId: 'koophone' } }, renewalDay: 20 } }),
  getRenewalSettings: () => server.call('GET', '/renewals/settings'),
  updateRenewalSettings: () => server.call('PATCH', '/renewals/settings', { body: { standardRenewalDay: 10 } }),
};

describe(`server (${databaseName}): every route answers what its schema says`, () => {
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    it(`${endpoints[name].method} ${endpoints[name].path} (${name})`, async () => {
      parsed(endpoints[name].response, await happy[name]());
    });
  }

  it('pays an order: confirmed by the browser, paid by the verified webhook, the expansion shows on the subscription', async () => {
    const quoteId = await quote({ flow: 'expand', subscriptionId: seedIds.subscriptions.pseries, items: [{ serviceId: 'extensions', quantity: 70 }] });
    const made = parsed(Order, await server.call('POST', '/orders', { body: orderBody(quoteId), headers: { 'Idempotency-Key': newKey() } }));
    const confirmed = parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: {} }));
    assert.equal(confirmed.status, 'pending_payment');
    assert.equal(made.payment?.provider, 'stripe');
    await server.fakes.card!.emit('succeeded', made.payment.provider === 'stripe' ? made.payment.clientSecret.split('_secret_')[0]! : '');
    assert.equal(parsed(Order, await server.call('GET', `/orders/${made.id}`)).status, 'paid');
    const after = await server.call('GET', `/subscriptions/${seedIds.subscriptions.pseries}`);
    const services = (after.body as { services: { serviceId: string; quantity: number }[] }).services;
    assert.equal(services.find((service) => service.serviceId === 'extensions')?.quantity, 70);
  });

  it('a partner sees its customer through company lookup and customerId, and quotes for it', async () => {
    const token = server.tokens.partner;
    const lookup = await server.call('GET', `/customers?companyId=${northwindIds.companyId.toLowerCase()}`, { token });
    assert.equal(lookup.status, 200);
    assert.deepEqual(
      (lookup.body as { subscriptions: { id: string }[] }).subscriptions.map((subscription) => subscription.id),
      [northwindIds.subscription],
    );
    const listed = await server.call('GET', `/subscriptions?customerId=${northwindIds.customer}`, { token });
    assert.deepEqual(
      (listed.body as { subscriptions: { id: string }[] }).subscriptions.map((subscription) => subscription.id),
      [northwindIds.subscription],
    );
    const priced = await server.call('POST', '/quotes', {
      token,
      body: { flow: 'expand', subscriptionId: northwindIds.subscription, items: [{ serviceId: 'wp-accounts', quantity: 45 }] },
    });
    parsed(Quote, priced);
  });

  it('answers 404 not_found for an unknown route and 400 invalid_json for a body that is not JSON', async () => {
    assert.equal(errorOf(await server.call('GET', '/nope'), 404).code, 'not_found');
    assert.equal(errorOf(await server.call('POST', '/quotes', { rawBody: '{"flow": ' }), 400).code, 'invalid_json');
    assert.equal(errorOf(await server.call('POST', '/quotes', { body: { flow: 'expand' } }), 422).code, 'invalid_request');
  });

  it('moves its test clock: a quote expires after 15 minutes', async () => {
    const quoteId = await quote({ flow: 'renew', subscriptionIds: ['phone-10'], durationId: 'r1', coterm: false });
    const before = await server.call('GET', '/test/clock');
    assert.deepEqual(before.body, { now: '2026-11-23T10:00:00.000Z' });
    const moved = await server.call('POST', '/test/clock', { body: { advanceMs: 16 * 60_000 } });
    assert.deepEqual(moved.body, { now: '2026-11-23T10:16:00.000Z' });
    const refused = await server.call('POST', '/orders', { body: orderBody(quoteId), headers: { 'Idempotency-Key': newKey() } });
    assert.equal(errorOf(refused, 409).code, 'quote_expired');
    const back = await server.call('POST', '/test/clock', { body: { now: '2026-11-23T10:00:00.000Z' } });
    assert.deepEqual(back.body, { now: '2026-11-23T10:00:00.000Z' });
  });
});

describe(`server (${databaseName}) without --test-clock`, () => {
  it('has no test clock route', async () => {
    const plain = await startTestServer({ testClock: false });
    try {
      assert.equal(errorOf(await plain.call('POST', '/test/clock', { body: { advanceMs: 1 } }), 404).code, 'not_found');
      assert.equal((await plain.call('GET', '/test/clock')).status, 404);
    } finally {
      await plain.close();
    }
  });
});
