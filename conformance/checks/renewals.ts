/**
 * The renewal center's rules (`GET /renewals`, its counts, its actions and a renew quote by
 * selection), checked on the account's own resources: each tab's count is its listing's total;
 * paging walks every row once in term-end order; each filter lists all and only what it matches;
 * a mode change (by ids, by filter less exceptions) moves rows between tabs with the counts in
 * step; a renewal day (the resource's, else the account's) is where a co-termed renewal ends; and
 * a renew quote by selection is the quote by the same ids, its lines and items adding up.
 *
 * Whatever a check changes (modes, renewal days, the account's standard day) it changes on a few
 * resources and sets back before it ends, pass or fail, so the backend is left as it was found.
 * Quotes change nothing but which quote is the newest.
 */
import { RENEWAL_PAGE } from '../../src/api/rules.js';
import type { Catalog, Quote, RenewalMode, Subscription } from '../../src/api/schemas.js';
import type { QuoteItem, QuoteItemPage, RenewalCounts, RenewalPage, RenewalResource, RenewalSettings, RenewalUpdate } from '../../src/api/renewal-schemas.js';
import { describe, expectAnswer, expectError, type Client } from '../client.js';
import type { Run } from '../run.js';
import { CheckFailure, CheckSkipped } from '../types.js';

const MODES: readonly RenewalMode[] = ['manual', 'auto', 'pay_per_use', 'canceled'];
/** A tab larger than this is walked only this far: the kit must not read 100,000 rows per check. */
const MAX_WALK = 3000;
const DAY_MS = 86_400_000;

type Query = Record<string, string>;

async function page(client: Client, query: Query): Promise<{ page: RenewalPage; request: string }> {
  const answer = await client.route('listRenewals', {}, { query });
  return { page: expectAnswer<RenewalPage>(answer, 'listRenewals'), request: answer.request };
}

async function counts(client: Client, query: Query = {}): Promise<RenewalCounts> {
  return expectAnswer<RenewalCounts>(await client.route('countRenewals', {}, { query }), 'countRenewals');
}

function position(row: RenewalResource): string {
  return `${row.termEnd} ${row.id}`;
}

/** Whether `b` may follow `a` in a tab sorted by term end then id (reversed when descending). */
function inOrder(a: RenewalResource, b: RenewalResource, descending: boolean): boolean {
  if (a.termEnd !== b.termEnd) return descending ? a.termEnd > b.termEnd : a.termEnd < b.termEnd;
  return descending ? a.id > b.id : a.id < b.id;
}

/**
 * Every row of a query, page by page: fails at a page larger than asked, a row listed twice, a
 * row out of order or in another tab. `complete` is false when it stopped at `max` rows.
 */
async function walk(client: Client, query: Query, limit: number, max = MAX_WALK): Promise<{ rows: RenewalResource[]; total: number; complete: boolean }> {
  const rows: RenewalResource[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  let total = -1;
  const descending = query['sort'] === 'expiry_desc';
  for (;;) {
    const { page: found, request } = await page(client, { ...query, limit: String(limit), ...(cursor === null ? {} : { cursor }) });
    if (found.resources.length > limit) throw new CheckFailure(`${request}: asked for ${limit} rows, got ${found.resources.length}`);
    if (total >= 0 && found.total !== total) throw new CheckFailure(`${request}: total ${found.total} on a later page, ${total} on the first`);
    total = found.total;
    for (const row of found.resources) {
      if (seen.has(row.id)) throw new CheckFailure(`${request}: ${row.id} was listed again on a later page`);
      if (query['mode'] !== undefined && row.renewalMode !== query['mode'])
        throw new CheckFailure(`${request}: ${row.id} renews ${row.renewalMode}, not ${query['mode']}`);
      const before = rows.at(-1);
      if (before && !inOrder(before, row, descending)) {
        throw new CheckFailure(`${request}: ${position(row)} is listed after ${position(before)} (${descending ? 'expiry_desc' : 'expiry_asc'})`);
      }
      seen.add(row.id);
      rows.push(row);
    }
    cursor = found.nextCursor;
    if (cursor === null) return { rows, total, complete: true };
    if (found.resources.length === 0) throw new CheckFailure(`${request}: an empty page with a nextCursor`);
    if (rows.length >= max) return { rows, total, complete: false };
  }
}

/** Every row of the account's tabs (each walked at most `MAX_WALK` far). */
async function allTabs(client: Client): Promise<Map<RenewalMode, { rows: RenewalResource[]; complete: boolean }>> {
  const tabs = new Map<RenewalMode, { rows: RenewalResource[]; complete: boolean }>();
  for (const mode of MODES) tabs.set(mode, await walk(client, { mode }, RENEWAL_PAGE.maxLimit));
  return tabs;
}

/** The backend's today: the date a quote made now was made on (the kit's clock may differ, a test clock surely does). */
async function backendToday(run: Run, resource: RenewalResource, durationId: string): Promise<string> {
  const quote = await quoteRenewal(run, { subscriptionIds: [resource.id], durationId, coterm: false });
  return quote.createdAt.slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

async function quoteRenewal(run: Run, body: Record<string, unknown>): Promise<Quote> {
  return expectAnswer<Quote>(await run.client.route('createQuote', {}, { body: { flow: 'renew', ...body } }), 'createQuote');
}

/** Every item of a quote, a few per page, each once. */
async function quoteItems(run: Run, quoteId: string, limit: number): Promise<QuoteItem[]> {
  const items: QuoteItem[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let pages = 0; pages < 5000; pages += 1) {
    const answer = await run.client.route('listQuoteItems', { quoteId }, { query: { limit: String(limit), ...(cursor === null ? {} : { cursor }) } });
    const found = expectAnswer<QuoteItemPage>(answer, 'listQuoteItems');
    if (found.items.length > limit) throw new CheckFailure(`${answer.request}: asked for ${limit} items, got ${found.items.length}`);
    for (const item of found.items) {
      if (seen.has(item.subscriptionId)) throw new CheckFailure(`${answer.request}: ${item.subscriptionId} is an item twice`);
      seen.add(item.subscriptionId);
      items.push(item);
    }
    cursor = found.nextCursor;
    if (cursor === null) return items;
    if (found.items.length === 0) throw new CheckFailure(`${answer.request}: an empty page with a nextCursor`);
  }
  throw new CheckFailure(`GET /quotes/${quoteId}/items: still a nextCursor after 5000 pages`);
}

/** A product whose resources can be renewed, its catalog, a duration, and the resources of it in a tab. */
interface Renewable {
  catalog: Catalog;
  durationId: string;
  mode: RenewalMode;
  rows: RenewalResource[];
}

/** The tab and product with the most renewable rows among those read. */
async function renewable(run: Run, tabs: Map<RenewalMode, { rows: RenewalResource[] }>): Promise<Renewable> {
  const world = await run.world();
  let best: Renewable | undefined;
  for (const [mode, { rows }] of tabs) {
    for (const catalog of world.catalogs.values()) {
      const duration = catalog.renewalDurations[0];
      if (!duration) continue;
      const mine = rows.filter((row) => row.productId === catalog.productId);
      if (!best || mine.length > best.rows.length) best = { catalog, durationId: duration.id, mode, rows: mine };
    }
  }
  if (!best || best.rows.length === 0) throw new CheckSkipped('the account has no renewable resource of a product with renewal durations');
  return best;
}

function sameCounts(a: RenewalCounts, b: RenewalCounts): boolean {
  return MODES.every((mode) => a[mode] === b[mode]);
}

function countsLine(c: RenewalCounts): string {
  return MODES.map((mode) => `${mode} ${c[mode]}`).join(', ');
}

async function setMode(run: Run, selection: unknown, mode: RenewalMode): Promise<RenewalUpdate> {
  return expectAnswer<RenewalUpdate>(await run.client.route('setRenewalMode', {}, { body: { selection, mode } }), 'setRenewalMode');
}

/** Puts resources back in the modes they had, by ids, a tab at a time. */
async function restoreModes(run: Run, modes: ReadonlyMap<string, RenewalMode>): Promise<void> {
  const byMode = new Map<RenewalMode, string[]>();
  for (const [id, mode] of modes) byMode.set(mode, [...(byMode.get(mode) ?? []), id]);
  for (const [mode, ids] of byMode) {
    for (let at = 0; at < ids.length; at += RENEWAL_PAGE.maxIds) await setMode(run, { ids: ids.slice(at, at + RENEWAL_PAGE.maxIds) }, mode);
  }
}

function otherMode(mode: RenewalMode): RenewalMode {
  return mode === 'auto' ? 'manual' : 'auto';
}

/** Checks the tabs' counts after a move of `moved` rows from `from` to `to`. */
function expectMoved(before: RenewalCounts, after: RenewalCounts, from: RenewalMode, to: RenewalMode, moved: number, what: string): void {
  const expected = { ...before, [from]: before[from] - moved, [to]: before[to] + moved };
  if (!sameCounts(after, expected)) throw new CheckFailure(`${what}: counts ${countsLine(after)}; expected ${countsLine(expected)}`);
}

export async function checkRenewals(run: Run): Promise<void> {
  await run.check("renewals: each tab's count equals its listing's total, with and without search criteria", async () => {
    const world = await run.world();
    const productId = world.subscriptions[0]?.productId ?? '';
    const criteria: Query[] = [{}, { productId }, { expires: '90d' }, { expires: 'expired' }, { search: 'a' }];
    for (const query of criteria) {
      const tabCounts = await counts(run.client, query);
      for (const mode of MODES) {
        const { page: found, request } = await page(run.client, { ...query, mode, limit: '1' });
        if (found.total !== tabCounts[mode]) throw new CheckFailure(`${request}: total ${found.total}, but the counts say ${mode} ${tabCounts[mode]}`);
      }
    }
    const all = await counts(run.client);
    return countsLine(all);
  });

  await run.check('renewals: paging walks every row of each tab once, in term-end order, both sorts', async () => {
    const walked: string[] = [];
    for (const mode of MODES) {
      const up = await walk(run.client, { mode }, 7);
      if (up.complete && up.rows.length !== up.total)
        throw new CheckFailure(`GET /renewals?mode=${mode}: walked ${up.rows.length} rows, total says ${up.total}`);
      const down = await walk(run.client, { mode, sort: 'expiry_desc' }, 5);
      if (up.complete && down.complete) {
        const reversed = [...down.rows].reverse().map((row) => row.id);
        if (reversed.join() !== up.rows.map((row) => row.id).join())
          throw new CheckFailure(`GET /renewals?mode=${mode}&sort=expiry_desc: not the reverse of expiry_asc`);
      }
      walked.push(`${mode} ${up.rows.length}`);
    }
    return walked.join(', ');
  });

  await run.check('renewals: each filter lists all and only the rows it matches (search, product, plan, expiry windows)', async () => {
    const tabs = await allTabs(run.client);
    const { catalog, durationId, mode, rows } = await renewable(run, tabs);
    const sample = rows[Math.floor(rows.length / 2)] as RenewalResource;
    const today = await backendToday(run, sample, durationId);
    const full = tabs.get(mode) as { rows: RenewalResource[]; complete: boolean };
    const search = sample.name.slice(0, Math.max(3, sample.name.length - 2)).toUpperCase();
    const filters: { query: Query; matches: (row: RenewalResource) => boolean }[] = [
      { query: { search }, matches: (row) => row.name.toLowerCase().includes(search.toLowerCase()) || row.id.toLowerCase().includes(search.toLowerCase()) },
      {
        query: { search: sample.id },
        matches: (row) => row.name.toLowerCase().includes(sample.id.toLowerCase()) || row.id.toLowerCase().includes(sample.id.toLowerCase()),
      },
      { query: { productId: catalog.productId }, matches: (row) => row.productId === catalog.productId },
      { query: { expires: 'expired' }, matches: (row) => row.termEnd < today },
      { query: { expires: '7d' }, matches: (row) => row.termEnd >= today && row.termEnd <= addDays(today, 7) },
      { query: { expires: '30d' }, matches: (row) => row.termEnd >= today && row.termEnd <= addDays(today, 30) },
      { query: { expires: '90d' }, matches: (row) => row.termEnd >= today && row.termEnd <= addDays(today, 90) },
    ];
    if (sample.planId !== undefined) {
      const planId = sample.planId;
      filters.push({ query: { planId }, matches: (row) => row.planId === planId });
    }
    const seen: string[] = [];
    for (const { query, matches } of filters) {
      for (const sort of ['expiry_asc', 'expiry_desc']) {
        const found = await walk(run.client, { ...query, mode, sort }, 50);
        const wrong = found.rows.find((row) => !matches(row));
        if (wrong)
          throw new CheckFailure(
            `GET /renewals?mode=${mode}&${new URLSearchParams(query)}: lists ${wrong.id} (${wrong.name}, ${wrong.productId}, ${wrong.planId ?? '-'}, ends ${wrong.termEnd}; today ${today}), which does not match`,
          );
        if (full.complete && found.complete) {
          const expected = full.rows.filter(matches).map((row) => row.id);
          const listed = new Set(found.rows.map((row) => row.id));
          const missing = expected.filter((id) => !listed.has(id));
          if (missing.length > 0)
            throw new CheckFailure(`GET /renewals?mode=${mode}&${new URLSearchParams(query)}: leaves out ${missing.slice(0, 5).join(', ')}, which match`);
        }
      }
      seen.push(`${Object.entries(query)[0]?.join('=')}`);
    }
    return `tab ${mode}, today ${today}: ${seen.join(', ')}`;
  });

  await run.check('renewals: a bad query -> 400 invalid_request (no mode, unknown window or sort, limit 0, a made-up cursor)', async () => {
    const bad: Query[] = [
      {},
      { mode: 'sometimes' },
      { mode: 'manual', expires: '8d' },
      { mode: 'manual', sort: 'name' },
      { mode: 'manual', limit: '0' },
      { mode: 'manual', cursor: 'not-a-cursor' },
    ];
    for (const query of bad) expectError(await run.client.route('listRenewals', {}, { query }), 400, 'invalid_request');
    expectError(await run.client.route('countRenewals', {}, { query: { expires: 'soon' } }), 400, 'invalid_request');
  });

  await run.check('renewals: a mode change by ids moves the rows to the tab, autoRenew follows, the counts follow (and it is undone)', async () => {
    const tabs = await allTabs(run.client);
    const source = [...MODES].sort((a, b) => (tabs.get(b)?.rows.length ?? 0) - (tabs.get(a)?.rows.length ?? 0))[0] as RenewalMode;
    const picked = (tabs.get(source)?.rows ?? []).slice(0, 2);
    if (picked.length === 0) throw new CheckSkipped('the account has no renewable resource');
    const target = otherMode(source);
    const before = await counts(run.client);
    try {
      const update = await setMode(run, { ids: picked.map((row) => row.id) }, target);
      if (update.updated !== picked.length) throw new CheckFailure(`POST /renewals/mode: updated ${update.updated}, expected ${picked.length}`);
      expectMoved(before, update.counts, source, target, picked.length, 'POST /renewals/mode answered');
      expectMoved(before, await counts(run.client), source, target, picked.length, 'GET /renewals/counts after the move');
      for (const row of picked) {
        const listed = (await page(run.client, { mode: target, search: row.id, limit: String(RENEWAL_PAGE.maxLimit) })).page.resources;
        if (!listed.some((one) => one.id === row.id))
          throw new CheckFailure(`GET /renewals?mode=${target}&search=${row.id}: ${row.id} is not in the tab it was moved to`);
        const read = expectAnswer<Subscription>(await run.client.route('getSubscription', { subscriptionId: row.id }), 'getSubscription');
        if (read.autoRenew !== (target === 'auto')) throw new CheckFailure(`GET /subscriptions/${row.id}: autoRenew ${read.autoRenew} in mode ${target}`);
        if (read.renewalMode !== undefined && read.renewalMode !== target)
          throw new CheckFailure(`GET /subscriptions/${row.id}: renewalMode ${read.renewalMode}, moved to ${target}`);
      }
    } finally {
      await restoreModes(run, new Map(picked.map((row) => [row.id, source])));
    }
    const after = await counts(run.client);
    if (!sameCounts(after, before)) throw new CheckFailure(`moved back, the counts are ${countsLine(after)}, not ${countsLine(before)}`);
    return `${picked.length} from ${source} to ${target} and back`;
  });

  await run.check('renewals: a mode change by filter moves what the filter matches less the exceptions (and it is undone)', async () => {
    const tabs = await allTabs(run.client);
    const source = [...MODES].sort((a, b) => (tabs.get(b)?.rows.length ?? 0) - (tabs.get(a)?.rows.length ?? 0))[0] as RenewalMode;
    const tab = tabs.get(source) as { rows: RenewalResource[]; complete: boolean };
    const [first] = tab.rows;
    if (!first) throw new CheckSkipped('the account has no renewable resource');
    // The whole tab less all but two when it is small; else the rows one search matches, less all but one.
    let filter: Query = { mode: source };
    let matched = tab.rows;
    if (!tab.complete || tab.rows.length > RENEWAL_PAGE.maxIds + 2) {
      filter = { mode: source, search: first.id };
      const found = await walk(run.client, filter, RENEWAL_PAGE.maxLimit);
      if (!found.complete || found.rows.length > RENEWAL_PAGE.maxIds + 1)
        throw new CheckSkipped(`the search ${first.id} matches more than ${RENEWAL_PAGE.maxIds} rows`);
      matched = found.rows;
    }
    const moving = matched.slice(0, Math.min(2, matched.length === 1 ? 1 : matched.length - 1));
    const except = matched.slice(moving.length).map((row) => row.id);
    const target = otherMode(source);
    const before = await counts(run.client);
    try {
      const update = await setMode(run, { filter, except }, target);
      if (update.updated !== moving.length) {
        throw new CheckFailure(
          `POST /renewals/mode by filter ${JSON.stringify(filter)} less ${except.length}: updated ${update.updated}, expected ${moving.length}`,
        );
      }
      expectMoved(before, await counts(run.client), source, target, moving.length, 'GET /renewals/counts after the move by filter');
      const stayed = new Set((await walk(run.client, filter, RENEWAL_PAGE.maxLimit)).rows.map((row) => row.id));
      const left = except.filter((id) => !stayed.has(id));
      if (left.length > 0) throw new CheckFailure(`POST /renewals/mode: moved ${left.slice(0, 5).join(', ')}, which the selection excepted`);
      const wrong = moving.filter((row) => stayed.has(row.id));
      if (wrong.length > 0) throw new CheckFailure(`POST /renewals/mode: left ${wrong.map((row) => row.id).join(', ')} in ${source}`);
    } finally {
      await restoreModes(run, new Map(moving.map((row) => [row.id, source])));
    }
    const after = await counts(run.client);
    if (!sameCounts(after, before)) throw new CheckFailure(`moved back, the counts are ${countsLine(after)}, not ${countsLine(before)}`);
    return `${moving.length} of ${matched.length} (${except.length} excepted) from ${source} to ${target} and back`;
  });

  await run.check(
    "renewals: a resource's renewal day is kept and a co-termed renewal ends on it; else on the account's standard day (both undone)",
    async () => {
      const tabs = await allTabs(run.client);
      const { durationId, rows } = await renewable(run, tabs);
      const resource = rows.find((row) => row.renewalDay === null) ?? (rows[0] as RenewalResource);
      const dayOf = (date: string) => Number(date.slice(8, 10));
      const settings = expectAnswer<RenewalSettings>(await run.client.route('getRenewalSettings'), 'getRenewalSettings');
      const day = resource.renewalDay === 9 ? 10 : 9;
      const standard = settings.standardRenewalDay === 17 ? 18 : 17;
      try {
        const update = expectAnswer<RenewalUpdate>(
          await run.client.route('setRenewalDay', {}, { body: { selection: { ids: [resource.id] }, renewalDay: day } }),
          'setRenewalDay',
        );
        if (update.updated !== 1) throw new CheckFailure(`POST /renewals/renewal-day: updated ${update.updated}, expected 1`);
        const listed = (await page(run.client, { mode: resource.renewalMode, search: resource.id, limit: String(RENEWAL_PAGE.maxLimit) })).page.resources.find(
          (row) => row.id === resource.id,
        );
        if (listed?.renewalDay !== day)
          throw new CheckFailure(`GET /renewals: ${resource.id} lists renewal day ${listed?.renewalDay ?? 'nothing'}, set to ${day}`);
        const own = await quoteRenewal(run, { subscriptionIds: [resource.id], durationId, coterm: true });
        const [ownItem] = await quoteItems(run, own.id, 10);
        if (!ownItem || dayOf(ownItem.newTermEnd) !== day)
          throw new CheckFailure(`a co-termed renewal of ${resource.id} (renewal day ${day}) ends on ${ownItem?.newTermEnd ?? 'nothing'}`);

        const saved = expectAnswer<RenewalSettings>(
          await run.client.route('updateRenewalSettings', {}, { body: { standardRenewalDay: standard } }),
          'updateRenewalSettings',
        );
        const read = expectAnswer<RenewalSettings>(await run.client.route('getRenewalSettings'), 'getRenewalSettings');
        if (saved.standardRenewalDay !== standard || read.standardRenewalDay !== standard) {
          throw new CheckFailure(`PATCH /renewals/settings to day ${standard}: answered ${saved.standardRenewalDay}, read back ${read.standardRenewalDay}`);
        }
        expectAnswer(await run.client.route('setRenewalDay', {}, { body: { selection: { ids: [resource.id] }, renewalDay: null } }), 'setRenewalDay');
        const account = await quoteRenewal(run, { subscriptionIds: [resource.id], durationId, coterm: true });
        const [accountItem] = await quoteItems(run, account.id, 10);
        if (!accountItem || dayOf(accountItem.newTermEnd) !== standard) {
          throw new CheckFailure(
            `a co-termed renewal of ${resource.id} (no day of its own, the account's ${standard}) ends on ${accountItem?.newTermEnd ?? 'nothing'}`,
          );
        }
        return `${resource.id}: ends ${ownItem.newTermEnd} on its day ${day}, ${accountItem.newTermEnd} on the account's ${standard}`;
      } finally {
        await run.client.route('setRenewalDay', {}, { body: { selection: { ids: [resource.id] }, renewalDay: resource.renewalDay } });
        await run.client.route('updateRenewalSettings', {}, { body: settings });
      }
    },
  );

  await run.check(
    'renewals: a renew quote by selection equals the quote by the same ids; lines sum to the subtotal; items page through every resource',
    async () => {
      const tabs = await allTabs(run.client);
      const { catalog, durationId, mode } = await renewable(run, tabs);
      let filter: Query = { mode, productId: catalog.productId };
      let rows = (await walk(run.client, filter, RENEWAL_PAGE.maxLimit, 200)).rows;
      if (rows.length > 60) {
        filter = { ...filter, search: (rows[0] as RenewalResource).id };
        rows = (await walk(run.client, filter, RENEWAL_PAGE.maxLimit, 200)).rows;
      }
      const ids = rows.map((row) => row.id);
      const coterm = catalog.standardRenewalDay !== undefined;
      const byFilter = await quoteRenewal(run, { selection: { filter }, durationId, coterm });
      const byIds = await quoteRenewal(run, { subscriptionIds: ids, durationId, coterm });
      const bySelectedIds = await quoteRenewal(run, { selection: { ids }, durationId, coterm });
      const itemsOf = new Map<Quote, QuoteItem[]>();
      for (const [what, quote] of [
        ['by filter', byFilter],
        ['by ids', byIds],
        ['by selected ids', bySelectedIds],
      ] as const) {
        const lines = quote.lines.reduce((sum, line) => sum + line.amount.amount, 0);
        if (lines !== quote.subtotal.amount)
          throw new CheckFailure(`the quote ${what} (${quote.id}): lines sum to ${lines}, subtotal ${quote.subtotal.amount}`);
        const items = await quoteItems(run, quote.id, 3);
        itemsOf.set(quote, items);
        const listed = new Set(items.map((item) => item.subscriptionId));
        const missing = ids.filter((id) => !listed.has(id));
        if (missing.length > 0 || items.length !== ids.length) {
          throw new CheckFailure(
            `GET /quotes/${quote.id}/items (${what}): ${items.length} items for ${ids.length} resources; missing ${missing.slice(0, 5).join(', ') || 'none'}`,
          );
        }
        const summed = items.reduce((sum, item) => sum + item.amount.amount, 0);
        if (summed !== quote.subtotal.amount)
          throw new CheckFailure(`GET /quotes/${quote.id}/items (${what}): items sum to ${summed}, subtotal ${quote.subtotal.amount}`);
      }
      const expected = new Map((itemsOf.get(byIds) ?? []).map((item) => [item.subscriptionId, item]));
      for (const quote of [byFilter, bySelectedIds]) {
        if (quote.total.amount !== byIds.total.amount || quote.subtotal.amount !== byIds.subtotal.amount) {
          throw new CheckFailure(`quote ${quote.id} by selection totals ${quote.total.amount}, quote ${byIds.id} by the same ids ${byIds.total.amount}`);
        }
        for (const item of itemsOf.get(quote) ?? []) {
          const twin = expected.get(item.subscriptionId);
          if (!twin || twin.newTermEnd !== item.newTermEnd || twin.amount.amount !== item.amount.amount || twin.termEnd !== item.termEnd) {
            throw new CheckFailure(`quote ${quote.id}: item ${JSON.stringify(item)}; by ids: ${JSON.stringify(twin ?? null)}`);
          }
        }
      }
      const bad = await run.client.route(
        'createQuote',
        {},
        { body: { flow: 'renew', subscriptionIds: ids.slice(0, 1), selection: { ids: ids.slice(0, 1) }, durationId, coterm } },
      );
      expectError(bad, 400, 'invalid_request');
      const neither = await run.client.route('createQuote', {}, { body: { flow: 'renew', durationId, coterm } });
      if (neither.status !== 400)
        throw new CheckFailure(`${neither.request} with neither subscriptionIds nor selection: expected 400, got ${describe(neither)}`);
      return `${ids.length} resources of ${catalog.productId} in ${mode}: total ${byIds.total.amount} ${byIds.total.currency} in ${byIds.lines.length} lines`;
    },
  );
}
