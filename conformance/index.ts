/**
 * `upcart-conformance` as a library: checks a running backend against the contract of
 * `src/api/` and answers one result per check.
 *
 * ```ts
 * import { runConformance, formatReport } from 'upcart/conformance';
 * const results = await runConformance({ baseUrl: 'http://127.0.0.1:8787/api', token });
 * console.log(formatReport(results));
 * ```
 *
 * The order matters: reads and route answers first, then bad input, orders, order history, the quote rules,
 * the renewal center (what it changes it sets back), tenancy, and last what moves the backend's test clock (moved back afterwards).
 */
import { checkAuth, checkTenancy } from './checks/access.js';
import { checkBadInput } from './checks/bad-input.js';
import { checkClock } from './checks/clock.js';
import { checkOrderHistory } from './checks/history.js';
import { checkOrders } from './checks/orders.js';
import { checkRenewals } from './checks/renewals.js';
import { checkRoutes } from './checks/routes.js';
import { checkQuoteRules } from './checks/rules.js';
import { Run } from './run.js';
import type { CheckResult, ConformanceOptions } from './types.js';

export async function runConformance(options: ConformanceOptions): Promise<CheckResult[]> {
  const run = new Run(options);
  await checkAuth(run);
  await run.check("discovery: the account's subscriptions, catalogs and a contact", async () => {
    const world = await run.world();
    return `${world.subscriptions.length} subscription(s), ${world.catalogs.size} catalog(s)`;
  });
  await checkRoutes(run);
  await checkBadInput(run);
  await checkOrders(run);
  await checkOrderHistory(run);
  await checkQuoteRules(run);
  await checkRenewals(run);
  await checkTenancy(run);
  await checkClock(run);
  return run.results;
}

export { formatReport, summarize } from './report.js';
export { NO_CLOCK } from './checks/clock.js';
export type { CheckResult, CheckStatus, ConformanceOptions } from './types.js';
