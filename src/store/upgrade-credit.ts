/**
 * Which billing cycles an upgrade as selected cannot be bought in: the new term would cost less
 * than the credit for the unused paid term (`Subscription.upgradeCredit`), and the backend refuses
 * such a quote with `credit_exceeds_price`. Pure, so the picker can say so before the buyer
 * chooses a cycle, and again when a smaller quantity or another plan makes the chosen one too short.
 *
 * The new term's price is an estimate from the catalog's monthly prices (the quote stays the
 * price): a cycle counts as too short only when its estimate is below the credit by more than the
 * rounding of its lines can make up, so nothing the backend would take is ever marked.
 */
import type { Catalog, Subscription } from '../api/schemas.js';
import type { UpgradeSelection } from './checkout-state.js';

/** Monthly amounts of the lines the new term is billed for: the plan, a paid SLA, services above what is included. */
function monthlyLines(catalog: Catalog, subscription: Subscription, selection: UpgradeSelection): number[] | null {
  const plan = catalog.plans.find((candidate) => candidate.id === selection.planId);
  if (!plan) return null;
  const lines = [plan.unitPrice.amount * selection.quantity];
  const sla = catalog.slaLevels.find((level) => level.id === selection.slaId);
  if (sla && sla.monthlyPrice.amount > 0) lines.push(sla.monthlyPrice.amount);
  // The backend books the subscription's services, with the selection's quantities over them.
  const booked = new Map(subscription.services.map((item) => [item.serviceId, item.quantity]));
  for (const [serviceId, quantity] of Object.entries(selection.services)) booked.set(serviceId, quantity);
  for (const service of catalog.services) {
    const charged = (booked.get(service.id) ?? 0) - service.included;
    if (charged > 0) lines.push(service.unitPrice.amount * charged);
  }
  return lines;
}

/** The ids of the catalog's cycles in which the selection's new term would cost less than the upgrade credit. */
export function cyclesBelowCredit(catalog: Catalog, subscription: Subscription | undefined, selection: UpgradeSelection): ReadonlySet<string> {
  const credit = subscription?.upgradeCredit;
  if (subscription === undefined || credit === undefined || credit.amount <= 0 || credit.currency !== catalog.currency) return new Set();
  const lines = monthlyLines(catalog, subscription, selection);
  if (lines === null) return new Set();
  const monthly = lines.reduce((sum, amount) => sum + amount, 0);
  // Each line is rounded once, by at most half a minor unit.
  const rounding = lines.length / 2;
  return new Set(
    catalog.cycles.filter((cycle) => (monthly * cycle.months * (100 - cycle.discountPercent)) / 100 + rounding < credit.amount).map((cycle) => cycle.id),
  );
}
