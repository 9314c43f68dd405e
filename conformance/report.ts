/** The kit's results as a table for a terminal, and the summary line. */
import type { CheckResult } from './types.js';

const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

export function summarize(results: readonly CheckResult[]): { passed: number; failed: number; skipped: number } {
  return {
    passed: results.filter((result) => result.status === 'pass').length,
    failed: results.filter((result) => result.status === 'fail').length,
    skipped: results.filter((result) => result.status === 'skip').length,
  };
}

/**
 * One row per check: status, name, and for a failure or a skip the reason on the line below.
 * Ends with `conformance: N passed, N failed, N skipped`.
 */
export function formatReport(results: readonly CheckResult[]): string {
  const rows = results.map((result) => {
    const row = `${LABEL[result.status]}  ${result.name}`;
    return result.status === 'pass' || result.detail === '' ? row : `${row}\n      ${result.detail}`;
  });
  const { passed, failed, skipped } = summarize(results);
  return [...rows, '', `conformance: ${passed} passed, ${failed} failed, ${skipped} skipped`].join('\n');
}
