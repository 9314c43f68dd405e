// Runs every test in one headless Debian Chromium (README, "Toolchain notes", says why these flags).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countsReporter } from './scripts/counts-reporter.mjs';
import { cspTestPage, reliabilityCommands } from './test/reliability/server.mjs';

const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export default {
  // test/server, test/conformance and test/node run in Node (node:test through tsx), stages of their own in scripts/test.mjs;
  // test/package is a vendor's project (Vitest), run by test/package/pack.mjs.
  files: ['test/**/*.test.ts', 'src/**/*.test.ts', 'mocks/**/*.test.ts', '!test/server/**', '!test/conformance/**', '!test/node/**', '!test/package/**'],
  nodeResolve: true,
  // One page at a time: every test page registers MSW's service worker on the same origin, and
  // two pages sharing it at once made requests time out.
  concurrency: 1,
  rootDir: '.',
  testFramework: { config: { timeout: 10000 } },
  // A whole file's ceiling, not a timing: the fault matrix runs every route under every fault and
  // took longer than the default 120 s on a machine at load average 16.
  testsFinishTimeout: 300_000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), reliabilityCommands()],
  middleware: [
    // MSW's worker must be served from the origin root to control the test pages.
    function serveWorkerAtRoot(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
    // One page served with a strict Content-Security-Policy (test/reliability/csp.test.ts).
    cspTestPage,
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countsReporter()],
};
