/**
 * The demo account's past orders on the reference server (`startServer({ seedOrders: true })`, as
 * `npm run server` starts): made through the core's service, listed newest first by `GET /orders`,
 * each with its real invoice or proforma behind a fresh link per request that opens once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { Invoice, OrderPage, Subscription } from '../../src/api/schemas.js';
import { createSeed, seedIds } from '../../mocks/seed.js';
import { SEED_PI_NUMBER } from '../../mocks/seed-orders.js';
import { databaseName, NOW, parsed, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seedOrders: true });
});
after(() => server.close());

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

async function open(url: string): Promise<{ status: number; body: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

describe(`server (${databaseName}) with the seeded orders`, () => {
  it("lists the demo account's past orders newest first, the offline one with its PI number", async () => {
    const page = parsed(OrderPage, await server.call('GET', '/orders'));
    assert.deepEqual(
      page.orders.map((order) => [order.status, order.paymentMethod]),
      [
        ['awaiting_offline_payment', 'offline'],
        ['failed', 'card'],
        ['paid', 'paypal'],
        ['cancelled', 'card'],
        ['paid', 'card'],
      ],
    );
    assert.equal(page.nextCursor, null);
    assert.ok(page.orders.every((order) => order.createdAt < NOW));
    assert.equal(page.orders[0]!.piNumber, SEED_PI_NUMBER);
    const northwind = parsed(OrderPage, await server.call('GET', '/orders', { token: server.tokens.northwind }));
    assert.equal(northwind.orders.length, 0, 'another account sees none of them');
  });

  it('leaves every subscription the orders bought for as the seed has it', async () => {
    const { subscriptions: s, phones } = seedIds;
    // Expanded (paid, cancelled, failed, offline), and three phones renewed for a year.
    const touched = [s.pseries, s.workplace, phones[4]!, phones[5]!, phones[6]!];
    const seed = createSeed(new Date(NOW)).subscriptions;
    for (const id of touched) {
      const seeded = seed.find((one) => one.id === id)!;
      const now = parsed(Subscription, await server.call('GET', `/subscriptions/${id}`));
      for (const field of ['services', 'quantity', 'termStart', 'termEnd', 'minimumTermEnd', 'autoRenew', 'status', 'planId', 'cycleId'] as const) {
        assert.deepEqual(now[field], seeded[field], `${id}: ${field}`);
      }
    }
  });

  it('mints a fresh link per request for a seeded invoice; each opens the PDF once, then answers 410', async () => {
    const page = parsed(OrderPage, await server.call('GET', '/orders?status=paid'));
    const paid = page.orders.at(-1)!;
    const links = [
      parsed(Invoice, await server.call('POST', `/orders/${paid.id}/invoice-link`)),
      parsed(Invoice, await server.call('POST', `/orders/${paid.id}/invoice-link`)),
    ];
    assert.notEqual(links[0]!.url, links[1]!.url);
    for (const link of links) {
      assert.equal(link.singleUse, true);
      const first = await open(link.url);
      assert.equal(first.status, 200);
      assert.match(await pdfText(first.body), new RegExp(paid.id));
      assert.equal((await open(link.url)).status, 410, 'a link opens once');
    }
  });

  it("links the offline order's proforma, which names its PI number", async () => {
    const [offline] = parsed(OrderPage, await server.call('GET', '/orders?status=awaiting_offline_payment')).orders;
    const link = parsed(Invoice, await server.call('POST', `/orders/${offline!.id}/invoice-link`));
    const text = await pdfText((await open(link.url)).body);
    assert.match(text, /Proforma/i);
    assert.ok(text.includes(SEED_PI_NUMBER), text);
  });
});
