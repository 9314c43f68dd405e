/**
 * What only a moved clock shows: a quote expires (ordering it is `quote_expired`), and an
 * expansion costs less the fewer days are left, nothing with none. The backend exposes its clock
 * only in a test mode: `POST {baseUrl}/test/clock` with `{ "advanceMs": n }` (or `{ "now": ISO }`)
 * answering `{ "now": ISO }`. Without it these checks are skipped. The clock is moved back after.
 */
import type { Subscription } from '../../src/api/schemas.js';
import { describe, expectError, type Client } from '../client.js';
import type { Run } from '../run.js';
import { CheckFailure, fail, pass, skip, type Outcome } from '../types.js';
import { expandRequests, newKey, quoteFlow } from '../world.js';

export const NO_CLOCK = 'backend has no test clock (start it with its test flag)';
const DAY_MS = 86_400_000;

/** The backend's test clock: moves it and remembers how far, to move it back. */
class TestClock {
  private movedMs = 0;
  constructor(private readonly client: Client) {}

  /** Moves the clock; answers the backend's now after the move. */
  async advance(ms: number): Promise<number> {
    const answer = await this.client.call('POST', '/test/clock', { body: { advanceMs: ms } });
    const now = (answer.json as { now?: unknown } | undefined)?.now;
    if (answer.status !== 200 || typeof now !== 'string' || !Number.isFinite(Date.parse(now))) {
      throw new CheckFailure(`${answer.request} {"advanceMs":${ms}}: expected 200 {"now": ISO}, got ${describe(answer)}`);
    }
    this.movedMs += ms;
    return Date.parse(now);
  }

  /** Back to where the run found it (plus the time the run took). */
  async restore(): Promise<void> {
    if (this.movedMs !== 0) await this.advance(-this.movedMs);
  }
}

/** The clock, or `undefined` when the route answers 404 (no test mode). */
async function probeClock(run: Run): Promise<TestClock | undefined> {
  const answer = await run.client.call('POST', '/test/clock', { body: { advanceMs: 0 } });
  if (answer.status === 404) return undefined;
  const clock = new TestClock(run.client);
  await clock.advance(0);
  return clock;
}

/** Sum of a quote's lines for one subscription's expansion. */
function charged(lines: { amount: { amount: number } }[]): number {
  return lines.reduce((sum, line) => sum + line.amount.amount, 0);
}

export async function checkClock(run: Run): Promise<void> {
  let clock: TestClock | undefined;
  const probe = await run.check('test clock: POST /test/clock answers { now }', async () => {
    clock = await probeClock(run);
    return clock ? pass() : skip(NO_CLOCK);
  });
  const withClock = async (body: (clock: TestClock) => Promise<Outcome | string>) => {
    if (!clock) return skip(probe.status === 'fail' ? `the test clock failed: ${probe.detail}` : NO_CLOCK);
    try {
      return await body(clock);
    } finally {
      await clock.restore();
    }
  };

  await run.check('quote expiry: ordering an expired quote -> 409 quote_expired', () =>
    withClock(async (clock) => {
      const made = await run.anyFreshQuote();
      const now = await clock.advance(0);
      const expiresAt = Date.parse(made.raw.expiresAt);
      if (!Number.isFinite(expiresAt)) throw new CheckFailure(`quote ${made.raw.id} has no valid expiresAt: ${JSON.stringify(made.raw.expiresAt)}`);
      await clock.advance(Math.max(expiresAt - now, 0) + 1000);
      const subscriptionId = made.request.flow === 'renew' ? made.request.subscriptionIds?.[0] : made.request.subscriptionId;
      const body = await run.orderBody(made.raw.id, await run.productOf(subscriptionId ?? ''));
      return expectError(await run.client.route('createOrder', {}, { body, headers: { 'Idempotency-Key': newKey() } }), 409, 'quote_expired');
    }),
  );

  /** An expand request and its subscription, quoted now. */
  const expansion = async () => {
    const world = await run.freshWorld();
    const attempt = await quoteFlow(run.client, expandRequests(world), 'expand');
    if ('failed' in attempt) throw new CheckFailure(attempt.failed);
    if ('skipped' in attempt) return undefined;
    const request = attempt.made.request;
    const subscription = world.subscriptions.find((one) => request.flow === 'expand' && one.id === request.subscriptionId) as Subscription;
    return { made: attempt.made, subscription };
  };

  await run.check('proration: more days left never costs less (expand, via the test clock)', () =>
    withClock(async (clock) => {
      const first = await expansion();
      if (!first) return skip('no subscription of the account can be expanded');
      const now = await clock.advance(0);
      const daysLeft = Math.floor((Date.parse(`${first.subscription.termEnd}T00:00:00Z`) - now) / DAY_MS);
      if (daysLeft < 2) return skip(`subscription ${first.subscription.id} has ${daysLeft} day(s) left`);
      await clock.advance(Math.floor(daysLeft / 2) * DAY_MS);
      const later = await run.client.route('createQuote', {}, { body: first.made.request });
      if (later.status !== 200) throw new CheckFailure(`${later.request} ${Math.floor(daysLeft / 2)} days later: expected 200, got ${describe(later)}`);
      const before = charged(first.made.raw.lines);
      const after = charged((later.json as { lines: { amount: { amount: number } }[] }).lines);
      const fewer = daysLeft - Math.floor(daysLeft / 2);
      if (after > before) return fail(`expand ${first.subscription.id}: ${daysLeft} days left cost ${before}, ${fewer} days left cost ${after} (more)`);
      return `${daysLeft} days left: ${before}; ${fewer} days left: ${after}`;
    }),
  );

  await run.check('proration: zero days left costs nothing (expand at the term end, via the test clock)', () =>
    withClock(async (clock) => {
      const first = await expansion();
      if (!first) return skip('no subscription of the account can be expanded');
      const now = await clock.advance(0);
      // Midday of the term's last date: no day of the term is left.
      await clock.advance(Date.parse(`${first.subscription.termEnd}T12:00:00Z`) - now);
      const answer = await run.client.route('createQuote', {}, { body: first.made.request });
      if (answer.status === 200) {
        const cost = charged((answer.json as { lines: { amount: { amount: number } }[] }).lines);
        if (cost !== 0) return fail(`${answer.request} at the term end ${first.subscription.termEnd}: expected nothing to pay, got lines of ${cost}`);
        return 'quoted at 0';
      }
      // Refusing to sell what cannot be used is the other honest answer.
      return `refused: ${expectError(answer, [409, 422], ['term_ended', 'subscription_not_active'])}`;
    }),
  );
}
