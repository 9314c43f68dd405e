/**
 * Catalogs in the buyer's language (DESIGN, "Language"): a catalog is written in one language
 * (English for the seed's) and a vendor gives its translations as data, per language, keyed by
 * the ids of its plans, services and SLA levels. A request's `Accept-Language` picks one; a
 * language the vendor has not translated to gets the catalog as written. Prices, ids and every
 * other figure are never translated, so a localized catalog quotes exactly as the original.
 */
import type { Catalog, Discount, Plan, QuoteLine, Service, SlaLevel, UnitForms } from '../src/api/schemas.js';

/** A plan's or service's words in one language; what is left out stays as the catalog has it. */
export interface ItemTranslation {
  name?: string;
  description?: string;
  /** A plan's features, all of them in the catalog's order. */
  features?: string[];
  unit?: string;
  unitForms?: UnitForms;
}

export interface SlaTranslation {
  name?: string;
  description?: string;
}

/** A promotion's words in one language. */
export interface PromotionTranslation {
  description?: string;
}

/** One catalog's words in one language. */
export interface CatalogTranslation {
  productName?: string;
  plans?: Readonly<Record<string, ItemTranslation>>;
  services?: Readonly<Record<string, ItemTranslation>>;
  slaLevels?: Readonly<Record<string, SlaTranslation>>;
  /** The promotions a quote for this product may carry, by code (as the buyer types it, upper case). */
  promotions?: Readonly<Record<string, PromotionTranslation>>;
}

/** One catalog's translations by language tag (`de`, `zh`, `vi`; a region such as `pt-BR` where it matters). */
export type CatalogLanguages = Readonly<Record<string, CatalogTranslation>>;

/** Every product's translations, by product id. */
export type CatalogTranslations = Readonly<Record<string, CatalogLanguages>>;

/** The language a catalog is written in when its vendor does not say. */
export const CATALOG_LANGUAGE = 'en';

/** An `Accept-Language` header's ranges, most wanted first (RFC 9110: `q` 0 means "not this"). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranges: { tag: string; q: number; at: number }[] = [];
  header.split(',').forEach((part, at) => {
    const [rawTag = '', ...params] = part.split(';').map((piece) => piece.trim());
    if (!/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(rawTag)) return;
    let q = 1;
    for (const param of params) {
      const match = /^q=([01](\.\d{0,3})?)$/i.exec(param);
      if (match) q = Math.min(Number(match[1]), 1);
    }
    if (q > 0) ranges.push({ tag: rawTag.toLowerCase(), q, at });
  });
  return ranges.sort((a, b) => b.q - a.q || a.at - b.at).map((range) => range.tag);
}

/**
 * Chinese written in traditional characters (Taiwan, Hong Kong, Macao, or `Hant` said outright)
 * is not the simplified Chinese a `zh` or `zh-CN` translation is written in.
 */
function isTraditionalChinese(subtags: readonly string[]): boolean {
  return subtags.includes('hant') || subtags.some((subtag) => subtag === 'tw' || subtag === 'hk' || subtag === 'mo');
}

/** Whether a wanted range is served by an available tag: the same tag, or the same language without a region asked for. */
function serves(available: string, wanted: string): boolean {
  const have = available.toLowerCase().split('-');
  const want = wanted.split('-');
  if (have[0] !== want[0]) return false;
  if (have.join('-') === wanted) return true;
  if (have[0] === 'zh' && isTraditionalChinese(want) !== isTraditionalChinese(have)) return false;
  // `de-DE` takes `de` and `pt` takes `pt-BR`, but `pt-PT` does not take `pt-BR`.
  return have.length === 1 || want.length === 1 || have[1] === want[1];
}

/**
 * The language of `available` (tags as the vendor wrote them) the header asks for first, or
 * `undefined` when it asks for none of them (nor for `fallback`, the catalog's own language, which
 * wins when it is asked for before any translation).
 */
export function negotiateLanguage(header: string | null | undefined, available: readonly string[], fallback = CATALOG_LANGUAGE): string | undefined {
  for (const wanted of acceptedLanguages(header)) {
    if (wanted === '*') return undefined;
    if (serves(fallback, wanted)) return undefined;
    const exact = available.find((tag) => tag.toLowerCase() === wanted);
    if (exact) return exact;
    const near = available.find((tag) => serves(tag, wanted));
    if (near) return near;
  }
  return undefined;
}

function localizeItem<T extends Plan | Service>(item: T, words: ItemTranslation | undefined): T {
  if (!words) return item;
  const localized = { ...item };
  if (words.name !== undefined) localized.name = words.name;
  if (words.description !== undefined) localized.description = words.description;
  if (words.unit !== undefined) localized.unit = words.unit;
  // Forms of another language's unit would be wrong beside a translated unit: the translation's or none.
  if (words.unitForms !== undefined) localized.unitForms = { ...words.unitForms };
  else if (words.unit !== undefined) delete localized.unitForms;
  if (words.features !== undefined && 'features' in localized && words.features.length === localized.features.length) {
    localized.features = [...words.features];
  }
  return localized;
}

function localizeSla(level: SlaLevel, words: SlaTranslation | undefined): SlaLevel {
  if (!words) return level;
  const localized = { ...level };
  if (words.name !== undefined) localized.name = words.name;
  if (words.description !== undefined) localized.description = words.description;
  return localized;
}

/** A localized catalog and the language it is in (`undefined`: as written). */
export interface LocalizedCatalog {
  /** The catalog, its `language` saying which it answers in (`en` for the seed's as written). */
  catalog: Catalog;
  language: string | undefined;
  /** The translation answered with, for the quote's words that are not the catalog's (its promotion). */
  words?: CatalogTranslation;
}

/**
 * The catalog in the language `acceptLanguage` asks for first among `languages` (its
 * translations), else as written. Only words change; an unknown id in a translation is ignored.
 * Either way the catalog says its language (`language`): a client then knows whether the names it
 * shows are in the buyer's language or the catalog's own.
 */
export function localizeCatalog(catalog: Catalog, languages: CatalogLanguages | undefined, acceptLanguage: string | null | undefined): LocalizedCatalog {
  const language = languages ? negotiateLanguage(acceptLanguage, Object.keys(languages)) : undefined;
  const words = language === undefined ? undefined : languages?.[language];
  if (!words) return { catalog: { ...catalog, language: catalog.language ?? CATALOG_LANGUAGE }, language: undefined };
  return {
    language,
    words,
    catalog: {
      ...catalog,
      language,
      productName: words.productName ?? catalog.productName,
      plans: catalog.plans.map((plan) => localizeItem(plan, words.plans?.[plan.id])),
      services: catalog.services.map((service) => localizeItem(service, words.services?.[service.id])),
      slaLevels: catalog.slaLevels.map((level) => localizeSla(level, words.slaLevels?.[level.id])),
    },
  };
}

/**
 * A quote's discount described in the translation's words for its promotion code; as the
 * promotion says it when the translation has none. The code and the amount never change.
 */
export function localizeDiscount(discount: Discount | null, words: CatalogTranslation | undefined): Discount | null {
  const description = discount ? words?.promotions?.[discount.code]?.description : undefined;
  return discount === null || description === undefined || description === discount.description ? discount : { ...discount, description };
}

/**
 * Quote lines whose `itemName` is the localized catalog's name of their plan, service or SLA level
 * (a credit's `refId` is the plan credited). The `description` stays the catalog's own words: the
 * fallback a client shows when it cannot write the line itself.
 */
export function localizeLineNames<L extends Pick<QuoteLine, 'refId' | 'itemName'>>(lines: readonly L[], localized: Catalog): L[] {
  const names = new Map<string, string>();
  for (const level of localized.slaLevels) names.set(level.id, level.name);
  for (const service of localized.services) names.set(service.id, service.name);
  for (const plan of localized.plans) names.set(plan.id, plan.name);
  return lines.map((line) => {
    const name = line.refId === undefined || line.itemName === undefined ? undefined : names.get(line.refId);
    return name === undefined || name === line.itemName ? line : { ...line, itemName: name };
  });
}
