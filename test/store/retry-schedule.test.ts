/**
 * Retries that honour `Retry-After`, and `retryFailed()`, through the store on a fake backend and
 * manual timers: a retry asked for before the server's time waits for it, once however often it is
 * asked for, and shows that it waits.
 */
import { expect } from '@open-wc/testing';
import { CheckoutError } from '../../src/api/errors.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { FakeBackend } from './fake-backend.js';
import { catalog, contacts, newContact, NOW, subscription } from './fixtures.js';
import { ManualTimers } from './manual-timers.js';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function harness() {
  const backend = new FakeBackend();
  const timers = new ManualTimers();
  const clock = { now: NOW };
  const store = new CheckoutStore({ backend, timers, now: () => clock.now });
  store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1' });
  /** Moves both clocks: the store's and its timers'. */
  const advance = (ms: number) => {
    clock.now += ms;
    timers.advance(ms);
  };
  return { store, backend, timers, advance };
}

const busy = (retryAfterMs?: number) =>
  new CheckoutError('http', 'Too many requests.', { status: 429, serverCode: 'rate_limited', ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

describe('retry after Retry-After', () => {
  it('waits until the time the server asked for, sending one request however often it is asked', async () => {
    const { store, backend, timers, advance } = harness();
    void store.loadContacts();
    backend.last('listContacts').reject(busy(30_000));
    await flush();
    expect(store.getState().status.contacts.error?.retryAfterMs).to.equal(30_000);

    const first = store.retry('contacts');
    const second = store.retry('contacts');
    // Waiting is not failing: retryFailed() leaves the scheduled retry alone.
    expect(await store.retryFailed()).to.deep.equal([]);
    expect(second, 'the same waiting retry').to.equal(first);
    expect(store.getState().status.contacts, 'shown as waiting, with when').to.deep.equal({ state: 'loading', retryAt: NOW + 30_000 });
    expect(timers.pending, 'one timer').to.equal(1);
    expect(backend.count('listContacts'), 'nothing sent yet').to.equal(1);

    advance(29_999);
    expect(backend.count('listContacts')).to.equal(1);
    advance(1);
    expect(backend.count('listContacts'), 'sent once, on time').to.equal(2);
    backend.last('listContacts').resolve(contacts);
    expect((await first).ok).to.equal(true);
    expect(store.getState().status.contacts.state).to.equal('done');
    expect(backend.count('listContacts')).to.equal(2);
  });

  it('retries at once without Retry-After, and once its time has passed', async () => {
    const { store, backend, advance } = harness();
    void store.loadContacts();
    backend.last('listContacts').reject(busy());
    await flush();
    void store.retry('contacts');
    expect(backend.count('listContacts')).to.equal(2);

    backend.last('listContacts').reject(busy(1_000));
    await flush();
    advance(1_000);
    void store.retry('contacts');
    expect(backend.count('listContacts'), 'the time has passed').to.equal(3);
    expect(store.getState().status.contacts).to.deep.equal({ state: 'loading' });
  });

  it('a waiting retry ends with the store: nothing is sent and its caller hears aborted', async () => {
    const { store, backend, timers } = harness();
    void store.loadContacts();
    backend.last('listContacts').reject(busy(5_000));
    await flush();
    const waiting = store.retry('contacts');
    store.destroy();
    expect(timers.pending).to.equal(0);
    expect(await waiting).to.deep.equal({ ok: false, reason: 'aborted' });
    expect(backend.count('listContacts')).to.equal(1);
  });
});

describe('retryFailed()', () => {
  it('repeats every failed step but refused input; with codes, only the steps failed with them', async () => {
    const { store, backend } = harness();
    void store.load();
    backend.last('getCatalog').reject(new CheckoutError('auth', 'Sign in again.', { status: 401 }));
    backend.last('getSubscription').reject(new CheckoutError('network', 'Offline.'));
    void store.addContact(newContact);
    backend.last('createContact').reject(new CheckoutError('validation', 'Invalid.', { status: 422, fields: { email: 'Taken' } }));
    await flush();

    void store.retryFailed({ codes: ['network', 'timeout'] });
    expect([backend.count('getCatalog'), backend.count('getSubscription'), backend.count('createContact')]).to.deep.equal([1, 2, 1]);
    backend.last('getSubscription').resolve(subscription());
    await flush();

    // The host page signed the buyer in again.
    void store.retryFailed();
    expect([backend.count('getCatalog'), backend.count('getSubscription'), backend.count('createContact')]).to.deep.equal([2, 2, 1]);
    backend.last('getCatalog').resolve(catalog);
    await flush();
    expect(store.getState().selection).to.not.equal(null);
  });
});
