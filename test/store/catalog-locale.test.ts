/**
 * The store asks for the catalog (and every call) in the buyer's language, and follows a change
 * of language without starting over: the catalog is asked for again and swapped in when it comes,
 * the selection kept, the catalog shown meanwhile (no loading state); a failed reload keeps it.
 */
import { expect } from '@open-wc/testing';
import { CheckoutError } from '../../src/api/errors.js';
import type { Catalog } from '../../src/api/schemas.js';
import type { CheckoutState } from '../../src/store/checkout-state.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import type { CheckoutStoreEvent } from '../../src/store/store-events.js';
import { FakeBackend } from './fake-backend.js';
import { catalog, NOW, subscription } from './fixtures.js';
import { ManualTimers } from './manual-timers.js';

const DEBOUNCE = 250;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The fixture catalog in German: the same offer, other words. */
const german: Catalog = {
  ...catalog,
  productName: 'Cloud-Telefonanlage',
  services: catalog.services.map((service) =>
    service.id === 'ext' ? { ...service, name: 'Nebenstellen', unit: 'Nebenstelle', unitForms: { one: 'Nebenstelle', other: 'Nebenstellen' } } : service,
  ),
};

async function expandIn(locale: string) {
  const backend = new FakeBackend();
  const timers = new ManualTimers();
  const store = new CheckoutStore({ backend, timers, now: () => NOW, quoteDebounceMs: DEBOUNCE });
  const states: CheckoutState[] = [];
  const events: CheckoutStoreEvent[] = [];
  store.subscribe((state) => states.push(state));
  store.onEvent((event) => events.push(event));
  store.setLocale(locale);
  expect(store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1', locale }).ok).to.equal(true);
  const done = store.load();
  backend.last('getCatalog').resolve(catalog);
  backend.last('getSubscription').resolve(subscription());
  expect((await done).ok).to.equal(true);
  return { store, backend, timers, states, events };
}

describe('store: the buyer language', () => {
  it('sends the locale with the catalog, subscription and quote calls', async () => {
    const { store, backend, timers } = await expandIn('de-DE');
    expect(backend.last('getCatalog').args[0]).to.equal('pbx');
    expect(backend.last('getCatalog').args[1]?.locale).to.equal('de-DE');
    expect(backend.last('getSubscription').args[1]?.locale).to.equal('de-DE');
    expect(store.setQuantity('ext', 12).ok).to.equal(true);
    timers.advance(DEBOUNCE);
    expect(backend.last('createQuote').args[1]?.locale).to.equal('de-DE');
  });

  it('reloads the catalog in a new locale and swaps it in, keeping the selection and never showing a loading catalog', async () => {
    const { store, backend, states } = await expandIn('en');
    expect(store.setQuantity('ext', 12).ok).to.equal(true);
    const selection = store.getState().selection;
    const catalogCalls = backend.count('getCatalog');
    states.length = 0;

    // As <checkout-session> does on a new `locale`: the session's locale, then the same configuration in it.
    store.setLocale('de');
    expect(store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1', locale: 'de' }).ok).to.equal(true);
    expect(backend.count('getCatalog')).to.equal(catalogCalls + 1);
    expect(backend.last('getCatalog').args[1]?.locale).to.equal('de');
    expect(store.getState().catalog).to.equal(catalog); // the English one stays meanwhile
    backend.last('getCatalog').resolve(german);
    await flush();

    const state = store.getState();
    expect(state.catalog).to.equal(german);
    expect(state.config?.locale).to.equal('de');
    expect(state.selection).to.deep.equal(selection);
    expect(states.every((one) => one.status.catalog.state === 'done' && one.catalog !== null)).to.equal(true);
    expect(states.every((one) => one.status.subscriptions.state === 'done')).to.equal(true);
    expect(backend.count('getSubscription')).to.equal(1); // nothing else is read again
  });

  it('follows a configuration that changes only its locale the same way', async () => {
    const { store, backend } = await expandIn('en');
    expect(store.setQuantity('ext', 14).ok).to.equal(true);
    const selection = store.getState().selection;
    expect(store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1', locale: 'vi' }).ok).to.equal(true);
    expect(backend.last('getCatalog').args[1]?.locale).to.equal('vi');
    backend.last('getCatalog').resolve(german);
    await flush();
    expect(store.getState().catalog).to.equal(german);
    expect(store.getState().selection).to.deep.equal(selection);
  });

  it('keeps the catalog it has when the reload fails, or answers another offer, or the locale changed again', async () => {
    const { store, backend, events } = await expandIn('en');
    store.setLocale('de');
    backend.last('getCatalog').reject(new CheckoutError('network', 'offline'));
    await flush();
    expect(store.getState().catalog).to.equal(catalog);
    expect(store.getState().status.catalog.state).to.equal('done');
    expect(events.filter((event) => event.type === 'error')).to.deep.equal([]);

    store.setLocale('vi');
    backend.last('getCatalog').resolve({ ...german, services: german.services.slice(1) });
    await flush();
    expect(store.getState().catalog).to.equal(catalog);

    store.setLocale('zh-CN');
    const first = backend.last('getCatalog');
    store.setLocale('de');
    first.resolve({ ...german, productName: 'stale' });
    await flush();
    expect(store.getState().catalog).to.equal(catalog);
    backend.last('getCatalog').resolve(german);
    await flush();
    expect(store.getState().catalog).to.equal(german);
  });

  it('asks a catalog still loading anew in the new locale', async () => {
    const backend = new FakeBackend();
    const store = new CheckoutStore({ backend, timers: new ManualTimers(), now: () => NOW });
    store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1', locale: 'en' });
    const done = store.load();
    const english = backend.last('getCatalog');
    store.setLocale('de');
    expect(backend.count('getCatalog')).to.equal(2);
    expect(backend.last('getCatalog').args[1]?.locale).to.equal('de');
    english.resolve(catalog);
    backend.last('getCatalog').resolve(german);
    backend.last('getSubscription').resolve(subscription());
    await done;
    await flush();
    expect(store.getState().catalog).to.equal(german);
    expect(store.getState().selection).to.not.equal(null);
  });
});
