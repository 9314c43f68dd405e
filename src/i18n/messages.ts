/**
 * Message catalogs: English bundled, the other languages loaded only when a session uses them
 * (one line each in `loaders`), and vendor overrides on top. `en-XA` is the pseudo-locale
 * (pseudo-locale.ts): English accented, longer and bracketed, to find text that skips translation. Messages use `{name}` placeholders and ICU-style plurals
 * `{count, plural, one {# month} other {# months}}`, formatted with Intl.PluralRules.
 *
 * English comes in pieces: the shared messages here (with the server's refusals, which any element can show), and each element's own with its class
 * (`addEnglish` in a static block), so a page that loads one element carries only its words.
 */
import { formatCount, pluralCategory } from './format.js';
import { common } from './locales/en/common.js';
import { errors } from './locales/en/errors.js';
import type { MessageKey, Messages } from './message-keys.js';

export type { MessageKey, Messages };
export type MessageParams = Readonly<Record<string, string | number>>;

/** The English messages of the elements loaded so far, and the shared ones. */
const english: Partial<Messages> = { ...common, ...errors };
const catalogs = new Map<string, Partial<Messages>>([['en', english]]);
const overrides = new Map<string, Partial<Messages>>();

/** Each catalog's loader by language (or by a whole tag such as the pseudo-locale's), each its own chunk. */
export const loaders: Record<string, () => Promise<{ default: Messages }>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pt: () => import('./locales/pt.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  zh: () => import('./locales/zh.js'),
  vi: () => import('./locales/vi.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
  // Made from the live English, so it covers the messages elements add later.
  'en-xa': () => import('./pseudo-locale.js').then((module) => module.pseudoCatalog(english, () => overrides.get('en'))),
};
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** The catalog language of a BCP 47 tag: `de-AT` → `de`, `zh-Hans-CN` → `zh`. */
export function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/** The catalog a locale reads: the whole tag's when there is one (`en-XA`), else its language's. */
function catalogOf(locale: string): string {
  const tag = locale.replace('_', '-').toLowerCase();
  return tag in loaders ? tag : languageOf(locale);
}

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** Whether text in this locale runs right to left. */
export function isRtl(locale: string): boolean {
  return RTL.has(languageOf(locale));
}

/** The tag of the pseudo-locale: English accented, about 40 % longer, in ⟦…⟧ (pseudo-locale.ts). */
export const PSEUDO_LOCALE = 'en-XA';

/** The languages Upcart ships catalogs for (the pseudo-locale is not one). */
export const SHIPPED_LANGUAGES = ['en', ...Object.keys(loaders)].filter((language) => !language.includes('-'));

function notify(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a catalog loads or a vendor overrides messages. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads the catalog of a locale's language, once; English and unknown languages need nothing. */
export function loadLocale(locale: string): Promise<void> {
  const language = catalogOf(locale);
  const load = loaders[language];
  if (catalogs.has(language) || !load) return Promise.resolve();
  let promise = pending.get(language);
  if (!promise) {
    promise = load().then(
      (module) => {
        catalogs.set(language, module.default);
        notify();
      },
      // A failed chunk load leaves English in place; a later call tries again.
      () => void pending.delete(language),
    );
    pending.set(language, promise);
  }
  return promise;
}

/** Adds an element's English messages; its class calls this when it is defined. */
export function addEnglish(messages: Partial<Messages>): void {
  Object.assign(english, messages);
}

/** Vendor wording: replaces some messages of a language (`'en'`, `'de'`...), or adds a language. */
export function setMessages(locale: string, messages: Partial<Messages>): void {
  const language = languageOf(locale);
  overrides.set(language, { ...overrides.get(language), ...messages });
  notify();
}

/** Fills `{name}` and `{name, plural, one {...} other {...}}` from `params`. */
export function formatMessage(message: string, params: MessageParams, locale: string): string {
  return message.replace(
    /\{(\w+), plural,((?:[^{}]|\{[^{}]*\})*)\}|\{(\w+)\}/g,
    (match, pluralName: string | undefined, cases: string | undefined, name: string | undefined) => {
      if (name !== undefined) return name in params ? String(params[name]) : match;
      const count = Number(params[pluralName!]);
      const options = new Map([...cases!.matchAll(/(=?\w+)\s*\{([^{}]*)\}/g)].map(([, key, text]) => [key!, text!]));
      const text = options.get(`=${count}`) ?? options.get(pluralCategory(count, locale)) ?? options.get('other') ?? '';
      return text.replace(/#/g, formatCount(count, locale));
    },
  );
}

/**
 * The message for `key` in `locale`, falling back to English; never throws. English is there for
 * the elements defined so far (each brings its own; the new-contact form's comes with the form),
 * and a key without any text comes back as the key.
 */
export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const language = catalogOf(locale);
  const message = overrides.get(language)?.[key] ?? catalogs.get(language)?.[key] ?? overrides.get('en')?.[key] ?? english[key] ?? key;
  return formatMessage(message, params, locale);
}
