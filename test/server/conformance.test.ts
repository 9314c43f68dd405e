/**
 * The conformance kit against the reference server, on SQLite here and on PostgreSQL when the
 * suite runs under scripts/with-postgres.sh (see helpers.ts): the server keeps every rule the
 * kit checks, and with a second account and the test clock nothing is skipped, so auth, tenancy
 * and quote expiry run for real. Each check is a test of its own, so the counts show them.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { runConformance, type CheckResult } from '../../conformance/index.js';
import { databaseName, startTestServer, type TestServer } from './helpers.js';

describe(`conformance kit against the reference server (${databaseName})`, async () => {
  const server: TestServer = await startTestServer({ testClock: true });
  after(() => server.close());
  const results: CheckResult[] = await runConformance({ baseUrl: server.baseUrl, token: server.tokens.demo, otherToken: server.tokens.northwind });

  it('runs every check: none skipped with two accounts and the test clock', () => {
    const skipped = results.filter((one) => one.status === 'skip').map((one) => `${one.name}: ${one.detail}`);
    assert.deepEqual(skipped, []);
    assert.ok(results.some((one) => one.name.startsWith('tenancy:')) && results.some((one) => one.name.startsWith('auth:')));
  });

  for (const result of results) {
    it(result.name, () => {
      assert.notEqual(result.status, 'fail', result.detail);
    });
  }
});
