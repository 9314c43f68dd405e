/**
 * Every quote line carries the parameters its amount comes from (issue 16), so a client writes the
 * line in the buyer's language and shows how the amount comes about. Each line's amount is worked
 * out again here from its own fields with the core's exported amount functions: a field missing
 * or wrong fails the sum, not just a shape check.
 */
import { expect } from '@open-wc/testing';
import type { Catalog, QuoteLine, QuoteRequest, Subscription } from '../../src/api/schemas.js';
import { cotermAmount, creditAmount, cycleAmount, expandAmount, priceQuote, type PricedQuote } from '../../core/pricing.js';
import { createSeed } from '../../mocks/seed.js';

const seed = createSeed(new Date('2026-11-23T10:00:00Z'));

function catalog(productId: string): Catalog {
  const found = seed.catalogs.find((candidate) => candidate.productId === productId);
  if (!found) throw new Error(`no catalog ${productId}`);
  return found;
}

function subscription(id: string, changes: Partial<Subscription> = {}): Subscription {
  const found = seed.subscriptions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no subscription ${id}`);
  return { ...found, ...changes };
}

function price(request: QuoteRequest, subscriptions: Subscription[], today: string): PricedQuote {
  const productId = subscriptions[0]?.productId ?? '';
  return priceQuote(request, { today, catalog: catalog(productId), subscriptions, taxParty: { country: 'DE' }, promotions: seed.promotions });
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the line has no ${what}`);
  return value;
}

/** The line's amount from its own fields, by the core's rule for its kind. */
function recomputed(line: QuoteLine): number {
  const unitPrice = line.unitPrice.amount;
  const months = need(line.months, 'months');
  const discountPercent = line.discountPercent ?? 0;
  if (line.kind === 'credit') return creditAmount(-unitPrice, need(line.prorationDays, 'prorationDays'), need(line.termDays, 'termDays'));
  if (line.kind === 'coterm') {
    expect(need(line.termDays, 'termDays')).to.equal(365);
    expect(months).to.equal(12);
    return cotermAmount(unitPrice, line.quantity, need(line.prorationDays, 'prorationDays'));
  }
  if (line.prorationDays !== undefined) {
    // An expansion or licenses added to a running term: the charged units are the added ones above what is included.
    const from = need(line.fromQuantity, 'fromQuantity');
    const to = need(line.toQuantity, 'toQuantity');
    expect(line.quantity).to.equal(Math.max(to - Math.max(from, line.included ?? 0), 0));
    return expandAmount({ unitPrice, units: line.quantity, months, discountPercent, daysLeft: line.prorationDays, termDays: need(line.termDays, 'termDays') });
  }
  return cycleAmount(unitPrice, line.quantity, months, discountPercent);
}

function expectExplained(priced: PricedQuote, names: Record<string, string>) {
  for (const line of priced.lines) {
    expect(line.amount.amount, `${line.kind} ${line.refId}`).to.equal(recomputed(line));
    expect(line.itemName, `${line.kind} ${line.refId}`).to.equal(names[line.refId ?? '']);
  }
}

describe('pricing: every line carries the parameters of its amount', () => {
  it('upgrade: plan, SLA and service lines for a cycle, services with what is included', () => {
    const trial = subscription('sub-pascom', { termStart: '2026-11-11', termEnd: '2026-12-11' });
    const request: QuoteRequest = {
      flow: 'upgrade',
      subscriptionId: 'sub-pascom',
      planId: 'pascom-business',
      cycleId: 'm12',
      quantity: 15,
      slaId: 'sla-business',
      services: [
        { serviceId: 'trunk-lines', quantity: 6 },
        { serviceId: 'endpoint-devices', quantity: 20 },
      ],
    };
    const priced = price(request, [trial], '2026-11-23');
    expect(priced.lines.map((line) => line.kind)).to.deep.equal(['plan', 'sla', 'service', 'service']);
    expect(priced.lines.every((line) => line.months === 12 && line.discountPercent === 10)).to.equal(true);
    expect(priced.lines[2]).to.deep.include({ refId: 'trunk-lines', quantity: 4, included: 2 });
    expectExplained(priced, {
      'pascom-business': 'pascom Cloud Business',
      'sla-business': 'Business',
      'trunk-lines': 'Trunk lines',
      'endpoint-devices': 'Endpoint devices',
    });
  });

  it('upgrade: the credit for the unused term names the current plan', () => {
    const cc = subscription('sub-cc', { termStart: '2026-09-23', termEnd: '2027-03-23', minimumTermEnd: '2027-03-23' });
    const priced = price({ flow: 'upgrade', subscriptionId: 'sub-cc', planId: 'cc-3', cycleId: 'm12', quantity: 100 }, [cc], '2026-11-23');
    const credit = priced.lines.find((line) => line.kind === 'credit');
    expect(credit).to.deep.include({ refId: 'cc-2', itemName: 'Contact Center 2', prorationDays: 120, termDays: 181 });
    expect(credit).not.to.have.property('months');
    for (const line of priced.lines) {
      const amount = line.kind === 'credit' ? creditAmount(-line.unitPrice.amount, line.prorationDays ?? 0, line.termDays ?? 0) : recomputed(line);
      expect(line.amount.amount).to.equal(amount);
    }
  });

  it('expand: from and to quantities, the term cycle months, days left of the term', () => {
    const pseries = subscription('sub-pseries', { termStart: '2026-01-01', termEnd: '2027-01-01', minimumTermEnd: '2027-01-01' });
    const priced = price(
      {
        flow: 'expand',
        subscriptionId: 'sub-pseries',
        items: [
          { serviceId: 'extensions', quantity: 55 },
          { serviceId: 'ha', quantity: 1 },
        ],
      },
      [pseries],
      '2026-09-23',
    );
    expect(priced.lines[0]).to.deep.include({ fromQuantity: 50, toQuantity: 55, quantity: 5, months: 12, prorationDays: 100, termDays: 365, included: 0 });
    expect(priced.lines[1]).to.deep.include({ fromQuantity: 0, toQuantity: 1, quantity: 1 });
    expectExplained(priced, { extensions: 'Extensions', ha: 'High Availability for BYOI' });
  });

  it('licenses added inside the minimum term: the plan and services from and to, included units not charged', () => {
    const paid = subscription('sub-pascom-paid', { termStart: '2026-11-13', termEnd: '2026-12-13', minimumTermEnd: '2027-09-13' });
    const priced = price(
      {
        flow: 'upgrade',
        subscriptionId: 'sub-pascom-paid',
        planId: 'pascom-business',
        cycleId: 'm1',
        quantity: 15,
        slaId: 'sla-basic',
        services: [
          { serviceId: 'trunk-lines', quantity: 5 },
          { serviceId: 'endpoint-devices', quantity: 12 },
          { serviceId: 'phone-numbers', quantity: 2 },
        ],
      },
      [paid],
      '2026-11-23',
    );
    expect(priced.lines[0]).to.deep.include({ kind: 'plan', fromQuantity: 12, toQuantity: 15, quantity: 3, months: 1 });
    expect(priced.lines[0]).not.to.have.property('included');
    expectExplained(priced, { 'pascom-business': 'pascom Cloud Business', 'trunk-lines': 'Trunk lines' });
  });

  it('renew: renewal lines for the duration months, co-term lines for the extra days, grouped lines keep both', () => {
    const yearly = (id: string, planId: string, termEnd: string) =>
      subscription(id, { planId, cycleId: 'm12', termEnd, termStart: '2026-01-01', minimumTermEnd: termEnd, status: 'active', renewalDay: null });
    const batch = [
      yearly('phone-05', 'kp-standard', '2026-11-20'),
      yearly('phone-06', 'kp-standard', '2026-11-19'),
      yearly('phone-21', 'kp-pro', '2026-12-14'),
    ];
    const priced = price({ flow: 'renew', subscriptionIds: batch.map((one) => one.id), durationId: 'r12', coterm: true }, batch, '2026-11-23');
    expect(priced.lines.map((line) => [line.kind, line.refId, line.count, line.months, line.itemName])).to.deep.equal([
      ['renewal', 'kp-standard', 2, 12, 'Cloud Phone Standard'],
      ['coterm', 'kp-standard', 2, 12, 'Cloud Phone Standard'],
      ['renewal', 'kp-pro', undefined, 12, 'Cloud Phone Pro'],
      ['coterm', 'kp-pro', undefined, 12, 'Cloud Phone Pro'],
    ]);
    // A single resource's lines recompute from their own fields; a group's sum its resources' own days.
    const single = priced.lines.filter((line) => line.count === undefined);
    for (const line of single) expect(line.amount.amount).to.equal(recomputed(line));
    const groupRenewal = priced.lines[0];
    expect(groupRenewal?.amount.amount).to.equal(
      cycleAmount(groupRenewal?.unitPrice.amount ?? 0, groupRenewal?.quantity ?? 0, groupRenewal?.months ?? 0, groupRenewal?.discountPercent ?? 0),
    );
    const renewalOf = (months: number) =>
      price({ flow: 'renew', subscriptionIds: ['phone-05'], durationId: months === 1 ? 'r1' : 'r36', coterm: false }, [batch[0]!], '2026-11-23').lines[0];
    expect(renewalOf(36)).to.deep.include({ months: 36, discountPercent: 25 });
    expect(renewalOf(1)).to.deep.include({ months: 1, discountPercent: 0 });
  });
});
