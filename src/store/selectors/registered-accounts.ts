/**
 * The contact-center Plans page's "number of registered accounts" of each package: the accounts
 * (plan quantity) the customer holds on it, summed over the customer's subscriptions of the
 * product. A subscription that ended (inactive) registers nothing any more. Derived on the client
 * from the subscriptions the store read; no server rule.
 */
import type { Subscription } from '../../api/schemas.js';

/** Plan id -> accounts registered on it by the current subscription's customer. */
export function registeredAccounts(current: Subscription | undefined, productSubscriptions: readonly Subscription[] = []): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  if (current === undefined) return counts;
  // The current subscription as the store has it now (it is read again after an order).
  const all = [current, ...productSubscriptions.filter((subscription) => subscription.id !== current.id)];
  for (const subscription of all) {
    if (subscription.customerId !== current.customerId || subscription.planId === undefined || subscription.status === 'inactive') continue;
    counts.set(subscription.planId, (counts.get(subscription.planId) ?? 0) + subscription.quantity);
  }
  return counts;
}
