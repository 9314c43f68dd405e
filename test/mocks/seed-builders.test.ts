/**
 * The mocks kit on a vendor's own seed (nordwind-seed.ts) under MSW's service worker, as a
 * vendor's browser test runs it: a relative base URL resolved against the page, the vendor's
 * product quoted at the figure worked out by hand and ordered offline, a fault switch, and
 * `reset()` back to the vendor's data.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { httpBackend } from '../../src/api/http-backend.js';
import { CheckoutError } from '../../src/api/errors.js';
import { createMockBackend } from '../../mocks/index.js';
import { EXPECTED, expandSeats, NOW, nordwindSeed } from './nordwind-seed.js';

const mock = createMockBackend({ now: NOW, seed: nordwindSeed });
const worker = setupWorker(...mock.handlers);
const backend = httpBackend({ baseUrl: '/api', timeoutMs: 2000 });

before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
after(() => worker.stop());
afterEach(() => mock.reset());

describe('mocks kit on a vendor seed, in the browser', () => {
  it('quotes the vendor product and places an offline order', async () => {
    expect((await backend.getCatalog('telephony')).currency).to.equal('EUR');
    const quote = await backend.createQuote(expandSeats);
    expect(quote.lines.map((line) => line.amount.amount)).to.deep.equal([EXPECTED.seats]);
    expect([quote.tax.amount.amount, quote.total.amount]).to.deep.equal([EXPECTED.tax, EXPECTED.total]);
    const order = await backend.createOrder({ quoteId: quote.id, contactId: 'contact-jana', paymentMethod: 'offline', autoRenew: false }, 'order-key-1');
    expect([order.status, order.total.amount]).to.deep.equal(['awaiting_offline_payment', EXPECTED.total]);
  });

  it('fails one quote with a fault switch, then resets to the vendor seed', async () => {
    mock.faults.set('createQuote', { status: 500, times: 1 });
    const refused = await backend.createQuote(expandSeats).catch((error: unknown) => error);
    expect(refused instanceof CheckoutError && refused.status).to.equal(500);
    const quote = await backend.createQuote(expandSeats);
    await backend.createOrder({ quoteId: quote.id, contactId: 'contact-jana', paymentMethod: 'offline', autoRenew: false }, 'order-key-2');

    mock.reset();
    expect((await backend.listOrders()).orders).to.deep.equal([]);
    expect((await backend.listContacts()).map((entry) => entry.id)).to.deep.equal(['contact-jana', 'contact-1']);
    await backend.getCatalog('pseries').then(
      () => expect.fail('the demo catalog is not in a vendor seed'),
      (error: unknown) => expect(error instanceof CheckoutError && error.status).to.equal(404),
    );
  });
});
