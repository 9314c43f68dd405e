/**
 * The renewal center's rules in the core (`core/renewals.ts` and the service), on the in-memory
 * repository with the seed's 30 KooPhone phones: modes with `autoRenew` in step, unsubscribe and
 * restore, what paying does to a mode, tabs (filters, expiry windows, sort, cursor, counts), bulk
 * actions by ids and by filter less exceptions, renewal days, and renew quotes by selection.
 * "Now" is 2026-11-23T10:00:00Z. The phones (see mocks/seed.ts): manual 01 02 03 05 06 09 10 11 14
 * 15 17 18 21 23 25 26 29 30; auto 04 08 12 16 20 24 28; pay-per-use 07 19 22; canceled 13 27;
 * 01 and 02 expired (11-20, 11-22); 10 11 12 renew on the 15th, 29 on the 28th; 21-30 are Pro.
 */
import { expect } from '@open-wc/testing';
import type { QuoteRequest, RenewalMode, RenewalSelection } from '../../src/api/schemas.js';
import type { QuoteItemPage } from '../../src/api/renewal-schemas.js';
import { MemoryRepository } from '../../core/memory-repository.js';
import { runSync, type Work } from '../../core/run.js';
import { CheckoutService } from '../../core/service.js';
import { createSeed, seedIds } from '../../mocks/seed.js';
import { refusal } from './refusal.js';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const koophone = seedIds.products.koophone;

function setup() {
  const memory = new MemoryRepository(createSeed(NOW));
  const service = new CheckoutService({ repository: memory, clock: { now: () => NOW } });
  const run = <T>(work: Work<T>): T => runSync(work);
  const ids = (query: Record<string, string>) => run(service.listRenewals({ limit: '200', ...query })).resources.map((row) => row.id);
  const phones = (mode: RenewalMode, query: Record<string, string> = {}) => ids({ mode, productId: koophone, ...query });
  const read = (id: string) => run(service.getSubscription(id));
  const renew = (selection: Omit<Extract<QuoteRequest, { flow: 'renew' }>, 'flow' | 'durationId' | 'coterm'>, coterm = false) =>
    run(service.createQuote({ flow: 'renew', durationId: 'r12', coterm, ...selection }));
  const items = (quoteId: string) => run(service.listQuoteItems(quoteId, { limit: '200' })).items;
  return { memory, service, run, ids, phones, read, renew, items };
}

const phone = (...numbers: number[]) => numbers.map((number) => `phone-${String(number).padStart(2, '0')}`);

describe('renewals: modes and autoRenew', () => {
  it('keeps autoRenew in step with the mode, whichever way it is changed', () => {
    const { memory, service, run, read } = setup();
    expect([read('phone-04').renewalMode, read('phone-04').autoRenew]).to.deep.equal(['auto', true]);
    expect(run(service.setAutoRenew('phone-01', { autoRenew: true })).renewalMode).to.equal('auto');
    expect(run(service.setAutoRenew('phone-01', { autoRenew: false })).renewalMode).to.equal('manual');
    // Turning auto renewal off leaves pay-per-use as it is.
    expect(run(service.setAutoRenew('phone-07', { autoRenew: false })).renewalMode).to.equal('pay_per_use');
    run(service.setRenewalMode({ selection: { ids: ['phone-03'] }, mode: 'auto' }));
    expect([read('phone-03').renewalMode, read('phone-03').autoRenew]).to.deep.equal(['auto', true]);
    // Stored in step too, not only answered so: a repository's bulk update writes both.
    const stored = memory.getSubscription('phone-03');
    expect([stored?.renewalMode, stored?.autoRenew]).to.deep.equal(['auto', true]);
    run(service.setRenewalMode({ selection: { ids: ['phone-03'] }, mode: 'pay_per_use' }));
    expect([read('phone-03').renewalMode, read('phone-03').autoRenew]).to.deep.equal(['pay_per_use', false]);
  });

  it('cancels the renewal on unsubscribe (no next payment shown), and restores it to a tab', () => {
    const { service, run, read, phones } = setup();
    const canceled = run(service.unsubscribe('phone-05'));
    expect([canceled.renewalMode, canceled.autoRenew, canceled.nextPaymentAt]).to.deep.equal(['canceled', false, null]);
    expect(phones('canceled')).to.deep.equal(phone(13, 5, 27)); // 12-05, 12-07, 2027-08-20
    run(service.setRenewalMode({ selection: { ids: ['phone-05'] }, mode: 'manual' }));
    expect(read('phone-05').renewalMode).to.equal('manual');
    expect(read('phone-05').nextPaymentAt).to.equal('2026-12-07T00:00:00.000Z');
    expect(phones('canceled')).to.deep.equal(phone(13, 27));
  });

  it('pays a renewal: Auto Renew on moves it to auto, off moves auto to manual and leaves pay-per-use; offline leaves the mode', () => {
    const { service, run, read, renew } = setup();
    const pay = (id: string, autoRenew: boolean, paymentMethod: 'card' | 'offline' = 'card') => {
      const quote = renew({ subscriptionIds: [id] });
      const order = run(service.createOrder({ quoteId: quote.id, contactId: 'contact-anna', paymentMethod, autoRenew }, `key-${id}-${autoRenew}`));
      if (paymentMethod === 'offline') run(service.markOfflinePaid(order.id));
      else run(service.confirmOrder(order.id, {}));
      return read(id);
    };
    expect([pay('phone-03', true).renewalMode, read('phone-03').autoRenew]).to.deep.equal(['auto', true]);
    expect(pay('phone-04', false).renewalMode).to.equal('manual');
    expect(pay('phone-07', false).renewalMode).to.equal('pay_per_use');
    expect(pay('phone-08', false, 'offline').renewalMode).to.equal('auto');
    expect(read('phone-03').termEnd).to.equal('2028-01-01');
  });
});

describe('renewals: tabs', () => {
  it('lists a tab by term end then id, pages with a cursor through every row once, and sorts latest first', () => {
    const { service, run, phones } = setup();
    const manual = phone(1, 2, 10, 5, 6, 25, 9, 3, 11, 14, 15, 17, 18, 21, 23, 26, 29, 30);
    expect(phones('manual')).to.deep.equal(manual);
    const walked: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = run(service.listRenewals({ mode: 'manual', productId: koophone, limit: '4', ...(cursor ? { cursor } : {}) }));
      expect(page.total).to.equal(18);
      expect(page.resources.length).to.be.at.most(4);
      walked.push(...page.resources.map((row) => row.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).to.deep.equal(manual);
    expect(phones('manual', { sort: 'expiry_desc' })).to.deep.equal([...manual].reverse());
    const first = run(service.listRenewals({ mode: 'auto', productId: koophone, limit: '2' }));
    expect(first.resources[0]).to.deep.include({
      id: 'phone-04',
      productName: 'KooPhone',
      planName: 'Cloud Phone Standard',
      cycleMonths: 1,
      renewalMode: 'auto',
    });
  });

  it('filters by search (name or id, any case), product, plan and each expiry window', () => {
    const { ids, phones } = setup();
    expect(phones('manual', { search: 'CLOUD PHONE 1' })).to.deep.equal(phone(10, 11, 14, 15, 17, 18));
    expect(ids({ mode: 'manual', search: 'phone-2' })).to.deep.equal(phone(25, 21, 23, 26, 29));
    expect(phones('manual', { planId: 'kp-pro' })).to.deep.equal(phone(25, 21, 23, 26, 29, 30));
    expect(ids({ mode: 'auto' })).to.include('sub-pseries');
    expect(phones('auto')).not.to.include('sub-pseries');
    expect(phones('manual', { expires: 'expired' })).to.deep.equal(phone(1, 2));
    expect(phones('auto', { expires: '7d' })).to.deep.equal(phone(4)); // 11-23 to 11-30
    expect(phones('manual', { expires: '30d' })).to.deep.equal(phone(10, 5, 6, 25)); // to 12-23
    expect(phones('manual', { expires: '90d' })).to.deep.equal(phone(10, 5, 6, 25, 9, 3, 11, 14, 15, 17)); // to 02-21, inclusive
    // Trials are upgraded, not renewed: never in a tab.
    expect(ids({ mode: 'manual' })).not.to.include('sub-cc-trial');
  });

  it('counts each tab under the same criteria as its total', () => {
    const { service, run } = setup();
    expect(run(service.countRenewals({ productId: koophone }))).to.deep.equal({ manual: 18, auto: 7, pay_per_use: 3, canceled: 2 });
    expect(run(service.countRenewals({ productId: koophone, expires: '30d' }))).to.deep.equal({ manual: 4, auto: 4, pay_per_use: 3, canceled: 1 });
    for (const mode of ['manual', 'auto', 'pay_per_use', 'canceled'] as const) {
      expect(run(service.listRenewals({ mode, search: 'phone' })).total).to.equal(run(service.countRenewals({ search: 'phone' }))[mode]);
    }
  });

  it('refuses a missing mode, an unknown window or sort, a limit outside 1..200 and a cursor it did not give, with 400', () => {
    const { service, run } = setup();
    const bad = (query: Record<string, string>) => refusal(() => run(service.listRenewals(query)));
    expect(Object.keys(bad({}).fields ?? {})).to.deep.equal(['mode']);
    expect(Object.keys(bad({ mode: 'manual', expires: '14d' }).fields ?? {})).to.deep.equal(['expires']);
    expect(Object.keys(bad({ mode: 'manual', sort: 'name' }).fields ?? {})).to.deep.equal(['sort']);
    expect(bad({ mode: 'manual', limit: '0' }).status).to.equal(400);
    expect(bad({ mode: 'manual', limit: '201' }).status).to.equal(400);
    expect(Object.keys(bad({ mode: 'manual', cursor: 'WyJ4Il0' }).fields ?? {})).to.deep.equal(['cursor']);
    expect(refusal(() => run(service.countRenewals({ expires: 'soon' }))).status).to.equal(400);
  });
});

describe('renewals: actions on a selection', () => {
  it('moves a selection by ids, or by filter less exceptions, and answers the counts after', () => {
    const { service, run, phones } = setup();
    const byIds = run(service.setRenewalMode({ selection: { ids: phone(3, 5) }, mode: 'auto' }));
    expect(byIds.updated).to.equal(2);
    expect(phones('auto')).to.include.members(phone(3, 5));
    const selection: RenewalSelection = { filter: { mode: 'manual', productId: koophone, planId: 'kp-pro' }, except: phone(21) };
    const byFilter = run(service.setRenewalMode({ selection, mode: 'canceled' }));
    expect(byFilter.updated).to.equal(5);
    expect(phones('canceled')).to.have.members(phone(13, 25, 23, 26, 29, 30, 27));
    expect(phones('manual', { planId: 'kp-pro' })).to.deep.equal(phone(21));
    expect(byFilter.counts).to.deep.equal(run(service.countRenewals({})));
  });

  it('refuses unknown ids with 404 naming them, and a trial with 422', () => {
    const { service, run } = setup();
    const unknown = refusal(() => run(service.setRenewalMode({ selection: { ids: ['phone-01', 'phone-99'] }, mode: 'auto' })));
    expect([unknown.status, unknown.message]).to.deep.equal([404, 'There is no resource phone-99.']);
    const trial = refusal(() => run(service.setRenewalDay({ selection: { ids: ['sub-cc-trial'] }, renewalDay: 5 })));
    expect([trial.status, Object.keys(trial.fields ?? {})]).to.deep.equal([422, ['selection.ids']]);
    expect(refusal(() => run(service.setRenewalMode({ selection: { ids: [] }, mode: 'auto' }))).status).to.be.oneOf([400, 422]);
  });

  it("sets a renewal day that co-terming ends on; else the account's standard day; else the catalog's", () => {
    const { service, run, renew, items } = setup();
    const end = (coterm = true) => items(renew({ subscriptionIds: ['phone-03'] }, coterm).id)[0]?.newTermEnd;
    expect(run(service.setRenewalDay({ selection: { ids: ['phone-03'] }, renewalDay: 15 })).updated).to.equal(1);
    expect(run(service.listRenewals({ mode: 'manual', search: 'phone-03' })).resources[0]?.renewalDay).to.equal(15);
    expect(end()).to.equal('2028-01-15'); // 2027-01-01 + 12 months → the 15th after
    run(service.setRenewalDay({ selection: { ids: ['phone-03'] }, renewalDay: null }));
    expect(run(service.updateRenewalSettings({ standardRenewalDay: 20 }))).to.deep.equal({ standardRenewalDay: 20 });
    expect(run(service.getRenewalSettings())).to.deep.equal({ standardRenewalDay: 20 });
    expect(end()).to.equal('2028-01-20');
    run(service.updateRenewalSettings({ standardRenewalDay: null }));
    expect(end()).to.equal('2028-01-01'); // the catalog's day, the 1st
    expect(end(false)).to.equal('2028-01-01');
    expect(refusal(() => run(service.updateRenewalSettings({ standardRenewalDay: 29 }))).status).to.be.oneOf([400, 422]);
  });
});

describe('renewals: renew quotes by selection', () => {
  it('prices a selection as the same ids, resolves a filter when quoted, and orders what was quoted', () => {
    const { service, run, renew, items, read } = setup();
    const filter = { mode: 'manual', productId: koophone, expires: '30d' } as const;
    const byFilter = renew({ selection: { filter } }, true);
    const ids = phone(10, 5, 6, 25);
    const byIds = renew({ subscriptionIds: ids }, true);
    expect(byFilter.total).to.deep.equal(byIds.total);
    expect(items(byFilter.id)).to.deep.equal(items(byIds.id));
    expect(items(byFilter.id).map((item) => item.subscriptionId)).to.deep.equal(ids);
    // A resource moved into the filter after quoting is not in that quote, nor renewed by its order.
    const again = renew({ selection: { filter, except: ['phone-25'] } }, true);
    run(service.setRenewalMode({ selection: { ids: ['phone-04'] }, mode: 'manual' }));
    const order = run(service.createOrder({ quoteId: again.id, contactId: 'contact-anna', paymentMethod: 'offline', autoRenew: false }, 'key-selection'));
    run(service.markOfflinePaid(order.id));
    expect(items(again.id).map((item) => item.subscriptionId)).to.deep.equal(phone(10, 5, 6));
    expect(read('phone-04').termEnd).to.equal('2026-11-25');
    expect(read('phone-25').termEnd).to.equal('2026-12-20');
    expect(read('phone-05').termEnd).to.equal('2028-01-01');
  });

  it('pages a quote’s items with a cursor, and refuses a cursor it did not give and an unknown quote', () => {
    const { service, run, renew } = setup();
    const quote = renew({ selection: { filter: { mode: 'manual', productId: koophone } } });
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: QuoteItemPage = run(service.listQuoteItems(quote.id, { limit: '5', ...(cursor ? { cursor } : {}) }));
      walked.push(...page.items.map((item) => item.subscriptionId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).to.have.length(18);
    expect(new Set(walked).size).to.equal(18);
    expect(refusal(() => run(service.listQuoteItems(quote.id, { cursor: 'bm9wZQ' }))).status).to.equal(400);
    expect(refusal(() => run(service.listQuoteItems('q-nope'))).status).to.equal(404);
  });

  it('refuses both ids and a selection, or neither (400), a selection spanning products (422), an empty one, and unknown ids (404)', () => {
    const { service, run } = setup();
    const quote = (body: Record<string, unknown>) => refusal(() => run(service.createQuote({ flow: 'renew', durationId: 'r12', coterm: false, ...body })));
    const both = quote({ subscriptionIds: ['phone-03'], selection: { ids: ['phone-03'] } });
    expect([both.status, Object.keys(both.fields ?? {})]).to.deep.equal([400, ['subscriptionIds', 'selection']]);
    expect(quote({}).status).to.equal(400);
    const spanning = quote({ selection: { filter: { mode: 'auto' } } });
    expect([spanning.status, Object.keys(spanning.fields ?? {})]).to.deep.equal([422, ['selection']]);
    expect(spanning.message).to.contain('KooPhone');
    expect(quote({ selection: { filter: { mode: 'manual', search: 'no such phone' } } }).status).to.equal(422);
    expect(quote({ selection: { ids: ['phone-03', 'phone-98'] } }).status).to.equal(404);
  });
});

describe('renewals: expired quotes lose their items', () => {
  it("deletes the items of quotes expired an hour ago that nobody ordered, two with each new quote, and keeps an order's quote's", () => {
    let now = NOW;
    const memory = new MemoryRepository(createSeed(NOW));
    const service = new CheckoutService({ repository: memory, clock: { now: () => now } });
    const quote = (...numbers: number[]) =>
      runSync(service.createQuote({ flow: 'renew', durationId: 'r12', coterm: false, subscriptionIds: phone(...numbers) }));
    const first = quote(5);
    const second = quote(6);
    const third = quote(9);
    const ordered = quote(10);
    runSync(service.createOrder({ quoteId: ordered.id, contactId: 'contact-anna', paymentMethod: 'offline', autoRenew: false }, 'key-kept'));
    now = new Date(NOW.getTime() + 74 * 60_000);
    quote(12);
    expect([...memory.quoteItems.keys()]).to.include.members([first.id, second.id, third.id, ordered.id]);
    now = new Date(NOW.getTime() + 76 * 60_000);
    quote(12);
    expect([first, second, third].filter((one) => memory.quoteItems.has(one.id))).to.have.length(1);
    quote(12);
    expect([first, second, third].filter((one) => memory.quoteItems.has(one.id))).to.have.length(0);
    expect(runSync(service.listQuoteItems(ordered.id, { limit: '10' })).items.map((item) => item.subscriptionId)).to.deep.equal(phone(10));
  });
});
