/**
 * The mock backend answers catalogs in the request's language (issue 16), as the reference
 * server does (test/server/catalog-language.test.ts): German, Chinese and Vietnamese from the
 * seed's translations, English otherwise, with `Vary: Accept-Language`; a quote names its items
 * in the quote request's language. Also through `httpBackend`, whose `locale` call option is
 * the header.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { Catalog, Quote, type QuoteRequest } from '../../src/api/schemas.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { createMockBackend, seedIds } from '../../mocks/index.js';

const mock = createMockBackend({ now: '2026-11-23T10:00:00.000Z' });
const worker = setupWorker(...mock.handlers);

before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
after(() => worker.stop());
beforeEach(() => mock.reset());

async function catalogIn(productId: string, acceptLanguage?: string): Promise<Catalog> {
  const response = await fetch(`/api/catalog/${productId}`, { headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} });
  expect(response.status).to.equal(200);
  expect(response.headers.get('Vary')).to.equal('Accept-Language');
  return Catalog.parse(await response.json());
}

describe('mock handlers: catalogs in the buyer language', () => {
  it('answers German for de-DE,de;q=0.9', async () => {
    const catalog = await catalogIn(seedIds.products.workplace, 'de-DE,de;q=0.9');
    expect(catalog.plans[0]).to.deep.include({ features: ['Arbeitsplatzbuchung', 'Raumbuchung', 'Mobile App'] });
    expect(catalog.services[0]).to.deep.include({ name: 'Konten', unit: 'Konto', unitForms: { one: 'Konto', other: 'Konten' } });
  });

  it('answers Vietnamese for vi and Chinese for zh-CN', async () => {
    expect((await catalogIn(seedIds.products.pascom, 'vi')).services[0]).to.deep.include({ name: 'Đường trung kế', unitForms: { other: 'đường' } });
    const chinese = await catalogIn(seedIds.products.pascom, 'zh-CN');
    expect(chinese.productName).to.equal('pascom 云电话系统');
    expect(chinese.slaLevels.map((level) => level.name)).to.deep.equal(['基础', '商务', '高级']);
  });

  it('answers English for fr and without a header', async () => {
    for (const header of ['fr', undefined]) {
      const catalog = await catalogIn(seedIds.products.pascom, header);
      expect(catalog.services[0]).to.deep.include({ name: 'Trunk lines', unitForms: { one: 'line', other: 'lines' } });
    }
  });

  it("sends the call's locale through httpBackend and names a quote's items in it", async () => {
    const backend = httpBackend({ baseUrl: '/api' });
    const catalog = await backend.getCatalog(seedIds.products.contactCenter, { locale: 'de' });
    expect(catalog.plans[2]?.features[0]).to.equal('Alles aus Contact Center 2');
    const request: QuoteRequest = { flow: 'upgrade', subscriptionId: seedIds.subscriptions.contactCenter, planId: 'cc-3', cycleId: 'm12', quantity: 100 };
    const quote: Quote = await backend.createQuote(request, { locale: 'vi' });
    expect(quote.lines.map((line) => line.itemName)).to.deep.equal(['Trung tâm liên lạc 3', 'Trung tâm liên lạc 2']);
    expect(quote.lines[0]?.description).to.match(/^Contact Center 3 × 100/);
  });

  it("says the catalog's language and describes a quote's promotion in the buyer's language", async () => {
    expect((await catalogIn(seedIds.products.pascom, 'vi')).language).to.equal('vi');
    expect((await catalogIn(seedIds.products.pascom, 'fr')).language).to.equal('en');
    const backend = httpBackend({ baseUrl: '/api' });
    const request: QuoteRequest = {
      flow: 'upgrade',
      subscriptionId: seedIds.subscriptions.contactCenter,
      planId: 'cc-3',
      cycleId: 'm12',
      quantity: 100,
      promoCode: 'WELCOME10',
    };
    const german = await backend.createQuote(request, { locale: 'de' });
    expect(german.discount).to.deep.include({ code: 'WELCOME10', description: 'Willkommensangebot: 10 % Rabatt' });
    const french = await backend.createQuote(request, { locale: 'fr' });
    expect(french.discount?.description).to.equal('Welcome offer: 10% off');
    expect(french.discount?.amount).to.deep.equal(german.discount?.amount);
  });
});
