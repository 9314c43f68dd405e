/** The upgrade's package, billing cycle, accounts and SLA level. */
import { refuse, type ActionResult } from '../action-result.js';
import { nearestQuantity, planQuantityRule } from '../quantity-rules.js';
import { isLowerTier } from '../selectors/plan-tier.js';
import { planQuantityField } from '../selectors/quantity-field.js';
import { editSelection, quantityRefusal } from './edit-selection.js';
import type { StoreKit } from './store-kit.js';

export interface UpgradeActions {
  /** Chooses a package; the quantity moves to the nearest one the package allows. */
  selectPlan(planId: string): ActionResult;
  setCycle(cycleId: string): ActionResult;
  /** Accounts on the chosen package. */
  setPlanQuantity(quantity: number): ActionResult;
  /** An SLA level, or null for none. */
  setSla(slaId: string | null): ActionResult;
}

export const upgradeActions: UpgradeActions & ThisType<StoreKit> = {
  selectPlan(planId) {
    return editSelection(this, ['upgrade'], (selection, catalog, state) => {
      const plan = catalog.plans.find((candidate) => candidate.id === planId);
      if (!plan) return refuse('unknown_id');
      const subscription = state.subscriptions[0];
      if (isLowerTier(plan, subscription, catalog)) return refuse('not_allowed');
      const quantity = nearestQuantity(planQuantityRule(plan, subscription), selection.quantity);
      if (quantity === null) return refuse('invalid_quantity', { problem: 'above_max' });
      return { ...selection, planId, quantity };
    });
  },

  setCycle(cycleId) {
    return editSelection(this, ['upgrade'], (selection, catalog) =>
      catalog.cycles.some((cycle) => cycle.id === cycleId) ? { ...selection, cycleId } : refuse('unknown_id'),
    );
  },

  setPlanQuantity(quantity) {
    return editSelection(this, ['upgrade'], (selection, _catalog, state) => {
      const field = planQuantityField(state);
      if (typeof field === 'string') return refuse(field);
      return quantityRefusal(field.rule, quantity) ?? { ...selection, quantity };
    });
  },

  setSla(slaId) {
    return editSelection(this, ['upgrade'], (selection, catalog) =>
      slaId === null || catalog.slaLevels.some((level) => level.id === slaId) ? { ...selection, slaId } : refuse('unknown_id'),
    );
  },
};
