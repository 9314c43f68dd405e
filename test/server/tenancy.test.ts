/**
 * Accounts: every route needs a valid bearer token, and an account never reaches another's
 * records. The route table drives both loops, so a new route is covered the day it is added:
 * every `{id}` of its path is filled with another account's id and must answer 404 not_found;
 * `idsElsewhere` (typed by the table's keys) says how ids in a query or body are checked.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { buildPath, endpoints, type EndpointName } from '../../src/api/endpoints.js';
import { Order, OrderPage, Quote, Subscription, SubscriptionList } from '../../src/api/schemas.js';
import { RenewalCounts, RenewalPage, RenewalSettings, RenewalUpdate } from '../../src/api/renewal-schemas.js';
import { seedIds } from '../../mocks/seed.js';
import { northwindIds } from '../../server/seed.js';
import { mintToken } from '../../server/tokens.js';
import { cursorAfter } from '../../core/order-history.js';
import { databaseName, errorOf, newKey, parsed, SECRET, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
/** Records of the demo account that no other account may reach, by path parameter name. */
const demoIds: Record<string, string> = { productId: seedIds.products.pseries, subscriptionId: seedIds.subscriptions.pseries };

before(async () => {
  server = await startTestServer();
  const quote = parsed(
    Quote,
    await server.call('POST', '/quotes', { body: { flow: 'renew', subscriptionIds: ['phone-12'], durationId: 'r1', coterm: false } }),
  );
  demoIds['quoteId'] = quote.id;
  const order = await server.call('POST', '/orders', {
    body: { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod: 'offline', autoRenew: false },
    headers: { 'Idempotency-Key': newKey() },
  });
  demoIds['orderId'] = parsed(Order, order).id;
});
after(() => server.close());

/** A valid body for each route that takes one, so that only the id is wrong. */
function bodyFor(name: EndpointName): unknown {
  if (name === 'setAutoRenew') return { autoRenew: false };
  if (name === 'confirmOrder') return {};
  return undefined;
}

const withPathIds = (Object.keys(endpoints) as EndpointName[]).filter((name) => endpoints[name].path.includes('{'));

/** How a route with ids outside its path keeps to the caller's account ('none': it takes no id). */
const idsElsewhere: { [Name in EndpointName]: 'path only' | 'none' | (() => Promise<void>) } = {
  getCatalog: 'path only',
  getSubscription: 'path only',
  setAutoRenew: 'path only',
  unsubscribe: 'path only',
  confirmOrder: 'path only',
  getOrder: 'path only',
  cancelOrder: 'path only',
  createInvoiceLink: 'path only',
  listContacts: 'none',
  createContact: 'none',
  listQuoteItems: 'path only',
  listRenewals: async () => {
    const ids = async (token: string, mode: string) =>
      parsed(RenewalPage, await server.call('GET', `/renewals?mode=${mode}&limit=200`, { token })).resources.map((one) => one.id);
    assert.deepEqual(await ids(server.tokens.northwind, 'auto'), [northwindIds.subscription]);
    assert.deepEqual(await ids(server.tokens.northwind, 'manual'), []);
    // The partner manages Northwind: its resources, never the demo account's.
    assert.deepEqual(await ids(server.tokens.partner, 'auto'), [northwindIds.subscription]);
    assert.ok(!(await ids(server.tokens.demo, 'auto')).includes(northwindIds.subscription));
  },
  countRenewals: async () => {
    const counts = parsed(RenewalCounts, await server.call('GET', '/renewals/counts', { token: server.tokens.northwind }));
    assert.deepEqual(counts, { manual: 0, auto: 1, pay_per_use: 0, canceled: 0 });
  },
  setRenewalMode: async () => {
    const token = server.tokens.northwind;
    const before = parsed(RenewalCounts, await server.call('GET', '/renewals/counts'));
    const foreign = await server.call('POST', '/renewals/mode', { token, body: { selection: { ids: ['phone-04'] }, mode: 'canceled' } });
    assert.equal(errorOf(foreign, 404).code, 'not_found');
    // By filter: every resource the filter matches, of its own account only.
    const all = parsed(
      RenewalUpdate,
      await server.call('POST', '/renewals/mode', { token, body: { selection: { filter: { mode: 'auto' } }, mode: 'canceled' } }),
    );
    assert.deepEqual(all, { updated: 1, counts: { manual: 0, auto: 0, pay_per_use: 0, canceled: 1 } });
    parsed(RenewalUpdate, await server.call('POST', '/renewals/mode', { token, body: { selection: { filter: { mode: 'canceled' } }, mode: 'auto' } }));
    assert.deepEqual(parsed(RenewalCounts, await server.call('GET', '/renewals/counts')), before);
  },
  setRenewalDay: async () => {
    const token = server.tokens.northwind;
    const foreign = await server.call('POST', '/renewals/renewal-day', { token, body: { selection: { ids: ['phone-04'] }, renewalDay: 9 } });
    assert.equal(errorOf(foreign, 404).code, 'not_found');
    const all = parsed(
      RenewalUpdate,
      await server.call('POST', '/renewals/renewal-day', { token, body: { selection: { filter: { mode: 'manual' } }, renewalDay: 9 } }),
    );
    assert.equal(all.updated, 0);
    const demo = parsed(RenewalPage, await server.call('GET', '/renewals?mode=manual&limit=200'));
    assert.ok(demo.resources.every((one) => one.renewalDay !== 9));
  },
  getRenewalSettings: 'none',
  updateRenewalSettings: async () => {
    const before = parsed(RenewalSettings, await server.call('GET', '/renewals/settings'));
    await server.call('PATCH', '/renewals/settings', { token: server.tokens.northwind, body: { standardRenewalDay: 23 } });
    assert.deepEqual(parsed(RenewalSettings, await server.call('GET', '/renewals/settings', { token: server.tokens.northwind })), { standardRenewalDay: 23 });
    assert.deepEqual(parsed(RenewalSettings, await server.call('GET', '/renewals/settings')), before);
  },
  listOrders: async () => {
    const northwind = server.tokens.northwind;
    const own = parsed(
      Quote,
      await server.call('POST', '/quotes', {
        token: northwind,
        body: {
          flow: 'expand',
          subscriptionId: northwindIds.subscription,
          items: [{ serviceId: 'wp-accounts', quantity: 42 }],
          contactId: northwindIds.contact,
        },
      }),
    );
    const made = parsed(
      Order,
      await server.call('POST', '/orders', {
        token: northwind,
        body: { quoteId: own.id, contactId: northwindIds.contact, paymentMethod: 'offline', autoRenew: false },
        headers: { 'Idempotency-Key': newKey() },
      }),
    );
    const ids = async (token: string, query = '') => parsed(OrderPage, await server.call('GET', `/orders${query}`, { token })).orders.map((one) => one.id);
    assert.deepEqual(await ids(northwind), [made.id]);
    assert.deepEqual(await ids(server.tokens.demo), [demoIds['orderId']]);
    // A cursor is a position, not a permission: one from before every order still lists Northwind's own only.
    assert.deepEqual(await ids(northwind, `?cursor=${encodeURIComponent(cursorAfter({ createdAt: '2999-01-01T00:00:00.000Z', id: 'z' }))}`), [made.id]);
    // The partner manages Northwind: its orders, never the demo account's.
    assert.deepEqual(await ids(server.tokens.partner), [made.id]);
  },
  listSubscriptions: async () => {
    const token = server.tokens.northwind;
    const other = parsed(SubscriptionList, await server.call('GET', `/subscriptions?customerId=${seedIds.customers.acme}`, { token }));
    assert.deepEqual(other.subscriptions, []);
    const own = parsed(SubscriptionList, await server.call('GET', '/subscriptions', { token }));
    assert.deepEqual(
      own.subscriptions.map((subscription) => subscription.id),
      [northwindIds.subscription],
    );
  },
  lookupCompany: async () => {
    const answer = await server.call('GET', `/customers?companyId=${seedIds.companyIds.globex}`, { token: server.tokens.northwind });
    assert.equal(errorOf(answer, 404).code, 'not_found');
  },
  createQuote: async () => {
    const answer = await server.call('POST', '/quotes', {
      token: server.tokens.northwind,
      body: { flow: 'expand', subscriptionId: seedIds.subscriptions.pseries, items: [{ serviceId: 'extensions', quantity: 80 }] },
    });
    assert.equal(errorOf(answer, 404).code, 'not_found');
  },
  createOrder: async () => {
    const token = server.tokens.northwind;
    const foreignQuote = await server.call('POST', '/orders', {
      token,
      body: { quoteId: demoIds['quoteId'], contactId: northwindIds.contact, paymentMethod: 'offline', autoRenew: false },
      headers: { 'Idempotency-Key': newKey() },
    });
    assert.equal(errorOf(foreignQuote, 404).code, 'not_found');
    const own = parsed(
      Quote,
      await server.call('POST', '/quotes', {
        token,
        body: { flow: 'expand', subscriptionId: northwindIds.subscription, items: [{ serviceId: 'wp-accounts', quantity: 41 }] },
      }),
    );
    const foreignContact = await server.call('POST', '/orders', {
      token,
      body: { quoteId: own.id, contactId: seedIds.contacts.anna, paymentMethod: 'offline', autoRenew: false },
      headers: { 'Idempotency-Key': newKey() },
    });
    assert.deepEqual(errorOf(foreignContact, 422).fields, { contactId: 'Unknown contact' });
  },
};

describe(`server (${databaseName}): an account reaches only its own records`, () => {
  for (const name of withPathIds) {
    const endpoint = endpoints[name];
    it(`${endpoint.method} ${endpoint.path} with another account's id answers 404 (${name})`, async () => {
      const path = buildPath(endpoint.path, demoIds);
      const answer = await server.call(endpoint.method, path, { token: server.tokens.northwind, body: bodyFor(name) });
      assert.equal(errorOf(answer, 404).code, 'not_found', `${name} ${path}`);
      // The partner manages Northwind, not the demo account: the same.
      const partner = await server.call(endpoint.method, path, { token: server.tokens.partner, body: bodyFor(name) });
      assert.equal(errorOf(partner, 404).code, 'not_found', `${name} ${path} as the partner`);
    });
  }

  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const check = idsElsewhere[name];
    if (typeof check !== 'function') continue;
    it(`${endpoints[name].method} ${endpoints[name].path} with another account's ids in its query or body (${name})`, check);
  }

  it("left the demo account's records as they were", async () => {
    const pseries = parsed(Subscription, await server.call('GET', `/subscriptions/${seedIds.subscriptions.pseries}`));
    assert.equal(pseries.autoRenew, true);
    const order = parsed(Order, await server.call('GET', `/orders/${demoIds['orderId']}`));
    assert.equal(order.status, 'awaiting_offline_payment');
  });

  it("the demo account does not see Northwind's subscription either", async () => {
    assert.equal(errorOf(await server.call('GET', `/subscriptions/${northwindIds.subscription}`), 404).code, 'not_found');
    assert.equal(errorOf(await server.call('GET', `/customers?companyId=${northwindIds.companyId}`), 404).code, 'not_found');
  });
});

describe(`server (${databaseName}): every route needs a valid bearer token`, () => {
  const wrongSecret = () => mintToken({ accountId: 'acct-demo', secret: 'another-secret-entirely-0123456789' });
  const expired = () =>
    new SignJWT({ role: 'customer' }).setProtectedHeader({ alg: 'HS256' }).setSubject('acct-demo').setExpirationTime(1).sign(new TextEncoder().encode(SECRET));
  const noneAlg = () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"acct-demo","role":"customer"}').toString('base64url')}.`;

  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const endpoint = endpoints[name];
    it(`${endpoint.method} ${endpoint.path}: no token, a wrong signature, an expired or unsigned token -> 401 (${name})`, async () => {
      const path = buildPath(endpoint.path, demoIds);
      for (const [what, token] of [
        ['no token', null],
        ['wrong signature', await wrongSecret()],
        ['expired', await expired()],
        ['alg none', noneAlg()],
        ['not a JWT', 'hello'],
      ] as const) {
        const answer = await server.call(endpoint.method, path, { token, body: bodyFor(name) });
        assert.equal(errorOf(answer, 401).code, 'unauthorized', `${name} with ${what}`);
      }
    });
  }
});
