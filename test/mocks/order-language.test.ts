/**
 * The mock backend answers orders in the request's language (issue 16), as the reference server
 * does (test/server/order-language.test.ts): the seeded past orders, quoted in English, list
 * their items in German for `de` and in English for `fr`, with `Vary: Accept-Language`; the
 * orders stay stored as quoted. Also through `httpBackend`, whose `locale` call option is the header.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { OrderPage, type Order } from '../../src/api/schemas.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { createMockBackend } from '../../mocks/index.js';

const mock = createMockBackend({ now: '2026-11-23T10:00:00.000Z', seedOrders: true });
const worker = setupWorker(...mock.handlers);

before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
after(() => worker.stop());
beforeEach(() => mock.reset());

async function historyIn(acceptLanguage?: string): Promise<OrderPage> {
  const response = await fetch('/api/orders', { headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} });
  expect(response.status).to.equal(200);
  expect(response.headers.get('Vary')).to.equal('Accept-Language');
  return OrderPage.parse(await response.json());
}

const names = (order: Order | undefined) => order?.lines.map((line) => line.itemName);

describe('mock handlers: orders in the buyer language', () => {
  it('lists the past orders with German item names for de, stored as quoted', async () => {
    const stored = JSON.stringify(mock.db.listOrders());
    const german = await historyIn('de-DE,de;q=0.9');
    expect(names(german.orders[0])).to.deep.equal(['Minuten Gesprächsaufzeichnung']);
    expect(names(german.orders[4])).to.deep.equal(['Nebenstellen']);
    expect(JSON.stringify(mock.db.listOrders())).to.equal(stored);
  });

  it('answers English for fr and without a header', async () => {
    for (const header of ['fr', undefined]) {
      expect(names((await historyIn(header)).orders[0])).to.deep.equal(['Call recording minutes']);
    }
  });

  it("sends the call's locale through httpBackend for an order and the history", async () => {
    const backend = httpBackend({ baseUrl: '/api' });
    const page = await backend.listOrders({}, { locale: 'de' });
    expect(names(page.orders[4])).to.deep.equal(['Nebenstellen']);
    const order = await backend.getOrder(page.orders[4]!.id, { locale: 'vi' });
    expect(names(order)).to.deep.equal(['Máy nhánh']);
  });
});
