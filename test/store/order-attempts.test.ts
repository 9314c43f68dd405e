/**
 * A reload between "Place Order" and its answer: the attempt and its idempotency key survive in
 * storage, and the next page's store re-sends it, so the mock database holds one order.
 */
import { expect } from '@open-wc/testing';
import type { CheckoutBackend } from '../../src/api/backend.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { CheckoutStore, attemptScope, OrderAttempts } from '../../src/store/index.js';
import { flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';
import type { MockBackend } from '../../mocks/index.js';

/** A Storage in memory, standing in for sessionStorage across the "reload". */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

let mock: MockBackend;
before(async () => {
  mock = await startMockBackend();
});
beforeEach(() => mock.reset());

async function readyStore(backend: CheckoutBackend, storage: ReturnType<typeof memoryStorage>) {
  const store = new CheckoutStore({ backend, attemptStorage: storage, quoteDebounceMs: 5, now: () => mock.clock.now().getTime() });
  store.configure({ ...flows.expand, locale: 'en-US' });
  await store.load();
  await store.loadContacts();
  return store;
}

describe('order attempts across a reload', () => {
  it('re-sends the attempt with its key after a reload, and the server keeps one order', async () => {
    const storage = memoryStorage();
    const http = httpBackend({ baseUrl: '/api' });
    // The first page's order request reaches the server, but the page reloads before the answer.
    let sentKey = '';
    const lostAnswer: CheckoutBackend = {
      ...http,
      createOrder: async (request, key, options) => {
        sentKey = key;
        await http.createOrder(request, key, options);
        return new Promise(() => {});
      },
    };
    const first = await readyStore(lostAnswer, storage);
    first.setQuantity('extensions', 60);
    await quoteSettled(first);
    first.setPaymentMethod('offline');
    void first.placeOrder();
    await until(first, () => mock.db.listOrders().length === 1, 'the order never reached the server');
    first.destroy();

    const second = await readyStore(http, storage);
    const result = await second.resumeOrder();
    expect(result.ok).to.equal(true);
    expect(second.getState().order?.id).to.equal(mock.db.listOrders()[0]!.id);
    expect(mock.db.listOrders()).to.have.length(1);
    expect(sentKey).to.not.equal('');
    // The offline order is complete, so nothing is left to resume.
    expect(new OrderAttempts(storage).read(attemptScope(second.getState().config!))).to.equal(null);
    expect((await second.resumeOrder()).ok).to.equal(false);
  });

  it('creates the order once when the first request never reached the server', async () => {
    const storage = memoryStorage();
    const http = httpBackend({ baseUrl: '/api' });
    const neverSent: CheckoutBackend = { ...http, createOrder: () => new Promise(() => {}) };
    const first = await readyStore(neverSent, storage);
    first.setQuantity('extensions', 55);
    await quoteSettled(first);
    first.setPaymentMethod('offline');
    void first.placeOrder();
    await until(first, (state) => state.status.order.state === 'loading');
    first.destroy();

    const second = await readyStore(http, storage);
    expect((await second.resumeOrder()).ok).to.equal(true);
    expect(mock.db.listOrders()).to.have.length(1);
  });

  it('keeps the attempt of a card order until it is paid', async () => {
    const storage = memoryStorage();
    const store = await readyStore(httpBackend({ baseUrl: '/api' }), storage);
    store.setQuantity('extensions', 52);
    await quoteSettled(store);
    store.setPaymentMethod('card');
    expect((await store.placeOrder()).ok).to.equal(true);
    const scope = attemptScope(store.getState().config!);
    expect(new OrderAttempts(storage).read(scope)).to.not.equal(null);
    expect((await store.confirmOrder({ paymentIntentId: 'pi_test' })).ok).to.equal(true);
    expect(store.getState().order?.status).to.equal('paid');
    expect(new OrderAttempts(storage).read(scope)).to.equal(null);
  });

  it('forgets a stored attempt the server can no longer honour, without an error for the buyer', async () => {
    const storage = memoryStorage();
    const store = await readyStore(httpBackend({ baseUrl: '/api' }), storage);
    const scope = attemptScope(store.getState().config!);
    new OrderAttempts(storage).write(scope, {
      body: JSON.stringify({ quoteId: 'q-gone', contactId: 'contact-anna', paymentMethod: 'offline', autoRenew: false }),
      key: 'key-from-yesterday',
    });
    expect((await store.resumeOrder()).ok).to.equal(false);
    expect(store.getState().status.order.state).to.equal('idle');
    expect(storage.items.size).to.equal(0);
    expect(mock.db.listOrders()).to.have.length(0);
  });

  it('ignores garbage in storage', async () => {
    const storage = memoryStorage();
    const store = await readyStore(httpBackend({ baseUrl: '/api' }), storage);
    storage.setItem(attemptScope(store.getState().config!), '{not json');
    expect((await store.resumeOrder()).ok).to.equal(false);
    expect(mock.db.listOrders()).to.have.length(0);
  });
});
