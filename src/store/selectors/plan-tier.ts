/** The upgrade's direction: a paid subscription cannot go down a tier; a trial may pick any package. */
import type { Catalog, Plan, Subscription } from '../../api/schemas.js';

export function isLowerTier(plan: Plan, subscription: Subscription | undefined, catalog: Catalog): boolean {
  if (subscription === undefined || subscription.status === 'trial') return false;
  const current = catalog.plans.find((candidate) => candidate.id === subscription.planId);
  return current !== undefined && plan.tier < current.tier;
}
