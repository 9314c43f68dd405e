/**
 * A quantity the buyer edits, as the selection holds it: its rule, its value and what the
 * subscription has now. The store checks `setQuantity` / `setPlanQuantity` with this rule, and a
 * bound stepper draws itself from the same field, so the two never disagree.
 */
import type { Plan, Service } from '../../api/schemas.js';
import type { CheckoutState } from '../checkout-state.js';
import { currentServiceQuantity, expandServiceRule, keepsPaidPlan, planQuantityRule, upgradeServiceRule, type QuantityRule } from '../quantity-rules.js';

export interface QuantityField<T extends Plan | Service> {
  readonly item: T;
  readonly rule: QuantityRule;
  readonly value: number;
  /** What the subscription has now, when it has this; null otherwise. */
  readonly current: number | null;
}

export type QuantityFieldInputs = Pick<CheckoutState, 'catalog' | 'subscriptions' | 'selection'>;

/** Upgrade: the accounts on the chosen package; `not_ready` until a package is chosen. */
export function planQuantityField(state: QuantityFieldInputs): QuantityField<Plan> | 'wrong_flow' | 'not_ready' {
  const { selection, catalog } = state;
  if (selection?.flow !== 'upgrade') return 'wrong_flow';
  const plan = catalog?.plans.find((candidate) => candidate.id === selection.planId);
  if (!plan) return 'not_ready';
  const subscription = state.subscriptions[0];
  return {
    item: plan,
    rule: planQuantityRule(plan, subscription),
    value: selection.quantity,
    current: subscription !== undefined && keepsPaidPlan(plan, subscription) ? subscription.quantity : null,
  };
}

/** Expand: a service's new total; upgrade: a service booked with the plan. */
export function serviceQuantityField(state: QuantityFieldInputs, serviceId: string): QuantityField<Service> | 'wrong_flow' | 'unknown_id' {
  const { selection, catalog } = state;
  if (selection === null || selection.flow === 'renew') return 'wrong_flow';
  const service = catalog?.services.find((candidate) => candidate.id === serviceId);
  if (!service) return 'unknown_id';
  if (selection.flow === 'upgrade') {
    return { item: service, rule: upgradeServiceRule(service), value: selection.services[service.id] ?? service.min, current: null };
  }
  const subscription = state.subscriptions[0];
  const current = currentServiceQuantity(subscription, service.id);
  const owned = subscription?.services.some((item) => item.serviceId === service.id) ?? false;
  return { item: service, rule: expandServiceRule(service, current), value: selection.quantities[service.id] ?? current, current: owned ? current : null };
}
