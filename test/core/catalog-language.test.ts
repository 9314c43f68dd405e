/**
 * `Accept-Language` against a catalog's translations (core/catalog-language.ts): q-values, the
 * language subtag, traditional Chinese kept apart, English (the catalog's own) when asked first
 * or when nothing fits; only words change.
 */
import { expect } from '@open-wc/testing';
import { acceptedLanguages, localizeCatalog, localizeDiscount, localizeLineNames, negotiateLanguage } from '../../core/catalog-language.js';
import { createSeed } from '../../mocks/seed.js';
import { seedTranslations } from '../../mocks/seed-translations.js';

describe('catalog language', () => {
  it('reads Accept-Language ranges by q-value, dropping q=0 and junk', () => {
    expect(acceptedLanguages('de;q=0.5, vi, fr;q=0, zh-CN;q=0.9, ??')).to.deep.equal(['vi', 'zh-cn', 'de']);
    expect(acceptedLanguages(undefined)).to.deep.equal([]);
  });

  it('matches by language subtag, keeps traditional Chinese apart, and lets English win when asked first', () => {
    const available = ['de', 'zh', 'vi', 'pt-BR'];
    expect(negotiateLanguage('de-DE,de;q=0.9', available)).to.equal('de');
    expect(negotiateLanguage('zh-CN', available)).to.equal('zh');
    expect(negotiateLanguage('zh-Hans', available)).to.equal('zh');
    expect(negotiateLanguage('zh-TW', available)).to.equal(undefined);
    expect(negotiateLanguage('pt', available)).to.equal('pt-BR');
    expect(negotiateLanguage('pt-PT', available)).to.equal(undefined);
    expect(negotiateLanguage('fr, vi;q=0.1', available)).to.equal('vi');
    expect(negotiateLanguage('en-US, de;q=0.9', available)).to.equal(undefined);
    expect(negotiateLanguage('*', available)).to.equal(undefined);
    expect(negotiateLanguage('xx-YY', available)).to.equal(undefined);
  });

  it('changes only words, and leaves a catalog without translations as it is', () => {
    const [pseries] = createSeed(new Date('2026-11-23T10:00:00Z')).catalogs;
    if (!pseries) throw new Error('no catalog');
    const { catalog, language } = localizeCatalog(pseries, seedTranslations[pseries.productId], 'vi');
    expect(language).to.equal('vi');
    expect(catalog.services.map((service) => [service.id, service.unitPrice, service.step])).to.deep.equal(
      pseries.services.map((service) => [service.id, service.unitPrice, service.step]),
    );
    expect(catalog.services[0]).to.deep.include({ name: 'Máy nhánh', unit: 'máy nhánh', unitForms: { other: 'máy nhánh' } });
    expect(pseries.services[0]?.name).to.equal('Extensions'); // the original is not touched
    expect(catalog.language).to.equal('vi');
    expect(localizeCatalog(pseries, undefined, 'de').catalog).to.deep.equal({ ...pseries, language: 'en' });
    expect(localizeCatalog(pseries, seedTranslations[pseries.productId], 'fr')).to.deep.include({
      language: undefined,
      catalog: { ...pseries, language: 'en' },
    });
    const lines = localizeLineNames([{ refId: 'extensions', itemName: 'Extensions' }, { refId: 'gone', itemName: 'Gone' }, {}], catalog);
    expect(lines).to.deep.equal([{ refId: 'extensions', itemName: 'Máy nhánh' }, { refId: 'gone', itemName: 'Gone' }, {}]);
  });

  it('translates every plan, service and SLA level of every seed catalog to de, zh and vi, with unit forms', () => {
    for (const catalog of createSeed(new Date('2026-11-23T10:00:00Z')).catalogs) {
      const items = [...catalog.plans, ...catalog.services];
      expect(
        items.every((item) => item.unitForms?.other !== undefined && item.unitForms.one !== undefined),
        catalog.productId,
      ).to.equal(true);
      for (const tag of ['de', 'zh', 'vi']) {
        const words = seedTranslations[catalog.productId]?.[tag];
        for (const plan of catalog.plans) {
          const plan_ = words?.plans?.[plan.id];
          expect(plan_?.name && plan_.unitForms?.other && plan_.features?.length === plan.features.length, `${plan.id} ${tag}`).to.be.ok;
          if (plan.description !== undefined) expect(plan_?.description, `${plan.id} ${tag}`).to.be.a('string');
        }
        for (const service of catalog.services) {
          const service_ = words?.services?.[service.id];
          expect(service_?.name && service_.unitForms?.other, `${service.id} ${tag}`).to.be.ok;
          expect(service_?.unitForms?.one !== undefined, `${service.id} ${tag}: one form only in German`).to.equal(tag === 'de');
          if (service.description !== undefined) expect(service_?.description, `${service.id} ${tag}`).to.be.a('string');
        }
        for (const level of catalog.slaLevels) expect(words?.slaLevels?.[level.id]?.name, `${level.id} ${tag}`).to.be.a('string');
      }
    }
  });

  it("describes a promotion in the translation's words, keeping its code and amount, and as written without them", () => {
    const [pseries] = createSeed(new Date('2026-11-23T10:00:00Z')).catalogs;
    if (!pseries) throw new Error('no catalog');
    const discount = { code: 'WELCOME10', description: 'Welcome offer: 10% off', amount: { amount: 1000, currency: 'EUR' } };
    const german = localizeCatalog(pseries, seedTranslations[pseries.productId], 'de');
    expect(localizeDiscount(discount, german.words)).to.deep.equal({ ...discount, description: 'Willkommensangebot: 10 % Rabatt' });
    expect(localizeDiscount({ ...discount, code: 'OTHER' }, german.words)).to.deep.equal({ ...discount, code: 'OTHER' });
    expect(localizeDiscount(discount, localizeCatalog(pseries, seedTranslations[pseries.productId], 'fr').words)).to.equal(discount);
    expect(localizeDiscount(null, german.words)).to.equal(null);
    for (const catalog of createSeed(new Date('2026-11-23T10:00:00Z')).catalogs) {
      for (const tag of ['de', 'zh', 'vi']) {
        const codes = Object.keys(seedTranslations[catalog.productId]?.[tag]?.promotions ?? {});
        expect(codes, `${catalog.productId} ${tag}`).to.have.members(
          createSeed(new Date('2026-11-23T10:00:00Z')).promotions.map((promotion) => promotion.code),
        );
      }
    }
  });
});
