/**
 * The MSW handlers over the in-memory backend, through plain `fetch` in the page: every seed
 * flow's answers fit the contract, a quote becomes a paid order that changes the subscription,
 * orders are idempotent, stale quotes are refused, and every fault switch does what it says.
 * The backend's clock is pinned to 2026-11-23T10:00:00Z, so the figures are fixed.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import type { z } from 'zod/mini';
import {
  Catalog,
  Contact,
  ContactList,
  CustomerLookup,
  ErrorBody,
  Invoice,
  Order,
  OrderPage,
  Quote,
  Subscription,
  SubscriptionList,
  type ContactInput,
  type CreateOrderRequest,
  type QuoteRequest,
} from '../../src/api/schemas.js';
import { createMockBackend, seedIds } from '../../mocks/index.js';

const NOW = '2026-11-23T10:00:00.000Z';
const mock = createMockBackend({ now: NOW });
const worker = setupWorker(...mock.handlers);

before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
after(() => worker.stop());
beforeEach(() => mock.reset());

interface Answer {
  status: number;
  body: unknown;
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const response = await fetch(`/api${path}`, init);
  return { status: response.status, body: (await response.json()) as unknown };
}

const get = (path: string) => call('GET', path);
const post = (path: string, body?: unknown, headers?: Record<string, string>) => call('POST', path, body, headers);

/** The body parsed with a schema; fails the test with the issues when it does not fit. */
function parsed<T extends z.ZodMiniType>(schema: T, answer: Answer, status = 200): z.output<T> {
  expect(answer.status, JSON.stringify(answer.body)).to.equal(status);
  const result = schema.safeParse(answer.body);
  expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
  return result.data as z.output<T>;
}

function errorOf(answer: Answer, status: number): ErrorBody['error'] {
  return parsed(ErrorBody, answer, status).error;
}

const expandTen: QuoteRequest = { flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] };

async function quote(request: QuoteRequest = expandTen): Promise<Quote> {
  return parsed(Quote, await post('/quotes', request));
}

function orderBody(quoteId: string, changes: Partial<CreateOrderRequest> = {}): CreateOrderRequest {
  return { quoteId, contactId: 'contact-anna', paymentMethod: 'card', autoRenew: true, ...changes };
}

async function order(body: CreateOrderRequest, key = `key-${Math.random()}`): Promise<Answer> {
  return post('/orders', body, { 'Idempotency-Key': key });
}

describe('mock handlers: seed data through the contract', () => {
  it('serves a catalog for every seed product', async () => {
    for (const productId of Object.values(seedIds.products)) {
      const catalog = parsed(Catalog, await get(`/catalog/${productId}`));
      expect(catalog.productId).to.equal(productId);
      expect(catalog.payments).to.deep.equal({ stripePublishableKey: 'pk_test_upcart', paypalClientId: 'upcart-sandbox' });
    }
    const cc = parsed(Catalog, await get('/catalog/contact-center'));
    expect(cc.plans.map((plan) => plan.id)).to.deep.equal(['cc-1', 'cc-2', 'cc-3', 'cc-4']);
    expect(cc.cycles.map((cycle) => [cycle.id, cycle.months, cycle.discountPercent])).to.deep.equal([
      ['m1', 1, 0],
      ['m3', 3, 5],
      ['m6', 6, 10],
      ['m12', 12, 15],
      ['m24', 24, 20],
    ]);
    expect(errorOf(await get('/catalog/nope'), 404).code).to.equal('not_found');
  });

  it('serves every seed subscription, relative to now', async () => {
    for (const id of Object.values(seedIds.subscriptions)) parsed(Subscription, await get(`/subscriptions/${id}`));
    const pseries = parsed(Subscription, await get('/subscriptions/sub-pseries'));
    // Started 7 months before now, 12-month term.
    expect([pseries.status, pseries.termStart, pseries.termEnd]).to.deep.equal(['active', '2026-04-23', '2027-04-23']);
    const pascom = parsed(Subscription, await get('/subscriptions/sub-pascom'));
    expect([pascom.status, pascom.paidThisTerm]).to.deep.equal(['trial', null]);
    const statuses = await Promise.all(
      ['sub-cc', 'sub-cc-trial', 'sub-cc-inactive'].map(async (id) => parsed(Subscription, await get(`/subscriptions/${id}`)).status),
    );
    expect(statuses).to.deep.equal(['active', 'trial', 'inactive']);
  });

  it('lists the 30 KooPhone phones, monthly and yearly, some already expired', async () => {
    const { subscriptions } = parsed(SubscriptionList, await get('/subscriptions?productId=koophone'));
    expect(subscriptions.map((phone) => phone.id)).to.deep.equal(seedIds.phones);
    expect(new Set(subscriptions.map((phone) => phone.cycleId))).to.deep.equal(new Set(['m1', 'm12']));
    expect(subscriptions.filter((phone) => phone.termEnd < '2026-11-23').map((phone) => phone.id)).to.deep.equal(['phone-01', 'phone-02']);
  });

  it('looks customers up by company id', async () => {
    const globex = parsed(CustomerLookup, await get('/customers?companyId=WP-100234'));
    expect(globex.customer).to.deep.equal({ id: 'cust-globex', companyId: 'WP-100234', name: 'Globex Trading Ltd', country: 'GB' });
    expect(globex.subscriptions.map((subscription) => subscription.id)).to.deep.equal(['sub-workplace']);
    const trial = parsed(CustomerLookup, await get('/customers?companyId=WP-200777'));
    expect(trial.subscriptions.map((subscription) => subscription.status)).to.deep.equal(['trial']);
    expect(errorOf(await get('/customers?companyId=WP-999999'), 404).code).to.equal('not_found');
    expect(errorOf(await get('/customers'), 422).fields).to.have.key('companyId');
  });

  it('lists the contacts with Anna as the default', async () => {
    const { contacts } = parsed(ContactList, await get('/contacts'));
    expect(contacts.map((contact) => [contact.id, contact.country, contact.isDefault ?? false])).to.deep.equal([
      ['contact-anna', 'DE', true],
      ['contact-luc', 'FR', false],
      ['contact-li', 'CN', false],
    ]);
  });
});

describe('mock handlers: quotes', () => {
  it("prices today's +10 extensions on sub-pseries", async () => {
    const expand = await quote();
    // 10 × $2.50 × 12 × 0.9 = $270.00/term; × 151 days left (2026-11-23 → 2027-04-23) / 365 = $111.698… → 11170
    expect(expand.lines.map((line) => [line.refId, line.quantity, line.amount.amount, line.prorationDays, line.termDays])).to.deep.equal([
      ['extensions', 10, 11170, 151, 365],
    ]);
    expect(expand.tax).to.deep.equal({ country: 'DE', ratePercent: 19, reverseCharge: false, amount: { amount: 2122, currency: 'USD' } }); // 11170 × 19% = 2122.3
    expect(expand.total.amount).to.equal(13292); // 11170 + 2122
    expect([expand.createdAt, expand.expiresAt]).to.deep.equal([NOW, '2026-11-23T10:15:00.000Z']);
  });

  it('uses the contact for tax: reverse charge for Luc, 6% for Li', async () => {
    expect((await quote({ ...expandTen, contactId: 'contact-luc' })).tax).to.deep.include({ country: 'FR', ratePercent: 0, reverseCharge: true });
    expect((await quote({ ...expandTen, contactId: 'contact-li' })).tax.amount.amount).to.equal(670); // 11170 × 6% = 670.2
    expect(errorOf(await post('/quotes', { ...expandTen, contactId: 'contact-nobody' }), 422).fields).to.have.key('contactId');
  });

  it('refuses invalid requests with field paths, unknown subscriptions with 404, broken JSON with 400', async () => {
    const schema = errorOf(await post('/quotes', { flow: 'expand', subscriptionId: 'sub-pseries', items: [] }), 422);
    expect([schema.code, Object.keys(schema.fields ?? {})]).to.deep.equal(['invalid_request', ['items']]);
    const domain = errorOf(await post('/quotes', { ...expandTen, items: [{ serviceId: 'extensions', quantity: 2000 }] }), 422);
    expect(domain.fields).to.deep.equal({ 'items.0.quantity': 'At most 1000' });
    expect(errorOf(await post('/quotes', { ...expandTen, subscriptionId: 'sub-nope' }), 404).code).to.equal('not_found');
    const response = await fetch('/api/quotes', { method: 'POST', body: '{"flow":', headers: { 'Content-Type': 'application/json' } });
    expect(errorOf({ status: response.status, body: await response.json() }, 400).code).to.equal('invalid_json');
    expect(errorOf(await post('/quotes', { ...expandTen, promoCode: 'EXPIRED20' }), 422)).to.deep.include({
      code: 'promo_invalid',
      message: 'The promotion code EXPIRED20 expired on 2026-11-22.',
    });
  });

  it('counts expansion steps from the current quantity, as the store does', async () => {
    // 1,050 minutes now (off the catalog's 0 + k·100 grid): packs of 100 on top give 1,150, not 1,100.
    mock.db.patchSubscription('sub-pseries', {
      services: [
        { serviceId: 'extensions', quantity: 50 },
        { serviceId: 'recording-minutes', quantity: 1050 },
      ],
    });
    const minutes = (quantity: number) =>
      post('/quotes', { flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'recording-minutes', quantity }] });
    expect((await minutes(1150)).status).to.equal(200);
    expect(errorOf(await minutes(1100), 422).fields).to.deep.equal({ 'items.0.quantity': 'In steps of 100 from 1050' });
  });
});

describe('mock handlers: orders', () => {
  it('runs quote → card order → confirm and applies the expansion', async () => {
    const priced = await quote();
    const created = parsed(Order, await order(orderBody(priced.id)));
    expect([created.status, created.effectiveAt, created.invoice, created.total]).to.deep.equal(['pending_payment', null, null, priced.total]);
    expect(created.payment?.provider).to.equal('stripe');
    if (created.payment?.provider !== 'stripe') throw new Error('expected stripe');
    expect(created.payment.clientSecret).to.match(/^pi_\w+_secret_\w+$/);
    expect(created.payment.publishableKey).to.equal('pk_test_upcart');
    const paymentIntentId = created.payment.clientSecret.split('_secret_')[0];

    const paid = parsed(Order, await post(`/orders/${created.id}/confirm`, { paymentIntentId }));
    expect([paid.status, paid.effectiveAt, paid.payment]).to.deep.equal(['paid', NOW, null]);
    expect(paid.invoice?.url).to.match(/^https:\/\/billing\.upcart\.test\/invoices\/[0-9a-f]{32}$/);
    expect([paid.invoice?.expiresAt, paid.invoice?.singleUse]).to.deep.equal(['2026-11-24T10:00:00.000Z', true]);
    // A fresh link at any time: another link, valid 24 hours from now, usable once.
    const fresh = parsed(Invoice, await post(`/orders/${created.id}/invoice-link`, undefined));
    expect(fresh.url).to.not.equal(paid.invoice?.url);
    expect([fresh.expiresAt, fresh.singleUse]).to.deep.equal(['2026-11-24T10:00:00.000Z', true]);
    expect(parsed(Order, await get(`/orders/${created.id}`)).status).to.equal('paid');

    const after = parsed(Subscription, await get('/subscriptions/sub-pseries'));
    expect(after.services).to.deep.include({ serviceId: 'extensions', quantity: 60 });
    expect([after.termEnd, after.minimumTermEnd]).to.deep.equal(['2027-04-23', '2027-04-23']); // no new minimum term
    expect(after.paidThisTerm?.amount).to.equal(156_600 + 11_170); // seed's paid term + the expansion
    expect(parsed(Order, await post(`/orders/${created.id}/confirm`, {})).status).to.equal('paid'); // again: same answer
  });

  it('answers PayPal orders with the PayPal order id and client id', async () => {
    const priced = await quote();
    const created = parsed(Order, await order(orderBody(priced.id, { paymentMethod: 'paypal' })));
    expect(created.payment).to.deep.include({ provider: 'paypal', clientId: 'upcart-sandbox' });
    if (created.payment?.provider !== 'paypal') throw new Error('expected paypal');
    // Another quote's order (for another subscription, so the first is not superseded).
    const other = await quote({ flow: 'renew', subscriptionIds: ['phone-04'], durationId: 'r1', coterm: false });
    const otherOrder = parsed(Order, await order(orderBody(other.id, { paymentMethod: 'paypal' })));
    if (otherOrder.payment?.provider !== 'paypal') throw new Error('expected paypal');
    const mixUp = errorOf(await post(`/orders/${created.id}/confirm`, { paypalOrderId: otherOrder.payment.paypalOrderId }), 422);
    expect(mixUp.fields).to.have.key('paypalOrderId');
    const paid = parsed(Order, await post(`/orders/${created.id}/confirm`, { paypalOrderId: created.payment.paypalOrderId }));
    expect(paid.status).to.equal('paid');
  });

  it('places offline orders with a proforma invoice and the PI number', async () => {
    const priced = await quote();
    const created = parsed(Order, await order(orderBody(priced.id, { paymentMethod: 'offline', piNumber: 'PI-2026/0042', autoRenew: true })));
    expect([created.status, created.payment, created.piNumber, created.autoRenew]).to.deep.equal(['awaiting_offline_payment', null, 'PI-2026/0042', false]);
    expect(created.invoice?.url).to.match(/^https:\/\/billing\.upcart\.test\/invoices\/[0-9a-f]{32}$/);
    expect(created.invoice?.singleUse).to.equal(true);
  });

  it('upgrades the pascom trial: plan, SLA, services, status and a new term', async () => {
    const priced = await quote({
      flow: 'upgrade',
      subscriptionId: 'sub-pascom',
      planId: 'pascom-business',
      cycleId: 'm12',
      quantity: 15,
      slaId: 'sla-business',
      services: [{ serviceId: 'trunk-lines', quantity: 6 }],
    });
    // 15 × €7.90 × 12 × 0.9 = 127 980; SLA €49 × 12 × 0.9 = 52 920; 4 trunk lines × €4.90 × 12 × 0.9 = 21 168
    expect(priced.subtotal.amount).to.equal(202_068);
    const created = parsed(Order, await order(orderBody(priced.id, { paymentMethod: 'card', autoRenew: true })));
    parsed(Order, await post(`/orders/${created.id}/confirm`, {}));
    const after = parsed(Subscription, await get('/subscriptions/sub-pascom'));
    expect(after).to.deep.include({
      status: 'active',
      planId: 'pascom-business',
      cycleId: 'm12',
      quantity: 15,
      slaId: 'sla-business',
      termStart: '2026-11-23',
      termEnd: '2027-11-23',
      autoRenew: true,
      registeredAt: NOW,
    });
    expect(after.services).to.deep.include({ serviceId: 'trunk-lines', quantity: 6 });
    expect(after.paidThisTerm).to.deep.equal({ amount: 202_068, currency: 'EUR' });
  });

  it('renews a batch of phones on the standard renewal day', async () => {
    const priced = await quote({ flow: 'renew', subscriptionIds: ['phone-01', 'phone-03'], durationId: 'r12', coterm: true });
    // phone-01 ends 2026-11-20 → 2027-11-20 → co-termed to 2027-12-01 (+11 days × $9 × 12 / 365 = 325)
    // phone-03 ends on the 1st (2027-01-01) → 2028-01-01, nothing to add
    // Both are Standard phones (phone-01 monthly, phone-03 yearly): one renewal line of 2, as the cycle does not change its price.
    expect(priced.lines.map((line) => [line.subscriptionId, line.kind, line.count, line.amount.amount])).to.deep.equal([
      [undefined, 'renewal', 2, 18360],
      ['phone-01', 'coterm', undefined, 325],
    ]);
    const created = parsed(Order, await order(orderBody(priced.id, { paymentMethod: 'offline' })));
    parsed(Order, await post(`/orders/${created.id}/confirm`, {}));
    const phone01 = parsed(Subscription, await get('/subscriptions/phone-01'));
    expect([phone01.status, phone01.termStart, phone01.termEnd]).to.deep.equal(['active', '2026-11-20', '2027-12-01']);
    expect(parsed(Subscription, await get('/subscriptions/phone-03')).termEnd).to.equal('2028-01-01');
  });

  it('creates one order per idempotency key and refuses a key reused for another body', async () => {
    const priced = await quote();
    const first = parsed(Order, await order(orderBody(priced.id), 'key-1'));
    const again = parsed(Order, await order(orderBody(priced.id), 'key-1'));
    expect(again.id).to.equal(first.id);
    expect(mock.db.listOrders()).to.have.length(1);
    const conflict = errorOf(await order(orderBody(priced.id, { paymentMethod: 'paypal' }), 'key-1'), 422);
    expect(conflict.code).to.equal('idempotency_conflict');
    expect(errorOf(await post('/orders', orderBody(priced.id)), 400).code).to.equal('idempotency_key_required');
    expect(mock.db.listOrders()).to.have.length(1);
  });

  it('refuses an expired quote after 15 minutes', async () => {
    const priced = await quote();
    mock.clock.advanceMinutes(16);
    expect(errorOf(await order(orderBody(priced.id)), 409).code).to.equal('quote_expired');
  });

  it('refuses a quote superseded by a newer one for the same subscription', async () => {
    const older = await quote();
    const newer = await quote({ ...expandTen, items: [{ serviceId: 'extensions', quantity: 70 }] });
    expect(errorOf(await order(orderBody(older.id)), 409).code).to.equal('quote_superseded');
    expect(parsed(Order, await order(orderBody(newer.id))).quoteId).to.equal(newer.id);
  });

  it('refuses a quote whose price changed since, and one billed to a contact taxed otherwise', async () => {
    const priced = await quote();
    mock.db.setUnitPrice('pseries', 'extensions', { amount: 300, currency: 'USD' });
    const changed = errorOf(await order(orderBody(priced.id)), 409);
    expect(changed.code).to.equal('price_changed');
    expect(changed.message).to.contain('USD 132.92');

    mock.reset();
    const forAnna = await quote({ ...expandTen, contactId: 'contact-anna' });
    expect(errorOf(await order(orderBody(forAnna.id, { contactId: 'contact-luc' })), 409).code).to.equal('price_changed');
  });

  it('replaces a pending order for the same quote, refuses a paid one', async () => {
    const priced = await quote();
    const card = parsed(Order, await order(orderBody(priced.id)));
    const paypal = parsed(Order, await order(orderBody(priced.id, { paymentMethod: 'paypal' })));
    expect(parsed(Order, await get(`/orders/${card.id}`)).status).to.equal('cancelled');
    parsed(Order, await post(`/orders/${paypal.id}/confirm`, {}));
    expect(errorOf(await order(orderBody(priced.id, { paymentMethod: 'offline' })), 409).code).to.equal('quote_used');
    expect(errorOf(await post(`/orders/${card.id}/confirm`, {}), 409).code).to.equal('order_not_payable');
    expect(errorOf(await get('/orders/ord-nope'), 404).code).to.equal('not_found');
  });
});

describe('mock handlers: cancelling an order', () => {
  it('cancels a pending card order and an offline one waiting for its money, and answers a cancelled one again', async () => {
    const card = parsed(Order, await order(orderBody((await quote()).id)));
    const cancelled = parsed(Order, await post(`/orders/${card.id}/cancel`));
    expect([cancelled.id, cancelled.status, cancelled.payment]).to.deep.equal([card.id, 'cancelled', null]);
    expect(parsed(Order, await post(`/orders/${card.id}/cancel`)), 'idempotent').to.deep.equal(cancelled);
    expect(errorOf(await post(`/orders/${card.id}/confirm`, {}), 409).code, 'never paid after all').to.equal('order_not_payable');

    const offline = parsed(Order, await order(orderBody((await quote()).id, { paymentMethod: 'offline' })));
    expect(offline.status).to.equal('awaiting_offline_payment');
    expect(parsed(Order, await post(`/orders/${offline.id}/cancel`)).status).to.equal('cancelled');
    expect(parsed(Order, await get(`/orders/${offline.id}`)).status).to.equal('cancelled');
  });

  it('refuses to cancel a paid order with order_not_cancellable and leaves it paid; an unknown order is 404', async () => {
    const created = parsed(Order, await order(orderBody((await quote()).id)));
    parsed(Order, await post(`/orders/${created.id}/confirm`, {}));
    const refused = errorOf(await post(`/orders/${created.id}/cancel`), 409);
    expect(refused.code).to.equal('order_not_cancellable');
    expect(parsed(Order, await get(`/orders/${created.id}`)).status).to.equal('paid');
    // The purchase it paid for stays applied.
    expect(parsed(Subscription, await get('/subscriptions/sub-pseries')).services).to.deep.include({ serviceId: 'extensions', quantity: 60 });
    expect(errorOf(await post('/orders/ord-nope/cancel'), 404).code).to.equal('not_found');
  });
});

describe('mock handlers: order history', () => {
  it('pages the orders newest first with nextCursor, filters by status, and refuses a bad query with 400', async () => {
    const made: Order[] = [];
    for (const minutes of [0, 3, 0, 4]) {
      mock.clock.advanceMinutes(minutes);
      made.push(parsed(Order, await order(orderBody((await quote()).id))));
    }
    parsed(Order, await post(`/orders/${made[1]!.id}/cancel`));
    const newest = [...made].reverse().map((one) => one.id);

    const first = parsed(OrderPage, await get('/orders?limit=3'));
    expect(first.orders.map((one) => one.id)).to.deep.equal(newest.slice(0, 3));
    const second = parsed(OrderPage, await get(`/orders?limit=3&cursor=${encodeURIComponent(first.nextCursor!)}`));
    expect(second).to.deep.equal({ orders: [parsed(Order, await get(`/orders/${newest[3]}`))], nextCursor: null });
    expect(parsed(OrderPage, await get('/orders')).orders).to.have.length(4);

    const cancelled = parsed(OrderPage, await get('/orders?status=cancelled'));
    expect(cancelled.orders.map((one) => [one.id, one.status])).to.deep.equal([[made[1]!.id, 'cancelled']]);
    expect(parsed(OrderPage, await get('/orders?status=paid,failed')).orders).to.deep.equal([]);

    for (const query of ['limit=0', 'limit=101', 'limit=x', 'status=shipped', 'status=paid&status=cancelled', 'cursor=nope']) {
      const refused = errorOf(await get(`/orders?${query}`), 400);
      expect(refused.code, query).to.equal('invalid_request');
      expect(Object.keys(refused.fields ?? {}), query).to.deep.equal([query.split('=')[0]]);
    }
  });
});

describe('mock handlers: contacts and subscriptions', () => {
  const valid: ContactInput = {
    name: '  Maria Rossi ',
    email: 'maria@example.it',
    company: 'Rossi Srl',
    address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121' },
    country: 'IT',
    vatId: 'IT12345678901',
  };

  it('validates a new contact field by field', async () => {
    const refused = errorOf(await post('/contacts', { ...valid, email: 'not-an-email', address: { ...valid.address, city: '' }, country: 'XX' }), 422);
    expect(refused.code).to.equal('invalid_request');
    expect(refused.fields).to.have.keys(['email', 'address.city', 'country']);
    expect(refused.fields?.['email']).to.equal('Enter a valid email address');
    expect(mock.db.listContacts()).to.have.length(3);
  });

  it('saves a valid contact, trimmed, and lists it', async () => {
    const saved = parsed(Contact, await post('/contacts', valid));
    expect(saved.name).to.equal('Maria Rossi');
    expect(parsed(ContactList, await get('/contacts')).contacts.map((contact) => contact.id)).to.include(saved.id);
    // An Italian business gets reverse charge.
    expect((await quote({ ...expandTen, contactId: saved.id })).tax).to.deep.include({ country: 'IT', ratePercent: 0, reverseCharge: true });
  });

  it('answers a contact equal to an existing one with that contact, saving no second one', async () => {
    const first = parsed(Contact, await post('/contacts', valid));
    const count = mock.db.listContacts().length;
    // The same content, typed otherwise: spaces, the email's case.
    const again = { ...valid, name: 'Maria  Rossi', email: 'Maria@Example.IT', address: { ...valid.address, city: ' Milano ' } };
    expect(parsed(Contact, await post('/contacts', again)).id).to.equal(first.id);
    // The seed's Anna Schmidt, sent a second time.
    const anna = mock.db.listContacts().find((contact) => contact.id === 'contact-anna')!;
    const { id: _id, isDefault: _default, ...annaInput } = anna;
    expect(parsed(Contact, await post('/contacts', annaInput)).id).to.equal('contact-anna');
    expect(mock.db.listContacts()).to.have.length(count);
    // Another street is another contact.
    const other = parsed(Contact, await post('/contacts', { ...valid, address: { ...valid.address, line1: 'Via Roma 2' } }));
    expect(other.id).to.not.equal(first.id);
    expect(mock.db.listContacts()).to.have.length(count + 1);
  });

  it('takes an internationalized email as sent, and knows its A-label form is the same mailbox', async () => {
    const unicode = parsed(Contact, await post('/contacts', { ...valid, email: 'josé@bücher.de' }));
    expect(unicode.email).to.equal('josé@bücher.de');
    expect(parsed(Contact, await post('/contacts', { ...valid, email: 'JOSÉ@xn--bcher-kva.de' })).id).to.equal(unicode.id);
  });

  it('turns auto-renew off and on, and unsubscribes', async () => {
    const off = parsed(Subscription, await call('PATCH', '/subscriptions/phone-04', { autoRenew: false }));
    expect(off.autoRenew).to.equal(false);
    const on = parsed(Subscription, await call('PATCH', '/subscriptions/phone-05', { autoRenew: true }));
    expect([on.autoRenew, on.nextPaymentAt]).to.deep.equal([true, `${on.termEnd}T00:00:00.000Z`]);
    expect(errorOf(await call('PATCH', '/subscriptions/phone-04', { autoRenew: 'yes' }), 422).fields).to.have.key('autoRenew');
    const ended = parsed(Subscription, await post('/subscriptions/sub-cc/unsubscribe'));
    expect([ended.status, ended.autoRenew, ended.nextPaymentAt]).to.deep.equal(['active', false, null]); // runs to its term end
    const trial = parsed(Subscription, await post('/subscriptions/sub-cc-trial/unsubscribe'));
    expect(trial.status).to.equal('inactive');
  });
});

describe('mock handlers: fault switches', () => {
  it('answers an injected status with an ErrorBody', async () => {
    mock.faults.set('getCatalog', { status: 503, message: 'Maintenance until 11:00 UTC.' });
    expect(errorOf(await get('/catalog/pseries'), 503)).to.deep.equal({ code: 'unavailable', message: 'Maintenance until 11:00 UTC.' });
    expect(mock.faults.get('getCatalog')).to.deep.include({ status: 503 }); // stays until cleared
  });

  it('sends field messages with an injected status', async () => {
    const fields = { email: 'This address is already in use.', 'address.postalCode': 'Unknown postal code' };
    mock.faults.set('createContact', { status: 422, message: 'The contact has invalid fields.', fields, times: 1 });
    expect(errorOf(await post('/contacts', {}), 422)).to.deep.equal({ code: 'invalid_request', message: 'The contact has invalid fields.', fields });
    // A status without a code of its own is an `invalid_request` when it names fields.
    mock.faults.set('createContact', { status: 418, fields: { name: 'Too short' }, times: 1 });
    expect(errorOf(await post('/contacts', {}), 418)).to.deep.include({ code: 'invalid_request', fields: { name: 'Too short' } });
    expect(() => mock.faults.set('createContact', { fields: { name: 'Too short' } })).to.throw(TypeError);
  });

  it('answers 401 or 403 with an HTML page or nothing, and 429 or 503 with Retry-After', async () => {
    mock.faults.set('listContacts', { status: 401, body: 'html', message: 'Please log in <here>', times: 1 });
    let response = await fetch('/api/contacts');
    expect([response.status, response.headers.get('Content-Type')]).to.deep.equal([401, 'text/html; charset=utf-8']);
    expect(await response.text()).to.match(/^<!doctype html>.*Please log in here/);

    mock.faults.set('listContacts', { status: 403, body: 'empty', times: 1 });
    response = await fetch('/api/contacts');
    expect([response.status, await response.text()]).to.deep.equal([403, '']);

    mock.faults.set('createQuote', { status: 429, retryAfter: 30, times: 1 });
    response = await fetch('/api/quotes', { method: 'POST', body: JSON.stringify(expandTen) });
    expect([response.status, response.headers.get('Retry-After')]).to.deep.equal([429, '30']);
    expect(ErrorBody.parse(await response.json()).error.code).to.equal('rate_limited');

    const date = 'Wed, 25 Nov 2026 10:00:00 GMT';
    mock.faults.set('getCatalog', { status: 503, retryAfter: date, times: 1 });
    expect((await fetch('/api/catalog/pseries')).headers.get('Retry-After')).to.equal(date);
    expect(() => mock.faults.set('getCatalog', { retryAfter: 5 })).to.throw(TypeError);
    expect(() => mock.faults.set('getCatalog', { body: 'html' })).to.throw(TypeError);
  });

  it('answers malformed JSON with 200', async () => {
    mock.faults.set('listContacts', { malformed: true });
    const response = await fetch('/api/contacts');
    expect(response.status).to.equal(200);
    let failed = false;
    await response.json().catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('answers valid JSON of the wrong shape with 200', async () => {
    mock.faults.set('createQuote', { wrongShape: true });
    const answer = await post('/quotes', expandTen);
    expect(answer.status).to.equal(200);
    expect(Quote.safeParse(answer.body).success).to.equal(false);
  });

  it('fails at the network level', async () => {
    mock.faults.set('getSubscription', { network: true });
    let error: unknown;
    await fetch('/api/subscriptions/sub-pseries').catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
  });

  it('delays answers per endpoint and globally', async () => {
    mock.faults.set('getCatalog', { latencyMs: 120 });
    let started = performance.now();
    parsed(Catalog, await get('/catalog/pseries'));
    expect(performance.now() - started).to.be.at.least(110);
    mock.faults.clear();
    mock.faults.latencyMs = 80;
    started = performance.now();
    parsed(ContactList, await get('/contacts'));
    expect(performance.now() - started).to.be.at.least(70);
  });

  it('hangs until the client aborts, and clearing the fault releases the request', async () => {
    mock.faults.set('createQuote', { hang: true });
    const controller = new AbortController();
    const pending = fetch('/api/quotes', { method: 'POST', body: JSON.stringify(expandTen), signal: controller.signal });
    // Abort only once the handler holds the request: one aborted earlier would still reach the
    // handler later, through the service worker, and take the next test's fault.
    await mock.faults.whenHeld('createQuote');
    controller.abort();
    let error: unknown;
    await pending.catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    mock.faults.clear('createQuote');
    parsed(Quote, await post('/quotes', expandTen));
  });

  it('applies a fault to the next N calls only', async () => {
    mock.faults.set('createQuote', { status: 500, times: 1 });
    expect(errorOf(await post('/quotes', expandTen), 500).code).to.equal('internal_error');
    expect(mock.faults.get('createQuote')).to.equal(undefined);
    parsed(Quote, await post('/quotes', expandTen));

    mock.faults.set('getOrder', { status: 502, times: 2 });
    expect((await get('/orders/ord-1')).status).to.equal(502);
    expect(mock.faults.get('getOrder')?.times).to.equal(1);
    expect((await get('/orders/ord-1')).status).to.equal(502);
    expect((await get('/orders/ord-1')).status).to.equal(404); // the backend's own answer again
  });

  it('is cleared by reset', async () => {
    mock.faults.set('listContacts', { status: 500 });
    mock.faults.latencyMs = 500;
    mock.reset();
    expect(mock.faults.entries()).to.deep.equal([]);
    parsed(ContactList, await get('/contacts'));
  });
});
