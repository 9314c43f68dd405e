/**
 * Exactly-once orders on the database: a repeat with the same Idempotency-Key answers the first
 * order, the same key with another body is refused, and twins racing on one key make one order
 * (the database's unique key refuses the second, which then answers the first).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Contact, Order, Quote, type CreateOrderRequest } from '../../src/api/schemas.js';
import { seedIds } from '../../mocks/seed.js';
import { databaseName, errorOf, newKey, parsed, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function renewQuote(phone: string): Promise<string> {
  return parsed(Quote, await server.call('POST', '/quotes', { body: { flow: 'renew', subscriptionIds: [phone], durationId: 'r1', coterm: false } })).id;
}

const orderBody = (quoteId: string, changes: Partial<CreateOrderRequest> = {}): CreateOrderRequest => ({
  quoteId,
  contactId: seedIds.contacts.anna,
  paymentMethod: 'offline',
  autoRenew: false,
  ...changes,
});

const createOrder = (body: CreateOrderRequest, key: string) => server.call('POST', '/orders', { body, headers: { 'Idempotency-Key': key } });

async function orderCount(): Promise<number> {
  const row = await server.store.handle.db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe(`server (${databaseName}): idempotent orders`, () => {
  it('answers the first order again for a repeat with the same key', async () => {
    const key = newKey();
    const body = orderBody(await renewQuote('phone-13'));
    const first = parsed(Order, await createOrder(body, key));
    const before = await orderCount();
    const again = parsed(Order, await createOrder(body, key));
    assert.deepEqual(again, first);
    assert.equal(await orderCount(), before);
  });

  it('refuses the same key with another body: 422 idempotency_conflict', async () => {
    const key = newKey();
    const quoteId = await renewQuote('phone-14');
    parsed(Order, await createOrder(orderBody(quoteId), key));
    const other = await createOrder(orderBody(quoteId, { paymentMethod: 'card' }), key);
    assert.equal(errorOf(other, 422).code, 'idempotency_conflict');
  });

  it('needs a key: 400 idempotency_key_required', async () => {
    const answer = await server.call('POST', '/orders', { body: orderBody(await renewQuote('phone-15')) });
    assert.equal(errorOf(answer, 400).code, 'idempotency_key_required');
  });

  it('makes 5 orders of 20 concurrent creations on 5 keys, one per key', async () => {
    const phones = ['phone-16', 'phone-17', 'phone-18', 'phone-19', 'phone-20'];
    const bodies = await Promise.all(phones.map(async (phone) => orderBody(await renewQuote(phone))));
    const keys = phones.map(() => newKey());
    const before = await orderCount();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => createOrder(bodies[index % 5]!, keys[index % 5]!)));
    const orders = answers.map((answer) => parsed(Order, answer));
    assert.equal(await orderCount(), before + 5);
    for (let key = 0; key < 5; key += 1) {
      const ids = new Set(orders.filter((_, index) => index % 5 === key).map((order) => order.id));
      assert.equal(ids.size, 1, `key ${key} made ${ids.size} orders`);
    }
    assert.equal(new Set(orders.map((order) => order.id)).size, 5);
  });

  it('saves a contact once for 10 concurrent saves with one key', async () => {
    const key = newKey();
    const body = { name: 'Ola Nordmann', email: 'ola@example.no', address: { line1: 'Karl Johans gate 1', city: 'Oslo', postalCode: '0154' }, country: 'NO' };
    const answers = await Promise.all(Array.from({ length: 10 }, () => server.call('POST', '/contacts', { body, headers: { 'Idempotency-Key': key } })));
    assert.equal(new Set(answers.map((answer) => parsed(Contact, answer).id)).size, 1);
  });
});
