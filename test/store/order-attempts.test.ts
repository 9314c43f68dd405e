/**
 * A reload between "Place Order" and its answer: the attempt and its idempotency key survive in
 * storage, and the next page's store re-sends it, so the mock database holds one order.
 */
import { expect } from '@open-wc/testing';
import type { CheckoutBackend } from '../../src/api/backend.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { CheckoutStore } from '../../src/store/index.js';
import { attemptScope, OrderAttempts } from '../../src/store/order-attempts.js';
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

/** Every store a test made, destroyed after it: a live one would share its scope with the next test's. */
const made: CheckoutStore[] = [];
afterEach(() => {
  for (const store of made.splice(0)) store.destroy();
});

async function readyStore(backend: CheckoutBackend, storage: ReturnType<typeof memoryStorage>, instanceId?: string) {
  const store = new CheckoutStore({ backend, attemptStorage: storage, quoteDebounceMs: 5, now: () => mock.clock.now().getTime(), instanceId });
  made.push(store);
  store.configure({ ...flows.expand, locale: 'en-US' });
  await store.load();
  await store.loadContacts();
  return store;
}

describe('order attempts across a reload', () => {
  it('two checkouts for the same subscription, told apart by id: only the one that ordered resumes', async () => {
    const storage = memoryStorage();
    const http = httpBackend({ baseUrl: '/api' });
    const lostAnswer: CheckoutBackend = {
      ...http,
      createOrder: async (request, key, options) => {
        await http.createOrder(request, key, options);
        return new Promise(() => {});
      },
    };
    const a = await readyStore(lostAnswer, storage, 'checkout-a');
    const b = await readyStore(http, storage, 'checkout-b');
    a.setQuantity('extensions', 60);
    await quoteSettled(a);
    a.setPaymentMethod('offline');
    void a.placeOrder();
    await until(a, () => mock.db.listOrders().length === 1, 'the order never reached the server');
    a.destroy();
    b.destroy();

    // After the reload each checkout looks only at its own entry.
    const laterB = await readyStore(http, storage, 'checkout-b');
    expect((await laterB.resumeOrder()).ok, 'b placed nothing').to.equal(false);
    expect(laterB.getState().order).to.equal(null);
    const laterA = await readyStore(http, storage, 'checkout-a');
    expect((await laterA.resumeOrder()).ok).to.equal(true);
    expect(laterA.getState().order?.id).to.equal(mock.db.listOrders()[0]!.id);
    expect(mock.db.listOrders()).to.have.length(1);
    laterA.destroy();
    laterB.destroy();
  });

  it('warns when two live checkouts would share one entry, and not once they are told apart', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const config = { ...flows.expand, locale: 'en-US' };
    const stores: CheckoutStore[] = [];
    const store = (instanceId?: string) => {
      const created = new CheckoutStore({ backend: httpBackend({ baseUrl: '/api' }), attemptStorage: memoryStorage(), instanceId });
      stores.push(created);
      created.configure(config);
      return created;
    };
    try {
      const first = store();
      expect(warnings).to.have.length(0);
      store();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('give each <checkout-session> its own id');
      store('one');
      store('two');
      expect(warnings, 'ids keep them apart').to.have.length(1);
      for (const created of stores.splice(0)) created.destroy();
      store();
      expect(warnings, 'a destroyed checkout no longer counts').to.have.length(1);
      // Attempts kept in memory are each store's own: nothing to mix up.
      new CheckoutStore({ backend: httpBackend({ baseUrl: '/api' }) }).configure(config);
      expect(warnings).to.have.length(1);
      expect(attemptScope(first.getState().config!), 'without an id the key is as before').to.equal('upcart:order-attempt:expand|pseries|sub-pseries|');
      expect(attemptScope(first.getState().config!, 'one')).to.equal('upcart:order-attempt:expand|pseries|sub-pseries||one');
    } finally {
      console.warn = realWarn;
      for (const created of stores) created.destroy();
    }
  });

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
