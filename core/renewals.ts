/**
 * The renewal center's rules (KooPhone's Billing Center), once for every repository: how a
 * subscription renews, which resources a tab and its search criteria match, the order of a tab's
 * rows and the cursor of its pages. A repository answers the criteria as they are resolved here
 * (`RenewalCriteria`: dates, not windows), so that the memory repository and SQL agree.
 *
 * - A resource is a subscription of the account that is not a trial (a trial is upgraded, not
 *   renewed): active, or inactive once its term ended.
 * - Its mode defaults to `auto` when `autoRenew` is set, else `manual`; `autoRenew` is true exactly
 *   when the mode is `auto`.
 * - A tab is sorted by term end, then id (ascending by default); the cursor is the last row's
 *   `[termEnd, id]`, base64url-encoded: a position, never a permission.
 */
import { EXPIRY_WINDOWS, RENEWAL_PAGE } from '../src/api/rules.js';
import { IsoDate, RenewalMode, type ExpiryWindow, type RenewalFilter, type Subscription } from '../src/api/schemas.js';
import { RenewalSort, type RenewalCounts, type RenewalResource } from '../src/api/renewal-schemas.js';
import type { Catalog } from '../src/api/schemas.js';
import { addDays } from '../src/api/calendar.js';
import { ApiError } from './errors.js';
import { fromBase64Url, toBase64Url } from './order-history.js';

export type { RenewalMode };

/** How a subscription renews: its own mode, else what `autoRenew` says (a record older than modes). */
export function renewalModeOf(subscription: Pick<Subscription, 'renewalMode' | 'autoRenew'>): RenewalMode {
  return subscription.renewalMode ?? (subscription.autoRenew ? 'auto' : 'manual');
}

/** The subscription in `mode`, with `autoRenew` in step. */
export function withRenewalMode<T extends Subscription>(subscription: T, mode: RenewalMode): T {
  return { ...subscription, renewalMode: mode, autoRenew: mode === 'auto' };
}

/** Mode and day filled in (defaults), so that stored records always carry both. */
export function withRenewalDefaults<T extends Subscription>(subscription: T): T {
  return { ...subscription, renewalMode: renewalModeOf(subscription), renewalDay: subscription.renewalDay ?? null };
}

/** Where a page starts: after this row (in the tab's sort order). */
export interface RenewalPosition {
  termEnd: string;
  id: string;
}

/**
 * A tab's criteria as a repository answers them: everything optional is "any". Dates are inclusive
 * ISO dates; `search` is lower-case, matched as a substring of the name or the id without case.
 */
export interface RenewalCriteria {
  mode?: RenewalMode;
  search?: string;
  productId?: string;
  planId?: string;
  termEndFrom?: string;
  termEndTo?: string;
  /** Only these ids (a selection by ids). */
  ids?: readonly string[];
  /** Not these ids (a selection's exceptions). */
  except?: readonly string[];
}

export interface RenewalListing {
  criteria: RenewalCriteria;
  descending: boolean;
  after?: RenewalPosition;
  limit: number;
}

/** The query of `GET /renewals` as it came: text parameters. */
export interface ListRenewalsParams {
  mode?: string | null;
  search?: string | null;
  productId?: string | null;
  planId?: string | null;
  expires?: string | null;
  sort?: string | null;
  limit?: string | null;
  cursor?: string | null;
}

export type CountRenewalsParams = Omit<ListRenewalsParams, 'mode' | 'sort' | 'limit' | 'cursor'>;

/** A bad query is the client's mistake in the URL: 400 `invalid_request`, naming the parameter. */
function badQuery(what: string, field: string, message: string): ApiError {
  return new ApiError(400, 'invalid_request', `The ${what} query has an invalid ${field}: ${message}`, { [field]: message });
}

/** The dates an expiry window covers, from `today`: expired is before today; `7d` today to 7 days on. */
export function expiryRange(window: ExpiryWindow, today: string): { termEndFrom?: string; termEndTo: string } {
  if (window === 'expired') return { termEndTo: addDays(today, -1) };
  return { termEndFrom: today, termEndTo: addDays(today, Number.parseInt(window, 10)) };
}

/** A filter of the contract (already checked against its schema) as a repository's criteria. */
export function criteriaOf(filter: Omit<RenewalFilter, 'mode'> & { mode?: RenewalMode | undefined }, today: string): RenewalCriteria {
  const criteria: RenewalCriteria = {};
  if (filter.mode !== undefined) criteria.mode = filter.mode;
  const search = filter.search?.trim().toLowerCase();
  if (search) criteria.search = search;
  if (filter.productId !== undefined) criteria.productId = filter.productId;
  if (filter.planId !== undefined) criteria.planId = filter.planId;
  if (filter.expires !== undefined) Object.assign(criteria, expiryRange(filter.expires, today));
  return criteria;
}

function textParam(value: string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : value;
}

/** The search criteria of a tab's query (all but mode), or 400 naming the parameter. */
function parseCriteria(what: string, query: CountRenewalsParams): Omit<RenewalFilter, 'mode'> {
  const filter: Omit<RenewalFilter, 'mode'> = {};
  const search = textParam(query.search);
  if (search !== undefined) {
    if (search.length > 200) throw badQuery(what, 'search', 'At most 200 characters.');
    filter.search = search;
  }
  for (const field of ['productId', 'planId'] as const) {
    const value = textParam(query[field]);
    if (value === undefined) continue;
    if (value.length < 1 || value.length > 128) throw badQuery(what, field, 'From 1 to 128 characters.');
    filter[field] = value;
  }
  const expires = textParam(query.expires);
  if (expires !== undefined) {
    if (!(EXPIRY_WINDOWS as readonly string[]).includes(expires)) throw badQuery(what, 'expires', `One of ${EXPIRY_WINDOWS.join(', ')}.`);
    filter.expires = expires as ExpiryWindow;
  }
  return filter;
}

/** `GET /renewals/counts`' criteria, or 400. */
export function parseCountRenewalsQuery(query: CountRenewalsParams, today: string): RenewalCriteria {
  return criteriaOf(parseCriteria('renewal counts', query), today);
}

/**
 * `GET /renewals`' listing, or 400 `invalid_request` naming the parameter: `mode` is required,
 * `limit` a whole number from 1 to 200 (50 without it), `sort` `expiry_asc` (default) or
 * `expiry_desc`, `cursor` one this backend gave.
 */
export function parseListRenewalsQuery(query: ListRenewalsParams, today: string): RenewalListing {
  const what = 'renewals';
  const mode = textParam(query.mode);
  if (mode === undefined) throw badQuery(what, 'mode', `Required: one of ${RenewalMode.options.join(', ')}.`);
  if (!RenewalMode.safeParse(mode).success) throw badQuery(what, 'mode', `One of ${RenewalMode.options.join(', ')}.`);
  const criteria = criteriaOf({ ...parseCriteria(what, query), mode: mode as RenewalMode }, today);

  const sort = textParam(query.sort) ?? 'expiry_asc';
  if (!RenewalSort.safeParse(sort).success) throw badQuery(what, 'sort', `One of ${RenewalSort.options.join(', ')}.`);

  let limit: number = RENEWAL_PAGE.defaultLimit;
  const limitText = textParam(query.limit);
  if (limitText !== undefined) {
    limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN;
    if (!(limit >= 1 && limit <= RENEWAL_PAGE.maxLimit)) throw badQuery(what, 'limit', `A whole number from 1 to ${RENEWAL_PAGE.maxLimit}.`);
  }
  const listing: RenewalListing = { criteria, descending: sort === 'expiry_desc', limit };
  const cursor = textParam(query.cursor);
  if (cursor !== undefined) listing.after = decodeRenewalCursor(cursor, what);
  return listing;
}

/** The cursor of the page after `row`. */
export function renewalCursorAfter(row: RenewalPosition): string {
  return toBase64Url(JSON.stringify([row.termEnd, row.id]));
}

export function decodeRenewalCursor(cursor: string, what: string): RenewalPosition {
  const refused = () => badQuery(what, 'cursor', 'Not a cursor this backend gave; start again without one.');
  let position: unknown;
  try {
    position = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw refused();
  }
  const [termEnd, id] = Array.isArray(position) && position.length === 2 ? (position as unknown[]) : [];
  if (typeof id !== 'string' || id === '' || !IsoDate.safeParse(termEnd).success) throw refused();
  return { termEnd: termEnd as string, id };
}

/** The cursor of a quote's items: the position of the last item given. */
export function itemCursorAfter(position: number): string {
  return toBase64Url(JSON.stringify(['items', position]));
}

export function decodeItemCursor(cursor: string): number {
  const refused = () => badQuery('quote items', 'cursor', 'Not a cursor this backend gave; start again without one.');
  let position: unknown;
  try {
    position = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw refused();
  }
  const [tag, at] = Array.isArray(position) && position.length === 2 ? (position as unknown[]) : [];
  if (tag !== 'items' || typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) throw refused();
  return at;
}

/** A quote items page's limit, or 400. */
export function parseItemLimit(limit: string | null | undefined): number {
  if (limit === null || limit === undefined) return RENEWAL_PAGE.defaultLimit;
  const value = /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
  if (!(value >= 1 && value <= RENEWAL_PAGE.maxLimit)) throw badQuery('quote items', 'limit', `A whole number from 1 to ${RENEWAL_PAGE.maxLimit}.`);
  return value;
}

/** Sort order of a tab: term end, then id. */
export function byTermEnd(a: RenewalPosition, b: RenewalPosition): number {
  if (a.termEnd !== b.termEnd) return a.termEnd < b.termEnd ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Whether a subscription matches criteria: the rule in one place for the memory repository (SQL
 * repositories write the same conditions as a `where`).
 */
export function matchesRenewal(subscription: Subscription, criteria: RenewalCriteria, except?: ReadonlySet<string>, only?: ReadonlySet<string>): boolean {
  if (subscription.status === 'trial') return false;
  if (criteria.mode !== undefined && renewalModeOf(subscription) !== criteria.mode) return false;
  if (criteria.productId !== undefined && subscription.productId !== criteria.productId) return false;
  if (criteria.planId !== undefined && subscription.planId !== criteria.planId) return false;
  if (criteria.termEndFrom !== undefined && subscription.termEnd < criteria.termEndFrom) return false;
  if (criteria.termEndTo !== undefined && subscription.termEnd > criteria.termEndTo) return false;
  if (only && !only.has(subscription.id)) return false;
  if (except?.has(subscription.id)) return false;
  if (criteria.search !== undefined) {
    const { search } = criteria;
    if (!subscription.name.toLowerCase().includes(search) && !subscription.id.toLowerCase().includes(search)) return false;
  }
  return true;
}

export function emptyCounts(): RenewalCounts {
  return { manual: 0, auto: 0, pay_per_use: 0, canceled: 0 };
}

/** A row of the renewal center, with names from its product's catalog. */
export function renewalResource(subscription: Subscription, catalog: Catalog | undefined): RenewalResource {
  const plan = catalog?.plans.find((candidate) => candidate.id === subscription.planId);
  const cycle = catalog?.cycles.find((candidate) => candidate.id === subscription.cycleId);
  const resource: RenewalResource = {
    id: subscription.id,
    name: subscription.name,
    productId: subscription.productId,
    productName: catalog?.productName ?? subscription.productId,
    cycleId: subscription.cycleId,
    cycleMonths: cycle?.months ?? 1,
    status: subscription.status,
    termEnd: subscription.termEnd,
    renewalMode: renewalModeOf(subscription),
    renewalDay: subscription.renewalDay ?? null,
  };
  if (subscription.planId !== undefined) {
    resource.planId = subscription.planId;
    resource.planName = plan?.name ?? subscription.planId;
  }
  return resource;
}
