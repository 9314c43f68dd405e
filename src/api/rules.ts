/**
 * Field rules of the contract as plain data, shared by the zod schemas (`schemas.ts`) and the
 * elements that check what a buyer types before anything is sent: an element can check a field
 * by the contract's rule without bundling zod and every schema.
 */

/** A proforma-invoice number given by the vendor's sales team, after trimming. */
export const PI_NUMBER = { maxLength: 64, pattern: /^[\w./-]*$/ } as const;

/**
 * Only an active subscription's capacity can be expanded: a trial is upgraded to a paid plan
 * first, an inactive subscription renewed or upgraded. A backend refuses an expand quote for any
 * other with `subscription_not_active`; the checkout offers the next step instead of steppers.
 */
export function canExpand(subscription: { readonly status: string }): boolean {
  return subscription.status === 'active';
}
