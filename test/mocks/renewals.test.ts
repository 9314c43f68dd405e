/**
 * The renewal center's routes on the MSW handlers, through plain `fetch` in the page: tabs and
 * counts, actions by ids and by filter, renewal days and the account's settings, a renew quote by
 * selection and its items, refusals as `ErrorBody`; and `generatedResources`, the 100,000 case's
 * data (deterministic, kept by `reset`, spread over every tab and window). Now is 2026-11-23.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import type { z } from 'zod/mini';
import { ErrorBody, Quote } from '../../src/api/schemas.js';
import { QuoteItemPage, RenewalCounts, RenewalPage, RenewalSettings, RenewalUpdate } from '../../src/api/renewal-schemas.js';
import { createMockBackend, generateResources, seedIds } from '../../mocks/index.js';

const NOW = '2026-11-23T10:00:00.000Z';
const mock = createMockBackend({ now: NOW, baseUrl: '/api' });
const large = createMockBackend({ now: NOW, baseUrl: '/large', generatedResources: 2000 });
const worker = setupWorker(...mock.handlers, ...large.handlers);
const koophone = seedIds.products.koophone;

before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
after(() => worker.stop());
beforeEach(() => {
  mock.reset();
  large.reset();
});

interface Answer {
  status: number;
  body: unknown;
}

async function call(method: string, path: string, body?: unknown, base = '/api'): Promise<Answer> {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = JSON.stringify(body);
  if (body !== undefined) init.headers = { 'Content-Type': 'application/json' };
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, body: (await response.json()) as unknown };
}

function parsed<T extends z.ZodMiniType>(schema: T, answer: Answer, status = 200): z.output<T> {
  expect(answer.status, JSON.stringify(answer.body)).to.equal(status);
  const result = schema.safeParse(answer.body);
  expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
  return result.data as z.output<T>;
}

const tab = async (query: string, base = '/api') => parsed(RenewalPage, await call('GET', `/renewals?${query}`, undefined, base));
const counts = async (query = '', base = '/api') => parsed(RenewalCounts, await call('GET', `/renewals/counts${query}`, undefined, base));

describe('mock handlers: the renewal center', () => {
  it('lists a tab a page at a time with its total, and counts the tabs under the same criteria', async () => {
    const first = await tab(`mode=manual&productId=${koophone}&limit=5`);
    expect([first.resources.length, first.total]).to.deep.equal([5, 18]);
    expect(first.resources.map((row) => row.id)).to.deep.equal(['phone-01', 'phone-02', 'phone-10', 'phone-05', 'phone-06']);
    const next = await tab(`mode=manual&productId=${koophone}&limit=5&cursor=${first.nextCursor}`);
    expect(next.resources[0]?.id).to.equal('phone-25');
    expect(await counts(`?productId=${koophone}`)).to.deep.equal({ manual: 18, auto: 7, pay_per_use: 3, canceled: 2 });
    expect((await tab(`mode=canceled&productId=${koophone}&expires=30d`)).resources.map((row) => row.id)).to.deep.equal(['phone-13']);
  });

  it('moves resources by ids and by filter less exceptions, sets renewal days and the standard day', async () => {
    const byIds = parsed(RenewalUpdate, await call('POST', '/renewals/mode', { selection: { ids: ['phone-01', 'phone-02'] }, mode: 'auto' }));
    expect([byIds.updated, byIds.counts]).to.deep.equal([2, await counts()]);
    const filter = { mode: 'pay_per_use', productId: koophone };
    const byFilter = parsed(RenewalUpdate, await call('POST', '/renewals/mode', { selection: { filter, except: ['phone-22'] }, mode: 'canceled' }));
    expect(byFilter.updated).to.equal(2);
    expect((await tab(`mode=pay_per_use&productId=${koophone}`)).resources.map((row) => row.id)).to.deep.equal(['phone-22']);
    const day = parsed(RenewalUpdate, await call('POST', '/renewals/renewal-day', { selection: { ids: ['phone-03'] }, renewalDay: 12 }));
    expect(day.updated).to.equal(1);
    expect((await tab('mode=manual&search=phone-03')).resources[0]?.renewalDay).to.equal(12);
    expect(parsed(RenewalSettings, await call('GET', '/renewals/settings'))).to.deep.equal({ standardRenewalDay: 1 });
    expect(parsed(RenewalSettings, await call('PATCH', '/renewals/settings', { standardRenewalDay: 9 }))).to.deep.equal({ standardRenewalDay: 9 });
    expect(parsed(RenewalSettings, await call('GET', '/renewals/settings'))).to.deep.equal({ standardRenewalDay: 9 });
  });

  it('quotes a renewal by selection and pages its items', async () => {
    const selection = { filter: { mode: 'manual', productId: koophone, expires: '30d' } };
    const quote = parsed(Quote, await call('POST', '/quotes', { flow: 'renew', selection, durationId: 'r12', coterm: true }));
    // phone-10 monthly, phone-05 and phone-06 yearly: one Standard line, the cycle does not change a renewal's price.
    expect(quote.lines.filter((line) => line.kind === 'renewal').map((line) => [line.refId, line.count ?? 1])).to.deep.equal([
      ['kp-standard', 3],
      ['kp-pro', 1],
    ]);
    const items = parsed(QuoteItemPage, await call('GET', `/quotes/${quote.id}/items?limit=3`));
    expect(items.items.map((item) => item.subscriptionId)).to.deep.equal(['phone-10', 'phone-05', 'phone-06']);
    const rest = parsed(QuoteItemPage, await call('GET', `/quotes/${quote.id}/items?limit=3&cursor=${items.nextCursor}`));
    expect([rest.items.map((item) => item.subscriptionId), rest.nextCursor]).to.deep.equal([['phone-25'], null]);
    expect(items.items[0]).to.deep.include({ termEnd: '2026-12-02', newTermEnd: '2027-12-15' }); // phone-10 renews on the 15th
  });

  it('refuses a bad query, an unknown id, a trial and a bad body with an ErrorBody', async () => {
    expect(parsed(ErrorBody, await call('GET', '/renewals?mode=manual&expires=5d'), 400).error.code).to.equal('invalid_request');
    expect(parsed(ErrorBody, await call('GET', '/renewals'), 400).error.fields).to.have.key('mode');
    expect(parsed(ErrorBody, await call('GET', '/quotes/q-nope/items'), 404).error.code).to.equal('not_found');
    expect(parsed(ErrorBody, await call('POST', '/renewals/mode', { selection: { ids: ['phone-99'] }, mode: 'auto' }), 404).error.code).to.equal('not_found');
    expect(parsed(ErrorBody, await call('POST', '/renewals/mode', { selection: { ids: ['sub-cc-trial'] }, mode: 'auto' }), 422).error.code).to.equal(
      'invalid_request',
    );
    expect((await call('PATCH', '/renewals/settings', { standardRenewalDay: 31 })).status).to.be.oneOf([400, 422]);
  });
});

describe('mock handlers: generated resources', () => {
  it('adds the generated resources to the account, spread over every tab and window, and keeps them on reset', async () => {
    const seeded = await counts(`?productId=${koophone}`);
    const all = await counts(`?productId=${koophone}`, '/large');
    const sum = (c: RenewalCounts) => c.manual + c.auto + c.pay_per_use + c.canceled;
    expect(sum(all) - sum(seeded)).to.equal(2000);
    expect(all.manual - seeded.manual).to.equal(1000); // last digits 0-4 of 10: half of them
    for (const window of ['expired', '7d', '30d', '90d']) {
      const some = await counts(`?productId=${koophone}&expires=${window}`, '/large');
      expect(some.manual, window).to.be.greaterThan(0);
      expect(some.canceled, window).to.be.greaterThan(0);
    }
    const found = await tab('mode=manual&search=g000123', '/large');
    expect(found.resources.map((row) => row.id)).to.deep.equal(['gen-000123']); // 123 ends in 3: manual
    await call('POST', '/renewals/mode', { selection: { filter: { mode: 'manual' } }, mode: 'canceled' }, '/large');
    large.reset();
    expect(await counts(`?productId=${koophone}`, '/large')).to.deep.equal(all);
  });

  it('generates the same resources for the same count and now', () => {
    const now = new Date(NOW);
    expect(generateResources(50, now)).to.deep.equal(generateResources(50, now));
    expect(
      generateResources(50, now)
        .map((one) => one.id)
        .slice(0, 2),
    ).to.deep.equal(['gen-000001', 'gen-000002']);
  });
});
