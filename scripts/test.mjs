// `npm test`: every stage in order, then one line with the counts of all of them.
// Stages: install Chromium if missing, type-check, lint and format, the custom-elements manifest check, the Lit
// template minifier's tests, the OpenAPI document's lint, the size budget, the reference server's suites on SQLite and
// PostgreSQL (Node), the short load-and-faults run (scripts/load.ts --quick), the package packed
// and installed into a new project (test/package/pack.mjs), the browser suites (unit, element, backend, mocks) in one shared headless
// Chromium, then the end-to-end tests of the built demo and the embedding examples
// (test/e2e/run.mjs), then the conformance kit against the mock backend served over HTTP and
// against the reference server (node:test through tsx, test/conformance).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0 };

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, env: { ...process.env, ...env } });
  return result.status === 0;
}

function stage(name, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
}

/** Adds a suite's counts file (`{ passed, failed }`) to the totals; a failed run without a failed test counts one. */
function tally(title, ok, countsFile) {
  if (!existsSync(countsFile)) {
    totals.failed += 1;
    console.log(`FAILED: ${title}: no counts written`);
    return;
  }
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (!ok && counts.failed === 0) totals.failed += 1;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${title}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
}

if (!run('bash', ['scripts/ensure-chromium.sh'])) {
  console.error('Could not install Chromium; browser tests cannot run.');
  console.log(`\ntotal: ${totals.passed} passed, 1 failed`);
  process.exit(1);
}
// Without PostgreSQL the PostgreSQL stages fail with their own message (scripts/with-postgres.sh).
if (!run('bash', ['scripts/ensure-postgres.sh'])) console.error('Could not install PostgreSQL 15; the PostgreSQL stages will fail.');

console.log('\n== type-check');
stage('tsc --noEmit', run('node_modules/.bin/tsc', ['-p', 'tsconfig.json', '--noEmit']));

console.log('\n== lint (ESLint) and format (Prettier)');
stage('eslint .', run('node_modules/.bin/eslint', ['.']));
stage('prettier --check .', run('node_modules/.bin/prettier', ['--check', '--log-level', 'warn', '.']));

console.log('\n== custom-elements.json');
stage('custom-elements.json up to date and complete', run('node', ['scripts/manifest.mjs', '--check']));

console.log('\n== template literal minifier (test/build/minify-literals.test.mjs)');
stage(
  'template literal minifier: rules, and src/ still parses with only template whitespace and comments changed',
  run('node', ['test/build/minify-literals.test.mjs']),
);

console.log('\n== OpenAPI document (redocly lint, recommended rules, warnings as errors: redocly.yaml)');
stage(
  'redocly lint src/api/openapi.json',
  run('node_modules/.bin/redocly', ['lint', 'src/api/openapi.json', '--format=summary'], { REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }),
);

console.log('\n== size budget (gzip, scripts/size-budget.mjs)');
stage('size budget: define, ratio to the floor, each element, locales loaded only when used', run('node', ['scripts/size-budget.mjs']));

// Node suites (node:test through tsx): each run's counts, written by scripts/node-test-counts.mjs,
// join the totals. The reference server's suites (with the conformance kit against it) run on
// SQLite in memory and on a throwaway PostgreSQL cluster (scripts/with-postgres.sh fails, never
// skips, without PostgreSQL); the kit against the mock backend over HTTP runs after the browser.
function nodeTests(title, folder, prefix) {
  console.log(`\n== ${title}`);
  const countsFile = `test-results/${title.replace(/\W+/g, '-').toLowerCase()}.json`;
  rmSync(countsFile, { force: true });
  mkdirSync('test-results', { recursive: true });
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${folder}/${file}`);
  const args = [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-counts.mjs',
    `--test-reporter-destination=${countsFile}`,
    ...files,
  ];
  tally(title, prefix ? run(prefix, ['node', ...args]) : run('node', args), countsFile);
}
nodeTests('server tests (SQLite)', 'test/server');
nodeTests('server tests (PostgreSQL)', 'test/server', 'scripts/with-postgres.sh');
// The mocks kit as a vendor's Node tests use it: msw/node, their own seed, faults and the clock.
nodeTests('mocks kit in Node (msw/node)', 'test/node');

// Load and faults, short: quotes, orders racing on shared Idempotency-Keys over two processes on
// one PostgreSQL, and a server SIGKILLed mid-creation and restarted, on a SQLite file and on a
// throwaway PostgreSQL. Its checks are counts (orders per key, no partial rows), never timings;
// their tally is added to the totals.
console.log('\n== load and faults (scripts/load.ts --quick, SQLite and PostgreSQL)');
const loadCountsFile = 'test-results/load-counts.json';
rmSync(loadCountsFile, { force: true });
tally(
  'load and faults (quick)',
  run('bash', ['scripts/with-postgres.sh', 'node', '--import', 'tsx', 'scripts/load.ts', '--quick', '--counts', loadCountsFile]),
  loadCountsFile,
);

// The package as a vendor installs it: packed, linted (publint, arethetypeswrong), installed into a
// new project and used there from Node, TypeScript and React 19 TSX, Vitest (jsdom and
// happy-dom) and a plain page in Chromium (test/package/pack.mjs).
console.log('\n== the package as vendors install it (test/package/pack.mjs)');
const packCountsFile = 'test-results/pack-counts.json';
rmSync(packCountsFile, { force: true });
tally('pack test', run('node', ['test/package/pack.mjs', '--counts', packCountsFile]), packCountsFile);

console.log('\n== browser tests (headless Chromium)');
const countsFile = 'test-results/browser-counts.json';
rmSync(countsFile, { force: true });
tally('browser tests', run('node_modules/.bin/web-test-runner', ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]), countsFile);

console.log('\n== end-to-end tests (built demo and examples, playwright-core in Chromium)');
const e2eCountsFile = 'test-results/e2e-counts.json';
rmSync(e2eCountsFile, { force: true });
tally('end-to-end tests', run('node', ['test/e2e/run.mjs']), e2eCountsFile);

nodeTests('conformance (mock backend over HTTP)', 'test/conformance');

console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
