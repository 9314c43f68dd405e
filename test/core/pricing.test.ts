/**
 * The backend core's pricing, checked against figures worked out by hand: each expectation has
 * its arithmetic beside it. Catalog prices come from the seed (quoted in the comments);
 * subscriptions and "today" are written out here so every date is visible.
 */
import { expect } from '@open-wc/testing';
import { Quote, type Catalog, type ExpandQuoteRequest, type QuoteRequest, type Subscription } from '../../src/api/schemas.js';
import {
  applyPromotion,
  cotermAmount,
  creditAmount,
  cycleAmount,
  percentOf,
  priceQuote,
  roundHalfAwayFromZero,
  taxTreatment,
  type PricedQuote,
  type TaxParty,
} from '../../core/pricing.js';
import { createSeed } from '../../mocks/seed.js';
import { refusal } from './refusal.js';

const seed = createSeed(new Date('2026-11-23T10:00:00Z'));
const { promotions } = seed;
const GERMANY: TaxParty = { country: 'DE' };

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

function price(request: QuoteRequest, subscriptions: Subscription[], today: string, taxParty: TaxParty = GERMANY): PricedQuote {
  const first = subscriptions[0];
  if (!first) throw new Error('no subscription');
  return priceQuote(request, { today, catalog: catalog(first.productId), subscriptions, taxParty, promotions });
}

/** The quote as the wire sees it must pass the contract's own sums check. */
function expectValidQuote(priced: PricedQuote) {
  const { changes: _changes, ...figures } = priced;
  const result = Quote.safeParse({ ...figures, id: 'q-test', createdAt: '2026-11-23T10:00:00Z', expiresAt: '2026-11-23T10:15:00Z' });
  expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
}

function amounts(priced: PricedQuote) {
  return priced.lines.map((line) => [line.kind, line.refId, line.amount.amount]);
}

describe('pricing: rounding', () => {
  it('rounds half away from zero, once, on exact fractions', () => {
    expect(roundHalfAwayFromZero(5n, 2n)).to.equal(3); // 2.5 → 3
    expect(roundHalfAwayFromZero(-5n, 2n)).to.equal(-3); // −2.5 → −3 (Math.round would say −2)
    expect(roundHalfAwayFromZero(7n, 3n)).to.equal(2); // 2.33 → 2
    expect(roundHalfAwayFromZero(-7n, 3n)).to.equal(-2); // −2.33 → −2
    expect(Object.is(roundHalfAwayFromZero(-1n, 3n), 0)).to.equal(true); // −0.33 → 0, not −0
  });

  it('rounds a .5 line up', () => {
    // $2.50 × 1 × 1 month × (1 − 5%) = 237.5 cents → 238
    expect(cycleAmount(250, 1, 1, 5)).to.equal(238);
  });

  it('rounds a negative .5 credit away from zero', () => {
    // −45.01 × 15 / 30 days = −2250.5 cents → −2251
    expect(creditAmount(4501, 15, 30)).to.equal(-2251);
  });

  it('rounds a .5 credit in a priced upgrade, and a .5 tax', () => {
    const trialEnded = subscription('sub-cc', {
      quantity: 1,
      termStart: '2026-11-01',
      termEnd: '2026-12-01',
      cycleId: 'm1',
      paidThisTerm: { amount: 4501, currency: 'EUR' },
    });
    const priced = price({ flow: 'upgrade', subscriptionId: 'sub-cc', planId: 'cc-3', cycleId: 'm1', quantity: 2 }, [trialEnded], '2026-11-16');
    // plan: €35.00 × 2 × 1 month = 7000; credit: −4501 × 15 left / 30 days = −2250.5 → −2251
    expect(amounts(priced)).to.deep.equal([
      ['plan', 'cc-3', 7000],
      ['credit', 'cc-2', -2251],
    ]);
    expect(priced.subtotal.amount).to.equal(4749); // 7000 − 2251
    expect(priced.tax.amount.amount).to.equal(902); // 4749 × 19% = 902.31 → 902
    // A .5 tax: 1250 × 19% = 237.5 → 238
    expect(percentOf(1250, 19)).to.equal(238);
    expectValidQuote(priced);
  });
});

describe('pricing: expand', () => {
  // A 12-month P-Series term 2026-01-01 → 2027-01-01 (365 days); today 2026-09-23 leaves 100
  // days: Sep 23→Sep 30 7, Oct 31 (38), Nov 30 (68), Dec 31 (99), Jan 1 (100).
  const pseries = subscription('sub-pseries', { termStart: '2026-01-01', termEnd: '2027-01-01', minimumTermEnd: '2027-01-01' });
  const today = '2026-09-23';

  it('prorates added extensions to the term end', () => {
    const priced = price({ flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 55 }] }, [pseries], today);
    const [line] = priced.lines;
    // 5 ext × $2.50/mo × 12 × 0.9 = $135.00/term; × 100 days left / 365 = $36.986… → 3699
    expect(line?.amount.amount).to.equal(3699);
    expect(line).to.deep.include({
      kind: 'service',
      refId: 'extensions',
      quantity: 5,
      prorationDays: 100,
      termDays: 365,
      discountPercent: 10,
      periodEnd: '2027-01-01',
    });
    expect(priced.tax.amount.amount).to.equal(703); // 3699 × 19% = 702.81 → 703
    expect(priced.total.amount).to.equal(4402); // 3699 + 703
    // The term and minimum term do not move; only the quantity does.
    expect(priced.changes).to.deep.equal([
      {
        subscriptionId: 'sub-pseries',
        set: {
          services: [
            { serviceId: 'extensions', quantity: 55 },
            { serviceId: 'recording-minutes', quantity: 1000 },
          ],
        },
        addToPaid: 3699,
        // What it was priced from: paying applies it only while the subscription still has this.
        base: {
          services: [
            { serviceId: 'extensions', quantity: 50 },
            { serviceId: 'recording-minutes', quantity: 1000 },
          ],
        },
      },
    ]);
    expectValidQuote(priced);
  });

  it('adds an "other service" the subscription has none of, next to an expansion', () => {
    const priced = price(
      {
        flow: 'expand',
        subscriptionId: 'sub-pseries',
        items: [
          { serviceId: 'extensions', quantity: 55 },
          { serviceId: 'recording-minutes', quantity: 1000 },
          { serviceId: 'ha', quantity: 1 },
        ],
      },
      [pseries],
      today,
    );
    expect(amounts(priced)).to.deep.equal([
      ['service', 'extensions', 3699], // as above
      ['service', 'ha', 14499], // 1 HA × $49.00 × 12 × 0.9 = $529.20/term; × 100/365 = $144.986… → 14499
    ]); // recording minutes unchanged (1000 → 1000): no line
    expect(priced.subtotal.amount).to.equal(18198); // 3699 + 14499
    expect(priced.tax.amount.amount).to.equal(3458); // 18198 × 19% = 3457.62 → 3458
    expect(priced.total.amount).to.equal(21656); // 18198 + 3458
    expectValidQuote(priced);
  });

  it('refuses less than current, off-step, above-max, unknown and unchanged quantities', () => {
    const expand = (items: { serviceId: string; quantity: number }[]) => () =>
      price({ flow: 'expand', subscriptionId: 'sub-pseries', items }, [pseries], today);
    const refused = refusal(
      expand([
        { serviceId: 'extensions', quantity: 40 },
        { serviceId: 'recording-minutes', quantity: 1050 },
        { serviceId: 'ha', quantity: 2 },
        { serviceId: 'fax', quantity: 1 },
      ]),
    );
    expect(refused.status).to.equal(422);
    expect(refused.code).to.equal('invalid_request');
    expect(refused.fields).to.have.keys(['items.0.quantity', 'items.1.quantity', 'items.2.quantity', 'items.3.serviceId']);
    expect(refused.fields?.['items.1.quantity']).to.match(/steps of 100/);
    expect(refusal(expand([{ serviceId: 'extensions', quantity: 50 }])).fields).to.have.key('items');
  });

  it('refuses to expand a trial or a term that has ended', () => {
    const trial = subscription('sub-pascom');
    const onTrial = refusal(() =>
      price({ flow: 'expand', subscriptionId: 'sub-pascom', items: [{ serviceId: 'trunk-lines', quantity: 4 }] }, [trial], '2026-11-23'),
    );
    expect(onTrial.code).to.equal('subscription_not_active');
    const ended = refusal(() =>
      price({ flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] }, [pseries], '2027-01-01'),
    );
    expect(ended.code).to.equal('term_ended');
  });
});

describe('pricing: upgrade', () => {
  // Contact Center 2 × 100 on a 6-month term 2026-09-23 → 2027-03-23, paid €13 500.00
  // (100 × €25.00 × 6 × 0.9). Term: Sep 23→Oct 23 30, Nov 23 31, Dec 23 30, Jan 23 31,
  // Feb 23 31, Mar 23 28 = 181 days; today 2026-11-23 leaves 30 + 31 + 31 + 28 = 120.
  const cc = subscription('sub-cc', { termStart: '2026-09-23', termEnd: '2027-03-23', minimumTermEnd: '2027-03-23' });
  const today = '2026-11-23';

  it('credits the unused part of a paid term', () => {
    const priced = price({ flow: 'upgrade', subscriptionId: 'sub-cc', planId: 'cc-3', cycleId: 'm12', quantity: 100 }, [cc], today);
    expect(amounts(priced)).to.deep.equal([
      ['plan', 'cc-3', 3_570_000], // 100 × €35.00 × 12 × 0.85 = €35 700.00
      ['credit', 'cc-2', -895_028], // −€13 500.00 × 120 / 181 = −€8950.276… → −895028
    ]);
    const credit = priced.lines[1];
    expect(credit).to.deep.include({ prorationDays: 120, termDays: 181, quantity: 1 });
    expect(credit?.unitPrice.amount).to.equal(-1_350_000);
    expect(priced.subtotal.amount).to.equal(2_674_972); // 3 570 000 − 895 028
    expect(priced.tax.amount.amount).to.equal(508_245); // 2 674 972 × 19% = 508 244.68 → 508 245
    expect(priced.total.amount).to.equal(3_183_217); // 2 674 972 + 508 245
    const [change] = priced.changes;
    // The new plan starts today for 12 months; a new minimum term with it.
    expect(change?.set).to.deep.include({
      planId: 'cc-3',
      cycleId: 'm12',
      quantity: 100,
      status: 'active',
      termStart: '2026-11-23',
      termEnd: '2027-11-23',
      minimumTermEnd: '2027-11-23',
    });
    expect(change?.set.paidThisTerm).to.deep.equal({ amount: 3_570_000, currency: 'EUR' });
    expectValidQuote(priced);
  });

  it('allows the same plan with more accounts, and refuses a lower or equal one', () => {
    const more = price({ flow: 'upgrade', subscriptionId: 'sub-cc', planId: 'cc-2', cycleId: 'm6', quantity: 120 }, [cc], today);
    // 120 × €25.00 × 6 × 0.9 = €16 200.00; credit as above −895 028
    expect(amounts(more)).to.deep.equal([
      ['plan', 'cc-2', 1_620_000],
      ['credit', 'cc-2', -895_028],
    ]);
    const lower = refusal(() => price({ flow: 'upgrade', subscriptionId: 'sub-cc', planId: 'cc-1', cycleId: 'm12', quantity: 40 }, [cc], today));
    expect([lower.status, lower.code]).to.deep.equal([422, 'downgrade_not_allowed']);
    expect(lower.fields).to.have.key('planId');
    const same = refusal(() => price({ flow: 'upgrade', subscriptionId: 'sub-cc', planId: 'cc-2', cycleId: 'm12', quantity: 100 }, [cc], today));
    expect(same.code).to.equal('downgrade_not_allowed');
    expect(same.fields).to.have.key('quantity');
  });

  it('adds pascom user licenses inside the minimum contract term without a new term', () => {
    // pascom Cloud Business × 12, billed monthly 2026-11-13 → 2026-12-13 (30 days, 20 left on
    // 2026-11-23), inside a minimum contract term to 2027-09-13.
    const paid = subscription('sub-pascom-paid', { termStart: '2026-11-13', termEnd: '2026-12-13', minimumTermEnd: '2027-09-13' });
    const request = {
      flow: 'upgrade' as const,
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
    };
    const priced = price(request, [paid], today);
    expect(amounts(priced)).to.deep.equal([
      ['plan', 'pascom-business', 1580], // 3 added × €7.90 × 1 month × 20 / 30 days = €15.80
      ['service', 'trunk-lines', 327], // 1 added × €4.90 × 20 / 30 = 326.67 cents → 327
    ]);
    expect(priced.lines[0]).to.deep.include({ quantity: 3, prorationDays: 20, termDays: 30, periodStart: today, periodEnd: '2026-12-13' });
    const [change] = priced.changes;
    // Only the counts change: the term and the minimum contract term run on, the payment adds up.
    expect(Object.keys(change?.set ?? {}).sort()).to.deep.equal(['quantity', 'services']);
    expect(change?.set.quantity).to.equal(15);
    expect(change?.addToPaid).to.equal(1907);
    expectValidQuote(priced);

    // Fewer trunk lines than now is not an addition.
    const fewer = refusal(() => price({ ...request, services: [{ serviceId: 'trunk-lines', quantity: 3 }] }, [paid], today));
    expect([fewer.status, fewer.code]).to.deep.equal([422, 'invalid_request']);
    // The quote says so, for the client to tell the buyer.
    expect(priced.addsToCurrentTerm).to.equal(true);
    // Once the minimum term ends with the billing term, more licenses start a new term as any upgrade.
    const unbound = price(request, [{ ...paid, minimumTermEnd: '2026-12-13' }], today);
    expect(unbound.changes[0]?.set).to.deep.include({ termStart: today, termEnd: '2026-12-23', minimumTermEnd: '2026-12-23' });
    expect(unbound.addsToCurrentTerm).to.equal(undefined);
    // Another cycle is a new term too.
    const yearly = price({ ...request, cycleId: 'm12' }, [paid], today);
    expect(yearly.changes[0]?.set).to.deep.include({ termEnd: '2027-11-23', minimumTermEnd: '2027-11-23' });
    expect(yearly.addsToCurrentTerm).to.equal(undefined);
  });

  it('counts the steps of services added with licenses from the current quantity, as an expansion does', () => {
    // Trunk lines sold in pairs; the subscription has 5, so 7 is a step on top of it and 6 is not
    // (counted from the catalog's minimum of 2 it would be the other way round).
    const pascom = catalog('pascom');
    const pairs: Catalog = { ...pascom, services: pascom.services.map((service) => (service.id === 'trunk-lines' ? { ...service, step: 2 } : service)) };
    const paid = subscription('sub-pascom-paid', {
      termStart: '2026-11-13',
      termEnd: '2026-12-13',
      minimumTermEnd: '2027-09-13',
      services: [
        { serviceId: 'trunk-lines', quantity: 5 },
        { serviceId: 'endpoint-devices', quantity: 12 },
        { serviceId: 'phone-numbers', quantity: 2 },
      ],
    });
    const withTrunks = (quantity: number): QuoteRequest => ({
      flow: 'upgrade',
      subscriptionId: paid.id,
      planId: 'pascom-business',
      cycleId: 'm1',
      quantity: 15,
      slaId: 'sla-basic',
      services: [{ serviceId: 'trunk-lines', quantity }],
    });
    const inputs = { today, catalog: pairs, subscriptions: [paid], taxParty: GERMANY, promotions };
    const seven = priceQuote(withTrunks(7), inputs);
    // 2 added × €4.90 × 20 / 30 days = 653.33 cents → 653
    expect(amounts(seven)).to.deep.include(['service', 'trunk-lines', 653]);
    const six = refusal(() => priceQuote(withTrunks(6), inputs));
    expect(six.code).to.equal('invalid_request');
    expect(six.fields?.['services.0.quantity']).to.equal('In steps of 2 from 5');
    // The same service expanded follows the same rule.
    const expand = (quantity: number): QuoteRequest => ({ flow: 'expand', subscriptionId: paid.id, items: [{ serviceId: 'trunk-lines', quantity }] });
    expect(priceQuote(expand(7), inputs).addsToCurrentTerm).to.equal(true);
    expect(refusal(() => priceQuote(expand(6), inputs)).fields?.['items.0.quantity']).to.equal('In steps of 2 from 5');
  });

  it('refuses a credit larger than the new price', () => {
    // cc-3 × 100 for 1 month = €3500.00 < the €8950.28 credit
    const refused = refusal(() => price({ flow: 'upgrade', subscriptionId: 'sub-cc', planId: 'cc-3', cycleId: 'm1', quantity: 100 }, [cc], today));
    expect(refused.code).to.equal('credit_exceeds_price');
  });

  it('gives a trial no credit and charges SLA and services above the included amounts', () => {
    const trial = subscription('sub-pascom', { termStart: '2026-11-11', termEnd: '2026-12-11' });
    const priced = price(
      {
        flow: 'upgrade',
        subscriptionId: 'sub-pascom',
        planId: 'pascom-business',
        cycleId: 'm12',
        quantity: 15,
        slaId: 'sla-business',
        services: [
          { serviceId: 'trunk-lines', quantity: 6 },
          { serviceId: 'endpoint-devices', quantity: 20 },
          { serviceId: 'phone-numbers', quantity: 3 },
        ],
      },
      [trial],
      '2026-11-23',
    );
    expect(amounts(priced)).to.deep.equal([
      ['plan', 'pascom-business', 127_980], // 15 users × €7.90 × 12 × 0.9
      ['sla', 'sla-business', 52_920], // €49.00 × 12 × 0.9
      ['service', 'trunk-lines', 21_168], // (6 − 2 included) × €4.90 × 12 × 0.9
      ['service', 'endpoint-devices', 16_200], // (20 − 10 included) × €1.50 × 12 × 0.9
      ['service', 'phone-numbers', 2_160], // (3 − 1 included) × €1.00 × 12 × 0.9
    ]); // no credit line: the trial was free
    expect(priced.subtotal.amount).to.equal(220_428); // sum of the five
    expect(priced.tax.amount.amount).to.equal(41_881); // 220 428 × 19% = 41 881.32 → 41 881
    expect(priced.total.amount).to.equal(262_309);
    expectValidQuote(priced);
  });

  it('charges nothing for the included SLA and services at their included amounts', () => {
    const trial = subscription('sub-pascom');
    const priced = price({ flow: 'upgrade', subscriptionId: 'sub-pascom', planId: 'pascom-business', cycleId: 'm1', quantity: 10 }, [trial], '2026-11-23');
    // 10 users × €7.90 × 1 month; sla-basic is €0, 2 lines / 10 devices / 1 number are included
    expect(amounts(priced)).to.deep.equal([['plan', 'pascom-business', 7900]]);
  });
});

describe('pricing: renew', () => {
  // KooPhone: Standard $9.00/mo, Pro $15.00/mo; r12 = 12 months at 15% off; standard day 1.
  const standard = (id: string, termEnd: string) =>
    subscription(id, { planId: 'kp-standard', termEnd, termStart: '2026-01-01', minimumTermEnd: termEnd, status: 'active' });
  const pro = (id: string, termEnd: string) =>
    subscription(id, { planId: 'kp-pro', termEnd, termStart: '2026-01-01', minimumTermEnd: termEnd, status: 'active' });
  const phones = [standard('phone-01', '2026-11-20'), pro('phone-21', '2026-12-14'), standard('phone-03', '2027-01-01')];
  const ids = phones.map((phone) => phone.id);
  const today = '2026-11-23';

  it('renews each phone from its own end date', () => {
    const priced = price({ flow: 'renew', subscriptionIds: ids, durationId: 'r12', coterm: false }, phones, today);
    // phone-01 (yearly) and phone-03 (monthly) are one Standard line: the cycle does not change a renewal's price.
    expect(priced.lines.map((line) => [line.subscriptionId, line.kind, line.count, line.amount.amount, line.periodStart, line.periodEnd])).to.deep.equal([
      [undefined, 'renewal', 2, 18360, undefined, undefined], // 2 × $9.00 × 12 × 0.85 = 2 × $91.80
      ['phone-21', 'renewal', undefined, 15300, '2026-12-14', '2027-12-14'], // $15.00 × 12 × 0.85 = $153.00
    ]);
    expect(priced.items.map((item) => [item.subscriptionId, item.termEnd, item.newTermEnd, item.amount.amount])).to.deep.equal([
      ['phone-01', '2026-11-20', '2027-11-20', 9180],
      ['phone-21', '2026-12-14', '2027-12-14', 15300],
      ['phone-03', '2027-01-01', '2028-01-01', 9180],
    ]);
    expect(priced.subtotal.amount).to.equal(33660); // 9180 + 15300 + 9180
    expect(priced.tax.amount.amount).to.equal(6395); // 33 660 × 19% = 6395.4 → 6395
    expect(priced.changes.map((change) => [change.subscriptionId, change.set.termStart, change.set.termEnd])).to.deep.equal([
      ['phone-01', '2026-11-20', '2027-11-20'],
      ['phone-21', '2026-12-14', '2027-12-14'],
      ['phone-03', '2027-01-01', '2028-01-01'],
    ]);
    expectValidQuote(priced);
  });

  it('co-terms every end to the standard renewal day, charging the extra days', () => {
    const priced = price({ flow: 'renew', subscriptionIds: ids, durationId: 'r12', coterm: true }, phones, today);
    expect(priced.lines.map((line) => [line.subscriptionId, line.kind, line.count, line.amount.amount, line.periodStart, line.periodEnd])).to.deep.equal([
      [undefined, 'renewal', 2, 18360, undefined, undefined], // phone-01 and phone-03: 2 × 9180
      // 2027-11-20 → 2027-12-01 = 11 days × $9.00 × 12 / 365 = 325.48 cents → 325; phone-03 ends on
      // 2028-01-01, already the 1st: no co-term charge, so this line is phone-01's alone
      ['phone-01', 'coterm', undefined, 325, '2027-11-20', '2027-12-01'],
      ['phone-21', 'renewal', undefined, 15300, '2026-12-14', '2027-12-14'],
      // 2027-12-14 → 2028-01-01 = 18 days × $15.00 × 12 / 365 = 887.67 cents → 888
      ['phone-21', 'coterm', undefined, 888, '2027-12-14', '2028-01-01'],
    ]);
    expect(priced.lines[1]).to.deep.include({ prorationDays: 11, termDays: 365 });
    expect(priced.subtotal.amount).to.equal(34873); // 33 660 + 325 + 888
    expect(priced.changes.map((change) => change.set.termEnd)).to.deep.equal(['2027-12-01', '2028-01-01', '2028-01-01']);
    expect(priced.changes[0]?.set.paidThisTerm?.amount).to.equal(9505); // 9180 + 325
    expect(cotermAmount(900, 1, 11)).to.equal(325);
    expectValidQuote(priced);
  });

  it('renews monthly for a month without discount, and refuses trials and unknown durations', () => {
    const monthly = price({ flow: 'renew', subscriptionIds: ['phone-01'], durationId: 'r1', coterm: false }, [phones[0]!], today);
    expect(amounts(monthly)).to.deep.equal([['renewal', 'kp-standard', 900]]); // $9.00 × 1
    const unknown = refusal(() => price({ flow: 'renew', subscriptionIds: ['phone-01'], durationId: 'r5', coterm: false }, [phones[0]!], today));
    expect(unknown.fields).to.have.key('durationId');
    const trial = refusal(() =>
      price({ flow: 'renew', subscriptionIds: ['phone-01'], durationId: 'r1', coterm: false }, [{ ...phones[0]!, status: 'trial' }], today),
    );
    expect(trial.fields).to.have.key('subscriptionIds.0');
  });
});

describe('pricing: a batch renewal in grouped lines', () => {
  // Yearly Standard phones ($9.00/mo) and a Pro one ($15.00/mo); r12 = 12 months at 15% off.
  const yearly = (id: string, planId: string, termEnd: string, changes: Partial<Subscription> = {}) =>
    subscription(id, { planId, cycleId: 'm12', termEnd, termStart: '2026-01-01', minimumTermEnd: termEnd, status: 'active', renewalDay: null, ...changes });
  const batch = [
    yearly('phone-05', 'kp-standard', '2026-11-20'), // → 2027-11-20, 11 days to 2027-12-01
    yearly('phone-06', 'kp-standard', '2026-11-19'), // → 2027-11-19, 12 days
    yearly('phone-09', 'kp-standard', '2026-12-10'), // → 2027-12-10, 22 days to 2028-01-01
    yearly('phone-21', 'kp-pro', '2026-12-14'), // → 2027-12-14, 18 days to 2028-01-01
  ];
  const renew = (subscriptions: Subscription[], standardRenewalDay: number | null = null, coterm = true) =>
    priceQuote(
      { flow: 'renew', subscriptionIds: subscriptions.map((one) => one.id), durationId: 'r12', coterm },
      { today: '2026-11-23', catalog: catalog('koophone'), subscriptions, taxParty: GERMANY, promotions, standardRenewalDay },
    );

  it('groups renewal and co-term lines by plan; each sums its resources’ rounded charges', () => {
    const priced = renew(batch);
    expect(priced.lines.map((line) => [line.kind, line.refId, line.count, line.quantity, line.amount.amount, line.subscriptionId])).to.deep.equal([
      ['renewal', 'kp-standard', 3, 3, 27540, undefined], // 3 × ($9.00 × 12 × 0.85 = 9180)
      // 11, 12 and 22 days × $9.00 × 12 / 365: 325.48 → 325, 355.07 → 355, 650.96 → 651; 1331 (rounded once over
      // the 45 days it would be 1331.51 → 1332: each resource is rounded on its own)
      ['coterm', 'kp-standard', 3, 3, 1331, undefined],
      ['renewal', 'kp-pro', undefined, 1, 15300, 'phone-21'], // one resource reads as before: $15.00 × 12 × 0.85
      ['coterm', 'kp-pro', undefined, 1, 888, 'phone-21'], // 18 days × $15.00 × 12 / 365 = 887.67 → 888
    ]);
    expect(priced.lines[0]).not.to.have.any.keys('periodStart', 'periodEnd');
    expect(priced.subtotal.amount).to.equal(45059); // 27540 + 1331 + 15300 + 888
    expect(priced.items.map((item) => [item.subscriptionId, item.newTermEnd, item.amount.amount])).to.deep.equal([
      ['phone-05', '2027-12-01', 9505], // 9180 + 325
      ['phone-06', '2027-12-01', 9535], // 9180 + 355
      ['phone-09', '2028-01-01', 9831], // 9180 + 651
      ['phone-21', '2028-01-01', 16188], // 15300 + 888
    ]);
    expect(priced.items.reduce((sum, item) => sum + item.amount.amount, 0)).to.equal(priced.subtotal.amount);
    expectValidQuote(priced);
  });

  it('keeps a plan in one line whatever its phones’ cycles: a renewal costs the duration, not the cycle', () => {
    const monthly = yearly('phone-10', 'kp-standard', '2026-12-02', { cycleId: 'm1' });
    const priced = renew([batch[0]!, monthly, batch[1]!], null, false);
    expect(priced.lines.map((line) => [line.refId, line.count, line.quantity, line.amount.amount])).to.deep.equal([
      ['kp-standard', 3, 3, 27540], // phone-05 and phone-06 yearly, phone-10 monthly: 3 × 9180
    ]);
    // The same figures as the monthly phone renewed alone beside the yearly ones.
    expect(priced.items.map((item) => item.amount.amount)).to.deep.equal([9180, 9180, 9180]);
    expect(renew([monthly], null, false).subtotal.amount + renew([batch[0]!, batch[1]!], null, false).subtotal.amount).to.equal(priced.subtotal.amount);
    expectValidQuote(priced);
  });

  it("co-terms to the resource's renewal day, else the account's standard day, else the catalog's", () => {
    const [phone] = batch; // ends 2026-11-20 → renewed to 2027-11-20
    const end = (changes: Partial<Subscription>, standardDay: number | null) => {
      const priced = renew([{ ...phone!, ...changes }], standardDay);
      return [priced.items[0]?.newTermEnd, priced.lines.find((line) => line.kind === 'coterm')?.amount.amount ?? 0];
    };
    expect(end({ renewalDay: 25 }, 10)).to.deep.equal(['2027-11-25', 148]); // its own day: 5 days × 900 × 12 / 365 = 147.95 → 148
    expect(end({ renewalDay: null }, 10)).to.deep.equal(['2027-12-10', 592]); // the account's: 20 days → 591.78 → 592
    expect(end({ renewalDay: null }, null)).to.deep.equal(['2027-12-01', 325]); // the catalog's 1st: 11 days → 325
    expect(end({ renewalDay: 20 }, 10)).to.deep.equal(['2027-11-20', 0]); // already on its day: no co-term line
  });
});

describe('pricing: tax', () => {
  it('taxes by billing country', () => {
    expect(taxTreatment({ country: 'DE' })).to.deep.equal({ country: 'DE', ratePercent: 19, reverseCharge: false });
    expect(taxTreatment({ country: 'FR' })).to.deep.equal({ country: 'FR', ratePercent: 20, reverseCharge: false });
    expect(taxTreatment({ country: 'US' })).to.deep.equal({ country: 'US', ratePercent: 0, reverseCharge: false });
    expect(taxTreatment({ country: 'CN' }).ratePercent).to.equal(6);
    expect(taxTreatment({ country: 'BR' }).ratePercent).to.equal(0); // not in the table
  });

  it('reverse-charges an EU business outside Germany, not a German one or a consumer', () => {
    expect(taxTreatment({ country: 'FR', vatId: 'FR40303265045' })).to.deep.equal({ country: 'FR', ratePercent: 0, reverseCharge: true });
    expect(taxTreatment({ country: 'DE', vatId: 'DE811907980' })).to.deep.equal({ country: 'DE', ratePercent: 19, reverseCharge: false });
    expect(taxTreatment({ country: 'FR', vatId: '' }).reverseCharge).to.equal(false);
    expect(taxTreatment({ country: 'GB', vatId: 'GB123456789' }).reverseCharge).to.equal(false); // not in the EU
  });

  it('applies the contact country to a quote', () => {
    const pseries = subscription('sub-pseries', { termStart: '2026-01-01', termEnd: '2027-01-01' });
    const request: QuoteRequest = { flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 55 }] };
    const fr = price(request, [pseries], '2026-09-23', { country: 'FR' });
    expect(fr.tax).to.deep.equal({ country: 'FR', ratePercent: 20, reverseCharge: false, amount: { amount: 740, currency: 'USD' } }); // 3699 × 20% = 739.8 → 740
    const us = price(request, [pseries], '2026-09-23', { country: 'US' });
    expect(us.tax.amount.amount).to.equal(0); // 3699 × 0%
    expect(us.total.amount).to.equal(3699);
    const luc = price(request, [pseries], '2026-09-23', { country: 'FR', vatId: 'FR40303265045' });
    expect([luc.tax.reverseCharge, luc.tax.amount.amount, luc.total.amount]).to.deep.equal([true, 0, 3699]);
  });
});

describe('pricing: promotion codes', () => {
  const pseries = subscription('sub-pseries', { termStart: '2026-01-01', termEnd: '2027-01-01' });
  const today = '2026-09-23';
  const expandWith = (promoCode: string): ExpandQuoteRequest => ({
    flow: 'expand',
    subscriptionId: 'sub-pseries',
    items: [
      { serviceId: 'extensions', quantity: 55 },
      { serviceId: 'ha', quantity: 1 },
    ],
    promoCode,
  });

  it('WELCOME10 takes 10% off the subtotal before tax', () => {
    const priced = price(expandWith('welcome10'), [pseries], today);
    expect(priced.subtotal.amount).to.equal(18198); // 3699 + 14499, as in the expand test
    expect(priced.discount).to.deep.equal({ code: 'WELCOME10', description: 'Welcome offer: 10% off', amount: { amount: 1820, currency: 'USD' } }); // 18198 × 10% = 1819.8 → 1820
    expect(priced.tax.amount.amount).to.equal(3112); // (18198 − 1820) = 16378 × 19% = 3111.82 → 3112
    expect(priced.total.amount).to.equal(19490); // 16378 + 3112
    expectValidQuote(priced);
  });

  it('SAVE50 takes 50.00 off a subtotal of 200.00 or more, and refuses a smaller one', () => {
    const trial = subscription('sub-pascom');
    const big = price(
      { flow: 'upgrade', subscriptionId: 'sub-pascom', planId: 'pascom-business', cycleId: 'm12', quantity: 15, promoCode: 'SAVE50' },
      [trial],
      '2026-11-23',
    );
    // 15 × €7.90 × 12 × 0.9 = 127 980 ≥ 20 000; − 5000 = 122 980; × 19% = 23 366.2 → 23 366
    expect([big.subtotal.amount, big.discount?.amount.amount, big.tax.amount.amount, big.total.amount]).to.deep.equal([127_980, 5000, 23_366, 146_346]);
    const small = refusal(() => price({ ...expandWith('SAVE50'), items: [{ serviceId: 'extensions', quantity: 55 }] }, [pseries], today));
    // 3699 < 20 000
    expect([small.status, small.code]).to.deep.equal([422, 'promo_invalid']);
    expect(small.message).to.match(/at least USD 200\.00/);
  });

  it('UPGRADE15 works on upgrades only', () => {
    const trial = subscription('sub-pascom');
    const upgrade = price(
      { flow: 'upgrade', subscriptionId: 'sub-pascom', planId: 'pascom-business', cycleId: 'm12', quantity: 15, promoCode: 'UPGRADE15' },
      [trial],
      '2026-11-23',
    );
    // 127 980 × 15% = 19 197; (127 980 − 19 197) = 108 783 × 19% = 20 668.77 → 20 669
    expect([upgrade.discount?.amount.amount, upgrade.tax.amount.amount, upgrade.total.amount]).to.deep.equal([19_197, 20_669, 129_452]);
    const expand = refusal(() => price(expandWith('UPGRADE15'), [pseries], today));
    expect(expand.code).to.equal('promo_invalid');
    expect(expand.message).to.match(/only to upgrade/);
  });

  it('refuses an expired or unknown code with a readable message', () => {
    // The seed's EXPIRED20 ran out the day before its now (2026-11-22).
    const expired = refusal(() => price(expandWith('EXPIRED20'), [pseries], '2026-11-23'));
    expect(expired.code).to.equal('promo_invalid');
    expect(expired.message).to.equal('The promotion code EXPIRED20 expired on 2026-11-22.');
    expect(expired.fields).to.have.key('promoCode');
    const unknown = applyPromotion('FREE100', promotions, { flow: 'expand', subtotal: 10_000, currency: 'USD', today });
    expect(unknown).to.deep.equal({ ok: false, message: 'The promotion code FREE100 does not exist.' });
  });

  it('limits a code to plans when it says so', () => {
    const cc4Only = [{ code: 'CC4LAUNCH', description: 'Launch offer: 25% off Contact Center 4', kind: 'percent' as const, percent: 25, planIds: ['cc-4'] }];
    const context = { flow: 'upgrade' as const, subtotal: 10_000, currency: 'EUR', today };
    // 10 000 × 25% = 2500
    expect(applyPromotion('CC4LAUNCH', cc4Only, { ...context, planIds: ['cc-4'] })).to.deep.include({ ok: true });
    expect(applyPromotion('CC4LAUNCH', cc4Only, { ...context, planIds: ['cc-4'] })).to.have.nested.property('discount.amount.amount', 2500);
    expect(applyPromotion('CC4LAUNCH', cc4Only, { ...context, planIds: ['cc-3'] })).to.deep.equal({
      ok: false,
      message: 'The promotion code CC4LAUNCH does not apply to the chosen plan.',
    });
  });
});
