// A node:test reporter that writes `{ passed, failed, skipped }` (tests, not suites) as JSON, so
// that scripts/test.mjs adds the Node stages to the totals as it does the browser's counts.
export default async function* nodeTestCounts(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:fail') counts.failed += 1;
    else if (event.data.skip || event.data.todo) counts.skipped += 1;
    else counts.passed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
