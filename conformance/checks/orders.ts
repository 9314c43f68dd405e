/**
 * Orders happen once and only at a live price: one order per Idempotency-Key (the same body
 * answers the same order, another body is `idempotency_conflict`, no key is
 * `idempotency_key_required`), and a quote superseded by a newer one for the same subscription
 * is refused with `quote_superseded`. An order carries its quote's rows (subtotal, discount, tax)
 * for a receipt that shows every one.
 */
import type { Order } from '../../src/api/schemas.js';
import { describe, expectAnswer, expectError } from '../client.js';
import type { Run } from '../run.js';
import { CheckFailure } from '../types.js';
import { newKey, type QuoteMade } from '../world.js';

function firstSubscription(made: QuoteMade): string {
  return (made.request.flow === 'renew' ? made.request.subscriptionIds?.[0] : made.request.subscriptionId) ?? '';
}

async function orderBodyFor(run: Run, made: QuoteMade) {
  return run.orderBody(made.raw.id, await run.productOf(firstSubscription(made)));
}

export async function checkOrders(run: Run): Promise<void> {
  await run.check('idempotency: same Idempotency-Key and body -> the same order', async () => {
    const made = await run.anyFreshQuote();
    const body = await orderBodyFor(run, made);
    const key = newKey();
    const first = expectAnswer<Order>(await run.client.route('createOrder', {}, { body, headers: { 'Idempotency-Key': key } }), 'createOrder');
    run.orders.push(first);
    const again = expectAnswer<Order>(await run.client.route('createOrder', {}, { body, headers: { 'Idempotency-Key': key } }), 'createOrder');
    if (again.id !== first.id)
      throw new CheckFailure(`POST /orders twice with one Idempotency-Key and body: expected order ${first.id} again, got a new order ${again.id}`);
    if (first.total.amount !== made.raw.total.amount || first.total.currency !== made.raw.total.currency) {
      throw new CheckFailure(
        `order ${first.id} totals ${first.total.amount} ${first.total.currency}, its quote ${made.raw.total.amount} ${made.raw.total.currency}`,
      );
    }
    return `order ${first.id} twice, at its quote's total`;
  });

  await run.check("order figures: an order carries its quote's subtotal, discount and tax", async () => {
    const made = await run.anyFreshQuote();
    const answer = await run.client.route('createOrder', {}, { body: await orderBodyFor(run, made), headers: { 'Idempotency-Key': newKey() } });
    const created = expectAnswer<Order>(answer, 'createOrder');
    run.orders.push(created);
    const quote = made.raw;
    const rows: [string, unknown, unknown][] = [
      ['subtotal', created.subtotal, quote.subtotal],
      ['discount', created.discount?.amount ?? null, quote.discount?.amount ?? null],
      ['tax', created.tax?.amount, quote.tax.amount],
      ['total', created.total, quote.total],
    ];
    const differs = rows.find(([, order, quoted]) => JSON.stringify(order) !== JSON.stringify(quoted));
    if (differs) {
      const [row, order, quoted] = differs;
      throw new CheckFailure(`order ${created.id}: ${row} is ${JSON.stringify(order) ?? 'missing'}, its quote ${quote.id} says ${JSON.stringify(quoted)}`);
    }
    if (created.lines.length !== quote.lines.length)
      throw new CheckFailure(`order ${created.id} has ${created.lines.length} line(s), its quote ${quote.lines.length}`);
    return `order ${created.id}: subtotal ${created.subtotal.amount}, tax ${created.tax.amount.amount}, total ${created.total.amount}, as quoted`;
  });

  await run.check('idempotency: same Idempotency-Key, another body -> 422 idempotency_conflict', async () => {
    const made = await run.anyFreshQuote();
    const body = await orderBodyFor(run, made);
    const key = newKey();
    const first = expectAnswer<Order>(await run.client.route('createOrder', {}, { body, headers: { 'Idempotency-Key': key } }), 'createOrder');
    run.orders.push(first);
    const other = await run.client.route('createOrder', {}, { body: { ...body, autoRenew: !body.autoRenew }, headers: { 'Idempotency-Key': key } });
    return expectError(other, 422, 'idempotency_conflict');
  });

  await run.check('idempotency: createOrder without Idempotency-Key -> 400 idempotency_key_required', async () => {
    const made = await run.anyFreshQuote();
    return expectError(await run.client.route('createOrder', {}, { body: await orderBodyFor(run, made) }), 400, 'idempotency_key_required');
  });

  await run.check('quote supersede: ordering an older quote after a newer one for the same subscription -> 409 quote_superseded', async () => {
    const older = await run.anyFreshQuote();
    const newer = await run.client.route('createQuote', {}, { body: older.request });
    if (newer.status !== 200) throw new CheckFailure(`${newer.request}: the same request quoted again: expected 200, got ${describe(newer)}`);
    const refused = await run.client.route('createOrder', {}, { body: await orderBodyFor(run, older), headers: { 'Idempotency-Key': newKey() } });
    return expectError(refused, 409, 'quote_superseded');
  });
}
