// `node test/e2e/run.mjs [--screenshots] [filter]`: builds the demo, the self-contained bundles
// and the React and Vue examples into test-results/e2e/, serves them on free ports, and runs
// the end-to-end tests in Debian's Chromium through playwright-core. Prints
// `e2e: N passed, N failed` and writes the counts to test-results/e2e-counts.json.
//
// Screenshots go to test-results/e2e/screenshots/; with --screenshots they replace the ones in
// docs/screenshots/ (`npm run screenshots`), so a test run leaves the work tree as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { runTests } from './harness.mjs';
import { serve } from './server.mjs';
import './demo.e2e.mjs';
import './designer.e2e.mjs';
import './examples.e2e.mjs';
import './width.e2e.mjs';

// Absolute: Vite takes --outDir relative to the config's root (demo/, examples/).
const OUT = resolve('test-results/e2e');
const COUNTS_FILE = 'test-results/e2e-counts.json';
const args = process.argv.slice(2);
const screenshotDir = args.includes('--screenshots') ? 'docs/screenshots' : `${OUT}/screenshots`;
const filter = args.find((arg) => !arg.startsWith('--'));

function report(counts) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(COUNTS_FILE, JSON.stringify(counts));
  console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 ? 0 : 1);
}

const started = Date.now();
rmSync(OUT, { recursive: true, force: true });
const vite = 'node_modules/.bin/vite';
const builds = [
  ['the demo', [vite, 'build', '--mode', 'demo', '--outDir', `${OUT}/demo`, '--logLevel', 'warn']],
  ['dist/upcart.bundle.js', [vite, 'build', '--mode', 'bundle', '--outDir', `${OUT}/dist`, '--logLevel', 'warn']],
  ['dist/upcart-mocks.bundle.js', [vite, 'build', '--mode', 'bundle-mocks', '--outDir', `${OUT}/dist`, '--logLevel', 'warn']],
  ['the React and Vue examples', [vite, 'build', '--config', 'examples/vite.config.mjs', '--outDir', `${OUT}/dist-examples`, '--logLevel', 'warn']],
];
for (const [what, [command, ...rest]] of builds) {
  const result = spawnSync(command, rest, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`e2e: could not build ${what}`);
    report({ passed: 0, failed: 1 });
  }
}
console.log(`e2e: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// The demo at the root of its own origin (its worker and stand-ins come with the build); the
// examples beside the repository, as a vendor would serve them, with public/ at the root for
// MSW's worker and the payment stand-ins.
const demo = await serve([['/', `${OUT}/demo`]]);
const examples = await serve([
  ['/dist/', `${OUT}/dist`],
  ['/dist-examples/', `${OUT}/dist-examples`],
  ['/examples/', 'examples'],
  ['/', 'public'],
]);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let counts;
try {
  counts = await runTests({ browser, urls: { demo: demo.url, examples: examples.url }, screenshotDir, failureDir: `${OUT}/failures`, filter });
} finally {
  await browser.close();
  await demo.close();
  await examples.close();
}
console.log(`e2e: ran in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshotDir}/`);
report(counts);
