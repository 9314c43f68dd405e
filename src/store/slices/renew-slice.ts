/** Which subscriptions to renew, for how long, and whether on the standard renewal date. */
import type { Subscription } from '../../api/schemas.js';
import { refuse, type ActionResult } from '../action-result.js';
import { editSelection } from './edit-selection.js';
import type { StoreKit } from './store-kit.js';

export interface RenewActions {
  toggleRenewal(subscriptionId: string): ActionResult;
  setRenewalSelection(subscriptionIds: readonly string[]): ActionResult;
  setDuration(durationId: string): ActionResult;
  /** Renew on the standard renewal date; only when the catalog or the account (the configured day) has one. */
  setCoterm(coterm: boolean): ActionResult;
}

export const renewActions: RenewActions & ThisType<StoreKit> = {
  toggleRenewal(subscriptionId) {
    return editSelection(this, ['renew'], (selection, _catalog, state) => {
      if (!state.subscriptions.some((subscription) => subscription.id === subscriptionId)) return refuse('unknown_id');
      const chosen = new Set(selection.subscriptionIds);
      if (!chosen.delete(subscriptionId)) chosen.add(subscriptionId);
      return { ...selection, subscriptionIds: inListOrder(state.subscriptions, chosen) };
    });
  },

  setRenewalSelection(subscriptionIds) {
    return editSelection(this, ['renew'], (selection, _catalog, state) => {
      const known = new Set(state.subscriptions.map((subscription) => subscription.id));
      if (!subscriptionIds.every((id) => known.has(id))) return refuse('unknown_id');
      const next = inListOrder(state.subscriptions, new Set(subscriptionIds));
      return sameItems(next, selection.subscriptionIds) ? selection : { ...selection, subscriptionIds: next };
    });
  },

  setDuration(durationId) {
    return editSelection(this, ['renew'], (selection, catalog) =>
      catalog.renewalDurations.some((duration) => duration.id === durationId) ? { ...selection, durationId } : refuse('unknown_id'),
    );
  },

  setCoterm(coterm) {
    return editSelection(this, ['renew'], (selection, catalog, state) =>
      coterm && !(catalog.standardRenewalDay ?? state.config?.standardRenewalDay) ? refuse('not_allowed') : { ...selection, coterm },
    );
  },
};

function inListOrder(subscriptions: readonly Subscription[], ids: ReadonlySet<string>): string[] {
  return subscriptions.filter((subscription) => ids.has(subscription.id)).map((subscription) => subscription.id);
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
