/**
 * The server answers catalogs in the request's language (issue 16): `Accept-Language` picks
 * German, Chinese or Vietnamese where the seed has them (mocks/seed-translations.ts), English
 * otherwise, with `Vary: Accept-Language`; prices and ids never change with the language, and a
 * quote's lines name their items in it while the description stays English.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Catalog, Quote, type QuoteRequest } from '../../src/api/schemas.js';
import { seedIds } from '../../mocks/seed.js';
import { databaseName, parsed, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function catalogIn(productId: string, acceptLanguage?: string) {
  const answer = await server.call('GET', `/catalog/${productId}`, { headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} });
  assert.equal(answer.headers?.get('Vary'), 'Accept-Language');
  return parsed(Catalog, answer);
}

/** Everything but the words: what a localized catalog must keep. */
function figures(catalog: Catalog) {
  return {
    plans: catalog.plans.map(({ id, tier, unitPrice, minQuantity, maxQuantity, features }) => ({
      id,
      tier,
      unitPrice,
      minQuantity,
      maxQuantity,
      count: features.length,
    })),
    services: catalog.services.map(({ id, unitPrice, min, max, step, included }) => ({ id, unitPrice, min, max, step, included })),
    slaLevels: catalog.slaLevels.map(({ id, monthlyPrice }) => ({ id, monthlyPrice })),
    cycles: catalog.cycles,
    currency: catalog.currency,
  };
}

describe(`server (${databaseName}): catalogs in the buyer's language`, () => {
  it('answers German for de-DE,de;q=0.9, with units in their plural forms', async () => {
    const german = await catalogIn(seedIds.products.pseries, 'de-DE,de;q=0.9');
    const extensions = german.services.find((service) => service.id === 'extensions');
    assert.equal(extensions?.name, 'Nebenstellen');
    assert.equal(german.language, 'de');
    assert.equal(extensions?.unit, 'Nebenstelle');
    assert.deepEqual(extensions?.unitForms, { one: 'Nebenstelle', other: 'Nebenstellen' });
    const pascom = await catalogIn(seedIds.products.pascom, 'de-DE,de;q=0.9');
    assert.equal(pascom.productName, 'pascom Cloud-Telefonanlage');
    assert.deepEqual(pascom.plans[1]?.features, ['Alles aus Basic', 'CRM-Integrationen', 'Gesprächsaufzeichnung', 'Gruppenchat']);
    assert.equal(pascom.slaLevels[1]?.description, 'Telefonsupport 8–18 Uhr an Werktagen, Reaktion in 4 Stunden.');
  });

  it('answers Vietnamese for vi and Chinese for zh-CN, with only the `other` form', async () => {
    const vietnamese = await catalogIn(seedIds.products.contactCenter, 'vi');
    assert.equal(vietnamese.productName, 'Trung tâm liên lạc');
    assert.equal(vietnamese.plans[0]?.description, 'Tối đa 50 tài khoản.');
    assert.deepEqual(vietnamese.plans[0]?.unitForms, { other: 'tài khoản' });
    const chinese = await catalogIn(seedIds.products.koophone, 'zh-CN');
    assert.equal(chinese.plans[0]?.name, '云手机标准版');
    assert.deepEqual(chinese.plans[0]?.unitForms, { other: '台云手机' });
  });

  it('answers English for fr, for no header, and when English is preferred over a translation', async () => {
    for (const header of ['fr', undefined, 'en-GB,de;q=0.8', 'zh-TW']) {
      const catalog = await catalogIn(seedIds.products.pseries, header);
      assert.equal(catalog.services[0]?.name, 'Extensions', String(header));
      assert.equal(catalog.language, 'en', String(header));
      assert.deepEqual(catalog.services[0]?.unitForms, { one: 'extension', other: 'extensions' });
    }
    // A language asked for after one that is not there still counts.
    assert.equal((await catalogIn(seedIds.products.pseries, 'fr-FR, vi;q=0.5')).services[0]?.name, 'Máy nhánh');
  });

  it('keeps every id, price and limit whatever the language', async () => {
    for (const productId of Object.values(seedIds.products)) {
      const english = figures(await catalogIn(productId));
      for (const language of ['de', 'zh-CN', 'vi']) assert.deepEqual(figures(await catalogIn(productId, language)), english, `${productId} in ${language}`);
    }
  });

  it("names a quote's items in the quote request's language and keeps the English description", async () => {
    const request: QuoteRequest = { flow: 'expand', subscriptionId: seedIds.subscriptions.pseries, items: [{ serviceId: 'extensions', quantity: 60 }] };
    const answer = await server.call('POST', '/quotes', { body: request, headers: { 'Accept-Language': 'de-DE,de;q=0.9' } });
    assert.equal(answer.headers?.get('Vary'), 'Accept-Language');
    const german = parsed(Quote, answer);
    assert.equal(german.lines[0]?.itemName, 'Nebenstellen');
    assert.match(german.lines[0]?.description ?? '', /^Extensions 50 → 60/);
    const english = parsed(Quote, await server.call('POST', '/quotes', { body: request }));
    assert.equal(english.lines[0]?.itemName, 'Extensions');
    assert.deepEqual(
      english.lines.map((line) => line.amount),
      german.lines.map((line) => line.amount),
    );
  });

  it("describes a quote's promotion in the quote request's language, in English for fr, for the same amount", async () => {
    const request: QuoteRequest = {
      flow: 'expand',
      subscriptionId: seedIds.subscriptions.pseries,
      items: [{ serviceId: 'extensions', quantity: 60 }],
      promoCode: 'welcome10',
    };
    const quoteIn = async (language: string) =>
      parsed(Quote, await server.call('POST', '/quotes', { body: request, headers: { 'Accept-Language': language } }));
    const german = await quoteIn('de-DE,de;q=0.9');
    assert.equal(german.discount?.description, 'Willkommensangebot: 10 % Rabatt');
    assert.equal(german.discount?.code, 'WELCOME10');
    assert.equal((await quoteIn('zh-CN')).discount?.description, '新客优惠：9 折');
    const french = await quoteIn('fr');
    assert.equal(french.discount?.description, 'Welcome offer: 10% off');
    assert.deepEqual(french.discount?.amount, german.discount?.amount);
  });
});
