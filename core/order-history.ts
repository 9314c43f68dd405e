/**
 * Order history's query rules: which statuses, how many, and where a page starts. A page is the
 * account's orders newest first by `createdAt`, then `id` (both descending), so that two orders
 * made in the same millisecond still have one order and a cursor names an exact position. The
 * cursor is opaque to clients: the last order's `createdAt` and `id`, base64url-encoded. It is a
 * position, never a permission: the repository answers only the caller's orders whatever it says.
 */
import { ORDER_PAGE } from '../src/api/rules.js';
import { IsoDateTime, OrderStatus, type Order } from '../src/api/schemas.js';
import { ApiError } from './errors.js';

/** The query of `GET /orders` as it came: every `status` parameter, `limit` and `cursor` as text. */
export interface OrderHistoryQuery {
  status?: readonly string[];
  limit?: string | null;
  cursor?: string | null;
}

/** Where a page starts: after (older than) this order. */
export interface OrderPosition {
  createdAt: string;
  id: string;
}

export interface OrderHistoryFilter {
  /** Only these statuses; every status when missing. */
  status?: readonly OrderStatus[];
  /** Only orders older than this one (by `createdAt`, then `id`). */
  before?: OrderPosition;
  limit: number;
}

/** A bad query is the client's mistake in the URL: 400 `invalid_request`, naming the parameter. */
function badQuery(field: string, message: string): ApiError {
  return new ApiError(400, 'invalid_request', `The order history query has an invalid ${field}: ${message}`, { [field]: message });
}

/** Newest first: `a` before `b` when it was made later, or at the same instant with a greater id. */
export function newestFirst(a: OrderPosition, b: OrderPosition): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The cursor of the page after `order`. */
export function cursorAfter(order: Pick<Order, 'createdAt' | 'id'>): string {
  return toBase64Url(JSON.stringify([order.createdAt, order.id]));
}

function decodeCursor(cursor: string): OrderPosition {
  let position: unknown;
  try {
    position = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw badQuery('cursor', 'Not a cursor this backend gave; start again without one.');
  }
  const [createdAt, id] = Array.isArray(position) && position.length === 2 ? (position as unknown[]) : [];
  if (typeof id !== 'string' || id === '' || !IsoDateTime.safeParse(createdAt).success) {
    throw badQuery('cursor', 'Not a cursor this backend gave; start again without one.');
  }
  return { createdAt: createdAt as string, id };
}

/**
 * The query's filter, or 400 `invalid_request`: `status` is one parameter, comma-separated (a
 * repeated one is refused rather than half read), `limit` a whole number from 1 to 100.
 */
export function parseOrderHistoryQuery(query: OrderHistoryQuery): OrderHistoryFilter {
  const filter: OrderHistoryFilter = { limit: ORDER_PAGE.defaultLimit };

  const statuses = query.status ?? [];
  if (statuses.length > 1) throw badQuery('status', 'Send one status parameter, with several statuses comma-separated.');
  if (statuses[0] !== undefined) {
    const wanted = statuses[0].split(',');
    const unknown = wanted.find((one) => !OrderStatus.safeParse(one).success);
    if (unknown !== undefined) throw badQuery('status', `"${unknown}" is not one of ${OrderStatus.options.join(', ')}.`);
    filter.status = [...new Set(wanted as OrderStatus[])];
  }

  if (query.limit !== undefined && query.limit !== null) {
    const limit = /^\d{1,4}$/.test(query.limit) ? Number(query.limit) : NaN;
    if (!(limit >= 1 && limit <= ORDER_PAGE.maxLimit)) throw badQuery('limit', `A whole number from 1 to ${ORDER_PAGE.maxLimit}.`);
    filter.limit = limit;
  }

  if (query.cursor !== undefined && query.cursor !== null) filter.before = decodeCursor(query.cursor);
  return filter;
}
