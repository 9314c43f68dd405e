/**
 * A unit's name beside a count, by the locale's CLDR plural category (DESIGN, "Language"): the
 * server may send `unitForms` in the buyer's language; without them `unit` is written as it is.
 * A catalog that says its language (`Catalog.language`) and it is not the buyer's has its forms
 * in another language ("現在50 extensions"): then the bare `unit` too.
 */
import type { Plan } from '../api/schemas.js';
import { pluralCategory } from './format.js';
import { languageOf } from './messages.js';

export interface Counted {
  readonly unit: string;
  readonly unitForms?: Plan['unitForms'];
}

/**
 * Whether a catalog's unit forms are words of the buyer's language: unless the catalog says it is
 * in another language (a catalog that does not say is taken at its word, as before `language`).
 */
export function formsFit(catalogLanguage: string | undefined, locale: string): boolean {
  return catalogLanguage === undefined || languageOf(catalogLanguage) === languageOf(locale);
}

/**
 * `unitName(service, 1, 'en')` → "minute", `(service, 5, 'en')` → "minutes"; `unit` without forms,
 * or when `catalogLanguage` (the catalog's `language`) is not the buyer's.
 */
export function unitName(item: Counted, count: number, locale: string, catalogLanguage?: string): string {
  const forms = formsFit(catalogLanguage, locale) ? item.unitForms : undefined;
  return forms ? (forms[pluralCategory(count, locale)] ?? forms.other) : item.unit;
}
