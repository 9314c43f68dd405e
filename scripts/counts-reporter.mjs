// Ends the run with one plain `N passed, N failed` line, counted over every test of every
// browser session; a test file that failed to load counts as one failure. The counts are
// also written to a file so that scripts/test.mjs can add up every stage of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countsReporter({ outFile = 'test-results/browser-counts.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) counts.failed += 1;
      }
      this.counts = counts;
    },
    stop() {
      const { passed, failed, skipped } = this.counts ?? { passed: 0, failed: 1, skipped: 0 };
      mkdirSync('test-results', { recursive: true });
      writeFileSync(outFile, JSON.stringify({ passed, failed, skipped }));
      console.log(`\nbrowser: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}
