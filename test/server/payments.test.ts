/**
 * Payments on the server, end to end over HTTP against the local fakes (and the real PayPal
 * provider over its SDK, with PayPal's API faked on loopback): the browser's word is never
 * payment. A card order is paid only by a verified `payment_intent.succeeded` webhook, a forged
 * one is refused with 400 and changes nothing, a redelivered event changes nothing, a failed
 * payment marks the order failed; PayPal is captured by the server; the vendor marks an offline
 * order paid with the admin token; paying applies the order to its subscriptions in one
 * transaction, and a failure half-way leaves nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import { Order, Quote, Subscription, type PaymentMethod, type QuoteRequest } from '../../src/api/schemas.js';
import { QuoteItemPage } from '../../src/api/renewal-schemas.js';
import { seedIds } from '../../mocks/seed.js';
import type { FakeProvider, SignedDelivery } from '../../server/payments/fake.js';
import { ADMIN_TOKEN, databaseName, errorOf, newKey, parsed, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let card: FakeProvider;
let paypal: FakeProvider;
before(async () => {
  server = await startTestServer();
  card = server.fakes.card!;
  paypal = server.fakes.paypal!;
});
after(() => server.close());

let phone = 0;
/** A renewal of one phone not used by another test: each test pays its own subscription. */
const renewal = (): QuoteRequest => ({ flow: 'renew', subscriptionIds: [seedIds.phones[(phone += 1)]!], durationId: 'r12', coterm: false });

async function order(request: QuoteRequest, paymentMethod: PaymentMethod = 'card'): Promise<Order> {
  const quote = parsed(Quote, await server.call('POST', '/quotes', { body: request }));
  const body = { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod, autoRenew: paymentMethod !== 'offline' };
  return parsed(Order, await server.call('POST', '/orders', { body, headers: { 'Idempotency-Key': newKey() } }));
}

const paymentIdOf = (made: Order): string => {
  if (made.payment?.provider === 'stripe') return made.payment.clientSecret.split('_secret_')[0]!;
  if (made.payment?.provider === 'paypal') return made.payment.paypalOrderId;
  throw new Error(`order ${made.id} has no provider payment`);
};

const read = async (id: string) => parsed(Order, await server.call('GET', `/orders/${id}`));
const subscription = async (id: string) => parsed(Subscription, await server.call('GET', `/subscriptions/${id}`));

async function post(
  provider: 'stripe' | 'paypal',
  delivery: Pick<SignedDelivery, 'rawBody' | 'headers'>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.baseUrl}/webhooks/${provider}`, { method: 'POST', body: delivery.rawBody, headers: delivery.headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe(`payments on the server (${databaseName}): card through the Stripe fake`, () => {
  it('makes a PaymentIntent for the order; the browser confirming it does not pay it; the verified webhook does', async () => {
    const request = renewal();
    const id = request.flow === 'renew' ? (request.subscriptionIds?.[0] ?? '') : '';
    const before = await subscription(id);
    const made = await order(request);
    assert.equal(made.status, 'pending_payment');
    const pi = paymentIdOf(made);
    assert.match(pi, /^pi_fake_/);
    assert.deepEqual(card.payments.get(pi)?.amount, made.total, 'the PaymentIntent is for the order total');

    const confirmed = parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: { paymentIntentId: pi } }));
    assert.equal(confirmed.status, 'pending_payment', 'the browser saying it paid is not payment');
    assert.equal((await subscription(id)).termEnd, before.termEnd);

    const answer = await post('stripe', card.signed('succeeded', pi));
    assert.equal(answer.status, 200);
    const paid = await read(made.id);
    assert.equal(paid.status, 'paid');
    assert.notEqual((await subscription(id)).termEnd, before.termEnd, 'the renewal moved the term end');
  });

  it('a retried order (same Idempotency-Key) answers the same order and the same PaymentIntent', async () => {
    const quote = parsed(Quote, await server.call('POST', '/quotes', { body: renewal() }));
    const body = { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod: 'card', autoRenew: true };
    const key = newKey();
    const first = parsed(Order, await server.call('POST', '/orders', { body, headers: { 'Idempotency-Key': key } }));
    const again = parsed(Order, await server.call('POST', '/orders', { body, headers: { 'Idempotency-Key': key } }));
    assert.equal(again.id, first.id);
    assert.equal(paymentIdOf(again), paymentIdOf(first));
  });

  it('a forged, tampered or unsigned webhook is refused with 400 and changes nothing', async () => {
    const made = await order(renewal());
    const pi = paymentIdOf(made);
    const genuine = card.signed('succeeded', pi);
    const forger = new Stripe('sk_test_forger');
    const forged = {
      ...genuine,
      headers: { ...genuine.headers, 'Stripe-Signature': forger.webhooks.generateTestHeaderString({ payload: genuine.rawBody, secret: 'whsec_not_ours' }) },
    };
    const tampered = { ...genuine, rawBody: genuine.rawBody.replace('"payment_intent.succeeded"', '"payment_intent.succeeded" ') };
    const unsigned = { rawBody: genuine.rawBody, headers: { 'Content-Type': 'application/json' } };
    for (const delivery of [forged, tampered, unsigned]) {
      const answer = await post('stripe', delivery);
      assert.equal(answer.status, 400);
      assert.equal((answer.body['error'] as { message: string }).message.startsWith('Webhook signature refused'), true);
    }
    assert.equal((await read(made.id)).status, 'pending_payment');
  });

  it('an event delivered twice is handled once', async () => {
    const made = await order(renewal());
    const delivery = card.signed('succeeded', paymentIdOf(made));
    const first = await post('stripe', delivery);
    const second = await post('stripe', delivery);
    assert.deepEqual([first.status, first.body['result']], [200, 'paid']);
    assert.deepEqual([second.status, second.body['handled'], second.body['result']], [200, false, 'duplicate']);
    const rows = await server.store.handle.db.selectFrom('payment_events').select('event_id').where('event_id', '=', delivery.eventId).execute();
    assert.equal(rows.length, 1);
  });

  it('payment_failed marks the order failed (a decline, or 3-D Secure failed); a retry reopens it, and only its webhook pays it', async () => {
    const made = await order(renewal());
    const pi = paymentIdOf(made);
    const answer = await post('stripe', card.signed('failed', pi));
    assert.equal(answer.body['result'], 'failed');
    assert.equal((await read(made.id)).status, 'failed');
    // The buyer tries again with another card on the same PaymentIntent; Stripe.js says it succeeded.
    const reopened = parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: { paymentIntentId: pi } }));
    assert.equal(reopened.status, 'pending_payment', 'reopened, not paid');
    await card.emit('succeeded', pi);
    assert.equal((await read(made.id)).status, 'paid');
  });

  it('a cancelled order cannot be confirmed', async () => {
    const made = await order(renewal());
    parsed(Order, await server.call('POST', `/orders/${made.id}/cancel`));
    assert.equal(errorOf(await server.call('POST', `/orders/${made.id}/confirm`, { body: {} }), 409).code, 'order_not_payable');
  });

  it('3-D Secure completed after a failed attempt: the later success pays the order (money taken is never refused)', async () => {
    const made = await order(renewal());
    const pi = paymentIdOf(made);
    await post('stripe', card.signed('failed', pi));
    await post('stripe', card.signed('succeeded', pi));
    assert.equal((await read(made.id)).status, 'paid');
  });

  it('the webhook before the browser returns: the order is paid, and the browser confirming it answers paid', async () => {
    const made = await order(renewal());
    const pi = paymentIdOf(made);
    await post('stripe', card.signed('succeeded', pi));
    const confirmed = parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: { paymentIntentId: pi } }));
    assert.equal(confirmed.status, 'paid');
  });

  it('a late webhook while the client reads the order: pending until it arrives, then paid', async () => {
    const made = await order(renewal());
    const pi = paymentIdOf(made);
    parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: { paymentIntentId: pi } }));
    for (let poll = 0; poll < 3; poll += 1) assert.equal((await read(made.id)).status, 'pending_payment');
    await card.emit('succeeded', pi);
    assert.equal((await read(made.id)).status, 'paid');
  });

  it('a cancelled order stays cancelled when a success comes after (to refund), and a second order of the quote is not blocked', async () => {
    const made = await order(renewal());
    parsed(Order, await server.call('POST', `/orders/${made.id}/cancel`));
    const answer = await post('stripe', card.signed('succeeded', paymentIdOf(made)));
    assert.equal(answer.body['result'], 'unpayable');
    assert.equal((await read(made.id)).status, 'cancelled');
  });

  it('the Stripe stand-in drives the fake: a decline it reports fails the order, a success pays it (no token: it stands for Stripe.js)', async () => {
    const made = await order(renewal());
    const pi = paymentIdOf(made);
    const report = (outcome: string, id = pi) => server.call('POST', `/fake-stripe/payment_intents/${id}/confirm`, { body: { outcome }, token: null });
    assert.equal((await report('succeeded', 'pi_not_made_by_the_fake')).status, 404);
    assert.equal((await report('nonsense')).status, 422);
    assert.equal(((await report('failed')).body as { webhookStatus: number }).webhookStatus, 200);
    assert.equal((await read(made.id)).status, 'failed');
    await report('succeeded');
    assert.equal((await read(made.id)).status, 'paid');
  });

  it('the fake sends its webhook through the admin route (demo, browser tests), with the admin token only', async () => {
    const made = await order(renewal());
    const body = { type: 'succeeded', paymentId: paymentIdOf(made) };
    assert.equal((await server.call('POST', '/admin/fake-payments/stripe/events', { body })).status, 403, 'a customer token is not the admin token');
    const sent = await server.call('POST', '/admin/fake-payments/stripe/events', { body, token: ADMIN_TOKEN });
    assert.equal((sent.body as { webhookStatus: number }).webhookStatus, 200);
    assert.equal((await read(made.id)).status, 'paid');
  });
});

describe(`payments on the server (${databaseName}): PayPal through the fake`, () => {
  it('the server captures on confirmation; the id the browser sends is not what is captured', async () => {
    const made = await order(renewal(), 'paypal');
    const paypalOrderId = paymentIdOf(made);
    assert.match(paypalOrderId, /^FAKE-PAYPAL-/);
    const confirmed = parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: { paypalOrderId: 'SOMETHING-ELSE' } }));
    assert.equal(confirmed.status, 'paid');
    assert.equal(paypal.payments.get(paypalOrderId)?.status, 'succeeded');
  });

  it('a declined capture marks the order failed; a pending one waits for PAYMENT.CAPTURE.COMPLETED', async () => {
    const declined = await order(renewal(), 'paypal');
    paypal.nextCapture = 'DECLINED';
    assert.equal(parsed(Order, await server.call('POST', `/orders/${declined.id}/confirm`, { body: {} })).status, 'failed');
    const pending = await order(renewal(), 'paypal');
    paypal.nextCapture = 'PENDING';
    assert.equal(parsed(Order, await server.call('POST', `/orders/${pending.id}/confirm`, { body: {} })).status, 'pending_payment');
    paypal.nextCapture = 'COMPLETED';
    const forged = paypal.signed('completed', paymentIdOf(pending));
    forged.headers['paypal-transmission-sig'] = 'Zm9yZ2Vk';
    assert.equal((await post('paypal', forged)).status, 400);
    assert.equal((await read(pending.id)).status, 'pending_payment');
    assert.equal((await post('paypal', paypal.signed('completed', paymentIdOf(pending)))).status, 200);
    assert.equal((await read(pending.id)).status, 'paid');
  });

  it('CHECKOUT.ORDER.APPROVED before the browser returns: the server captures, and the browser finds it paid', async () => {
    const made = await order(renewal(), 'paypal');
    assert.equal((await post('paypal', paypal.signed('approved', paymentIdOf(made)))).body['result'], 'paid');
    assert.equal(parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: {} })).status, 'paid');
  });

  it('cancelled in PayPal: nothing is captured, the order stays payable', async () => {
    const made = await order(renewal(), 'paypal');
    // The buyer closed PayPal: the browser never confirms.
    assert.equal((await read(made.id)).status, 'pending_payment');
    assert.equal(paypal.payments.get(paymentIdOf(made))?.status, 'open');
  });
});

describe(`payments on the server (${databaseName}): the vendor marks an offline order paid`, () => {
  it('a customer cannot; the admin token can, and the order applies to its subscription', async () => {
    const made = await order({ flow: 'expand', subscriptionId: seedIds.subscriptions.pseries, items: [{ serviceId: 'extensions', quantity: 80 }] }, 'offline');
    assert.equal(made.status, 'awaiting_offline_payment');
    const confirmed = parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: {} }));
    assert.equal(confirmed.status, 'awaiting_offline_payment', "the customer's confirmation does not pay an offline order");

    const path = `/admin/orders/${made.id}/mark-paid`;
    assert.equal((await server.call('POST', path, { token: null })).status, 401);
    assert.equal((await server.call('POST', path)).status, 403, 'a customer token');
    assert.equal((await server.call('POST', path, { token: server.tokens.partner })).status, 403, 'a partner token');
    assert.equal((await server.call('POST', path, { token: 'wrong' })).status, 403);
    const services = (await subscription(seedIds.subscriptions.pseries)).services;
    assert.notEqual(services.find((one) => one.serviceId === 'extensions')?.quantity, 80);

    const paid = parsed(Order, await server.call('POST', path, { token: ADMIN_TOKEN }));
    assert.equal(paid.status, 'paid');
    const after = (await subscription(seedIds.subscriptions.pseries)).services;
    assert.equal(after.find((one) => one.serviceId === 'extensions')?.quantity, 80, 'capacity added');
    assert.equal(parsed(Order, await server.call('POST', path, { token: ADMIN_TOKEN })).status, 'paid', 'again: the same answer');
    assert.equal(errorOf(await server.call('POST', '/admin/orders/ord-nope/mark-paid', { token: ADMIN_TOKEN }), 404).code, 'not_found');
  });

  it('only an order awaiting offline payment: a card order is refused with 409', async () => {
    const made = await order(renewal());
    assert.equal(errorOf(await server.call('POST', `/admin/orders/${made.id}/mark-paid`, { token: ADMIN_TOKEN }), 409).code, 'order_not_payable');
  });
});

describe(`payments on the server (${databaseName}): paying applies the order in one transaction`, () => {
  it('an upgrade paid by webhook changes plan, cycle and quantity; auto-renew as ordered', async () => {
    const request: QuoteRequest = { flow: 'upgrade', subscriptionId: seedIds.subscriptions.contactCenter, planId: 'cc-3', cycleId: 'm12', quantity: 100 };
    const made = await order(request);
    await card.emit('succeeded', paymentIdOf(made));
    const changed = await subscription(seedIds.subscriptions.contactCenter);
    assert.deepEqual([changed.planId, changed.cycleId, changed.quantity, changed.autoRenew], ['cc-3', 'm12', 100, true]);
  });

  it('a trial upgraded by PayPal becomes active, registered now, with auto-renew as ordered', async () => {
    const before = await subscription(seedIds.subscriptions.pascom);
    assert.equal(before.status, 'trial');
    const made = await order(
      { flow: 'upgrade', subscriptionId: seedIds.subscriptions.pascom, planId: 'pascom-business', cycleId: 'm12', quantity: 10 },
      'paypal',
    );
    parsed(Order, await server.call('POST', `/orders/${made.id}/confirm`, { body: {} }));
    const after = await subscription(seedIds.subscriptions.pascom);
    assert.deepEqual([after.status, after.planId, after.quantity, after.autoRenew], ['active', 'pascom-business', 10, true]);
    assert.notEqual(after.registeredAt, before.registeredAt);
  });

  it('a co-termed renewal paid by webhook moves each term end to the period end its line quoted', async () => {
    const ids = [seedIds.phones[24]!, seedIds.phones[25]!];
    const made = await order({ flow: 'renew', subscriptionIds: ids, durationId: 'r12', coterm: true });
    const before = await Promise.all(ids.map(subscription));
    await card.emit('succeeded', paymentIdOf(made));
    const after = await Promise.all(ids.map(subscription));
    // Both are Pro phones: their co-term days are one grouped line, and each one's new end is its quote item's.
    const items = parsed(QuoteItemPage, await server.call('GET', `/quotes/${made.quoteId}/items`)).items;
    assert.deepEqual(
      items.map((item) => item.subscriptionId),
      ids,
    );
    after.forEach((one, index) => {
      assert.ok(one.termEnd > before[index]!.termEnd);
      assert.equal(one.termEnd, items[index]!.newTermEnd);
      assert.equal(items[index]!.newTermEnd.slice(8), '01', 'the standard renewal day');
    });
  });

  it('a PayPal order confirmed by the browser while its webhooks arrive applies once', async () => {
    const made = await order({ flow: 'expand', subscriptionId: seedIds.subscriptions.pseries, items: [{ serviceId: 'extensions', quantity: 90 }] }, 'paypal');
    const id = paymentIdOf(made);
    const store = server.store;
    const original = store.repositoryFor.bind(store);
    let puts = 0;
    store.repositoryFor = (scope) => {
      const repository = original(scope);
      return {
        transaction: (work) =>
          repository.transaction((tx) => {
            const counting = Object.create(tx) as typeof tx;
            counting.putSubscription = (subscription) => {
              puts += 1;
              return tx.putSubscription(subscription);
            };
            // A paid order's changes are applied in place: count the applications that wrote.
            counting.applyOrderChanges = async (orderId, application) => {
              const applied = await tx.applyOrderChanges(orderId, application);
              if (applied) puts += 1;
              return applied;
            };
            return work(counting);
          }),
      };
    };
    try {
      const answers = await Promise.all([
        server.call('POST', `/orders/${made.id}/confirm`, { body: {} }),
        ...Array.from({ length: 6 }, () => post('paypal', paypal.signed('completed', id))),
      ]);
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [200, 200, 200, 200, 200, 200, 200],
      );
    } finally {
      store.repositoryFor = original;
    }
    assert.equal((await read(made.id)).status, 'paid');
    assert.equal(puts, 1, 'the subscription was written once');
  });

  it('a write failing after the changes applied leaves nothing: no subscription changed, the order pending, the event not recorded; redelivered, it pays', async () => {
    const ids = [seedIds.phones[20]!, seedIds.phones[21]!];
    const before = await Promise.all(ids.map(subscription));
    const made = await order({ flow: 'renew', subscriptionIds: ids, durationId: 'r12', coterm: false });
    const delivery = card.signed('succeeded', paymentIdOf(made));

    const store = server.store;
    const original = store.repositoryFor.bind(store);
    store.repositoryFor = (scope) => {
      const repository = original(scope);
      return {
        transaction: (work) =>
          repository.transaction((tx) => {
            const failing = Object.create(tx) as typeof tx;
            // The order's changes applied, then the failure: the transaction must undo them.
            failing.applyOrderChanges = async (orderId, application) => {
              await tx.applyOrderChanges(orderId, application);
              throw new Error('the database went away half-way');
            };
            return work(failing);
          }),
      };
    };
    try {
      assert.equal((await post('stripe', delivery)).status, 500);
    } finally {
      store.repositoryFor = original;
    }
    assert.equal((await read(made.id)).status, 'pending_payment');
    assert.deepEqual(
      (await Promise.all(ids.map(subscription))).map((one) => one.termEnd),
      before.map((one) => one.termEnd),
    );
    // Stripe redelivers an event that was not answered 2xx: now it applies, once.
    assert.equal((await post('stripe', delivery)).body['result'], 'paid');
    const after = await Promise.all(ids.map(subscription));
    after.forEach((one, index) => assert.notEqual(one.termEnd, before[index]!.termEnd));
  });
});

describe(`payments on the server (${databaseName}): the fakes on their own, as \`npm run server\` runs them`, () => {
  it('the browser confirms a card payment; the fake sends the verified webhook by itself and the order becomes paid', async () => {
    const own = await startTestServer({ fakeWebhookMs: 20 });
    try {
      const quote = parsed(Quote, await own.call('POST', '/quotes', { body: renewal() }));
      const body = { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod: 'card', autoRenew: true };
      const made = parsed(Order, await own.call('POST', '/orders', { body, headers: { 'Idempotency-Key': newKey() } }));
      assert.equal(parsed(Order, await own.call('POST', `/orders/${made.id}/confirm`, { body: {} })).status, 'pending_payment');
      // Read as the client does, until the webhook has come.
      let status = 'pending_payment';
      for (let attempt = 0; attempt < 100 && status === 'pending_payment'; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        status = parsed(Order, await own.call('GET', `/orders/${made.id}`)).status;
      }
      assert.equal(status, 'paid');
      assert.deepEqual(
        own.fakes.card!.delivered.map((one) => [one.type, one.status]),
        [['succeeded', 200]],
      );
    } finally {
      await own.close();
    }
  });
});
