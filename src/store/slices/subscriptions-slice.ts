/** Account actions on a subscription: automatic renewal on or off, and unsubscribe. */
import type { Subscription } from '../../api/schemas.js';
import { refuse, type ActionResult } from '../action-result.js';
import type { StoreKit } from './store-kit.js';

export interface SubscriptionsActions {
  /** Turns automatic renewal of a subscription on or off, on the server. */
  setSubscriptionAutoRenew(subscriptionId: string, autoRenew: boolean): Promise<ActionResult>;
  /** Ends a subscription at its term end. */
  unsubscribe(subscriptionId: string): Promise<ActionResult>;
}

export const subscriptionsActions: SubscriptionsActions & ThisType<StoreKit & SubscriptionsActions> = {
  setSubscriptionAutoRenew(subscriptionId, autoRenew) {
    return change(
      this,
      'autoRenew',
      subscriptionId,
      (signal) => this.backend.setAutoRenew(subscriptionId, autoRenew, { signal }),
      () => this.setSubscriptionAutoRenew(subscriptionId, autoRenew),
    );
  },

  unsubscribe(subscriptionId) {
    return change(
      this,
      'unsubscribe',
      subscriptionId,
      (signal) => this.backend.unsubscribe(subscriptionId, { signal }),
      () => this.unsubscribe(subscriptionId),
    );
  },
};

function change(
  kit: StoreKit,
  step: 'autoRenew' | 'unsubscribe',
  subscriptionId: string,
  send: (signal: AbortSignal) => Promise<Subscription>,
  again: () => Promise<ActionResult>,
): Promise<ActionResult> {
  if (kit.container.destroyed) return Promise.resolve(refuse('destroyed'));
  if (!kit.container.get().subscriptions.some((subscription) => subscription.id === subscriptionId)) return Promise.resolve(refuse('unknown_id'));
  // One at a time, so the step's status always describes the last request.
  if (kit.runner.busy(step)) return Promise.resolve(refuse('busy'));
  kit.runner.repeatWith(step, again);
  return kit.runner.call(step, send, (updated, state) => ({
    ...state,
    subscriptions: state.subscriptions.map((subscription) => (subscription.id === updated.id ? updated : subscription)),
  }));
}
