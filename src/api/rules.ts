/**
 * Field rules of the contract as plain data, shared by the zod schemas (`schemas.ts`) and the
 * elements that check what a buyer types before anything is sent: an element can check a field
 * by the contract's rule without bundling zod and every schema.
 */

/** Server codes of a 409 that mean the quote the buyer saw is no longer the price: re-quote and confirm. */
export const PRICE_CHANGE_CODES = ['quote_expired', 'quote_superseded', 'price_changed'] as const;

export type PriceChangeCode = (typeof PRICE_CHANGE_CODES)[number];

/** The server code of a refused promotion code (422): the price without it stays. */
export const PROMO_REFUSED = 'promo_invalid';

/** A promotion code, after trimming: one per order. */
export const PROMO_CODE = { maxLength: 40 } as const;

/**
 * A page of order history (`GET /orders?limit=`): how many orders a page holds when the client does
 * not say, and at most.
 */
export const ORDER_PAGE = { defaultLimit: 20, maxLimit: 100 } as const;

/**
 * The renewal center's pages (`GET /renewals`) and a quote's items (`GET /quotes/{id}/items`): a
 * page is at most `maxLimit` rows. A selection by ids names at most `maxIds`; a larger one is sent
 * as a filter (every resource the filter matches, less at most `maxIds` exceptions).
 */
export const RENEWAL_PAGE = { defaultLimit: 50, maxLimit: 200, maxIds: 1000 } as const;

/** The expiry windows of the renewal center's search: already expired, or within 7, 30 or 90 days. */
export const EXPIRY_WINDOWS = ['expired', '7d', '30d', '90d'] as const;

/** A proforma-invoice number given by the vendor's sales team, after trimming. */
export const PI_NUMBER = { maxLength: 64, pattern: /^[\w./-]*$/ } as const;

/** What is wrong with a typed PI number by that rule; null when it is fine or empty. */
export function piNumberProblem(value: string): 'too_long' | 'invalid' | null {
  const trimmed = value.trim();
  if (trimmed.length > PI_NUMBER.maxLength) return 'too_long';
  return PI_NUMBER.pattern.test(trimmed) ? null : 'invalid';
}

/** The documents an order can have: its invoice, or the proforma of an offline order. */
export type OrderDocument = 'invoice' | 'proforma';

/**
 * The document a link minted now leads to: the invoice once paid, the proforma while an offline
 * order awaits its transfer; none for any other status. The backend mints links by it and the
 * order history offers a link by it.
 */
export function documentOf(order: { readonly status: string }): OrderDocument | undefined {
  if (order.status === 'paid') return 'invoice';
  if (order.status === 'awaiting_offline_payment') return 'proforma';
  return undefined;
}

/**
 * Only an active subscription's capacity can be expanded: a trial is upgraded to a paid plan
 * first, an inactive subscription renewed or upgraded. A backend refuses an expand quote for any
 * other with `subscription_not_active`; the checkout offers the next step instead of steppers.
 */
export function canExpand(subscription: { readonly status: string }): boolean {
  return subscription.status === 'active';
}
