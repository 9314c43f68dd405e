/**
 * One test per bug the reliability suites found in src/, at the smallest scale that shows it. The
 * suites (fault matrix, races, security, CSP) show each one end to end too.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import type { CheckoutBackend } from '../../src/api/backend.js';
import { CheckoutError } from '../../src/api/errors.js';
import { httpBackend } from '../../src/api/http-backend.js';
import type { ContactInput } from '../../src/api/schemas.js';
import '../../src/define.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { ExpandSelection } from '../../src/store/checkout-state.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { createLoadedStore, flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';
import { controlledBackend } from './helpers.js';

const CONTACT: ContactInput = {
  name: 'Jane Doe',
  email: 'jane.doe@example.com',
  address: { line1: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA' },
  country: 'GB',
};

let mock: MockBackend;
const stores: CheckoutStore[] = [];

before(async () => {
  mock = await startMockBackend();
});

beforeEach(() => mock.reset());

afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
});

async function loadedStore(backend?: CheckoutBackend): Promise<CheckoutStore> {
  const store = backend
    ? new CheckoutStore({ backend, quoteDebounceMs: 10, now: () => mock.clock.now().getTime() })
    : await createLoadedStore(mock, flows.expand);
  stores.push(store);
  if (backend) {
    store.configure({ ...flows.expand, locale: 'en-US' });
    await Promise.all([store.load(), store.loadContacts()]);
  }
  return store;
}

describe('regressions found by the reliability suites', () => {
  it('<checkout-session>: an attribute set to an equivalent value neither reloads nor resets the selection', async () => {
    const control = controlledBackend(httpBackend({ baseUrl: '/api' }));
    mock.clock.set(new Date());
    const session = await fixture<CheckoutSession>(
      html`<checkout-session locale="en-US" flow="expand" product="pseries" subscription="sub-pseries" .backend=${control.backend}></checkout-session>`,
    );
    const store = session.store!;
    await waitUntil(() => store.getState().selection !== null, 'never loaded', { timeout: 3000 });
    expect(store.setQuantity('extensions', 60).ok).to.equal(true);
    const loads = control.count('getCatalog');
    // A framework re-sets attributes: the same subscription with spaces, an empty company id.
    session.setAttribute('subscription', ' sub-pseries ');
    session.setAttribute('company-id', '');
    session.setAttribute('currency', '');
    // A reload would start in the update that takes the attributes (the store sends at once), so that update is the wait.
    await session.updateComplete;
    expect(control.count('getCatalog'), 'no reload').to.equal(loads);
    expect((store.getState().selection as ExpandSelection).quantities['extensions'], 'the buyer’s 60 stays').to.equal(60);
    // A real change still reloads.
    session.setAttribute('locale', 'de-DE');
    await waitUntil(() => control.count('getCatalog') === loads + 1, 'a new locale did not reload', { timeout: 3000 });
  });

  describe('a contact save whose answer was lost', () => {
    it('is retried with the same idempotency key, and the server keeps one contact', async () => {
      const http = httpBackend({ baseUrl: '/api' });
      const keys: (string | undefined)[] = [];
      let loseAnswer = true;
      const backend: CheckoutBackend = {
        ...http,
        createContact: async (contact, options) => {
          keys.push(options?.idempotencyKey);
          const saved = await http.createContact(contact, options);
          if (!loseAnswer) return saved;
          loseAnswer = false;
          // The server saved it; the answer never came.
          throw new CheckoutError('timeout', 'The checkout service took too long to answer. Please try again.');
        },
      };
      const store = await loadedStore(backend);
      const before = mock.db.listContacts().length;
      const failed = await store.addContact(CONTACT);
      expect(failed.ok === false && failed.error?.code).to.equal('timeout');
      const retried = await store.retry('saveContact');
      expect(retried.ok).to.equal(true);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.not.equal('');
      expect(keys[1]).to.equal(keys[0]);
      expect(mock.db.listContacts()).to.have.length(before + 1);
      // A new contact afterwards gets a new key.
      await store.addContact({ ...CONTACT, name: 'John Doe' });
      expect(keys[2]).to.not.equal(keys[0]);
      expect(mock.db.listContacts()).to.have.length(before + 2);
    });

    it('the mock backend answers a repeated key with the contact saved first, and refuses it for another contact', () => {
      const first = mock.db.createContact(CONTACT, 'key-1');
      expect(mock.db.createContact(CONTACT, 'key-1').id).to.equal(first.id);
      expect(() => mock.db.createContact({ ...CONTACT, name: 'John Doe' }, 'key-1')).to.throw(/Idempotency-Key/);
      // Without a key the same content is still the same contact: answered, not saved twice.
      expect(mock.db.createContact(CONTACT).id, 'without a key').to.equal(first.id);
      expect(mock.db.listContacts().filter((contact) => contact.email === CONTACT.email)).to.have.length(1);
    });
  });

  it('a contact saved a second time is the one the account has: no new row, no duplicate in the store', async () => {
    const store = await loadedStore();
    const anna = store.getState().contacts.find((contact) => contact.id === 'contact-anna')!;
    const { id: _id, isDefault: _default, ...annaInput } = anna;
    expect(store.selectContact('contact-luc').ok).to.equal(true);
    for (let index = 0; index < 3; index += 1) {
      const result = await store.addContact({ ...annaInput, name: ` ${anna.name} `, email: anna.email.toUpperCase() });
      expect(result.ok).to.equal(true);
    }
    expect(mock.db.listContacts().filter((contact) => contact.name === 'Anna Schmidt')).to.have.length(1);
    expect(store.getState().contacts.filter((contact) => contact.name === 'Anna Schmidt')).to.have.length(1);
    expect(store.getState().contacts).to.have.length(3);
    expect(store.getState().contactId).to.equal('contact-anna');
  });

  it('the selection, promotion code and contact wait while an order is being placed', async () => {
    const control = controlledBackend(httpBackend({ baseUrl: '/api' }));
    const store = await loadedStore(control.backend);
    store.setQuantity('extensions', 60);
    await quoteSettled(store);
    store.setPaymentMethod('offline');
    const held = control.holdNext('createOrder', 150);
    const placing = store.placeOrder();
    await until(store, (state) => state.status.order.state === 'loading');
    const otherContact = store.getState().contacts.find((contact) => contact.id !== store.getState().contactId)!;
    expect(store.setQuantity('extensions', 70)).to.deep.equal({ ok: false, reason: 'busy' });
    expect(store.setPromoCode('WELCOME10')).to.deep.equal({ ok: false, reason: 'busy' });
    expect(store.selectContact(otherContact.id)).to.deep.equal({ ok: false, reason: 'busy' });
    expect(store.setPromoCode(null).ok, 'no change is no refusal').to.equal(true);
    await held.delivered;
    expect((await placing).ok).to.equal(true);
    const { order, quote } = store.getState();
    expect(order!.quoteId).to.equal(quote!.id);
    // Once answered, the order is complete: its receipt stays until the buyer starts a new order.
    expect(store.setQuantity('extensions', 70)).to.deep.equal({ ok: false, reason: 'order_complete' });
    await until(store, (state) => state.status.subscriptions.state === 'done', 'the subscriptions were not read again');
    expect(store.startNewOrder()).to.deep.equal({ ok: true });
    expect(store.setQuantity('extensions', 70)).to.deep.equal({ ok: true });
  });

  it('the Stripe client secret stays in the store: not in state, not in store events', async () => {
    const store = await loadedStore();
    const events: string[] = [];
    store.onEvent((event) => events.push(JSON.stringify(event)));
    store.setQuantity('extensions', 60);
    await quoteSettled(store);
    store.setPaymentMethod('card');
    expect((await store.placeOrder()).ok).to.equal(true);
    const order = store.getState().order!;
    const secret = mock.db.listOrders()[0]!.payment;
    expect(secret?.provider).to.equal('stripe');
    const clientSecret = secret?.provider === 'stripe' ? secret.clientSecret : '';
    expect(order.payment).to.deep.equal({ provider: 'stripe', publishableKey: 'pk_test_upcart' });
    expect(JSON.stringify(store.getState())).to.not.contain(clientSecret);
    expect(events.join('\n')).to.contain('order-placed').and.not.contain(clientSecret);
    expect(store.cardClientSecret(order.id)).to.equal(clientSecret);
    // Paid: nothing left to confirm with.
    expect((await store.confirmOrder({ paymentIntentId: 'pi_test' })).ok).to.equal(true);
    expect(store.cardClientSecret(order.id)).to.equal(null);
    store.destroy();
    expect(store.cardClientSecret(order.id)).to.equal(null);
  });
});
