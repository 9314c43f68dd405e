/**
 * Where each flow's selection starts once catalog and subscriptions are known: what the buyer
 * has now, so that nothing is quoted until they change something (a trial upgrade aside).
 */
import type { Catalog, Subscription } from '../api/schemas.js';
import { isOrderComplete, type CheckoutConfig, type CheckoutState, type QuantityMap, type Selection } from './checkout-state.js';

export function quantitiesOf(subscription: Subscription): QuantityMap {
  return Object.fromEntries(subscription.services.map((item) => [item.serviceId, item.quantity]));
}

export function initialSelection(config: CheckoutConfig, catalog: Catalog, subscriptions: readonly Subscription[]): Selection | null {
  switch (config.flow) {
    case 'expand': {
      const subscription = subscriptions[0];
      return subscription ? { flow: 'expand', quantities: quantitiesOf(subscription) } : null;
    }
    case 'upgrade': {
      const subscription = subscriptions[0];
      if (!subscription) return null;
      // The subscription as it is, so an untouched selection asks for no quote.
      return {
        flow: 'upgrade',
        planId: subscription.planId ?? null,
        cycleId: subscription.cycleId,
        quantity: subscription.quantity,
        slaId: subscription.slaId ?? null,
        services: quantitiesOf(subscription),
      };
    }
    case 'renew': {
      const preselected = subscriptions.filter((subscription) => subscription.id === config.subscriptionId);
      return {
        flow: 'renew',
        subscriptionIds: preselected.map((subscription) => subscription.id),
        durationId: catalog.renewalDurations[0]?.id ?? null,
        coterm: false,
      };
    }
  }
}

export function subscriptionsLoaded(state: CheckoutState): boolean {
  return state.status.subscriptions.state === 'done' || state.status.lookup.state === 'done';
}

/** Catalog or subscriptions just (re)loaded: the selection starts over from what the buyer has. */
export function withFreshSelection(state: CheckoutState, haveSubscriptions: boolean): CheckoutState {
  // A receipt keeps what was ordered; the subscriptions read again show their new state beside it.
  if (isOrderComplete(state)) return state;
  const { config, catalog } = state;
  const selection = config !== null && catalog !== null && haveSubscriptions ? initialSelection(config, catalog, state.subscriptions) : null;
  return { ...state, selection };
}
