/**
 * The arithmetic of a quote, judged on the JSON as it came (not through the schema, so the line
 * names the rule that broke): lines add up to the subtotal and subtotal − discount + tax to the
 * total; one currency throughout, the catalog's; no negative total or tax; every line priced for
 * months says how many. For every flow the
 * account's data allows. And the cycle rule: a longer billing cycle never costs more per month.
 */
import type { Catalog } from '../../src/api/schemas.js';

import type { Run } from '../run.js';
import { CheckFailure, CheckSkipped, fail, pass, skip, type Outcome } from '../types.js';
import { FLOW_LABELS, quoteFlow, upgradeRequests, type FlowLabel, type QuoteMade, type RawQuote } from '../world.js';

export function sumRule(quote: RawQuote): Outcome {
  const lines = quote.lines.reduce((sum, line) => sum + line.amount.amount, 0);
  if (lines !== quote.subtotal.amount) return fail(`quote ${quote.id}: the lines add up to ${lines}, the subtotal says ${quote.subtotal.amount}`);
  const discount = quote.discount?.amount.amount ?? 0;
  const total = quote.subtotal.amount - discount + quote.tax.amount.amount;
  if (total !== quote.total.amount) {
    return fail(
      `quote ${quote.id}: subtotal ${quote.subtotal.amount} − discount ${discount} + tax ${quote.tax.amount.amount} = ${total}, the total says ${quote.total.amount}`,
    );
  }
  return pass(`${quote.lines.length} line(s) = ${lines}, total ${quote.total.amount} ${quote.currency}`);
}

export function currencyRule(quote: RawQuote, catalog: Catalog | undefined): Outcome {
  const amounts: [string, { currency: string } | undefined][] = [
    ...quote.lines.flatMap((line, index): [string, { currency: string } | undefined][] => [
      [`lines.${index}.amount`, line.amount],
      [`lines.${index}.unitPrice`, line.unitPrice],
    ]),
    ['subtotal', quote.subtotal],
    ['discount.amount', quote.discount?.amount],
    ['tax.amount', quote.tax.amount],
    ['total', quote.total],
  ];
  const odd = amounts.find(([, money]) => money !== undefined && money.currency !== quote.currency);
  if (odd) return fail(`quote ${quote.id}: ${odd[0]} is in ${odd[1]?.currency}, the quote in ${quote.currency}`);
  if (catalog && catalog.currency !== quote.currency)
    return fail(`quote ${quote.id} is in ${quote.currency}, its catalog ${catalog.productId} in ${catalog.currency}`);
  return pass(`all in ${quote.currency}`);
}

export function nonNegativeRule(quote: RawQuote): Outcome {
  if (quote.total.amount < 0) return fail(`quote ${quote.id}: total ${quote.total.amount} ${quote.total.currency} is negative`);
  if (quote.tax.amount.amount < 0) return fail(`quote ${quote.id}: tax ${quote.tax.amount.amount} is negative`);
  const line = quote.lines.find((one) => one.kind !== 'credit' && one.amount.amount < 0);
  if (line) return fail(`quote ${quote.id}: a ${line.kind ?? 'line'} line of ${line.amount.amount} is negative (only a credit may be)`);
  return pass(`total ${quote.total.amount}`);
}

/**
 * A line priced for months (a cycle's, a renewal's, a co-term's 12 a year) says how many, so a
 * client writes it and shows how its amount comes about in the buyer's language (a credit is for
 * a paid term as a whole).
 */
export function monthsRule(quote: RawQuote): Outcome {
  const index = quote.lines.findIndex((line) => line.kind !== 'credit' && !(Number.isInteger(line.months) && (line.months as number) >= 1));
  const line = quote.lines[index];
  if (line) return fail(`quote ${quote.id}: lines.${index} (${line.kind ?? 'line'}) is priced for a number of months but has no \`months\``);
  return pass(`${quote.lines.length} line(s) say their months`);
}

async function catalogOf(run: Run, made: QuoteMade): Promise<Catalog | undefined> {
  const world = await run.world();
  const id = made.request.flow === 'renew' ? made.request.subscriptionIds?.[0] : made.request.subscriptionId;
  const productId = world.subscriptions.find((subscription) => subscription.id === id)?.productId;
  return productId === undefined ? undefined : world.catalogs.get(productId);
}

/** The quote the createQuote route check made for a flow. */
function quoteOf(run: Run, flow: FlowLabel): QuoteMade {
  const attempt = run.quotes.get(flow);
  if (!attempt) throw new CheckFailure(`no ${flow} quote was asked for (the createQuote route check did not run)`);
  if ('skipped' in attempt) throw new CheckSkipped(attempt.skipped);
  if ('failed' in attempt) throw new CheckFailure(attempt.failed);
  return attempt.made;
}

export async function checkQuoteRules(run: Run): Promise<void> {
  for (const flow of FLOW_LABELS) {
    await run.check(`sum rule: lines add up to subtotal and total (${flow} quote)`, async () => sumRule(quoteOf(run, flow).raw));
    await run.check(`currency rule: one currency throughout (${flow} quote)`, async () => {
      const made = quoteOf(run, flow);
      return currencyRule(made.raw, await catalogOf(run, made));
    });
    await run.check(`non-negative totals (${flow} quote)`, async () => nonNegativeRule(quoteOf(run, flow).raw));
    await run.check(`line parameters: cycle-priced lines say their months (${flow} quote)`, async () => monthsRule(quoteOf(run, flow).raw));
  }

  await run.check('proration: a longer billing cycle never costs more per month (upgrade quotes)', async () => {
    const world = await run.freshWorld();
    const [first] = upgradeRequests(world);
    if (!first) return skip('no subscription of the account can be upgraded');
    const catalog = run.catalog(world, await run.productOf(first.subscriptionId));
    if (catalog.cycles.length < 2) return skip(`catalog ${catalog.productId} has one billing cycle`);
    const perMonth: { months: number; cycleId: string; value: number; lines: number }[] = [];
    const refused: string[] = [];
    for (const cycle of catalog.cycles) {
      const attempt = await quoteFlow(run.client, [{ ...first, cycleId: cycle.id }], `upgrade (${cycle.id})`);
      if ('failed' in attempt) throw new CheckFailure(attempt.failed);
      if ('skipped' in attempt) {
        refused.push(`${cycle.id}: ${attempt.skipped.replace(/^.*last: /, '')}`);
        continue;
      }
      // The new term's price; a credit for the current term is the same whatever the cycle.
      const charged = attempt.made.raw.lines.filter((line) => line.kind !== 'credit');
      const price = charged.reduce((sum, line) => sum + line.amount.amount, 0);
      perMonth.push({ months: cycle.months, cycleId: cycle.id, value: price / cycle.months, lines: charged.length });
    }
    if (perMonth.length < 2) return skip(`fewer than two cycles could be quoted; refused: ${refused.join('; ') || 'none'}`);
    perMonth.sort((a, b) => a.months - b.months);
    for (let index = 1; index < perMonth.length; index += 1) {
      const shorter = perMonth[index - 1];
      const longer = perMonth[index];
      if (!shorter || !longer) continue;
      // Each line is rounded once: allow half a minor unit per line, spread over the longer cycle.
      if (longer.value > shorter.value + (0.5 * longer.lines) / longer.months + 1e-9) {
        return fail(
          `${longer.cycleId} (${longer.months} months) costs ${longer.value.toFixed(2)} per month, more than ${shorter.cycleId} (${shorter.months} months) at ${shorter.value.toFixed(2)}`,
        );
      }
    }
    return pass(perMonth.map((entry) => `${entry.cycleId} ${entry.value.toFixed(2)}/month`).join(', '));
  });
}
