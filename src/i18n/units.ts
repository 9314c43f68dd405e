/**
 * A unit's name beside a count, by the locale's CLDR plural category (DESIGN, "Language"): the
 * server may send `unitForms` in the buyer's language; without them `unit` is written as it is.
 */
import type { Plan } from '../api/schemas.js';
import { pluralCategory } from './format.js';

export interface Counted {
  readonly unit: string;
  readonly unitForms?: Plan['unitForms'];
}

/** `unitName(service, 1, 'en')` → "minute", `(service, 5, 'en')` → "minutes"; `unit` without forms. */
export function unitName(item: Counted, count: number, locale: string): string {
  const forms = item.unitForms;
  return forms ? (forms[pluralCategory(count, locale)] ?? forms.other) : item.unit;
}
