import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { checkoutContext } from '../../src/store/checkout-context.js';
import { CheckoutStore } from '../../src/store/checkout-store.js';
import { StoreController } from '../../src/store/store-controller.js';
import { FakeBackend } from './fake-backend.js';

/** Shows the promotion code; counts its renders. */
@customElement('test-promo-view')
class TestPromoView extends LitElement {
  /** An explicit store, used instead of the context's when set. */
  @property({ attribute: false }) store?: CheckoutStore;
  renders = 0;
  readonly promo = new StoreController(this, (state) => state.promoCode, { store: () => this.store });

  override render() {
    this.renders += 1;
    return html`<span>${this.promo.value ?? 'none'}</span>`;
  }
}

/** Selects a fresh object each time; shallow equality must keep it from re-rendering. */
@customElement('test-flow-view')
class TestFlowView extends LitElement {
  renders = 0;
  readonly flow = new StoreController(this, (state) => ({ flow: state.config?.flow ?? null, product: state.config?.productId ?? null }));

  override render() {
    this.renders += 1;
    return html`<span>${this.flow.value.flow ?? 'none'}</span>`;
  }
}

@customElement('test-store-provider')
class TestStoreProvider extends LitElement {
  @property({ attribute: false }) store?: CheckoutStore;
  private readonly provider = new ContextProvider(this, { context: checkoutContext });

  override willUpdate() {
    if (this.store) this.provider.setValue(this.store);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-promo-view': TestPromoView;
    'test-flow-view': TestFlowView;
    'test-store-provider': TestStoreProvider;
  }
}

function newStore(): CheckoutStore {
  const store = new CheckoutStore({ backend: new FakeBackend() });
  store.configure({ flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1' });
  return store;
}

/** Counts the store's live subscriptions. */
function countSubscriptions(store: CheckoutStore): { active: number } {
  const counter = { active: 0 };
  const subscribe = store.subscribe.bind(store);
  store.subscribe = (listener) => {
    counter.active += 1;
    const stop = subscribe(listener);
    let stopped = false;
    return () => {
      if (!stopped) counter.active -= 1;
      stopped = true;
      stop();
    };
  };
  return counter;
}

const text = (element: LitElement) => element.shadowRoot?.textContent?.trim();

describe('StoreController', () => {
  it('selects from the initial state until a store is set, then follows the explicit store', async () => {
    const el = await fixture<TestPromoView>(html`<test-promo-view></test-promo-view>`);
    expect(el.promo.store).to.equal(undefined);
    expect(text(el)).to.equal('none');
    const store = newStore();
    store.setPromoCode('SPRING');
    el.store = store;
    await el.updateComplete;
    expect(el.promo.store).to.equal(store);
    expect(el.promo.value).to.equal('SPRING');
    expect(text(el)).to.equal('SPRING');
  });

  it('re-renders when its slice changes and not when another slice changes', async () => {
    const store = newStore();
    const el = await fixture<TestPromoView>(html`<test-promo-view .store=${store}></test-promo-view>`);
    const renders = el.renders;
    store.setPromoCode('A');
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
    expect(text(el)).to.equal('A');

    store.configure({ flow: 'renew', productId: 'pbx' });
    store.setAutoRenew(true);
    await el.updateComplete;
    // configure() started over, so the promotion code went back to null: one render, not two.
    expect(el.renders).to.equal(renders + 2);
    store.setAutoRenew(false);
    store.setPiNumber('PI-1');
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 2);
  });

  it('treats a fresh object with the same fields as unchanged', async () => {
    const store = newStore();
    const provider = await fixture<TestStoreProvider>(html`<test-store-provider .store=${store}><test-flow-view></test-flow-view></test-store-provider>`);
    const el = provider.querySelector('test-flow-view')!;
    await el.updateComplete;
    expect(text(el)).to.equal('expand');
    const renders = el.renders;
    store.setPromoCode('X');
    store.setAutoRenew(true);
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
    store.configure({ flow: 'renew', productId: 'pbx' });
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
    expect(text(el)).to.equal('renew');
  });

  it('consumes the store from a context provider', async () => {
    const store = newStore();
    store.setPromoCode('CTX');
    const provider = await fixture<TestStoreProvider>(html`<test-store-provider .store=${store}><test-promo-view></test-promo-view></test-store-provider>`);
    const el = provider.querySelector('test-promo-view')!;
    await el.updateComplete;
    expect(el.promo.store).to.equal(store);
    expect(text(el)).to.equal('CTX');
    store.setPromoCode('NEXT');
    await el.updateComplete;
    expect(text(el)).to.equal('NEXT');
  });

  it('receives a store the provider gets later', async () => {
    const provider = await fixture<TestStoreProvider>(html`<test-store-provider><test-promo-view></test-promo-view></test-store-provider>`);
    const el = provider.querySelector('test-promo-view')!;
    expect(el.promo.store).to.equal(undefined);
    const store = newStore();
    store.setPromoCode('LATE');
    provider.store = store;
    await provider.updateComplete;
    await el.updateComplete;
    expect(el.promo.store).to.equal(store);
    expect(text(el)).to.equal('LATE');
  });

  it('prefers an explicit store over the context', async () => {
    const contextStore = newStore();
    const ownStore = newStore();
    ownStore.setPromoCode('OWN');
    const provider = await fixture<TestStoreProvider>(
      html`<test-store-provider .store=${contextStore}><test-promo-view .store=${ownStore}></test-promo-view></test-store-provider>`,
    );
    const el = provider.querySelector('test-promo-view')!;
    await el.updateComplete;
    expect(el.promo.store).to.equal(ownStore);
    expect(text(el)).to.equal('OWN');
    contextStore.setPromoCode('CTX');
    await el.updateComplete;
    expect(text(el)).to.equal('OWN');
  });

  it('unsubscribes on disconnect and catches up on reconnect', async () => {
    const store = newStore();
    const subscriptions = countSubscriptions(store);
    const el = await fixture<TestPromoView>(html`<test-promo-view .store=${store}></test-promo-view>`);
    expect(subscriptions.active).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    expect(subscriptions.active).to.equal(0);
    const renders = el.renders;
    store.setPromoCode('WHILE-AWAY');
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
    expect(el.promo.value).to.equal(null);

    parent.append(el);
    await el.updateComplete;
    expect(subscriptions.active).to.equal(1);
    expect(text(el)).to.equal('WHILE-AWAY');
  });

  it('switches stores: leaves the old one, follows the new one', async () => {
    const first = newStore();
    const second = newStore();
    const firstCount = countSubscriptions(first);
    const secondCount = countSubscriptions(second);
    const el = await fixture<TestPromoView>(html`<test-promo-view .store=${first}></test-promo-view>`);
    el.store = second;
    await el.updateComplete;
    expect(firstCount.active).to.equal(0);
    expect(secondCount.active).to.equal(1);
    second.setPromoCode('SECOND');
    await el.updateComplete;
    expect(text(el)).to.equal('SECOND');
  });
});
