/**
 * The mocks kit as a vendor's Node test uses it: its own catalog (a product the demo does not
 * have, in EUR), customer, contacts and subscription built with the builders (nordwind-seed.ts), served by
 * `msw/node`, driven through `httpBackend` with an absolute base URL. The clock is pinned, so
 * every figure is worked out by hand below.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { httpBackend } from '../../src/api/http-backend.js';
import { CheckoutError } from '../../src/api/errors.js';
import { createMockBackend } from '../../mocks/index.js';
import { EXPECTED, expandSeats, NOW, nordwindSeed } from '../mocks/nordwind-seed.js';

const mock = createMockBackend({ now: NOW, seed: nordwindSeed });
const server = setupServer(...mock.handlers);
const backend = httpBackend({ baseUrl: 'http://localhost/api' });

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
after(() => server.close());

describe('the mocks kit on a vendor seed, in Node', () => {
  it('serves the vendor catalog and subscription and nothing of the demo', async () => {
    const served = await backend.getCatalog('telephony');
    assert.equal(served.currency, 'EUR');
    assert.deepEqual(
      served.services.map((entry) => [entry.id, entry.unitPrice.amount]),
      [['seats', 1200]],
    );
    const seeded = await backend.getSubscription('sub-telephony');
    // A yearly term started a third of a cycle (4 months) and 10 days before now.
    assert.deepEqual([seeded.termStart, seeded.termEnd, seeded.cycleId], ['2026-07-13', '2027-07-13', 'm12']);
    assert.deepEqual(
      (await backend.listContacts()).map((entry) => entry.id),
      ['contact-jana', 'contact-1'],
    );
    await assert.rejects(backend.getCatalog('pseries'), (error: unknown) => error instanceof CheckoutError && error.status === 404);
  });

  it('quotes an expansion at the figure worked out by hand and places an offline order', async () => {
    const quote = await backend.createQuote(expandSeats);
    // 5 seats × 12.00 × 12 months × 0.9, for 232 of the term's 365 days:
    // 64,800 × 232 / 365 = 41,188.49 -> 41,188 cents; 19 % German VAT: 7,825.72 -> 7,826.
    assert.deepEqual(
      quote.lines.map((line) => [line.refId, line.quantity, line.prorationDays, line.termDays, line.amount.amount]),
      [['seats', 5, 232, 365, EXPECTED.seats]],
    );
    assert.deepEqual([quote.currency, quote.tax.amount.amount, quote.total.amount], ['EUR', EXPECTED.tax, EXPECTED.total]);

    const order = await backend.createOrder({ quoteId: quote.id, contactId: 'contact-jana', paymentMethod: 'offline', autoRenew: false }, 'order-key-1');
    assert.equal(order.status, 'awaiting_offline_payment');
    assert.equal(order.total.amount, EXPECTED.total);
  });

  it('fails exactly one call with a fault switch', async () => {
    mock.faults.set('createQuote', { status: 500, times: 1 });
    await assert.rejects(backend.createQuote(expandSeats), (error: unknown) => error instanceof CheckoutError && error.status === 500);
    assert.equal((await backend.createQuote(expandSeats)).total.amount, EXPECTED.total);
  });

  it('expires a quote when the clock moves past its 15 minutes', async () => {
    const quote = await backend.createQuote(expandSeats);
    mock.clock.advanceMinutes(16);
    await assert.rejects(
      backend.createOrder({ quoteId: quote.id, contactId: 'contact-jana', paymentMethod: 'offline', autoRenew: false }, 'order-key-2'),
      (error: unknown) => error instanceof CheckoutError && error.serverCode === 'quote_expired',
    );
  });

  it('resets to the vendor seed: its records as seeded, nothing made since', async () => {
    const seeded = await backend.getSubscription('sub-telephony');
    const contacts = await backend.listContacts();
    await backend.createContact(
      { name: 'Piet Nord', email: 'piet@nordwind.example', address: { line1: 'Hafenstraße 1', city: 'Hamburg', postalCode: '20457' }, country: 'DE' },
      { idempotencyKey: 'contact-key-1' },
    );
    await backend.createOrder(
      { quoteId: (await backend.createQuote(expandSeats)).id, contactId: 'contact-jana', paymentMethod: 'offline', autoRenew: false },
      'order-key-3',
    );
    mock.clock.advanceDays(3);

    mock.reset();
    assert.deepEqual(await backend.listContacts(), contacts);
    assert.deepEqual((await backend.listOrders()).orders, []);
    assert.deepEqual(await backend.getSubscription('sub-telephony'), seeded);
  });
});

describe('httpBackend without a page', () => {
  it('refuses a relative baseUrl at creation, saying to pass an absolute one', () => {
    assert.throws(() => httpBackend({ baseUrl: '/api' }), {
      name: 'TypeError',
      message: /a relative baseUrl needs a page location; in Node pass an absolute URL such as http:\/\/localhost\/api/,
    });
  });

  it('takes a relative baseUrl with a fetch of its own, which may resolve it', () => {
    assert.doesNotThrow(() => httpBackend({ baseUrl: '/api', fetch: (input, init) => fetch(new URL(String(input), 'http://localhost'), init) }));
  });
});
