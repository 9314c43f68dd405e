// `npm test`: every stage in order, then one line with the counts of all of them.
// Stages: install Chromium if missing, type-check, lint and format, the custom-elements manifest check, the Lit
// template minifier's tests, the size budget, the reference server's suites on SQLite and
// PostgreSQL (Node), the short load-and-faults run (scripts/load.ts --quick), the browser suites (unit, element, backend, mocks) in one shared headless
// Chromium, then the end-to-end tests of the built demo and the embedding examples
// (test/e2e/run.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0 };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
}

function stage(name, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
}

if (!run('bash', ['scripts/ensure-chromium.sh'])) {
  console.error('Could not install Chromium; browser tests cannot run.');
  console.log(`\ntotal: ${totals.passed} passed, 1 failed`);
  process.exit(1);
}

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

console.log('\n== size budget (gzip, scripts/size-budget.mjs)');
stage('size budget: define, ratio to the floor, each element, locales loaded only when used', run('node', ['scripts/size-budget.mjs']));

// The reference server's suites in Node (node:test through tsx), on SQLite in memory and on a
// throwaway PostgreSQL cluster (scripts/with-postgres.sh fails, never skips, without PostgreSQL).
// The TAP copy of each run gives the counts added to the totals.
function serverTests(name, prefix) {
  console.log(`\n== server tests (${name})`);
  const tap = `test-results/server-${name.toLowerCase()}.tap`;
  rmSync(tap, { force: true });
  mkdirSync('test-results', { recursive: true });
  const files = readdirSync('test/server')
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `test/server/${file}`);
  const args = [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ];
  const ok = prefix ? run(prefix, ['node', ...args]) : run('node', args);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  totals.passed += passed;
  totals.failed += failed;
  if (!ok && failed === 0) totals.failed += 1;
  console.log(`${ok ? 'ok' : 'FAILED'}: server (${name}): ${passed} passed, ${failed} failed`);
}
serverTests('SQLite');
serverTests('PostgreSQL', 'scripts/with-postgres.sh');

// Load and faults, short: quotes, orders racing on shared Idempotency-Keys over two processes on
// one PostgreSQL, and a server SIGKILLed mid-creation and restarted, on a SQLite file and on a
// throwaway PostgreSQL. Its checks are counts (orders per key, no partial rows), never timings;
// their tally is added to the totals.
console.log('\n== load and faults (scripts/load.ts --quick, SQLite and PostgreSQL)');
const loadCountsFile = 'test-results/load-counts.json';
rmSync(loadCountsFile, { force: true });
const loadOk = run('bash', ['scripts/with-postgres.sh', 'node', '--import', 'tsx', 'scripts/load.ts', '--quick', '--counts', loadCountsFile]);
if (existsSync(loadCountsFile)) {
  const counts = JSON.parse(readFileSync(loadCountsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (!loadOk && counts.failed === 0) totals.failed += 1;
  console.log(`${loadOk ? 'ok' : 'FAILED'}: load and faults (quick): ${counts.passed} passed, ${counts.failed} failed`);
} else {
  totals.failed += 1;
  console.log('FAILED: load and faults (quick): no counts written');
}

console.log('\n== browser tests (headless Chromium)');
const countsFile = 'test-results/browser-counts.json';
rmSync(countsFile, { force: true });
const browserOk = run('node_modules/.bin/web-test-runner', ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (!browserOk && counts.failed === 0) totals.failed += 1;
} else {
  totals.failed += 1;
}

console.log('\n== end-to-end tests (built demo and examples, playwright-core in Chromium)');
const e2eCountsFile = 'test-results/e2e-counts.json';
rmSync(e2eCountsFile, { force: true });
const e2eOk = run('node', ['test/e2e/run.mjs']);
if (existsSync(e2eCountsFile)) {
  const counts = JSON.parse(readFileSync(e2eCountsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (!e2eOk && counts.failed === 0) totals.failed += 1;
} else {
  totals.failed += 1;
}

console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
