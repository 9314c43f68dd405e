/**
 * The server answers orders in the request's language (issue 16): `GET /orders`, `GET
 * /orders/{id}` and the routes that make or change an order name each line's item as the
 * product's catalog does in the `Accept-Language` asked for (the seeded past orders were quoted
 * in English), and describe the promotion in it, with `Vary: Accept-Language`; what is stored
 * stays as quoted, and a language without translations (`fr`) answers the catalog's English.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Catalog, Order, OrderPage, Quote, type QuoteRequest } from '../../src/api/schemas.js';
import { seedIds } from '../../mocks/seed.js';
import { databaseName, newKey, parsed, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seedOrders: true });
});
after(() => server.close());

/** Every order's row as stored, by id. */
async function storedOrders(): Promise<Map<string, string>> {
  const rows = await server.store.handle.db.selectFrom('orders').select(['id', 'data']).execute();
  return new Map(rows.map((row) => [String(row.id), typeof row.data === 'string' ? row.data : JSON.stringify(row.data)]));
}

async function historyIn(acceptLanguage?: string): Promise<OrderPage> {
  const answer = await server.call('GET', '/orders', { headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} });
  assert.equal(answer.headers?.get('Vary'), 'Accept-Language');
  return parsed(OrderPage, answer);
}

const names = (order: Order | undefined) => order?.lines.map((line) => line.itemName);

describe(`server (${databaseName}): orders in the buyer's language`, () => {
  it('lists the English-quoted past orders with their items named in German for de, the stored orders unchanged', async () => {
    const before = await storedOrders();
    const german = await historyIn('de-DE,de;q=0.9');
    const catalog = parsed(Catalog, await server.call('GET', `/catalog/${seedIds.products.pseries}`, { headers: { 'Accept-Language': 'de' } }));
    const minutes = catalog.services.find((service) => service.id === 'recording-minutes')?.name;
    assert.equal(minutes, 'Minuten Gesprächsaufzeichnung');
    // Newest first: the offline order of recording minutes, then the failed HA one, ...
    assert.deepEqual(names(german.orders[0]), [minutes]);
    assert.deepEqual(names(german.orders[4]), ['Nebenstellen']);
    // The description a client falls back to stays the catalog's own words.
    assert.match(german.orders[0]?.lines[0]?.description ?? '', /^Call recording minutes/);
    const one = parsed(Order, await server.call('GET', `/orders/${german.orders[0]!.id}`, { headers: { 'Accept-Language': 'de' } }));
    assert.deepEqual(names(one), [minutes]);
    assert.deepEqual(await storedOrders(), before, 'what is stored stays as quoted');
  });

  it('answers English for fr and without a header, with the same figures as in German', async () => {
    const german = await historyIn('de');
    for (const header of ['fr', undefined]) {
      const page = await historyIn(header);
      assert.deepEqual(names(page.orders[0]), ['Call recording minutes'], String(header));
      assert.deepEqual(names(page.orders[4]), ['Extensions'], String(header));
      assert.deepEqual(
        page.orders.map((order) => [order.id, order.total, order.lines.map((line) => line.amount)]),
        german.orders.map((order) => [order.id, order.total, order.lines.map((line) => line.amount)]),
      );
      assert.equal(page.nextCursor, german.nextCursor);
    }
  });

  it("answers a new order and its promotion in the order request's language, whatever the quote's", async () => {
    const request: QuoteRequest = {
      flow: 'expand',
      subscriptionId: seedIds.subscriptions.pseries,
      items: [{ serviceId: 'extensions', quantity: 70 }],
      promoCode: 'welcome10',
    };
    const quote = parsed(Quote, await server.call('POST', '/quotes', { body: request }));
    assert.equal(quote.discount?.description, 'Welcome offer: 10% off');
    const made = await server.call('POST', '/orders', {
      body: { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod: 'offline', autoRenew: false },
      headers: { 'Accept-Language': 'de', 'Idempotency-Key': newKey() },
    });
    assert.equal(made.headers?.get('Vary'), 'Accept-Language');
    const order = parsed(Order, made);
    assert.deepEqual(names(order), ['Nebenstellen']);
    assert.equal(order.discount?.description, 'Willkommensangebot: 10 % Rabatt');
    const stored = JSON.parse((await storedOrders()).get(order.id)!) as { order: Order };
    assert.deepEqual(names(stored.order), ['Extensions']);
    assert.equal(stored.order.discount?.description, 'Welcome offer: 10% off');
    const cancelled = parsed(Order, await server.call('POST', `/orders/${order.id}/cancel`, { headers: { 'Accept-Language': 'zh-CN' } }));
    assert.equal(cancelled.discount?.description, '新客优惠：9 折');
    // A card order goes through the payment provider, whose step answers the order again.
    const card = parsed(
      Order,
      await server.call('POST', '/orders', {
        body: { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod: 'card', autoRenew: false },
        headers: { 'Accept-Language': 'vi', 'Idempotency-Key': newKey() },
      }),
    );
    assert.equal(card.payment?.provider, 'stripe');
    assert.deepEqual(names(card), ['Máy nhánh']);
  });
});
