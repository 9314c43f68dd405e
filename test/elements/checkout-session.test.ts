import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/elements/checkout-session/checkout-session.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import { StoreController } from '../../src/store/store-controller.js';
import type { CheckoutBackend } from '../../src/api/backend.js';
import { httpBackend } from '../../src/api/http-backend.js';
import type { UpcartErrorEvent } from '../../src/events/error.js';
import { startMockBackend } from '../fixtures/mock-session.js';
import type { MockBackend } from '../../mocks/index.js';

/** A stand-in for any element that reads the session's store through the context. */
class StoreProbe extends LitElement {
  readonly slice = new StoreController(this, (state) => state.config?.flow);
}
customElements.define('store-probe', StoreProbe);

let mock: MockBackend;
before(async () => {
  mock = await startMockBackend();
});
beforeEach(() => mock.reset());

/** Every Upcart element in the session, through its shadow roots. */
function elementsOf(root: Element): Element[] {
  const found: Element[] = [root];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if ('updateComplete' in element) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/**
 * The session has its flow (catalog, subscriptions, selection) and its contacts, and every element
 * in it has rendered them. Tests assert on all of these, so all of them are waited for: the
 * contacts load beside the flow, and a wait for the flow alone let a test read no contacts yet.
 */
async function loaded(session: CheckoutSession): Promise<void> {
  await waitUntil(
    () => {
      const state = session.store?.getState();
      return state !== undefined && state.selection !== null && state.status.catalog.state === 'done' && state.status.contacts.state === 'done';
    },
    'session never loaded',
    { timeout: 3000 },
  );
  // Rendering one update can start another (an element whose part just loaded): a few rounds.
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(elementsOf(session).map((element) => (element as Partial<LitElement>).updateComplete));
  }
}

/** A backend that counts calls and the calls that ended (answered, failed or aborted). */
function countingBackend(): { backend: CheckoutBackend; calls: string[]; ended: string[] } {
  const calls: string[] = [];
  const ended: string[] = [];
  const real = httpBackend({ baseUrl: '/api' });
  const backend = Object.fromEntries(
    Object.entries(real).map(([name, method]) => [
      name,
      (...args: unknown[]) => {
        calls.push(name);
        return Promise.resolve((method as (...a: unknown[]) => unknown)(...args)).finally(() => ended.push(name));
      },
    ]),
  ) as unknown as CheckoutBackend;
  return { backend, calls, ended };
}

describe('<checkout-session>', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible with its default layout (${theme})`, async () => {
      const session = await fixture<CheckoutSession>(
        html`<checkout-session theme=${theme} flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`,
      );
      await loaded(session);
      await expect(session).to.be.accessible();
      expect(getComputedStyle(session).colorScheme).to.equal(theme);
    });
  }

  it('configures its own store from its attributes and loads the flow', async () => {
    const session = await fixture<CheckoutSession>(
      html`<checkout-session flow="upgrade" product="pascom" subscription="sub-pascom" locale="de-DE" currency="eur"></checkout-session>`,
    );
    await loaded(session);
    const state = session.store!.getState();
    expect(state.config).to.deep.include({ flow: 'upgrade', productId: 'pascom', subscriptionId: 'sub-pascom', locale: 'de-DE', currency: 'EUR' });
    expect(state.subscriptions[0]!.status).to.equal('trial');
    expect(state.contacts.length).to.be.greaterThan(0);
  });

  it('provides the store to slotted elements and replaces the default layout with them', async () => {
    const session = await fixture<CheckoutSession>(html`<checkout-session flow="renew" product="koophone"><store-probe></store-probe></checkout-session>`);
    const probe = session.querySelector<StoreProbe>('store-probe')!;
    await loaded(session);
    expect(probe.slice.store).to.equal(session.store);
    expect(probe.slice.value).to.equal('renew');
    expect(session.shadowRoot!.querySelector('plan-picker')).to.equal(null);
  });

  it('lays out the four elements when it has no children', async () => {
    const session = await fixture<CheckoutSession>(html`<checkout-session flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`);
    const tags = [...session.shadowRoot!.querySelectorAll('[part=layout] .column > *')].map((el) => el.localName);
    expect(tags).to.deep.equal(['plan-picker', 'billing-contact', 'order-summary', 'pay-checkout']);
  });

  it('takes locale as a property too, as React 19 and Vue 3 set it', async () => {
    const session = await fixture<CheckoutSession>(html`<checkout-session flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`);
    // Frameworks assign a property whenever `name in element`; a getter-only accessor would throw.
    session.locale = 'de-DE';
    await session.updateComplete;
    expect(session.getAttribute('locale')).to.equal('de-DE');
    await waitUntil(() => session.store?.getState().config?.locale === 'de-DE', 'the store never took the locale', { timeout: 3000 });
    expect(session.locale).to.equal('de-DE');
  });

  it('passes payment keys to the default layout’s pay-checkout', async () => {
    const session = await fixture<CheckoutSession>(
      html`<checkout-session stripe-key="pk_live_vendor" paypal-client-id="vendor-client" flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`,
    );
    const pay = session.shadowRoot!.querySelector('pay-checkout')!;
    expect(pay.getAttribute('stripe-key')).to.equal('pk_live_vendor');
    expect(pay.getAttribute('paypal-client-id')).to.equal('vendor-client');
  });

  it('keeps two sessions on one page apart', async () => {
    const page = await fixture(html`<div>
      <checkout-session id="a" flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>
      <checkout-session id="b" flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>
    </div>`);
    const [a, b] = [...page.querySelectorAll<CheckoutSession>('checkout-session')] as [CheckoutSession, CheckoutSession];
    await loaded(a);
    await loaded(b);
    expect(a.store).to.not.equal(b.store);
    expect(a.store!.setQuantity('extensions', 70).ok).to.equal(true);
    const quantities = (session: CheckoutSession) => (session.store!.getState().selection as { quantities: Record<string, number> }).quantities;
    expect(quantities(a).extensions).to.equal(70);
    expect(quantities(b).extensions).to.equal(50);
  });

  it('uses a backend object given as a property instead of api-base', async () => {
    const { backend, calls } = countingBackend();
    const session = await fixture<CheckoutSession>(
      html`<checkout-session api-base="/nowhere" .backend=${backend} flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`,
    );
    await loaded(session);
    expect(calls).to.include.members(['getCatalog', 'getSubscription', 'listContacts']);
  });

  it('fires a typed upcart-error with a buyer-readable message when a call fails', async () => {
    mock.faults.set('getCatalog', { status: 500, times: 1 });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const errored = oneEvent(container, 'upcart-error');
    container.innerHTML = '<checkout-session flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>';
    const event = (await errored) as UpcartErrorEvent;
    expect(event.detail).to.deep.include({ step: 'catalog', code: 'http', status: 500 });
    expect(event.detail.message).to.match(/try again/i);
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('stops everything and reports nothing when removed in the middle of a request', async () => {
    mock.faults.set('getCatalog', { hang: true });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    let errors = 0;
    container.addEventListener('upcart-error', () => (errors += 1));
    const { backend, ended } = countingBackend();
    const session = document.createElement('checkout-session') as CheckoutSession;
    for (const [name, value] of Object.entries({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' })) session.setAttribute(name, value);
    session.backend = backend;
    container.append(session);
    await mock.faults.whenHeld('getCatalog');
    const store = session.store!;
    const stateBefore = store.getState();
    session.remove();
    expect(session.store).to.equal(undefined);
    // A destroyed store takes no new listeners and changes no more.
    expect(store.setQuantity('extensions', 60).ok).to.equal(false);
    // The held catalog request ends (aborted) with nothing reported: what would have reported it has run.
    await waitUntil(() => ended.includes('getCatalog'), 'the held request never ended', { timeout: 3000 });
    expect(errors).to.equal(0);
    expect(store.getState()).to.equal(stateBefore);
  });

  it('makes no store when removed before its first update, and makes one when attached again', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const session = document.createElement('checkout-session') as CheckoutSession;
      for (const [name, value] of Object.entries({ flow: 'expand', product: 'pseries', subscription: 'sub-pseries' })) session.setAttribute(name, value);
      container.append(session);
      session.remove();
      await session.updateComplete;
      expect(session.store, 'no store for a session that is not attached').to.equal(undefined);
      // A second session for the same subscription: the first left nothing behind to share with.
      container.innerHTML = '<checkout-session flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>';
      const other = container.firstElementChild as CheckoutSession;
      await other.updateComplete;
      expect(other.store).to.not.equal(undefined);
      other.remove();
      container.append(session);
      await session.updateComplete;
      await waitUntil(() => session.store?.getState().selection != null, 'the re-attached session never loaded');
      expect(warnings.filter((text) => text.includes('two checkouts'))).to.deep.equal([]);
    } finally {
      console.warn = realWarn;
    }
  });

  it('looks a customer up by company ID in a partner portal', async () => {
    const session = await fixture<CheckoutSession>(html`<checkout-session company-lookup flow="expand" product="workplace"></checkout-session>`);
    const root = session.shadowRoot!;
    expect(root.querySelector('plan-picker')).to.equal(null);
    const input = root.querySelector<HTMLInputElement>('#company-id')!;
    const form = root.querySelector('form')!;
    form.requestSubmit();
    await session.updateComplete;
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('Enter a company ID');
    input.value = 'WP-100234';
    input.dispatchEvent(new Event('input'));
    form.requestSubmit();
    await waitUntil(() => session.store?.getState().customer !== null && session.store?.getState().status.lookup.state === 'done', 'no customer', {
      timeout: 3000,
    });
    expect(session.store!.getState().customer!.name).to.equal('Globex Trading Ltd');
    await session.updateComplete;
    expect(root.querySelector('plan-picker')).to.not.equal(null);
  });

  it('says so when no customer has the company ID', async () => {
    const session = await fixture<CheckoutSession>(
      html`<checkout-session company-lookup company-id="WP-000000" flow="expand" product="workplace"></checkout-session>`,
    );
    const alert = () => session.shadowRoot!.querySelector('[role=alert]');
    await waitUntil(() => alert()?.textContent?.includes('No customer'), 'no message about the company ID', { timeout: 3000 });
    expect(alert()!.textContent!.trim()).to.equal('No customer with company ID WP-000000.');
  });

  it('runs right to left for an Arabic locale', async () => {
    const session = await fixture<CheckoutSession>(html`<checkout-session locale="ar" flow="renew" product="koophone"></checkout-session>`);
    const base = session.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
    expect(base.dir).to.equal('rtl');
    expect(getComputedStyle(session.shadowRoot!.querySelector('plan-picker')!).direction).to.equal('rtl');
  });

  it('explains a missing configuration instead of failing silently', async () => {
    const session = await fixture<CheckoutSession>(html`<checkout-session flow="expand" product="pseries"></checkout-session>`);
    expect(session.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('not set up');
  });
});
