// What Upcart costs a page, measured the way a host's bundler would pay it: each entry bundled
// on its own with lit, @lit/context and zod inlined, minified, as ES modules (Vite 8 / rolldown,
// the library build's own bundler, Lit template text minified as the build does). An entry's
// cost is its entry chunk plus the chunks it imports statically; chunks behind `import()`
// (payment provider loaders, non-English catalogs) load only when used and are listed apart.
// Shared by `npm run bench` and the size budget stage of `npm test`, so both report the same
// bytes.
import { build } from 'vite';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { minifyLiterals } from './minify-literals.mjs';
import { TAGS } from './tags.mjs';

const root = resolve(import.meta.dirname, '..');

export const ELEMENTS = TAGS;

/** Entries measured: the floor first, then the full SDK, then each element's own entry. */
export const ENTRIES = [
  { name: 'floor', label: 'floor (lit + @lit/context + zod/mini schemas)', path: 'bench/floor.ts' },
  { name: 'define', label: 'upcart/define (full SDK)', path: 'src/define.ts' },
  ...ELEMENTS.map((tag) => ({ name: tag, label: `upcart/${tag}`, path: `src/elements/${tag}/${tag}.ts` })),
];

const LOCALE_MODULE = /\/src\/i18n\/locales\/([a-z]{2,3})\.ts$/;

export function gzipBytes(code) {
  return gzipSync(code, { level: 9 }).length;
}

export function brotliBytes(code) {
  return brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(code) },
  }).length;
}

/**
 * Bundles one entry (minified ES, dependencies inlined); returns its chunks in memory. With
 * `sourcemap`, each chunk's `map` says which module each byte of its code came from
 * (scripts/size-breakdown.mjs); its code then ends with a `sourceMappingURL` comment.
 */
export async function bundle(entryPath, fileName = 'entry', { sourcemap = false } = {}) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    mode: 'production',
    // As `npm run build` ships it: Lit template text minified too.
    plugins: [minifyLiterals()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      sourcemap,
      lib: { entry: resolve(root, entryPath), formats: ['es'], fileName },
      // Library mode keeps whitespace unless the output itself is minified. A host
      // app's bundler may add exports to its own entry, so modules shared with a lazy chunk go
      // into the entry rather than into small common chunks, each one more request.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((output) => output.output).filter((item) => item.type === 'chunk');
}

/** The chunks an entry costs on load: its entry chunk and every chunk it imports statically. */
export function countedChunks(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const counted = [];
  const pending = [chunks.find((chunk) => chunk.isEntry)];
  while (pending.length > 0) {
    const chunk = pending.pop();
    if (counted.includes(chunk)) continue;
    counted.push(chunk);
    for (const name of chunk.imports) pending.push(byName.get(name));
  }
  return counted;
}

/** One entry's figures: the counted code (entry + static imports) and the lazy chunks apart. */
export async function measureEntry(entry) {
  const chunks = await bundle(entry.path);
  const counted = countedChunks(chunks);
  const code = counted.map((chunk) => chunk.code).join('\n');
  const describe = (chunk) => {
    const locale = chunk.facadeModuleId?.match(LOCALE_MODULE)?.[1];
    const modules = Object.keys(chunk.modules).map((id) => id.replace(`${root}/`, ''));
    const module = chunk.facadeModuleId ? chunk.facadeModuleId.replace(`${root}/`, '') : `(shared) ${modules.join(', ')}`;
    return {
      file: chunk.fileName,
      module,
      modules,
      locale,
      bytes: Buffer.byteLength(chunk.code),
      gzip: gzipBytes(chunk.code),
      brotli: brotliBytes(chunk.code),
      code: chunk.code,
    };
  };
  const deferred = chunks.filter((chunk) => !counted.includes(chunk)).map(describe);
  return {
    ...entry,
    bytes: Buffer.byteLength(code),
    gzip: gzipBytes(code),
    brotli: brotliBytes(code),
    code,
    modules: counted.flatMap((chunk) => Object.keys(chunk.modules)),
    locales: deferred.filter((chunk) => chunk.locale),
    lazy: deferred.filter((chunk) => !chunk.locale),
  };
}

export async function measureAll() {
  const results = [];
  for (const entry of ENTRIES) results.push(await measureEntry(entry));
  return results;
}

const MESSAGE_PAIR = /(["'`])([\w.-]+)\1:(["'`])((?:(?!\3)[^\\]|\\.)*)\3/g;

/** `key -> text` of every message-like pair (`"planPicker.title":"…"`) in minified code. */
function messagePairs(code) {
  return new Map([...code.matchAll(MESSAGE_PAIR)].filter((match) => match[2].includes('.')).map((match) => [match[2], match[4]]));
}

/** The whole English catalog (`src/i18n/locales/en.ts`), `key -> text`, bundled and evaluated once. */
let englishCatalog;
async function english() {
  if (!englishCatalog) {
    const [chunk] = await bundle('src/i18n/locales/en.ts');
    const module = await import(`data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`);
    englishCatalog = new Map(Object.entries(module.en));
  }
  return englishCatalog;
}

/**
 * Messages of the non-English catalogs found in `code` (an entry's counted code): every text of
 * a locale chunk that differs from the English text of the same key must be absent.
 */
export async function foreignMessagesIn(code, localeChunks) {
  const englishTexts = await english();
  const anyEnglish = new Set(englishTexts.values());
  const found = [];
  let checked = 0;
  for (const chunk of localeChunks) {
    for (const [key, text] of messagePairs(chunk.code)) {
      // Placeholders, digits and punctuation say nothing about the language, and a word that is
      // also an English message ("Client", "Action") may well be in the code as English.
      const words = text.replace(/\{[^{}]*\}/g, '').replace(/[\s\p{P}\p{S}\d]/gu, '');
      if (words.length < 3 || anyEnglish.has(text)) continue;
      checked += 1;
      // As a string literal: a short word ("Data") may be part of an identifier.
      if (['"', "'", '`'].some((quote) => code.includes(`${quote}${text}${quote}`))) found.push({ locale: chunk.locale, key, text });
    }
  }
  return { checked, found };
}

export const kB = (bytes) => (bytes / 1000).toFixed(1);
