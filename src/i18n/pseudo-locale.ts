/**
 * The pseudo-locale `en-XA` (the CLDR and Android tag for "English, pseudo-accents"): English
 * with every letter accented, about 40 % longer and wrapped in ⟦…⟧, so a page shown in it tells
 * at a glance which text passed through translation (bracketed), which did not (plain), and
 * whether longer languages fit. Money, dates and plurals go through Intl with the same tag,
 * which Intl reads as English.
 *
 * Not a stored catalog: each message is transformed from the English one when first asked for,
 * so it covers the English elements add later (addEnglish) and vendor overrides of English.
 * Loaded only when a session uses the tag, through the loader table in messages.ts.
 */
import type { Messages } from './message-keys.js';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'];
const VOWELS = 'aeiouAEIOU';

/** A message's text between placeholders through `letter`; `{name}` and `#` kept, plural cases' texts transformed. */
function transform(message: string, letter: (plain: string) => string): string {
  let out = '';
  for (let index = 0; index < message.length; index += 1) {
    const char = message[index]!;
    if (char !== '{') {
      out += letter(char);
      continue;
    }
    // The whole `{…}`, nested braces included.
    let depth = 0;
    let end = index;
    for (; end < message.length; end += 1) {
      if (message[end] === '{') depth += 1;
      else if (message[end] === '}' && (depth -= 1) === 0) break;
    }
    const inner = message.slice(index + 1, end);
    const choice = /^(\s*\w+\s*,\s*\w+\s*,)([\s\S]*)$/.exec(inner);
    // `{n, plural, one {…} other {…}}`: the head stays, each case's text is transformed.
    out += choice
      ? `{${choice[1]}${choice[2]!.replace(/(=?\w+\s*)\{((?:[^{}]|\{[^{}]*\})*)\}/g, (_, key: string, text: string) => `${key}{${transform(text, letter)}}`)}}`
      : `{${inner}}`;
    index = end;
  }
  return out;
}

/** `Pay {total}` → `⟦Ƥááý {total} ·⟧`: accented, vowels doubled and padded to about 1.4×, bracketed. */
export function pseudoLocalize(message: string): string {
  let length = 0;
  let added = 0;
  const body = transform(message, (char) => {
    length += 1;
    const at = PLAIN.indexOf(char);
    if (at < 0 || char === '#') return char;
    if (!VOWELS.includes(char)) return ACCENTED[at]!;
    added += 1;
    return ACCENTED[at]!.repeat(2);
  });
  const pad = Math.ceil(length * 0.4) - added;
  return `⟦${body}${pad > 0 ? ` ${'·'.repeat(pad)}` : ''}⟧`;
}

/**
 * The pseudo catalog over the live English messages (and the vendor's English overrides): its
 * keys are English's, each message transformed once per English text (cached).
 */
export function pseudoCatalog(english: Partial<Messages>, overrides: () => Partial<Messages> | undefined): { default: Messages } {
  const cache = new Map<string, string>();
  const catalog = new Proxy(english, {
    get(target, key) {
      const source = overrides()?.[key as keyof Messages] ?? target[key as keyof Messages];
      if (typeof source !== 'string') return undefined;
      let message = cache.get(source);
      if (message === undefined) cache.set(source, (message = pseudoLocalize(source)));
      return message;
    },
  });
  return { default: catalog as Messages };
}
