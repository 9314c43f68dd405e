/**
 * Which quantities the catalog allows. Pure, so a stepper can disable its buttons and preview a
 * value with the same rule the store uses to refuse one.
 */
import type { Plan, Service, Subscription } from '../api/schemas.js';

/** The contract's upper bound of an upgrade quantity. */
const MAX_PLAN_QUANTITY = 1_000_000;

export interface QuantityRule {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Valid values are `base + k * step`. */
  readonly base: number;
  /** Nothing below this is allowed (the current quantity when capacity can only grow). */
  readonly floor: number;
}

export type QuantityProblem = 'not_integer' | 'below_current' | 'below_min' | 'above_max' | 'off_step';

export type QuantityCheck = { readonly ok: true } | { readonly ok: false; readonly problem: QuantityProblem };

/** The quantity of a service on a subscription; 0 when it has none. */
export function currentServiceQuantity(subscription: Subscription | undefined, serviceId: string): number {
  return subscription?.services.find((item) => item.serviceId === serviceId)?.quantity ?? 0;
}

/**
 * Expand: the new total of a service. Units are bought in steps on top of what the subscription
 * already has, and capacity never shrinks.
 */
export function expandServiceRule(service: Service, current: number): QuantityRule {
  return { min: service.min, max: service.max, step: service.step, base: current, floor: current };
}

/** Upgrade: a service booked with the new plan, counted from the catalog's minimum. */
export function upgradeServiceRule(service: Service): QuantityRule {
  return { min: service.min, max: service.max, step: service.step, base: service.min, floor: service.min };
}

/**
 * Upgrade: accounts on a plan. Staying on the current plan of a paid subscription can only add
 * accounts; another plan, or any plan from a trial, starts at the plan's minimum.
 */
export function planQuantityRule(plan: Plan, subscription: Subscription | undefined): QuantityRule {
  const max = Math.min(plan.maxQuantity, MAX_PLAN_QUANTITY);
  const floor = subscription !== undefined && keepsPaidPlan(plan, subscription) ? Math.max(plan.minQuantity, subscription.quantity) : plan.minQuantity;
  return { min: plan.minQuantity, max, step: 1, base: plan.minQuantity, floor };
}

/** A paid subscription staying on its plan: what it has is the floor. */
export function keepsPaidPlan(plan: Plan, subscription: Subscription): boolean {
  return subscription.status !== 'trial' && subscription.planId === plan.id;
}

export function checkQuantity(rule: QuantityRule, quantity: number): QuantityCheck {
  if (!Number.isSafeInteger(quantity)) return { ok: false, problem: 'not_integer' };
  // Below a floor that is only the minimum is below the minimum, not below anything the buyer has.
  if (quantity < rule.floor) return { ok: false, problem: rule.floor > rule.min ? 'below_current' : 'below_min' };
  // What the buyer already has stays valid even if the catalog's limits moved since.
  if (quantity === rule.floor && rule.floor === rule.base) return { ok: true };
  if (quantity < rule.min) return { ok: false, problem: 'below_min' };
  if (quantity > rule.max) return { ok: false, problem: 'above_max' };
  if ((quantity - rule.base) % rule.step !== 0) return { ok: false, problem: 'off_step' };
  return { ok: true };
}

export function isValidQuantity(rule: QuantityRule, quantity: number): boolean {
  return checkQuantity(rule, quantity).ok;
}

/** The smallest valid quantity above `above`, or null when there is none (already at max). */
export function nextQuantity(rule: QuantityRule, above: number): number | null {
  const from = Math.max(Math.floor(above) + 1, rule.min, rule.floor);
  const candidate = rule.base + Math.ceil((from - rule.base) / rule.step) * rule.step;
  return candidate <= rule.max && isValidQuantity(rule, candidate) ? candidate : null;
}

/** The largest valid quantity below `below`, or null when there is none. */
export function previousQuantity(rule: QuantityRule, below: number): number | null {
  const to = Math.min(Math.ceil(below) - 1, rule.max);
  if (to < rule.floor) return null;
  const candidate = rule.base + Math.floor((to - rule.base) / rule.step) * rule.step;
  return isValidQuantity(rule, candidate) ? candidate : null;
}

/** The valid quantity nearest to `quantity`, preferring the lower one on a tie; null if none. */
export function nearestQuantity(rule: QuantityRule, quantity: number): number | null {
  if (isValidQuantity(rule, quantity)) return quantity;
  const lower = previousQuantity(rule, quantity);
  const upper = nextQuantity(rule, quantity);
  if (lower === null) return upper;
  if (upper === null) return lower;
  return quantity - lower <= upper - quantity ? lower : upper;
}
