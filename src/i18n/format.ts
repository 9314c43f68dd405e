/**
 * Money and dates through Intl, in the session's locale. Formatters are cached: building an
 * Intl formatter costs far more than using one, and a renew list formats thousands of dates.
 */
import type { Money } from '../api/schemas.js';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, create: () => T): T {
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
  const text = currencyFormat(locale, money.currency).format(money.amount / 10 ** minorDigits(money.currency));
  // A Latin code before a symbol at the end ("111.70 US$" in Arabic) would be drawn "$US" in
  // right-to-left text: a left-to-right mark keeps the symbol with its code.
  return /\p{Script=Latin}\p{Sc}$/u.test(text) ? `${text}\u200e` : text;
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

/** A whole count in the locale's digits and grouping: `1000` → `1,000` (en), `1.000` (de). */
export function formatCount(count: number, locale: string): string {
  return cached(`count|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(count);
}

/** The locale's plural category of a count: `one`, `few`, `other`… */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** A percentage such as a discount, `15` → `15%`. */
export function formatPercent(percent: number, locale: string): string {
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })).format(percent / 100);
}

/** An instant (ms since the epoch) as a time of day, with seconds, in the buyer's time zone. */
export function formatTime(epochMs: number, locale: string): string {
  return cached(`time|${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' })).format(epochMs);
}

/** A wait from now, rounded up: `30000` → `in 30 seconds`, `120000` → `in 2 minutes`. */
export function formatWait(ms: number, locale: string): string {
  const format = cached(`wait|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'always' }));
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return format.format(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? format.format(minutes, 'minute') : format.format(Math.ceil(minutes / 60), 'hour');
}

/** Days from now as the locale says them: `0` → `today`, `1` → `tomorrow`, `5` → `in 5 days`. */
export function formatDaysAhead(days: number, locale: string): string {
  return cached(`days|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
}
