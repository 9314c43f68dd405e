// Where an entry's gzip bytes go, by module and by folder: `node scripts/size-breakdown.mjs
// [entry] [--all]` (entry: `define` by default, a tag such as `plan-picker`, `floor`, or a path).
//
// The entry is bundled as scripts/bundle-sizes.mjs measures it (the same `bundle()`, with source
// maps), and every byte of its counted code (entry chunk + static imports) is traced back to the
// module it came from. A module's cost is its *marginal* gzip: the entry's gzip minus the gzip of
// the same code without that module's bytes, what removing it would save. Marginals do not add up
// to the total (gzip shares repeated text between modules), so a folder's figure is measured with
// all its modules removed at once, not summed. Modules of the floor (`bench/floor.ts`: lit,
// @lit/context, zod and the contract's schemas) are marked `floor`.
import { gzipBytes, ENTRIES, bundle, countedChunks, kB, measureEntry } from './bundle-sizes.mjs';
import { pathToFileURL } from 'node:url';

const VLQ = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((char, index) => [char, index]));

/** One source map segment's fields (base64 VLQ). */
function decodeSegment(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = VLQ.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** `src/...` or `node_modules/...` of a source map source. */
const moduleOf = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^\/.*?\/(src|node_modules|bench)\//, '$1/');

/** The folder a module is counted under: its package for a dependency, its directory for Upcart's own. */
export function folderOf(module) {
  const dependency = module.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (dependency) return dependency[1];
  if (module === '(bundler)') return module;
  return module.slice(0, module.lastIndexOf('/'));
}

/**
 * Ranges `[start, end)` of the counted code that each module produced, from the chunks' source
 * maps. Bytes no mapping covers (the bundler's glue: import and export lists) go to `(bundler)`.
 */
function rangesByModule(chunks) {
  const ranges = new Map();
  const add = (module, start, end) => {
    if (end <= start) return;
    if (!ranges.has(module)) ranges.set(module, []);
    ranges.get(module).push([start, end]);
  };
  let code = '';
  for (const chunk of chunks) {
    if (code) code += '\n';
    const base = code.length;
    const text = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
    code += text;
    const lines = text.split('\n');
    let lineStart = base;
    let source = 0;
    chunk.map.mappings.split(';').forEach((line, index) => {
      const lineEnd = lineStart + (lines[index]?.length ?? 0);
      let column = 0;
      let from = lineStart;
      let owner = '(bundler)';
      for (const segment of line.split(',').filter(Boolean)) {
        const fields = decodeSegment(segment);
        column += fields[0];
        add(owner, from, lineStart + column);
        from = lineStart + column;
        if (fields.length >= 4) {
          source += fields[1];
          owner = moduleOf(chunk.map.sources[source]);
        } else owner = '(bundler)';
      }
      add(owner, from, lineEnd);
      lineStart = lineEnd + 1;
    });
  }
  return { code, ranges };
}

/** gzip of `code` without the given ranges. */
function gzipWithout(code, ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let kept = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (start > at) kept += code.slice(at, start);
    at = Math.max(at, end);
  }
  return gzipBytes(kept + code.slice(at));
}

const entryOf = (name) => ENTRIES.find((entry) => entry.name === name) ?? { name, label: name, path: name };

/**
 * The breakdown of one entry (an `ENTRIES` name or a path): its gzip, the floor's, and each
 * module's and folder's minified bytes and marginal gzip, largest first.
 */
export async function breakdown(name = 'define') {
  const entry = entryOf(name);
  const floorEntry = await measureEntry(entryOf('floor'));
  const floorModules = new Set(floorEntry.modules.map(moduleOf));
  const { code, ranges } = rangesByModule(countedChunks(await bundle(entry.path, 'entry', { sourcemap: true })));
  const gzip = gzipBytes(code);
  const row = (key, moduleRanges, floor) => ({
    key,
    floor,
    bytes: moduleRanges.reduce((sum, [start, end]) => sum + end - start, 0),
    marginal: gzip - gzipWithout(code, moduleRanges),
  });
  const modules = [...ranges].map(([module, moduleRanges]) => row(module, moduleRanges, floorModules.has(module)));
  const byFolder = new Map();
  for (const module of modules) byFolder.set(folderOf(module.key), [...(byFolder.get(folderOf(module.key)) ?? []), module]);
  const folders = [...byFolder].map(([folder, members]) =>
    row(
      folder,
      members.flatMap((member) => ranges.get(member.key)),
      members.every((member) => member.floor),
    ),
  );
  const split = (floor) => modules.filter((module) => module.floor === floor).flatMap((module) => ranges.get(module.key));
  const largestFirst = (a, b) => b.marginal - a.marginal || b.bytes - a.bytes;
  return {
    entry,
    gzip,
    bytes: Buffer.byteLength(code),
    floor: floorEntry.gzip,
    // What removing all of one side saves: Upcart's own code (and the bundler's glue), the floor's modules.
    ownGzip: gzip - gzipWithout(code, split(false)),
    floorModulesGzip: gzip - gzipWithout(code, split(true)),
    modules: modules.sort(largestFirst),
    folders: folders.sort(largestFirst),
  };
}

/** The breakdown as text: a summary, the folders, then the modules (`top` of them, or all). */
export function formatBreakdown(result, { top = 40 } = {}) {
  const lines = [];
  const ratio = (result.gzip / result.floor).toFixed(2);
  lines.push(`${result.entry.label}: ${kB(result.gzip)} kB gzip (${kB(result.bytes)} kB minified), ${ratio}x the floor ${kB(result.floor)} kB`);
  lines.push(`  what removing them would save: Upcart's own code ${kB(result.ownGzip)} kB, the floor's modules ${kB(result.floorModulesGzip)} kB`);
  lines.push("  marginal gzip = the entry's gzip minus its gzip without those bytes (what removing them saves; they do not add up)");
  const table = (title, rows) => {
    lines.push('', `  ${'marginal gzip'.padStart(13)}  ${'minified'.padStart(9)}  ${title}`);
    for (const item of rows) {
      const mark = item.floor ? '  (floor)' : '';
      lines.push(`  ${`${kB(item.marginal)} kB`.padStart(13)}  ${`${kB(item.bytes)} kB`.padStart(9)}  ${item.key}${mark}`);
    }
  };
  table('folder', result.folders);
  const modules = Number.isFinite(top) ? result.modules.slice(0, top) : result.modules;
  table(`module${modules.length < result.modules.length ? ` (largest ${modules.length} of ${result.modules.length}; --all for every one)` : ''}`, modules);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const name = args.find((arg) => !arg.startsWith('--')) ?? 'define';
  console.log(formatBreakdown(await breakdown(name), { top: args.includes('--all') ? Infinity : 40 }));
}
