/**
 * Money and dates through Intl, in the session's locale. Formatters are cached: building an
 * Intl formatter costs far more than using one, and a renew list formats thousands of dates.
 */
import type { Money } from '../api/schemas.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  return cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency }));
}

/** Digits after the decimal point of a currency's minor unit: 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  return currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `{ amount: 13500, currency: 'USD' }` → `$135.00` (en) or `135,00 $` (de). */
export function formatMoney(money: Money, locale: string): string {
  return currencyFormat(locale, money.currency).format(money.amount / 10 ** minorDigits(money.currency));
}

/** A UTC calendar date `YYYY-MM-DD` or an ISO instant, as a medium date in the locale. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return cached(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(date);
}

/** An ISO instant as date and time in the buyer's own time zone. */
export function formatDateTime(isoDateTime: string, locale: string): string {
  return cached(`datetime|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(isoDateTime));
}

/** A percentage such as a discount, `15` → `15%`. */
export function formatPercent(percent: number, locale: string): string {
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })).format(percent / 100);
}
