// The package as a vendor gets it (issue 17): packs Upcart (`npm pack` runs the `prepack` build),
// lints the tarball (publint, arethetypeswrong), installs it into a new project in the system's
// temporary folder and there
// - imports every entry in Node, and sees `upcart/mocks` name msw when msw is missing;
// - runs the `upcart-conformance` command;
// - type-checks a strict TypeScript and React 19 TSX consumer (test/package/consumer/);
// - runs the README's "Use in your tests" section: its install and copy commands, and its files
//   (each of which must be in test/package/consumer/ as it is in the README): the Vitest suite
//   in jsdom and in happy-dom, and the plain HTML page paid by card in Chromium.
// Dependencies come from npm's cache where they can (`--prefer-offline`). Prints one line per
// check and `pack test: N passed, N failed`; `--counts FILE` writes `{ passed, failed }`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/package/consumer');
const countsFile = process.argv.includes('--counts') ? process.argv[process.argv.indexOf('--counts') + 1] : undefined;
const counts = { passed: 0, failed: 0 };
const work = mkdtempSync(join(tmpdir(), 'upcart-pack-'));
const project = join(work, 'project');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Scripts a page serves (MSW's worker, the payment stand-ins), not modules to import or type.
const pageScripts = ['./mockServiceWorker.js', './stand-ins/stripe.js', './stand-ins/paypal.js'];
// The single-file bundles are for pages too: Chromium runs them below.
const browserOnly = new Set([...pageScripts, './bundle', './mocks/bundle']);

/** Runs a command; throws with its output when it exits non-zero. */
function sh(command, args, cwd = project, env = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${output.slice(-4000)}`);
  return output;
}

/** One check: its name and `ok`, or `FAIL` and why. Later checks still run. */
async function check(name, fn) {
  const started = Date.now();
  try {
    const note = await fn();
    counts.passed += 1;
    console.log(`ok: ${name}${note ? ` (${note})` : ''} [${((Date.now() - started) / 1000).toFixed(1)} s]`);
  } catch (error) {
    counts.failed += 1;
    console.log(`FAIL: ${name}\n${String(error instanceof Error ? error.message : error).replace(/^/gm, '    ')}`);
  }
}

/** The README's "Use in your tests" section: its `sh` blocks and its files, by the name above each. */
function readmeSection() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Use in your tests');
  if (start < 0) throw new Error('README.md has no "## Use in your tests" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/(?:`([^`\n]+)`:\s*\n\s*\n)?```(\w+)\n([\s\S]*?)\n```/g)].map(([, file, lang, code]) => ({
    file,
    lang,
    code: `${code}\n`,
  }));
  return { commands: blocks.filter((block) => block.lang === 'sh').map((block) => block.code), files: blocks.filter((block) => block.file) };
}

let tarball;
try {
  console.log(`== pack test in ${work}`);
  await check('npm pack runs the prepack build and packs', () => {
    sh('npm', ['pack', '--pack-destination', work, '--silent'], root);
    tarball = join(
      work,
      readdirSync(work).find((file) => file.endsWith('.tgz')),
    );
    const files = sh('tar', ['-tzf', tarball], work).split('\n');
    for (const needed of [
      'package/LICENSE',
      'package/dist/upcart.js',
      'package/dist/contract.js',
      'package/dist/conformance-cli.js',
      'package/dist/upcart.bundle.js',
      'package/public/mockServiceWorker.js',
      'package/public/stand-ins/stripe.js',
    ]) {
      if (!files.includes(needed)) throw new Error(`the tarball has no ${needed}`);
    }
    const tests = files.filter((file) => file.endsWith('.test.ts'));
    if (tests.length > 0) throw new Error(`the tarball ships tests: ${tests.slice(0, 3).join(', ')}`);
    return `${files.length - 1} files`;
  });
  await check('publint: no packaging errors, warnings or suggestions', () => {
    const output = sh(join(root, 'node_modules/.bin/publint'), ['run', tarball, '--strict'], work);
    if (!output.includes('All good!')) throw new Error(output);
  });
  await check('arethetypeswrong: every entry resolves to types and JavaScript (ESM only)', () => {
    sh(join(root, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', ...pageScripts], work);
  });

  cpSync(fixtures, project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'vendor-portal', private: true, type: 'module' }, null, 2));
  const { commands, files } = readmeSection();
  const [install, ...afterInstall] = commands;
  const npmFlags = ['--prefer-offline', '--no-audit', '--no-fund'];
  await check('the tarball installs with its dependencies', () => {
    sh('npm', ['install', ...npmFlags, tarball]);
  });

  const nodeEntries = Object.keys(manifest.exports).filter((key) => !browserOnly.has(key));
  await check('upcart/mocks without msw: a clear error naming msw and its peer range', () => {
    const code = "import('upcart/mocks').then(() => console.log('imported'), (error) => console.log(error.message))";
    const result = spawnSync('node', ['-e', code], { cwd: project, encoding: 'utf8' });
    const named = `needs msw ${manifest.peerDependencies.msw} `;
    if (!result.stdout.includes(named)) throw new Error(`without msw, importing upcart/mocks said: ${result.stdout}${result.stderr}(expected "${named}")`);
    return result.stdout.trim();
  });

  await check('README: the install commands', () => {
    for (const line of install.trim().split('\n')) {
      if (line === 'npm install upcart') continue; // the tarball, installed above
      const [npm, verb, ...args] = line.split(/\s+/);
      if (npm !== 'npm' || verb !== 'install') throw new Error(`not an npm install: ${line}`);
      sh('npm', ['install', ...npmFlags, ...args]);
    }
    return install.trim().replaceAll('\n', '; ');
  });
  await check("the type check's own tools install (TypeScript, React 19 and its types, Vue)", () => {
    const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    sh('npm', ['install', ...npmFlags, '--save-dev', ...['typescript', 'react', 'react-dom', '@types/react', 'vue'].map((name) => `${name}@${version(name)}`)]);
  });

  for (const entry of nodeEntries) {
    const specifier = `upcart${entry.slice(1)}`;
    await check(`Node imports ${specifier}`, () => {
      const code = entry.endsWith('.json')
        ? `import(${JSON.stringify(specifier)}, { with: { type: 'json' } }).then((m) => console.log(Object.keys(m.default).length))`
        : `import(${JSON.stringify(specifier)}).then((m) => console.log(Object.keys(m).length))`;
      return `${sh('node', ['-e', code]).trim()} exports`;
    });
  }
  await check('a bundler targeting es2020 for browsers takes upcart/mocks (no top-level await)', () => {
    writeFileSync(join(project, 'mocks-entry.js'), "export { createMockBackend } from 'upcart/mocks';\n");
    const args = [
      'mocks-entry.js',
      '--bundle',
      '--platform=browser',
      '--target=es2020',
      '--format=esm',
      `--outfile=${join(work, 'mocks.js')}`,
      '--log-level=warning',
    ];
    sh(join(root, 'node_modules/.bin/esbuild'), args);
  });
  await check('npx upcart-conformance --help', () => {
    const output = sh('npx', ['--no-install', 'upcart-conformance', '--help']);
    if (!output.includes('usage: upcart-conformance --base-url')) throw new Error(output);
  });

  await check('strict TypeScript and React 19 TSX consumer type-checks (tags, properties, typed events)', () => {
    sh(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']);
  });

  await check('README: every file of "Use in your tests" is the one this test runs', () => {
    if (files.length === 0) throw new Error('no files in the section');
    for (const { file, code } of files) {
      const ours = readFileSync(join(fixtures, file), 'utf8');
      if (ours !== code) throw new Error(`README's ${file} differs from test/package/consumer/${file}`);
    }
    return files.map((block) => block.file).join(', ');
  });

  for (const environment of ['jsdom', 'happy-dom']) {
    await check(`README: the Vitest suite passes in ${environment}`, () => {
      const resultFile = join(work, `vitest-${environment}.json`);
      sh(join(project, 'node_modules/.bin/vitest'), [
        'run',
        '--project',
        environment,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${resultFile}`,
      ]);
      const result = JSON.parse(readFileSync(resultFile, 'utf8'));
      if (result.numFailedTests > 0 || result.numPassedTests === 0) throw new Error(`${result.numPassedTests} passed, ${result.numFailedTests} failed`);
      return `${result.numPassedTests} tests`;
    });
  }

  await check('README: the copy commands put the shipped bundle, worker and stand-ins in public/', () => {
    for (const command of afterInstall) sh('bash', ['-euo', 'pipefail', '-c', command]);
    for (const file of ['upcart.bundle.js', 'upcart-mocks.bundle.js', 'mockServiceWorker.js', 'stand-ins/stripe.js', 'stand-ins/paypal.js'])
      readFileSync(join(project, 'public', file));
  });
  await check('README: the plain HTML page pays by card on the Stripe stand-in in Chromium', () => sh('node', ['pay-by-card.mjs']).trim());
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`pack test: ${counts.passed} passed, ${counts.failed} failed`);
if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
process.exit(counts.failed === 0 ? 0 : 1);
