import { expect, waitUntil } from '@open-wc/testing';
import { CheckoutError } from '../../src/api/errors.js';
import type { Catalog, Flow, Quote, Subscription } from '../../src/api/schemas.js';
import { initialState, type CheckoutState } from '../../src/store/checkout-state.js';
import { CheckoutStore, type CheckoutStoreOptions } from '../../src/store/checkout-store.js';
import type { CheckoutStoreEvent } from '../../src/store/store-events.js';
import { FakeBackend } from './fake-backend.js';
import { catalog, contacts, eur, newContact, NOW, order, quote, renewables, subscription } from './fixtures.js';
import { ManualTimers } from './manual-timers.js';

const DEBOUNCE = 250;

interface Harness {
  store: CheckoutStore;
  backend: FakeBackend;
  timers: ManualTimers;
  clock: { now: number };
  states: CheckoutState[];
  events: CheckoutStoreEvent[];
}

function harness(options: Partial<CheckoutStoreOptions> = {}): Harness {
  const backend = new FakeBackend();
  const timers = new ManualTimers();
  const clock = { now: NOW };
  let keys = 0;
  const store = new CheckoutStore({
    backend,
    timers,
    now: () => clock.now,
    quoteDebounceMs: DEBOUNCE,
    createIdempotencyKey: () => `key-${++keys}`,
    ...options,
  });
  const states: CheckoutState[] = [];
  const events: CheckoutStoreEvent[] = [];
  store.subscribe((state) => states.push(state));
  store.onEvent((event) => events.push(event));
  return { store, backend, timers, clock, states, events };
}

/** Lets pending promise callbacks run. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface LoadOptions {
  subscription?: Subscription;
  catalog?: Catalog;
  currency?: string;
}

async function loaded(flow: Flow, options: LoadOptions = {}): Promise<Harness> {
  const h = harness();
  const configured = h.store.configure({
    flow,
    productId: 'pbx',
    subscriptionId: flow === 'renew' ? 'phone-1' : 'sub-1',
    ...(options.currency ? { currency: options.currency } : {}),
  });
  expect(configured.ok).to.equal(true);
  const done = h.store.load();
  h.backend.last('getCatalog').resolve(options.catalog ?? catalog);
  if (flow === 'renew') h.backend.last('listSubscriptions').resolve(renewables);
  // Upgrade reads the product's subscriptions (the packages' registered accounts), its own among them.
  else if (flow === 'upgrade') h.backend.last('listSubscriptions').resolve([options.subscription ?? subscription()]);
  else h.backend.last('getSubscription').resolve(options.subscription ?? subscription());
  expect((await done).ok).to.equal(true);
  return h;
}

/** Lets the debounce run out and answers the latest quote request. */
async function answerQuote(h: Harness, total = 12_000): Promise<Quote> {
  h.timers.advance(DEBOUNCE);
  const call = h.backend.last('createQuote');
  const answer = quote(call.args[0], total);
  call.resolve(answer);
  await flush();
  return answer;
}

async function withContacts(h: Harness): Promise<void> {
  const done = h.store.loadContacts();
  h.backend.last('listContacts').resolve(contacts);
  await done;
}

/** An expand checkout with a current quote, a contact and card chosen. */
async function readyToPay(): Promise<Harness & { quote: Quote }> {
  const h = await loaded('expand');
  await withContacts(h);
  h.store.setQuantity('ext', 15);
  const current = await answerQuote(h);
  expect(h.store.setPaymentMethod('card').ok).to.equal(true);
  return { ...h, quote: current };
}

const serverError = () => new CheckoutError('http', 'The server failed.', { status: 500 });
const networkError = () => new CheckoutError('network', 'Offline.');

describe('CheckoutStore', () => {
  describe('configure', () => {
    it('starts from the initial state', () => {
      const { store } = harness();
      expect(store.getState()).to.equal(initialState);
      expect(store.getState().status.quote.state).to.equal('idle');
    });

    it('stores a normalized configuration', () => {
      const { store } = harness();
      const result = store.configure({ flow: 'expand', productId: ' pbx ', subscriptionId: 'sub-1', locale: 'de-DE', currency: 'eur' });
      expect(result.ok).to.equal(true);
      expect(store.getState().config).to.deep.equal({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1', locale: 'de-DE', currency: 'EUR' });
    });

    it('refuses an incomplete or malformed configuration and keeps the state', () => {
      const { store } = harness();
      const bad = [
        { flow: 'expand' as const, productId: '', subscriptionId: 'sub-1' },
        { flow: 'expand' as const, productId: 'pbx' },
        { flow: 'upgrade' as const, productId: 'pbx', subscriptionId: 'sub-1', currency: 'euro' },
        { flow: 'shrink' as unknown as Flow, productId: 'pbx', subscriptionId: 'sub-1' },
      ];
      for (const config of bad) expect(store.configure(config)).to.deep.equal({ ok: false, reason: 'invalid_config' });
      expect(store.getState()).to.equal(initialState);
    });

    it('ignores the same configuration and starts over for another', async () => {
      const h = await loaded('expand');
      const before = h.store.getState();
      expect(h.store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1', locale: before.config?.locale }).ok).to.equal(true);
      expect(h.store.getState()).to.equal(before);
      h.store.configure({ flow: 'renew', productId: 'pbx' });
      expect(h.store.getState().catalog).to.equal(null);
      expect(h.store.getState().selection).to.equal(null);
      expect(h.store.getState().config?.flow).to.equal('renew');
    });

    it('refuses actions before configuration or loading', () => {
      const { store } = harness();
      expect(store.setQuantity('ext', 12)).to.deep.equal({ ok: false, reason: 'not_configured' });
      expect(store.setPromoCode('X')).to.deep.equal({ ok: false, reason: 'not_configured' });
      store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1' });
      expect(store.setQuantity('ext', 12)).to.deep.equal({ ok: false, reason: 'not_ready' });
      expect(store.setPaymentMethod('card')).to.deep.equal({ ok: false, reason: 'not_ready' });
    });
  });

  describe('load', () => {
    it('expand: loads catalog and subscription and starts at the current quantities', async () => {
      const h = harness();
      h.store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1' });
      const done = h.store.load();
      expect(h.store.getState().status.catalog.state).to.equal('loading');
      expect(h.store.getState().status.subscriptions.state).to.equal('loading');
      expect(h.backend.last('getCatalog').args[0]).to.equal('pbx');
      expect(h.backend.last('getCatalog').signal).to.be.instanceOf(AbortSignal);
      expect(h.backend.last('getSubscription').args[0]).to.equal('sub-1');
      h.backend.last('getSubscription').resolve(subscription());
      await flush();
      expect(h.store.getState().selection).to.equal(null);
      h.backend.last('getCatalog').resolve(catalog);
      expect(await done).to.deep.equal({ ok: true });
      const state = h.store.getState();
      expect(state.catalog).to.equal(catalog);
      expect(state.subscriptions.map((s) => s.id)).to.deep.equal(['sub-1']);
      expect(state.selection).to.deep.equal({ flow: 'expand', quantities: { ext: 10, rec: 2000 } });
      expect(state.status.catalog.state).to.equal('done');
      expect(state.status.subscriptions.state).to.equal('done');
      // Nothing added yet: nothing to price.
      expect(state.status.quote.state).to.equal('idle');
      expect(h.timers.pending).to.equal(0);
    });

    it('renew: lists the product subscriptions, preselects the configured one and asks a quote', async () => {
      const h = await loaded('renew');
      expect(h.backend.last('listSubscriptions').args[0]).to.deep.equal({ productId: 'pbx' });
      const state = h.store.getState();
      expect(state.subscriptions.map((s) => s.id)).to.deep.equal(['phone-1', 'phone-2', 'phone-3']);
      expect(state.selection).to.deep.equal({ flow: 'renew', subscriptionIds: ['phone-1'], durationId: 'r1m', coterm: false });
      expect(state.status.quote.state).to.equal('loading');
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.equal({ flow: 'renew', subscriptionIds: ['phone-1'], durationId: 'r1m', coterm: false });
    });

    it('upgrade of a trial asks a quote at once (converting it is an upgrade)', async () => {
      const h = await loaded('upgrade', { subscription: subscription({ status: 'trial', paidThisTerm: null }) });
      expect(h.store.getState().status.quote.state).to.equal('loading');
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.include({ flow: 'upgrade', planId: 'cc1', quantity: 3 });
    });

    it('with a company id: looks the company up first and takes its subscription of the product', async () => {
      const h = harness();
      h.store.configure({ flow: 'expand', productId: 'pbx', companyId: 'ACME-42' });
      const done = h.store.load();
      expect(h.backend.calls.map((call) => call.method)).to.deep.equal(['lookupCompany', 'getCatalog']);
      expect(h.backend.last('lookupCompany').args[0]).to.equal('ACME-42');
      h.backend.last('lookupCompany').resolve({
        customer: { id: 'cust-9', companyId: 'ACME-42', name: 'Acme', country: 'DE' },
        subscriptions: [subscription({ id: 'elsewhere', productId: 'other' }), subscription({ id: 'sub-9' })],
      });
      h.backend.last('getCatalog').resolve(catalog);
      expect((await done).ok).to.equal(true);
      const state = h.store.getState();
      expect(state.customer?.name).to.equal('Acme');
      expect(state.subscriptions.map((s) => s.id)).to.deep.equal(['sub-9']);
      expect(state.selection?.flow).to.equal('expand');
      expect(state.status.lookup.state).to.equal('done');
      expect(h.backend.count('getSubscription')).to.equal(0);
    });

    it('records a failed call, reports it, and retry() repeats it', async () => {
      const h = harness();
      h.store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1' });
      const done = h.store.load();
      h.backend.last('getSubscription').resolve(subscription());
      const error = serverError();
      h.backend.last('getCatalog').reject(error);
      const result = await done;
      expect(result).to.deep.equal({ ok: false, reason: 'failed', error });
      expect(h.store.getState().status.catalog).to.deep.equal({ state: 'error', error });
      expect(h.events).to.deep.equal([{ type: 'error', step: 'catalog', error }]);

      const again = h.store.retry('catalog');
      expect(h.backend.count('getCatalog')).to.equal(2);
      expect(h.store.getState().status.catalog.state).to.equal('loading');
      h.backend.last('getCatalog').resolve(catalog);
      expect((await again).ok).to.equal(true);
      expect(h.store.getState().status.catalog).to.deep.equal({ state: 'done' });
      expect(h.store.getState().selection?.flow).to.equal('expand');
    });

    it('retry() of a step that never ran does nothing', async () => {
      const { store } = harness();
      expect(await store.retry('unsubscribe')).to.deep.equal({ ok: false, reason: 'nothing_to_retry' });
    });
  });

  describe('lookupCompany', () => {
    it('refuses an empty company id without a request', async () => {
      const h = harness();
      h.store.configure({ flow: 'expand', productId: 'pbx', companyId: 'X' });
      const result = await h.store.lookupCompany('   ');
      expect(result.ok).to.equal(false);
      expect(result.ok === false && result.reason).to.equal('invalid_input');
      expect(h.store.getState().status.lookup.error?.fields).to.deep.equal({ companyId: 'Required' });
      expect(h.backend.count('lookupCompany')).to.equal(0);
    });

    it('a new company replaces customer, subscriptions and selection, and clears the quote', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      await answerQuote(h);
      expect(h.store.getState().quote).to.not.equal(null);
      const done = h.store.lookupCompany('NEW-1');
      h.backend.last('lookupCompany').resolve({
        customer: { id: 'cust-2', companyId: 'NEW-1', name: 'New Co', country: 'FR' },
        subscriptions: [subscription({ id: 'sub-1', services: [{ serviceId: 'ext', quantity: 40 }] })],
      });
      expect((await done).ok).to.equal(true);
      const state = h.store.getState();
      expect(state.config?.companyId).to.equal('NEW-1');
      expect(state.customer?.id).to.equal('cust-2');
      expect(state.selection).to.deep.equal({ flow: 'expand', quantities: { ext: 40 } });
      expect(state.quote).to.equal(null);
      expect(state.status.quote.state).to.equal('idle');
    });
  });

  describe('expand', () => {
    it('setQuantity records a valid total and quotes it after the debounce', async () => {
      const h = await loaded('expand');
      expect(h.store.setQuantity('ext', 15)).to.deep.equal({ ok: true });
      expect(h.store.getState().selection).to.deep.equal({ flow: 'expand', quantities: { ext: 15, rec: 2000 } });
      expect(h.store.getState().status.quote.state).to.equal('loading');
      expect(h.backend.count('createQuote')).to.equal(0);
      h.timers.advance(DEBOUNCE - 1);
      expect(h.backend.count('createQuote')).to.equal(0);
      h.timers.advance(1);
      // Totals, not deltas; unchanged services are not sent.
      expect(h.backend.last('createQuote').args[0]).to.deep.equal({ flow: 'expand', subscriptionId: 'sub-1', items: [{ serviceId: 'ext', quantity: 15 }] });
      const answer = quote(h.backend.last('createQuote').args[0]);
      h.backend.last('createQuote').resolve(answer);
      await flush();
      expect(h.store.getState().quote).to.equal(answer);
      expect(h.store.getState().quoteRequest).to.deep.equal(h.backend.last('createQuote').args[0]);
      expect(h.store.getState().status.quote.state).to.equal('done');
    });

    it('refuses invalid quantities: state unchanged, nothing scheduled, nothing sent', async () => {
      const h = await loaded('expand');
      const before = h.store.getState();
      const cases: [string, number, string][] = [
        ['ext', 10.5, 'not_integer'],
        ['ext', Number.NaN, 'not_integer'],
        ['ext', 9, 'below_current'],
        ['ext', 1001, 'above_max'],
        ['rec', 2500, 'off_step'],
        ['rec', 1000, 'below_current'],
        ['ha', 3, 'above_max'],
      ];
      for (const [serviceId, quantity, problem] of cases) {
        expect(h.store.setQuantity(serviceId, quantity), `${serviceId} ${quantity}`).to.deep.equal({ ok: false, reason: 'invalid_quantity', problem });
      }
      expect(h.store.setQuantity('nope', 1)).to.deep.equal({ ok: false, reason: 'unknown_id' });
      expect(h.store.getState()).to.equal(before);
      expect(h.timers.pending).to.equal(0);
      h.timers.advance(10 * DEBOUNCE);
      expect(h.backend.count('createQuote')).to.equal(0);
    });

    it('accepts steps counted from the current quantity', async () => {
      const h = await loaded('expand');
      expect(h.store.setQuantity('rec', 5000).ok).to.equal(true);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ items: [{ serviceId: 'rec', quantity: 5000 }] });
    });

    it('going back to the current quantities clears the quote and asks nothing', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      await answerQuote(h);
      expect(h.store.getState().quote).to.not.equal(null);
      h.store.setQuantity('ext', 10);
      expect(h.store.getState().quote).to.equal(null);
      expect(h.store.getState().status.quote.state).to.equal('idle');
      expect(h.timers.pending).to.equal(0);
      expect(h.backend.count('createQuote')).to.equal(1);
    });

    it('addService adds an "other service" with the smallest useful quantity; removeService takes it out', async () => {
      const h = await loaded('expand');
      expect(h.store.addService('ha')).to.deep.equal({ ok: true });
      expect(h.store.getState().selection).to.deep.equal({ flow: 'expand', quantities: { ext: 10, rec: 2000, ha: 1 } });
      expect(h.store.addService('ha')).to.deep.equal({ ok: false, reason: 'not_allowed' });
      expect(h.store.addService('nope')).to.deep.equal({ ok: false, reason: 'unknown_id' });
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ items: [{ serviceId: 'ha', quantity: 1 }] });

      expect(h.store.removeService('ha').ok).to.equal(true);
      expect(h.store.getState().selection).to.deep.equal({ flow: 'expand', quantities: { ext: 10, rec: 2000 } });
      expect(h.store.getState().status.quote.state).to.equal('idle');
      expect(h.store.removeService('ha')).to.deep.equal({ ok: false, reason: 'unknown_id' });
    });

    it('addService with a quantity validates it; removeService of an owned service resets it to current', async () => {
      const h = await loaded('expand');
      expect(h.store.addService('ha', 5)).to.deep.equal({ ok: false, reason: 'invalid_quantity', problem: 'above_max' });
      expect(h.store.addService('ha', 2).ok).to.equal(true);
      h.store.setQuantity('ext', 20);
      expect(h.store.removeService('ext').ok).to.equal(true);
      expect(h.store.getState().selection).to.deep.equal({ flow: 'expand', quantities: { ext: 10, rec: 2000, ha: 2 } });
    });

    it('refuses actions of other flows', async () => {
      const h = await loaded('expand');
      expect(h.store.selectPlan('cc2')).to.deep.equal({ ok: false, reason: 'wrong_flow' });
      expect(h.store.toggleRenewal('sub-1')).to.deep.equal({ ok: false, reason: 'wrong_flow' });
    });
  });

  describe('quote requests', () => {
    it('keeps what the selection would be priced with in state.pricing, one object while it holds', async () => {
      const h = await loaded('expand');
      expect(h.store.getState().pricing).to.equal(null);
      h.store.setQuantity('ext', 12);
      const pricing = h.store.getState().pricing;
      expect(pricing).to.deep.include({ items: [{ serviceId: 'ext', quantity: 12 }] });
      // A change that prices nothing new keeps the very object, so element slices stay equal.
      h.store.setPiNumber('PI-1');
      expect(h.store.getState().pricing).to.equal(pricing);
      h.store.setQuantity('ext', 13);
      expect(h.store.getState().pricing).to.deep.include({ items: [{ serviceId: 'ext', quantity: 13 }] });
      h.store.setQuantity('ext', 10);
      expect(h.store.getState().pricing, 'back at the current capacity: nothing to price').to.equal(null);
    });

    it('a burst of 10 changes sends one request, for the last selection', async () => {
      const h = await loaded('expand');
      for (let quantity = 11; quantity <= 20; quantity += 1) h.store.setQuantity('ext', quantity);
      expect(h.timers.pending).to.equal(1);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.count('createQuote')).to.equal(1);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ items: [{ serviceId: 'ext', quantity: 20 }] });
    });

    it('debounces with real timers too', async () => {
      const backend = new FakeBackend();
      const store = new CheckoutStore({ backend, quoteDebounceMs: 20 });
      store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1' });
      const done = store.load();
      backend.last('getCatalog').resolve(catalog);
      backend.last('getSubscription').resolve(subscription());
      await done;
      for (let quantity = 11; quantity <= 20; quantity += 1) store.setQuantity('ext', quantity);
      // Wait for the debounced request itself (a fixed sleep can end before a busy machine fires the timer), then check it was the only one.
      await waitUntil(() => backend.count('createQuote') > 0, 'no quote was asked for', { timeout: 3000 });
      expect(backend.count('createQuote')).to.equal(1);
      store.destroy();
    });

    it('a newer selection aborts the request in flight', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      h.timers.advance(DEBOUNCE);
      const first = h.backend.last('createQuote');
      expect(first.signal?.aborted).to.equal(false);
      h.store.setQuantity('ext', 13);
      expect(first.signal?.aborted).to.equal(true);
      h.timers.advance(DEBOUNCE);
      const second = h.backend.last('createQuote');
      expect(second).to.not.equal(first);
      expect(second.signal?.aborted).to.equal(false);
    });

    it('an older answer arriving last is dropped', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      h.timers.advance(DEBOUNCE);
      const first = h.backend.last('createQuote');
      h.store.setQuantity('ext', 13);
      h.timers.advance(DEBOUNCE);
      const second = h.backend.last('createQuote');
      const secondQuote = quote(second.args[0], 600);
      second.resolve(secondQuote);
      await flush();
      first.resolve(quote(first.args[0], 400));
      await flush();
      expect(h.store.getState().quote).to.equal(secondQuote);
      expect(h.store.getState().status.quote.state).to.equal('done');
    });

    it('an answer for a selection changed meanwhile is dropped even before the next request', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      h.timers.advance(DEBOUNCE);
      const first = h.backend.last('createQuote');
      h.store.setQuantity('ext', 13);
      first.resolve(quote(first.args[0]));
      await flush();
      expect(h.store.getState().quote).to.equal(null);
      expect(h.store.getState().status.quote.state).to.equal('loading');
    });

    it('aborted requests are never shown as errors', async () => {
      const h = await loaded('expand');
      h.backend.rejectOnAbort = true;
      h.store.setQuantity('ext', 12);
      h.timers.advance(DEBOUNCE);
      h.store.setQuantity('ext', 13);
      await flush();
      expect(h.store.getState().status.quote).to.deep.equal({ state: 'loading' });
      expect(h.events.filter((event) => event.type === 'error')).to.deep.equal([]);
    });

    it('a failed quote is recorded and reported; retry asks again at once', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      h.timers.advance(DEBOUNCE);
      const error = new CheckoutError('validation', 'Unknown promotion code.', { status: 422, fields: { promoCode: 'Unknown code' } });
      h.backend.last('createQuote').reject(error);
      await flush();
      expect(h.store.getState().status.quote).to.deep.equal({ state: 'error', error });
      expect(h.events.at(-1)).to.deep.equal({ type: 'error', step: 'quote', error });
      const again = h.store.retry('quote');
      expect(h.backend.count('createQuote')).to.equal(2);
      const answer = quote(h.backend.last('createQuote').args[0]);
      h.backend.last('createQuote').resolve(answer);
      expect((await again).ok).to.equal(true);
      expect(h.store.getState().quote).to.equal(answer);
    });

    it('a quote in another currency than asked is a bad response, not a price', async () => {
      const h = await loaded('expand', { currency: 'USD' });
      h.store.setQuantity('ext', 12);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ currency: 'USD' });
      h.backend.last('createQuote').resolve(quote(h.backend.last('createQuote').args[0]));
      await flush();
      expect(h.store.getState().quote).to.equal(null);
      expect(h.store.getState().status.quote.error?.code).to.equal('bad_response');
    });

    it('emits quote-change for a new quote and for a cleared one', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      const answer = await answerQuote(h);
      h.store.setQuantity('ext', 14);
      expect(h.events).to.deep.equal([
        { type: 'quote-change', quote: answer },
        { type: 'quote-change', quote: null },
      ]);
    });
  });

  describe('upgrade', () => {
    it('selectPlan moves to a higher package and its nearest allowed quantity', async () => {
      const h = await loaded('upgrade');
      expect(h.store.getState().status.quote.state).to.equal('idle');
      expect(h.store.selectPlan('cc2')).to.deep.equal({ ok: true });
      expect(h.store.getState().selection).to.deep.include({ planId: 'cc2', quantity: 5 });
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.equal({
        flow: 'upgrade',
        subscriptionId: 'sub-1',
        planId: 'cc2',
        cycleId: 'm1',
        quantity: 5,
        slaId: 'basic',
        services: [
          { serviceId: 'ext', quantity: 10 },
          { serviceId: 'rec', quantity: 2000 },
        ],
      });
    });

    it('refuses a lower package for a paid plan, allows it for a trial', async () => {
      const paid = await loaded('upgrade', { subscription: subscription({ planId: 'cc2', quantity: 8 }) });
      expect(paid.store.selectPlan('cc1')).to.deep.equal({ ok: false, reason: 'not_allowed' });
      expect(paid.store.selectPlan('zz')).to.deep.equal({ ok: false, reason: 'unknown_id' });
      const trial = await loaded('upgrade', { subscription: subscription({ planId: 'cc2', quantity: 8, status: 'trial' }) });
      expect(trial.store.selectPlan('cc1').ok).to.equal(true);
    });

    it('setPlanQuantity keeps within the package and never below current on the same paid plan', async () => {
      const h = await loaded('upgrade');
      expect(h.store.setPlanQuantity(2)).to.deep.equal({ ok: false, reason: 'invalid_quantity', problem: 'below_current' });
      expect(h.store.setPlanQuantity(51)).to.deep.equal({ ok: false, reason: 'invalid_quantity', problem: 'above_max' });
      expect(h.store.setPlanQuantity(3.5)).to.deep.equal({ ok: false, reason: 'invalid_quantity', problem: 'not_integer' });
      expect(h.store.getState().status.quote.state).to.equal('idle');
      expect(h.store.setPlanQuantity(4).ok).to.equal(true);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ planId: 'cc1', quantity: 4 });
    });

    it('setCycle, setSla and services of the new plan', async () => {
      const h = await loaded('upgrade');
      expect(h.store.setCycle('y1').ok).to.equal(true);
      expect(h.store.setCycle('nope')).to.deep.equal({ ok: false, reason: 'unknown_id' });
      expect(h.store.setSla('premium').ok).to.equal(true);
      expect(h.store.setSla('nope')).to.deep.equal({ ok: false, reason: 'unknown_id' });
      // Services booked with a new plan count from the catalog minimum, not the current quantity.
      expect(h.store.setQuantity('ext', 5).ok).to.equal(true);
      expect(h.store.setQuantity('rec', 2500)).to.deep.equal({ ok: false, reason: 'invalid_quantity', problem: 'off_step' });
      expect(h.store.addService('ha').ok).to.equal(true);
      expect(h.store.removeService('rec').ok).to.equal(true);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.count('createQuote')).to.equal(1);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({
        cycleId: 'y1',
        slaId: 'premium',
        services: [
          { serviceId: 'ext', quantity: 5 },
          { serviceId: 'ha', quantity: 1 },
        ],
      });
      expect(h.store.setSla(null).ok).to.equal(true);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.not.have.property('slaId');
    });

    it('a selection equal to the paid subscription asks no quote', async () => {
      const h = await loaded('upgrade');
      h.store.setCycle('y1');
      expect(h.store.getState().status.quote.state).to.equal('loading');
      h.store.setCycle('m1');
      expect(h.store.getState().status.quote.state).to.equal('idle');
      expect(h.timers.pending).to.equal(0);
    });
  });

  describe('renew', () => {
    it("co-terms on the account's standard day the renewal center gives when the catalog has none, and refuses without either", async () => {
      const { standardRenewalDay: _catalogDay, ...withoutDay } = catalog;
      for (const day of [15, undefined]) {
        const h = harness();
        expect(h.store.configure({ flow: 'renew', productId: 'pbx', renewal: { ids: ['phone-1'] }, standardRenewalDay: day }).ok).to.equal(true);
        const done = h.store.load();
        h.backend.last('getCatalog').resolve(withoutDay);
        expect((await done).ok).to.equal(true);
        expect(h.store.setCoterm(true).ok, `day ${day}`).to.equal(day !== undefined);
      }
    });

    it('toggleRenewal and setRenewalSelection keep the list order and refuse unknown ids', async () => {
      const h = await loaded('renew');
      expect(h.store.toggleRenewal('phone-3').ok).to.equal(true);
      expect(h.store.toggleRenewal('phone-1').ok).to.equal(true);
      expect(h.store.getState().selection).to.deep.include({ subscriptionIds: ['phone-3'] });
      expect(h.store.setRenewalSelection(['phone-3', 'phone-2']).ok).to.equal(true);
      expect(h.store.getState().selection).to.deep.include({ subscriptionIds: ['phone-2', 'phone-3'] });
      // Another product's subscription is not renewable here.
      expect(h.store.setRenewalSelection(['other'])).to.deep.equal({ ok: false, reason: 'unknown_id' });
      expect(h.store.toggleRenewal('nope')).to.deep.equal({ ok: false, reason: 'unknown_id' });
      h.timers.advance(DEBOUNCE);
      expect(h.backend.count('createQuote')).to.equal(1);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ subscriptionIds: ['phone-2', 'phone-3'] });
    });

    it('nothing selected means no quote and no request', async () => {
      const h = await loaded('renew');
      expect(h.store.setRenewalSelection([]).ok).to.equal(true);
      expect(h.store.getState().status.quote.state).to.equal('idle');
      expect(h.timers.pending).to.equal(0);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.count('createQuote')).to.equal(0);
    });

    it('setDuration and setCoterm', async () => {
      const h = await loaded('renew');
      expect(h.store.setDuration('r1y').ok).to.equal(true);
      expect(h.store.setDuration('r5y')).to.deep.equal({ ok: false, reason: 'unknown_id' });
      expect(h.store.setCoterm(true).ok).to.equal(true);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.equal({ flow: 'renew', subscriptionIds: ['phone-1'], durationId: 'r1y', coterm: true });
    });

    it('refuses co-terming when the catalog has no standard renewal day', async () => {
      const { standardRenewalDay: _day, ...withoutDay } = catalog;
      const h = await loaded('renew', { catalog: withoutDay });
      expect(h.store.setCoterm(true)).to.deep.equal({ ok: false, reason: 'not_allowed' });
      expect(h.store.setCoterm(false).ok).to.equal(true);
    });
  });

  describe('promotion code', () => {
    it('is trimmed, quoted with the selection, and removed with null or empty', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      await answerQuote(h);
      expect(h.store.setPromoCode('  SPRING10 ').ok).to.equal(true);
      expect(h.store.getState().promoCode).to.equal('SPRING10');
      expect(h.store.getState().quote).to.equal(null);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ promoCode: 'SPRING10' });
      h.store.setPromoCode('');
      expect(h.store.getState().promoCode).to.equal(null);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.not.have.property('promoCode');
    });

    it('refuses a code longer than the contract allows', async () => {
      const h = await loaded('expand');
      const result = h.store.setPromoCode('X'.repeat(41));
      expect(result.ok === false && result.reason).to.equal('invalid_input');
      expect(h.store.getState().promoCode).to.equal(null);
    });
  });

  describe('contacts', () => {
    it('loadContacts preselects the default contact, which is then part of the quote', async () => {
      const h = await loaded('expand');
      await withContacts(h);
      expect(h.store.getState().contacts).to.equal(contacts);
      expect(h.store.getState().contactId).to.equal('contact-2');
      h.store.setQuantity('ext', 12);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ contactId: 'contact-2' });
    });

    it('selectContact changes the tax country, so it re-quotes', async () => {
      const h = await loaded('expand');
      await withContacts(h);
      h.store.setQuantity('ext', 12);
      await answerQuote(h);
      expect(h.store.selectContact('nope')).to.deep.equal({ ok: false, reason: 'unknown_id' });
      expect(h.store.getState().quote).to.not.equal(null);
      expect(h.store.selectContact('contact-1').ok).to.equal(true);
      expect(h.store.getState().quote).to.equal(null);
      h.timers.advance(DEBOUNCE);
      expect(h.backend.last('createQuote').args[0]).to.deep.include({ contactId: 'contact-1' });
    });

    it('addContact refuses invalid input with field messages and sends nothing', async () => {
      const h = await loaded('expand');
      const result = await h.store.addContact({ ...newContact, email: 'not-an-email', address: { ...newContact.address, city: ' ' }, country: 'XX' });
      expect(result.ok === false && result.reason).to.equal('invalid_input');
      const status = h.store.getState().status.saveContact;
      expect(status.state).to.equal('error');
      expect(status.error?.code).to.equal('validation');
      expect(status.error?.fields).to.have.keys(['email', 'address.city', 'country']);
      expect(h.backend.count('createContact')).to.equal(0);
    });

    it('addContact saves the validated contact, appends it and selects it', async () => {
      const h = await loaded('expand');
      await withContacts(h);
      const done = h.store.addContact(newContact);
      expect(await h.store.addContact(newContact)).to.deep.equal({ ok: false, reason: 'busy' });
      expect(h.backend.count('createContact')).to.equal(1);
      // Sent as parsed: trimmed.
      expect(h.backend.last('createContact').args[0].name).to.equal('Alan Turing');
      h.backend.last('createContact').resolve({ ...newContact, name: 'Alan Turing', id: 'contact-3' });
      expect((await done).ok).to.equal(true);
      expect(h.store.getState().contacts.map((c) => c.id)).to.deep.equal(['contact-1', 'contact-2', 'contact-3']);
      expect(h.store.getState().contactId).to.equal('contact-3');
      expect(h.store.getState().status.saveContact).to.deep.equal({ state: 'done' });
    });

    it('a failed save can be retried', async () => {
      const h = await loaded('expand');
      const done = h.store.addContact(newContact);
      h.backend.last('createContact').reject(networkError());
      expect((await done).ok).to.equal(false);
      expect(h.store.getState().status.saveContact.state).to.equal('error');
      const again = h.store.retry('saveContact');
      h.backend.last('createContact').resolve({ ...newContact, id: 'contact-9' });
      expect((await again).ok).to.equal(true);
      expect(h.store.getState().contactId).to.equal('contact-9');
    });
  });

  describe('payment choices', () => {
    it('setPaymentMethod accepts only methods the catalog offers', async () => {
      const h = await loaded('expand', { catalog: { ...catalog, paymentMethods: ['offline'] } });
      expect(h.store.setPaymentMethod('card')).to.deep.equal({ ok: false, reason: 'not_allowed' });
      expect(h.store.setPaymentMethod('offline').ok).to.equal(true);
      expect(h.store.getState().payment.method).to.equal('offline');
    });

    it('setAutoRenew and setPiNumber do not touch the quote', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      const answer = await answerQuote(h);
      h.store.setAutoRenew(true);
      h.store.setPiNumber('PI-2026/7');
      expect(h.store.getState().payment).to.deep.equal({ method: null, autoRenew: true, piNumber: 'PI-2026/7' });
      expect(h.store.getState().quote).to.equal(answer);
    });
  });

  describe('placeOrder', () => {
    it('creates the order for the current quote with an idempotency key', async () => {
      const h = await readyToPay();
      h.store.setAutoRenew(true);
      h.store.setPiNumber('ignored for card');
      const done = h.store.placeOrder();
      expect(h.store.getState().status.order.state).to.equal('loading');
      const call = h.backend.last('createOrder');
      expect(call.args[0]).to.deep.equal({ quoteId: h.quote.id, contactId: 'contact-2', paymentMethod: 'card', autoRenew: true });
      expect(call.args[1]).to.equal('key-1');
      expect(call.signal).to.be.instanceOf(AbortSignal);
      const placed = order(h.quote);
      call.resolve(placed);
      expect(await done).to.deep.equal({ ok: true });
      // The card payment's client secret stays in the store, out of state and events.
      const shown = { ...placed, payment: { provider: 'stripe', publishableKey: 'pk_test' } };
      expect(h.store.getState().order).to.deep.equal(shown);
      expect(h.store.cardClientSecret(placed.id)).to.equal('pi_secret');
      expect(h.store.getState().status.order).to.deep.equal({ state: 'done' });
      expect(h.events.at(-1)).to.deep.equal({ type: 'order-placed', order: shown });
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'already_ordered' });
    });

    it('offline: sends the PI number and never auto-renew', async () => {
      const h = await readyToPay();
      h.store.setPaymentMethod('offline');
      h.store.setAutoRenew(true);
      h.store.setPiNumber(' PI-77 ');
      void h.store.placeOrder();
      expect(h.backend.last('createOrder').args[0]).to.deep.equal({
        quoteId: h.quote.id,
        contactId: 'contact-2',
        paymentMethod: 'offline',
        piNumber: 'PI-77',
        autoRenew: false,
      });
    });

    it('refuses an invalid PI number without a request', async () => {
      const h = await readyToPay();
      h.store.setPaymentMethod('offline');
      h.store.setPiNumber('PI 77; drop');
      const result = await h.store.placeOrder();
      expect(result.ok === false && result.reason).to.equal('invalid_input');
      expect(h.store.getState().status.order.error?.fields).to.have.key('piNumber');
      expect(h.backend.count('createOrder')).to.equal(0);
    });

    it('needs a quote, a contact and a method', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'no_quote' });
      await answerQuote(h);
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'no_contact' });
      await withContacts(h);
      await answerQuote(h);
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'no_payment_method' });
      expect(h.backend.count('createOrder')).to.equal(0);
    });

    it('refuses a quote that no longer matches the selection', async () => {
      const h = await readyToPay();
      h.store.setQuantity('ext', 16);
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'no_quote' });
      expect(h.backend.count('createOrder')).to.equal(0);
    });

    it('a quote expired by the clock blocks the order and re-quotes at once', async () => {
      const h = await readyToPay();
      h.clock.now = Date.parse(h.quote.expiresAt);
      const quotes = h.backend.count('createQuote');
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'quote_expired' });
      expect(h.backend.count('createOrder')).to.equal(0);
      expect(h.store.getState().quote).to.equal(null);
      expect(h.store.getState().priceChange).to.deep.equal({ reason: 'quote_expired', previousTotal: h.quote.total, refusedOrder: true });
      // No debounce for a re-quote.
      expect(h.backend.count('createQuote')).to.equal(quotes + 1);
      const call = h.backend.last('createQuote');
      const fresh = quote(call.args[0], h.quote.total.amount, { expiresAt: new Date(h.clock.now + 15 * 60_000).toISOString() });
      call.resolve(fresh);
      await flush();
      // The same total needs no new confirmation.
      expect(h.store.getState().priceChange).to.equal(null);
      const done = h.store.placeOrder();
      expect(h.backend.last('createOrder').args[0].quoteId).to.equal(fresh.id);
      h.backend.last('createOrder').resolve(order(fresh));
      expect((await done).ok).to.equal(true);
    });

    it('a double click creates one order', async () => {
      const h = await readyToPay();
      const first = h.store.placeOrder();
      const second = h.store.placeOrder();
      expect(await second).to.deep.equal({ ok: false, reason: 'busy' });
      expect(h.backend.count('createOrder')).to.equal(1);
      h.backend.last('createOrder').resolve(order(h.quote));
      expect((await first).ok).to.equal(true);
      expect(h.backend.count('createOrder')).to.equal(1);
    });

    it('a retry after a network failure reuses the idempotency key; success drops it', async () => {
      const h = await readyToPay();
      const first = h.store.placeOrder();
      h.backend.last('createOrder').reject(networkError());
      const failed = await first;
      expect(failed.ok === false && failed.error?.code).to.equal('network');
      expect(h.store.getState().status.order.state).to.equal('error');
      expect(h.events.at(-1)).to.deep.include({ type: 'error', step: 'order' });

      const second = h.store.retry('order');
      h.backend.last('createOrder').reject(new CheckoutError('timeout', 'Too slow.'));
      await second;
      const third = h.store.placeOrder();
      h.backend.last('createOrder').resolve(order(h.quote));
      expect((await third).ok).to.equal(true);
      expect(h.backend.callsTo('createOrder').map((call) => call.args[1])).to.deep.equal(['key-1', 'key-1', 'key-1']);

      // A new purchase is a new attempt.
      h.store.setQuantity('ext', 20);
      const next = await answerQuote(h);
      void h.store.placeOrder();
      expect(h.backend.last('createOrder').args[0].quoteId).to.equal(next.id);
      expect(h.backend.last('createOrder').args[1]).to.equal('key-2');
    });

    it('a changed order after a failure is a new attempt with a new key', async () => {
      const h = await readyToPay();
      const first = h.store.placeOrder();
      h.backend.last('createOrder').reject(networkError());
      await first;
      h.store.setPaymentMethod('paypal');
      void h.store.placeOrder();
      expect(h.backend.last('createOrder').args[1]).to.equal('key-2');
    });

    it('409 price_changed clears the quote, re-quotes and waits for the buyer to confirm the new total', async () => {
      const h = await readyToPay();
      const first = h.store.placeOrder();
      const conflict = new CheckoutError('http', 'The price changed.', { status: 409, serverCode: 'price_changed' });
      h.backend.last('createOrder').reject(conflict);
      const result = await first;
      expect(result.ok === false && result.error).to.equal(conflict);
      let state = h.store.getState();
      expect(state.quote).to.equal(null);
      expect(state.priceChange).to.deep.equal({ reason: 'price_changed', previousTotal: h.quote.total, refusedOrder: true });
      expect(state.status.quote.state).to.equal('loading');
      expect(h.backend.count('createQuote')).to.equal(2);

      const requote = h.backend.last('createQuote');
      const higher = quote(requote.args[0], 13_500);
      requote.resolve(higher);
      await flush();
      state = h.store.getState();
      expect(state.quote).to.equal(higher);
      expect(state.priceChange).to.deep.equal({ reason: 'price_changed', previousTotal: eur(12_000), refusedOrder: true });
      // Never paid silently.
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'confirm_price' });
      expect(h.backend.count('createOrder')).to.equal(1);

      expect(h.store.confirmPriceChange().ok).to.equal(true);
      expect(h.store.getState().priceChange).to.equal(null);
      void h.store.placeOrder();
      expect(h.backend.count('createOrder')).to.equal(2);
      expect(h.backend.last('createOrder').args[0].quoteId).to.equal(higher.id);
      expect(h.backend.last('createOrder').args[1]).to.equal('key-2');
    });

    it('a pending price change keeps the agreed total when the new quote expires too', async () => {
      const h = await readyToPay();
      const first = h.store.placeOrder();
      h.backend.last('createOrder').reject(new CheckoutError('http', 'Changed.', { status: 409, serverCode: 'price_changed' }));
      await first;
      const requote = h.backend.last('createQuote');
      const higher = quote(requote.args[0], 13_500);
      requote.resolve(higher);
      await flush();
      h.clock.now = Date.parse(higher.expiresAt);
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'quote_expired' });
      expect(h.store.getState().priceChange).to.deep.equal({ reason: 'price_changed', previousTotal: eur(12_000), refusedOrder: true });
      // The unconfirmed 13 500 comes back: still not what the buyer agreed to.
      h.backend.last('createQuote').resolve(quote(requote.args[0], 13_500, { expiresAt: new Date(h.clock.now + 60_000).toISOString() }));
      await flush();
      expect(h.store.getState().priceChange).to.not.equal(null);
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'confirm_price' });
    });

    it('changing the selection replaces a pending price change (the buyer sees the new total anyway)', async () => {
      const h = await readyToPay();
      const first = h.store.placeOrder();
      h.backend.last('createOrder').reject(new CheckoutError('http', 'Changed.', { status: 409, serverCode: 'price_changed' }));
      await first;
      expect(h.store.getState().priceChange).to.not.equal(null);
      h.store.setQuantity('ext', 18);
      expect(h.store.getState().priceChange).to.equal(null);
      const fresh = await answerQuote(h, 20_000);
      void h.store.placeOrder();
      expect(h.backend.last('createOrder').args[0].quoteId).to.equal(fresh.id);
    });

    it('confirmPriceChange needs the new quote first', async () => {
      const h = await readyToPay();
      const first = h.store.placeOrder();
      h.backend.last('createOrder').reject(new CheckoutError('http', 'Superseded.', { status: 409, serverCode: 'quote_superseded' }));
      await first;
      expect(h.store.confirmPriceChange()).to.deep.equal({ ok: false, reason: 'no_quote' });
    });

    it('an order for another total than quoted is a bad response', async () => {
      const h = await readyToPay();
      const done = h.store.placeOrder();
      h.backend.last('createOrder').resolve(order(h.quote, { total: eur(99_999) }));
      const result = await done;
      expect(result.ok === false && result.error?.code).to.equal('bad_response');
      expect(h.store.getState().order).to.equal(null);
    });

    it('confirmOrder and refreshOrder update the order', async () => {
      const h = await readyToPay();
      expect(await h.store.confirmOrder({ paymentIntentId: 'pi_1' })).to.deep.equal({ ok: false, reason: 'no_order' });
      const placing = h.store.placeOrder();
      const placed = order(h.quote);
      h.backend.last('createOrder').resolve(placed);
      await placing;

      const confirming = h.store.confirmOrder({ paymentIntentId: 'pi_1' });
      expect(h.backend.last('confirmOrder').args.slice(0, 2)).to.deep.equal([placed.id, { paymentIntentId: 'pi_1' }]);
      const paid = { ...placed, status: 'paid' as const, payment: null };
      h.backend.last('confirmOrder').resolve(paid);
      expect((await confirming).ok).to.equal(true);
      expect(h.store.getState().order).to.equal(paid);
      expect(h.events.at(-1)).to.deep.equal({ type: 'order-update', order: paid });

      const refreshing = h.store.refreshOrder();
      expect(h.backend.last('getOrder').args[0]).to.equal(placed.id);
      h.backend.last('getOrder').resolve(paid);
      expect((await refreshing).ok).to.equal(true);
    });
  });

  describe('subscription actions', () => {
    it('setSubscriptionAutoRenew calls the backend and replaces the subscription', async () => {
      const h = await loaded('renew');
      expect(await h.store.setSubscriptionAutoRenew('nope', true)).to.deep.equal({ ok: false, reason: 'unknown_id' });
      const done = h.store.setSubscriptionAutoRenew('phone-2', true);
      expect(await h.store.setSubscriptionAutoRenew('phone-3', true)).to.deep.equal({ ok: false, reason: 'busy' });
      expect(h.backend.last('setAutoRenew').args.slice(0, 2)).to.deep.equal(['phone-2', true]);
      expect(h.store.getState().status.autoRenew.state).to.equal('loading');
      const updated = { ...renewables[1]!, autoRenew: true };
      h.backend.last('setAutoRenew').resolve(updated);
      expect((await done).ok).to.equal(true);
      expect(h.store.getState().subscriptions[1]).to.equal(updated);
      expect(h.store.getState().status.autoRenew).to.deep.equal({ state: 'done' });
    });

    it('unsubscribe calls the backend; a failure can be retried', async () => {
      const h = await loaded('upgrade');
      const done = h.store.unsubscribe('sub-1');
      expect(h.backend.last('unsubscribe').args[0]).to.equal('sub-1');
      h.backend.last('unsubscribe').reject(serverError());
      expect((await done).ok).to.equal(false);
      expect(h.store.getState().status.unsubscribe.state).to.equal('error');
      const again = h.store.retry('unsubscribe');
      const ended = subscription({ status: 'inactive' });
      h.backend.last('unsubscribe').resolve(ended);
      expect((await again).ok).to.equal(true);
      expect(h.store.getState().subscriptions[0]).to.equal(ended);
    });
  });

  describe('listeners, immutability and destroy', () => {
    it('subscribe passes the new and previous state, and its return value unsubscribes', async () => {
      const h = await loaded('expand');
      const seen: [CheckoutState, CheckoutState][] = [];
      const stop = h.store.subscribe((state, previous) => seen.push([state, previous]));
      const before = h.store.getState();
      h.store.setQuantity('ext', 12);
      expect(seen).to.have.length(1);
      expect(seen[0]?.[1]).to.equal(before);
      expect(seen[0]?.[0]).to.equal(h.store.getState());
      stop();
      h.store.setQuantity('ext', 13);
      expect(seen).to.have.length(1);
    });

    it('never mutates a state it handed out', async () => {
      const h = await loaded('expand');
      await withContacts(h);
      const snapshot = h.store.getState();
      const copy = JSON.stringify(snapshot);
      h.store.setQuantity('ext', 12);
      h.store.addService('ha');
      h.store.setPromoCode('SPRING');
      h.store.selectContact('contact-1');
      h.store.setPaymentMethod('offline');
      await answerQuote(h);
      expect(JSON.stringify(snapshot)).to.equal(copy);
      expect(h.store.getState().selection).to.not.equal(snapshot.selection);
      expect(h.store.getState().status).to.not.equal(snapshot.status);
    });

    it('destroy in the middle of requests: aborts them, reports nothing, leaves no timer', async () => {
      const h = await loaded('expand');
      h.store.setQuantity('ext', 12);
      h.timers.advance(DEBOUNCE);
      const quoteCall = h.backend.last('createQuote');
      const contactsDone = h.store.loadContacts();
      const contactsCall = h.backend.last('listContacts');
      h.store.addService('ha');
      expect(h.timers.pending).to.equal(1);
      const states = h.states.length;
      const events = h.events.length;
      const before = h.store.getState();

      h.store.destroy();
      expect(h.timers.pending).to.equal(0);
      expect(quoteCall.signal?.aborted).to.equal(true);
      expect(contactsCall.signal?.aborted).to.equal(true);

      quoteCall.resolve(quote(quoteCall.args[0]));
      contactsCall.reject(networkError());
      expect(await contactsDone).to.deep.equal({ ok: false, reason: 'aborted' });
      h.timers.advance(10 * DEBOUNCE);
      await flush();
      expect(h.states.length).to.equal(states);
      expect(h.events.length).to.equal(events);
      expect(h.store.getState()).to.equal(before);
      expect(h.store.setQuantity('ext', 20)).to.deep.equal({ ok: false, reason: 'destroyed' });
      expect(await h.store.placeOrder()).to.deep.equal({ ok: false, reason: 'destroyed' });
      expect(await h.store.load()).to.deep.equal({ ok: false, reason: 'destroyed' });
      expect(h.backend.count('createQuote')).to.equal(1);
    });

    it('destroy during an order request: no error surfaces', async () => {
      const h = await readyToPay();
      const done = h.store.placeOrder();
      const call = h.backend.last('createOrder');
      const events = h.events.length;
      h.store.destroy();
      expect(call.signal?.aborted).to.equal(true);
      call.reject(serverError());
      expect(await done).to.deep.equal({ ok: false, reason: 'aborted' });
      expect(h.events.length).to.equal(events);
      expect(h.store.getState().status.order.state).to.equal('loading');
    });
  });
});
