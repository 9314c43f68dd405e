/**
 * Every catalog is complete: each one the loader table of messages.ts names (so a language added
 * there is checked with no edit here), loaded through its own loader, has exactly the English
 * catalog's keys, and each message uses the English message's placeholders and plural variables
 * with plural syntax that `formatMessage` reads, an `other` case in every plural. The pseudo-locale
 * is checked too: its transform must keep every placeholder.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/locales/en.js';
import { addEnglish, loaders } from '../../src/i18n/messages.js';

const CATEGORIES = /^(=\d+|zero|one|two|few|many|other)$/;

/** The index of the `}` closing the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}' && (depth -= 1) === 0) return index;
  }
  return -1;
}

/** The variables a message uses (`{name}` and plural variables) and what is wrong with its syntax. */
function readMessage(message: string, nested = false): { names: Set<string>; errors: string[] } {
  const names = new Set<string>();
  const errors: string[] = [];
  for (let index = 0; index < message.length; index += 1) {
    if (message[index] === '}') errors.push(`an unopened } at ${index}`);
    if (message[index] !== '{') continue;
    const end = closing(message, index);
    if (end < 0) {
      errors.push(`an unclosed { at ${index}`);
      break;
    }
    const inner = message.slice(index + 1, end);
    index = end;
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    if (simple) {
      names.add(simple[1]!);
      continue;
    }
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (!plural) {
      errors.push(`{${inner}} is neither a placeholder nor a plural`);
      continue;
    }
    // formatMessage reads one level: a plural inside a plural's case is not formatted.
    if (nested) errors.push(`a plural inside a plural case: {${inner}}`);
    names.add(plural[1]!);
    const cases = plural[2]!;
    const keys: string[] = [];
    for (let at = 0; at < cases.length;) {
      const head = /^\s*(\S+?)\s*\{/.exec(cases.slice(at));
      if (!head) {
        if (cases.slice(at).trim() !== '') errors.push(`"${cases.slice(at).trim()}" is not a plural case`);
        break;
      }
      const open = at + head[0].length - 1;
      const close = closing(cases, open);
      if (close < 0) {
        errors.push(`an unclosed plural case ${head[1]}`);
        break;
      }
      keys.push(head[1]!);
      const text = readMessage(cases.slice(open + 1, close), true);
      for (const name of text.names) names.add(name);
      errors.push(...text.errors);
      at = close + 1;
    }
    for (const key of keys.filter((key) => !CATEGORIES.test(key))) errors.push(`"${key}" is not a plural category`);
    if (!keys.includes('other')) errors.push(`{${plural[1]}, plural} has no other case`);
  }
  return { names, errors };
}

const sorted = (names: Set<string>) => [...names].sort();

describe('every catalog is complete', () => {
  before(() => addEnglish(en));

  it('reads placeholders and plural syntax, and refuses what formatMessage cannot format', () => {
    expect(sorted(readMessage('Pay {total} for {count, plural, =0 {none} one {# {unit}} other {# {unit}s}}').names)).to.deep.equal(['count', 'total', 'unit']);
    expect(readMessage('{count, plural, one {# month} other {# months}}').errors).to.deep.equal([]);
    expect(readMessage('{count, plural, one {# month}}').errors).to.deep.equal(['{count, plural} has no other case']);
    expect(readMessage('{count, plural, one {# month} lots {# months}}').errors).to.deep.equal([
      '"lots" is not a plural category',
      '{count, plural} has no other case',
    ]);
    expect(readMessage('{count, plural, one {# month} other {# months}').errors).to.deep.equal(['an unclosed { at 0']);
    expect(readMessage('{count, select, a {x} other {y}}').errors).to.have.length(1);
  });

  it('English itself has valid syntax in every message', () => {
    const broken = Object.entries(en).flatMap(([key, message]) => readMessage(message).errors.map((error) => `${key}: ${error}`));
    expect(broken).to.deep.equal([]);
  });

  for (const language of Object.keys(loaders)) {
    it(`${language}: the English keys, placeholders and valid plurals`, async () => {
      const catalog: Record<string, string> = { ...(await loaders[language]!()).default };
      const englishKeys = Object.keys(en).sort();
      const keys = Object.keys(catalog).sort();
      expect(
        { missing: englishKeys.filter((key) => !(key in catalog)), unknown: keys.filter((key) => !(key in en)) },
        `${language}: keys other than English's`,
      ).to.deep.equal({ missing: [], unknown: [] });
      const wrong: string[] = [];
      for (const [key, english] of Object.entries(en)) {
        const message = catalog[key]!;
        const { names, errors } = readMessage(message);
        const expected = sorted(readMessage(english).names);
        if (sorted(names).join() !== expected.join())
          wrong.push(`${key}: uses {${sorted(names).join('}, {')}}, English {${expected.join('}, {')}}: "${message}"`);
        for (const error of errors) wrong.push(`${key}: ${error}: "${message}"`);
      }
      expect(wrong, `${language}: messages unlike English's`).to.deep.equal([]);
      console.log(`catalog ${language}: ${keys.length} keys checked against English's ${englishKeys.length}, placeholders and plurals`);
    });
  }
});
