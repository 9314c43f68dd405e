/**
 * The conformance kit against the mock backend served over HTTP: every check passes (or is
 * skipped for a reason the mock explains: no accounts, no second token), and each deliberately
 * broken variant, the honest mock with one rule broken between it and the wire, fails the check
 * for that rule with a clear line. Node tests (`npm run test:conformance`), not browser ones.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { endpoints, type Endpoint } from '../../src/api/endpoints.js';
import { NO_CLOCK, runConformance, type CheckResult } from '../../conformance/index.js';
import { serveMockBackend, type Intercept, type MockHttpServer } from '../../mocks/node-server.js';

const NOW = '2026-11-23T10:00:00Z';

async function withServer<T>(options: { intercept?: Intercept; testClock?: boolean }, body: (served: MockHttpServer) => Promise<T>): Promise<T> {
  const served = await serveMockBackend({ now: NOW, testClock: options.testClock ?? true, ...(options.intercept ? { intercept: options.intercept } : {}) });
  try {
    return await body(served);
  } finally {
    await served.close();
  }
}

function find(results: CheckResult[], name: string): CheckResult {
  const result = results.find((one) => one.name === name);
  assert.ok(result, `no check named "${name}"; checks: ${results.map((one) => one.name).join(' | ')}`);
  return result;
}

function failures(results: CheckResult[]): string {
  return results
    .filter((one) => one.status === 'fail')
    .map((one) => `${one.name}: ${one.detail}`)
    .join('\n');
}

/** Changes the JSON of the answers `matches` picks, after the honest mock made them. */
function editAnswers(matches: (request: Request, response: Response) => boolean, edit: (json: Record<string, any>) => void): Intercept {
  return async (request, next) => {
    const response = await next(request);
    if (!matches(request, response)) return response;
    const json = (await response.json()) as Record<string, any>;
    edit(json);
    return Response.json(json, { status: response.status });
  };
}

const isQuote = (request: Request, response: Response) =>
  request.method === 'POST' && new URL(request.url).pathname.endsWith('/quotes') && response.status === 200;

describe('conformance kit against the mock backend over HTTP', () => {
  let results: CheckResult[];
  before(async () => {
    results = await withServer({}, (served) => runConformance({ baseUrl: served.baseUrl }));
  });

  it('passes every check it can run on the honest mock', () => {
    assert.equal(failures(results), '');
    assert.ok(results.filter((one) => one.status === 'pass').length >= 50, 'most checks ran');
  });

  it('skips only what the mock cannot do, each with its reason', () => {
    for (const skipped of results.filter((one) => one.status === 'skip')) {
      assert.match(skipped.name, /^(auth|tenancy):/, `${skipped.name} was skipped: ${skipped.detail}`);
      assert.notEqual(skipped.detail, '');
    }
    assert.match(find(results, 'auth: no token -> 401 unauthorized').detail, /does not require auth/);
    assert.match(find(results, "tenancy: another account's id -> 404 not_found (getOrder)").detail, /no --other-token/);
  });

  it('exercises every route of the table and the test clock', () => {
    for (const name of Object.keys(endpoints)) assert.equal(results.find((one) => one.name.startsWith(`answer parses: ${name} (`))?.status, 'pass', name);
    assert.equal(find(results, 'quote expiry: ordering an expired quote -> 409 quote_expired').status, 'pass');
    assert.equal(find(results, 'proration: zero days left costs nothing (expand at the term end, via the test clock)').status, 'pass');
  });

  it('skips the expiry and clock checks with the reason when the backend has no test clock', async () => {
    const withoutClock = await withServer({ testClock: false }, (served) => runConformance({ baseUrl: served.baseUrl }));
    assert.equal(failures(withoutClock), '');
    const expiry = find(withoutClock, 'quote expiry: ordering an expired quote -> 409 quote_expired');
    assert.deepEqual([expiry.status, expiry.detail], ['skip', NO_CLOCK]);
  });
});

describe('conformance kit against deliberately broken backends', () => {
  async function brokenRun(intercept: Intercept): Promise<CheckResult[]> {
    return withServer({ intercept }, (served) => runConformance({ baseUrl: served.baseUrl }));
  }

  function assertFails(results: CheckResult[], name: string, detail: RegExp) {
    const result = find(results, name);
    assert.equal(result.status, 'fail', `${name} should fail, got ${result.status}: ${result.detail}`);
    assert.match(result.detail, detail);
    assert.doesNotMatch(result.detail, /\n/, 'one line');
  }

  it('fails the sum rule when a quote line does not add up', async () => {
    const results = await brokenRun(editAnswers(isQuote, (quote) => (quote.lines[0].amount.amount += 1)));
    assertFails(results, 'sum rule: lines add up to subtotal and total (expand quote)', /the lines add up to \d+, the subtotal says \d+/);
    assertFails(results, 'answer parses: createQuote (POST /quotes)', /does not parse as createQuote's response: .*do not add up/);
  });

  it('fails the months rule when cycle-priced quote lines do not say their months', async () => {
    const results = await brokenRun(editAnswers(isQuote, (quote) => quote.lines.forEach((line: { months?: number }) => delete line.months)));
    assertFails(results, 'line parameters: cycle-priced lines say their months (expand quote)', /lines\.0 \(service\) .* has no `months`/);
  });

  it("fails the order figures check when an order's rows are not its quote's", async () => {
    const isOrder = (request: Request, response: Response) =>
      request.method === 'POST' && new URL(request.url).pathname.endsWith('/orders') && response.status === 200;
    const results = await brokenRun(
      editAnswers(isOrder, (order) => {
        // Still adding up, so only the rows differ from the quote's.
        order.tax.amount.amount += 1;
        order.total.amount += 1;
      }),
    );
    assertFails(results, "order figures: an order carries its quote's subtotal, discount and tax", /tax is .*, its quote q-\S+ says/);
  });

  it('fails the currency rule when the total is in another currency', async () => {
    const results = await brokenRun(editAnswers(isQuote, (quote) => (quote.total.currency = quote.currency === 'EUR' ? 'USD' : 'EUR')));
    assertFails(results, 'currency rule: one currency throughout (expand quote)', /total is in (EUR|USD), the quote in (USD|EUR)/);
  });

  it('fails non-negative totals when a total is below zero', async () => {
    const results = await brokenRun(
      editAnswers(isQuote, (quote) => {
        // Consistent sums, so only the sign is wrong.
        quote.tax.amount.amount = -quote.subtotal.amount - 100 + (quote.discount?.amount.amount ?? 0);
        quote.total.amount = -100;
      }),
    );
    assertFails(results, 'non-negative totals (expand quote)', /total -100 \w+ is negative/);
    assert.equal(find(results, 'sum rule: lines add up to subtotal and total (expand quote)').status, 'pass');
  });

  it('fails idempotency when a repeat with the same key creates a second order', async () => {
    const results = await brokenRun(async (request, next) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/orders')) return next(request);
      const headers = new Headers(request.headers);
      headers.set('Idempotency-Key', crypto.randomUUID());
      return next(new Request(request, { headers }));
    });
    assertFails(results, 'idempotency: same Idempotency-Key and body -> the same order', /expected order \S+ again, got a new order \S+/);
    assertFails(results, 'idempotency: same Idempotency-Key, another body -> 422 idempotency_conflict', /expected 422 idempotency_conflict, got 200/);
  });

  it('fails unknown ids when one answers 200 with data', async () => {
    const results = await brokenRun(async (request, next) => {
      const response = await next(request);
      if (request.method !== 'GET' || !/\/subscriptions\/[^/]+$/.test(new URL(request.url).pathname) || response.status !== 404) return response;
      const listed = await next(new Request(new URL('/api/subscriptions', request.url)));
      const { subscriptions } = (await listed.json()) as { subscriptions: unknown[] };
      return Response.json(subscriptions[0]);
    });
    assertFails(
      results,
      'unknown id -> 404 not_found (getSubscription)',
      /GET \/api\/subscriptions\/conformance-unknown-id-subscriptionId: expected 404 not_found, got 200 \{/,
    );
    assert.equal(find(results, 'unknown id -> 404 not_found (getOrder)').status, 'pass');
  });

  it('fails quote expiry when an expired quote can still be ordered', async () => {
    // The clock route answers as if it moved, but the backend's time stands still.
    const results = await brokenRun(async (request, next) => {
      if (!new URL(request.url).pathname.endsWith('/test/clock')) return next(request);
      return Response.json({ now: new Date(Date.parse(NOW) + ((await request.json()) as { advanceMs: number }).advanceMs).toISOString() });
    });
    assertFails(results, 'quote expiry: ordering an expired quote -> 409 quote_expired', /expected 409 quote_expired, got 200/);
  });

  const isHistory = (request: Request) => request.method === 'GET' && new URL(request.url).pathname.endsWith('/orders');

  it('fails order history when the cursor is ignored, the order is oldest first, or the status filter is ignored', async () => {
    const paging = 'order history: paging lists every order exactly once, newest first';
    const ignoresCursor = await brokenRun(async (request, next) => {
      if (!isHistory(request)) return next(request);
      const url = new URL(request.url);
      url.searchParams.delete('cursor');
      return next(new Request(url, request));
    });
    assertFails(ignoresCursor, paging, /GET \/api\/orders\?limit=\d+&cursor=\S+: order \S+ was listed again on a later page/);

    // The mock's orders share one instant (its clock stands still), so pages of 2 and of 100 disagree.
    const reversed = await brokenRun(editAnswers(isHistory, (page) => page.orders.reverse()));
    assertFails(reversed, paging, /GET \/orders\?limit=2, page after page, differs from \?limit=100 at position 0: expected \S+, got \S+/);

    const ignoresStatus = await brokenRun(async (request, next) => {
      if (!isHistory(request)) return next(request);
      const url = new URL(request.url);
      url.searchParams.delete('status');
      return next(new Request(url, request));
    });
    assertFails(ignoresStatus, 'order history: a status filter lists only orders of that status', /GET \/orders\?status=\w+: lists order \S+, which is \w+/);
    assertFails(
      ignoresStatus,
      'order history: an invalid limit, status or cursor -> 400 invalid_request',
      /status=conformance-no-such-status: expected 400 invalid_request, got 200/,
    );
    assert.equal(find(ignoresStatus, paging).status, 'pass');
  });

  it('fails the renewal center rules when counts drift, a window or the exceptions are ignored, or items stop early', async () => {
    const path = (request: Request) => new URL(request.url).pathname;
    const driftingCounts = await brokenRun(
      editAnswers(
        (request, response) => path(request).endsWith('/renewals/counts') && response.status === 200,
        (counts) => (counts.manual += 1),
      ),
    );
    assertFails(
      driftingCounts,
      "renewals: each tab's count equals its listing's total, with and without search criteria",
      /GET \/api\/renewals\?.*mode=manual.*: total \d+, but the counts say manual \d+/,
    );

    const ignoresWindow = await brokenRun(async (request, next) => {
      if (request.method !== 'GET' || !path(request).endsWith('/renewals')) return next(request);
      const url = new URL(request.url);
      url.searchParams.delete('expires');
      return next(new Request(url, request));
    });
    assertFails(
      ignoresWindow,
      'renewals: each filter lists all and only the rows it matches (search, product, plan, expiry windows)',
      /expires=expired: lists \S+ .*which does not match/,
    );

    const ignoresExcept = await brokenRun(async (request, next) => {
      if (request.method !== 'POST' || !path(request).endsWith('/renewals/mode')) return next(request);
      const body = (await request.clone().json()) as { selection: { except?: string[] } };
      delete body.selection.except;
      return next(new Request(request, { body: JSON.stringify(body) }));
    });
    assertFails(
      ignoresExcept,
      'renewals: a mode change by filter moves what the filter matches less the exceptions (and it is undone)',
      /updated \d+, expected 2/,
    );
    assert.equal(
      find(ignoresExcept, 'renewals: a mode change by ids moves the rows to the tab, autoRenew follows, the counts follow (and it is undone)').status,
      'pass',
    );

    const itemsStopEarly = await brokenRun(
      editAnswers(
        (request, response) => /\/quotes\/[^/]+\/items$/.test(path(request)) && response.status === 200,
        (page) => (page.nextCursor = null),
      ),
    );
    assertFails(
      itemsStopEarly,
      'renewals: a renew quote by selection equals the quote by the same ids; lines sum to the subtotal; items page through every resource',
      /\d+ items for \d+ resources; missing \S+/,
    );
  });

  it('fails the invoice-link route when it answers the same link every time', async () => {
    const stale = 'https://billing.example/invoices/always-the-same';
    const results = await brokenRun(
      editAnswers(
        (request, response) => request.method === 'POST' && new URL(request.url).pathname.endsWith('/invoice-link') && response.status === 200,
        (link) => (link.url = stale),
      ),
    );
    assertFails(results, 'answer parses: createInvoiceLink (POST /orders/{orderId}/invoice-link)', /answered the same link .*each must be a fresh one/);
  });

  it('fails the coverage check when the table has a route without a check', async () => {
    const table = endpoints as unknown as Record<string, Endpoint>;
    // A route added without its conformance check.
    table['listWidgets'] = { method: 'GET', path: '/widgets', response: endpoints.listContacts.response };
    try {
      const results = await withServer({}, (served) => runConformance({ baseUrl: served.baseUrl }));
      assertFails(results, 'every route of the table has a check', /routes without a conformance check: listWidgets/);
    } finally {
      delete table['listWidgets'];
    }
  });
});

describe('upcart-conformance CLI', () => {
  let served: MockHttpServer;
  before(async () => {
    served = await serveMockBackend({ now: NOW, testClock: true });
  });
  after(() => served.close());

  const run = (args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'conformance/cli.ts', ...args], { timeout: 60_000 });

  it('prints the table and the summary line, and exits 0 when nothing fails', async () => {
    const { stdout } = await run(['--base-url', served.baseUrl]);
    assert.match(stdout, /^PASS {2}answer parses: createQuote \(POST \/quotes\)$/m);
    assert.match(stdout, /^SKIP {2}auth: no token -> 401 unauthorized\n {6}the backend answers without a token/m);
    assert.match(stdout, /\nconformance: \d+ passed, 0 failed, \d+ skipped\n$/);
  });

  it('answers JSON with --json', async () => {
    const { stdout } = await run(['--base-url', served.baseUrl, '--json']);
    const report = JSON.parse(stdout) as { results: CheckResult[]; summary: { failed: number } };
    assert.equal(report.summary.failed, 0);
    assert.ok(report.results.length > 50);
  });

  it('exits 1 with a FAIL line when a check fails', async () => {
    // A backend that is not there fails its checks, each saying so.
    const error = await run(['--base-url', 'http://127.0.0.1:9/api']).then(
      () => undefined,
      (failure: { code: number; stdout: string }) => failure,
    );
    assert.equal(error?.code, 1);
    assert.match(error?.stdout ?? '', /^FAIL {2}discovery: .*\n {6}.*got no answer/m);
  });

  it('exits 2 with the usage line without a base URL', async () => {
    const error = await run([]).then(
      () => undefined,
      (failure: { code: number; stderr: string }) => failure,
    );
    assert.equal(error?.code, 2);
    assert.match(error?.stderr ?? '', /usage: upcart-conformance --base-url URL/);
  });
});
