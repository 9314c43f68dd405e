// `node scripts/manifest.mjs` regenerates custom-elements.json; `--check` fails when the
// checked-in file differs from what the analyzer makes of the current JSDoc, or when an
// element lacks the documentation vendors and designers rely on, or when a tag's
// custom-element definition is not where the tag is registered (editor and framework tools follow
// the definitions to the class).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { TAGS } from './tags.mjs';

const check = process.argv.includes('--check');

function generate() {
  const dir = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    // The analyzer takes --outdir as relative to the working directory, even when absolute.
    execFileSync('node_modules/.bin/custom-elements-manifest', ['analyze', '--outdir', relative(process.cwd(), dir)], { stdio: 'pipe' });
    return readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fresh = generate();
const problems = [];
const { modules } = JSON.parse(fresh);
const declarations = modules.flatMap((module) => module.declarations ?? []);
const definitions = modules.flatMap((module) =>
  (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ ...entry, in: module.path })),
);
for (const tag of TAGS) {
  const element = declarations.find((declaration) => declaration.tagName === tag);
  if (!element) {
    problems.push(`<${tag}> is missing from the manifest`);
    continue;
  }
  if (!element.summary) problems.push(`<${tag}> has no @summary`);
  if (!element.cssParts?.length) problems.push(`<${tag}> documents no @csspart`);
  if (!element.cssProperties?.length) problems.push(`<${tag}> documents no @cssprop`);
  problems.push(...definitionProblems(tag, element));
}
for (const { name, in: path } of definitions) {
  if (!TAGS.includes(name)) problems.push(`${path} defines <${name}>, which is not one of scripts/tags.mjs`);
}

/** `<tag>` is defined once, by src/elements/<tag>/<tag>.ts, as the class that documents it. */
function definitionProblems(tag, element) {
  const found = definitions.filter((definition) => definition.name === tag);
  const expected = `src/elements/${tag}/${tag}.ts`;
  if (found.length !== 1) return [`<${tag}> has ${found.length} custom-element definitions, not 1 (in ${expected})`];
  const [{ in: path, declaration }] = found;
  const home = modules.find((module) => module.declarations?.includes(element))?.path;
  if (path !== expected) return [`<${tag}> is defined in ${path}, not ${expected}`];
  if (declaration.name !== element.name || declaration.module !== home)
    return [`<${tag}>'s definition points at ${declaration.name} in ${declaration.module}, not ${element.name} in ${home}`];
  return [];
}

if (check) {
  const current = readFileSync('custom-elements.json', 'utf8');
  if (current !== fresh) problems.push('custom-elements.json is out of date: run `npm run analyze`');
  for (const problem of problems) console.error(`manifest: ${problem}`);
  console.log(problems.length ? 'manifest: FAILED' : `manifest: up to date, ${TAGS.length} elements documented`);
  process.exit(problems.length ? 1 : 0);
}
writeFileSync('custom-elements.json', fresh);
for (const problem of problems) console.warn(`manifest: ${problem}`);
console.log('wrote custom-elements.json');
