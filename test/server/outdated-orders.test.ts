/**
 * A payment applies an order only while the subscription still has what the order was priced
 * from: a second order of one quote paid after the first, or an older order paid after a newer
 * one, is never applied (it would charge twice or undo the newer purchase). The money is reported
 * to refund and the order is cancelled, so the buyer sees it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedIds } from '../../mocks/seed.js';
import { Order, Quote, Subscription, type QuoteRequest } from '../../src/api/schemas.js';
import { databaseName, newKey, parsed, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const pseries = seedIds.subscriptions.pseries;
const expandTo = (quantity: number): QuoteRequest => ({ flow: 'expand', subscriptionId: pseries, items: [{ serviceId: 'extensions', quantity }] });
const quote = async (request: QuoteRequest) => parsed(Quote, await server.call('POST', '/quotes', { body: request }));
const order = async (quoteId: string) =>
  parsed(
    Order,
    await server.call('POST', '/orders', {
      body: { quoteId, contactId: seedIds.contacts.anna, paymentMethod: 'card', autoRenew: false },
      headers: { 'Idempotency-Key': newKey() },
    }),
  );
const intentOf = (made: Order) => (made.payment?.provider === 'stripe' ? made.payment.clientSecret.split('_secret_')[0]! : '');
const read = async (id: string) => parsed(Order, await server.call('GET', `/orders/${id}`));
const subscription = async () => parsed(Subscription, await server.call('GET', `/subscriptions/${pseries}`));
const extensions = (one: Subscription) => one.services.find((service) => service.serviceId === 'extensions')?.quantity;

describe(`server (${databaseName}): an order another paid order overtook is never applied`, () => {
  it('pays one order of a quote: a declined attempt paid after its replacement applies nothing', async () => {
    const priced = await quote(expandTo(70));
    const first = await order(priced.id);
    await server.fakes.card!.emit('failed', intentOf(first));
    assert.equal((await read(first.id)).status, 'failed');
    const second = await order(priced.id);
    await server.fakes.card!.emit('succeeded', intentOf(second));
    const paidOnce = await subscription();
    assert.equal(extensions(paidOnce), 70);

    // A stale tab pays the declined attempt's PaymentIntent after all.
    await server.fakes.card!.emit('succeeded', intentOf(first));
    assert.equal((await read(first.id)).status, 'cancelled', 'the overtaken order is cancelled, its money to refund');
    assert.deepEqual((await subscription()).paidThisTerm, paidOnce.paidThisTerm, 'charged into the term once');
  });

  it('never lets an older order paid late undo a newer one', async () => {
    const older = await order((await quote(expandTo(80))).id);
    const newer = await order((await quote(expandTo(200))).id);
    await server.fakes.card!.emit('succeeded', intentOf(newer));
    assert.equal(extensions(await subscription()), 200);
    await server.fakes.card!.emit('succeeded', intentOf(older));
    assert.equal((await read(older.id)).status, 'cancelled');
    assert.equal(extensions(await subscription()), 200, 'the newer purchase stands');
  });

  it('captures no PayPal approval of an order cancelled meanwhile', async () => {
    const priced = await quote({ flow: 'renew', subscriptionIds: [seedIds.phones[29]!], durationId: 'r1', coterm: false });
    const made = parsed(
      Order,
      await server.call('POST', '/orders', {
        body: { quoteId: priced.id, contactId: seedIds.contacts.anna, paymentMethod: 'paypal', autoRenew: false },
        headers: { 'Idempotency-Key': newKey() },
      }),
    );
    const paypalId = made.payment?.provider === 'paypal' ? made.payment.paypalOrderId : '';
    assert.equal(parsed(Order, await server.call('POST', `/orders/${made.id}/cancel`)).status, 'cancelled');
    await server.fakes.paypal!.emit('approved', paypalId);
    assert.equal((await read(made.id)).status, 'cancelled');
    assert.notEqual(server.fakes.paypal!.payments.get(paypalId)?.status, 'succeeded', 'nothing was captured');
  });
});
