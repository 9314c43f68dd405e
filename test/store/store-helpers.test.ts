import { expect } from '@open-wc/testing';
import { initialState, type CheckoutState } from '../../src/store/checkout-state.js';
import { createIdempotencyKey } from '../../src/store/idempotency-key.js';
import {
  checkQuantity,
  expandServiceRule,
  nearestQuantity,
  nextQuantity,
  planQuantityRule,
  previousQuantity,
  upgradeServiceRule,
} from '../../src/store/quantity-rules.js';
import { buildQuoteRequest, isQuoteCurrent, quoteMatches } from '../../src/store/quote-request.js';
import { shallowEqual } from '../../src/store/shallow-equal.js';
import { catalog, NOW, quote, subscription } from './fixtures.js';

const [ext, rec] = catalog.services;
const [cc1, cc2] = catalog.plans;
if (!ext || !rec || !cc1 || !cc2) throw new Error('fixture catalog changed');

describe('quantity rules', () => {
  it('expand: steps count from the current quantity, which stays valid', () => {
    const rule = expandServiceRule(rec, 2000);
    expect(checkQuantity(rule, 2000)).to.deep.equal({ ok: true });
    expect(checkQuantity(rule, 3000)).to.deep.equal({ ok: true });
    expect(checkQuantity(rule, 2500)).to.deep.equal({ ok: false, problem: 'off_step' });
    expect(checkQuantity(rule, 1000)).to.deep.equal({ ok: false, problem: 'below_current' });
    expect(checkQuantity(rule, 101_000)).to.deep.equal({ ok: false, problem: 'above_max' });
    expect(checkQuantity(rule, 2000.5)).to.deep.equal({ ok: false, problem: 'not_integer' });
  });

  it('expand: a current quantity above a lowered catalog maximum is still valid to keep', () => {
    expect(checkQuantity(expandServiceRule(ext, 1200), 1200).ok).to.equal(true);
    expect(checkQuantity(expandServiceRule(ext, 1200), 1201).ok).to.equal(false);
  });

  it('upgrade: services count from the catalog minimum', () => {
    const rule = upgradeServiceRule(rec);
    expect(checkQuantity(rule, 0).ok).to.equal(true);
    expect(checkQuantity(rule, 1000).ok).to.equal(true);
    expect(checkQuantity(rule, 1500).ok).to.equal(false);
  });

  it('plan: same paid plan only grows; another plan or a trial starts at its minimum', () => {
    expect(planQuantityRule(cc1, subscription({ quantity: 3 })).floor).to.equal(3);
    expect(planQuantityRule(cc1, subscription({ quantity: 3, status: 'trial' })).floor).to.equal(1);
    expect(planQuantityRule(cc2, subscription({ quantity: 3 })).floor).to.equal(5);
  });

  it('below a floor that is only the minimum is below_min, not below anything the buyer has', () => {
    expect(checkQuantity(planQuantityRule(cc2, subscription({ quantity: 3 })), 0)).to.deep.equal({ ok: false, problem: 'below_min' });
    expect(checkQuantity(planQuantityRule(cc1, subscription({ quantity: 3, status: 'trial' })), 0)).to.deep.equal({ ok: false, problem: 'below_min' });
    expect(checkQuantity(planQuantityRule(cc1, subscription({ quantity: 3 })), 2)).to.deep.equal({ ok: false, problem: 'below_current' });
  });

  it('next, previous and nearest valid quantities', () => {
    const rule = expandServiceRule(rec, 2000);
    expect(nextQuantity(rule, 2000)).to.equal(3000);
    expect(nextQuantity(rule, 2001)).to.equal(3000);
    expect(nextQuantity(rule, 100_000)).to.equal(null);
    expect(previousQuantity(rule, 3000)).to.equal(2000);
    expect(previousQuantity(rule, 2000)).to.equal(null);
    expect(nearestQuantity(rule, 3400)).to.equal(3000);
    expect(nearestQuantity(rule, 3600)).to.equal(4000);
    expect(nearestQuantity(rule, 500_000)).to.equal(100_000);
    expect(nextQuantity(upgradeServiceRule(rec), 0)).to.equal(1000);
  });
});

describe('quote request', () => {
  const base: CheckoutState = {
    ...initialState,
    config: { flow: 'expand', productId: 'pbx', subscriptionId: 'sub-1', locale: 'en' },
    catalog,
    subscriptions: [subscription()],
    selection: { flow: 'expand', quantities: { ext: 10, rec: 3000 } },
  };

  it('sends only growing services, as totals, with promo, contact and currency', () => {
    expect(buildQuoteRequest({ ...base, promoCode: 'P', contactId: 'c', config: { ...base.config!, currency: 'USD' } })).to.deep.equal({
      flow: 'expand',
      subscriptionId: 'sub-1',
      items: [{ serviceId: 'rec', quantity: 3000 }],
      promoCode: 'P',
      contactId: 'c',
      currency: 'USD',
    });
  });

  it('is null when there is nothing to price', () => {
    expect(buildQuoteRequest(initialState)).to.equal(null);
    expect(buildQuoteRequest({ ...base, selection: { flow: 'expand', quantities: { ext: 10, rec: 2000 } } })).to.equal(null);
    expect(buildQuoteRequest({ ...base, selection: { flow: 'renew', subscriptionIds: ['a'], durationId: null, coterm: false } })).to.equal(null);
  });

  it('a quote is current only for its selection and until it expires', () => {
    const request = buildQuoteRequest(base)!;
    const answer = quote(request);
    const state = { ...base, quote: answer, quoteRequest: request };
    expect(isQuoteCurrent(state, NOW)).to.equal(true);
    expect(isQuoteCurrent(state, Date.parse(answer.expiresAt))).to.equal(false);
    expect(quoteMatches({ ...state, promoCode: 'NEW' })).to.equal(false);
  });
});

describe('shallowEqual', () => {
  it('compares values, arrays and plain objects one level deep', () => {
    const item = { a: 1 };
    expect(shallowEqual(1, 1)).to.equal(true);
    expect(shallowEqual(Number.NaN, Number.NaN)).to.equal(true);
    expect(shallowEqual([item, 2], [item, 2])).to.equal(true);
    expect(shallowEqual([item], [{ a: 1 }])).to.equal(false);
    expect(shallowEqual({ item, n: 2 }, { item, n: 2 })).to.equal(true);
    expect(shallowEqual({ item }, { item, n: undefined })).to.equal(false);
    expect(shallowEqual(new Date(0), new Date(0))).to.equal(false);
  });
});

describe('createIdempotencyKey', () => {
  it('gives a fresh v4 UUID each time', () => {
    const a = createIdempotencyKey();
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createIdempotencyKey()).to.not.equal(a);
  });
});

describe('createIdempotencyKey without crypto.randomUUID (plain-http portals)', () => {
  it('builds a v4 UUID from getRandomValues', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(createIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});
