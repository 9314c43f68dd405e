/**
 * The seed builders of `upcart/mocks`: every default is a complete object the contract's schema
 * accepts, prices written as numbers take the catalog's currency, and a field that does not fit
 * is refused where it is written.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BillingCycle, Catalog, Contact, Customer, Plan, Service, Subscription } from '../../src/api/schemas.js';
import { applyPromotion, catalog, contact, customer, cycle, plan, promotion, service, subscription } from '../../mocks/index.js';

function assertParses(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: unknown } } }, value: unknown): void {
  const result = schema.safeParse(value);
  assert.ok(result.success, JSON.stringify(result.error?.issues));
}

describe('mock seed builders', () => {
  it('build defaults that parse with the contract schemas', () => {
    assertParses(Catalog, catalog());
    assertParses(Plan, plan());
    assertParses(Service, service());
    assertParses(BillingCycle, cycle());
    assertParses(Customer, customer());
    assertParses(Contact, contact());
    assertParses(Subscription, subscription());
    const offered = promotion();
    const applied = applyPromotion(offered.code.toLowerCase(), [offered], { flow: 'expand', subtotal: 10_000, currency: 'EUR', today: '2026-11-23' });
    assert.deepEqual(applied.ok && applied.discount.amount, { amount: 1000, currency: 'EUR' });
  });

  it('give readable unique ids and names made from them', () => {
    const [first, second] = [service(), service()];
    assert.notEqual(first.id, second.id);
    assert.match(first.id, /^service-\d+$/);
    assert.equal(service({ id: 'call-minutes' }).name, 'Call minutes');
    assert.equal(cycle({ months: 12, discountPercent: 10 }).id, 'm12');
  });

  it('price numbers in the catalog currency and refuse a price in another', () => {
    const built = catalog({
      currency: 'EUR',
      plans: [{ id: 'pro', unitPrice: 2500 }],
      services: [{ id: 'seats', unitPrice: { amount: 1200, currency: 'EUR' } }],
    });
    assert.deepEqual(built.plans[0]?.unitPrice, { amount: 2500, currency: 'EUR' });
    assert.deepEqual(built.services[0]?.unitPrice, { amount: 1200, currency: 'EUR' });
    assert.throws(() => catalog({ currency: 'EUR', services: [service({ id: 'seats' })] }), /priced in USD, not EUR/);
  });

  it('refuse a field that does not fit, naming it', () => {
    assert.throws(() => customer({ id: 'c', country: 'Germany' }), /Customer c does not fit the contract: country/);
  });

  it('take a subscription default from its catalog, dated around now', () => {
    const product = catalog({ productId: 'phones', plans: [{ id: 'basic', minQuantity: 3 }], services: [{ id: 'lines', min: 2 }], cycles: [{ months: 1 }] });
    const built = subscription({ catalog: product, customer: customer({ id: 'cust-a' }), now: '2026-11-23T10:00:00Z', paidThisTerm: 3000 });
    assert.deepEqual(
      [built.productId, built.customerId, built.planId, built.quantity, built.services, built.cycleId],
      ['phones', 'cust-a', 'basic', 3, [{ serviceId: 'lines', quantity: 2 }], 'm1'],
    );
    assert.deepEqual([built.termStart, built.termEnd, built.nextPaymentAt], ['2026-11-13', '2026-12-13', '2026-12-13T00:00:00.000Z']);
    assert.deepEqual(built.paidThisTerm, { amount: 3000, currency: 'USD' });
  });
});
