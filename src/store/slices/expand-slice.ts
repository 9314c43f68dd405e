/**
 * Quantity-based services: the whole selection of an expand, and the services booked with an
 * upgrade. Each quantity is checked with the rule its field shows (`serviceQuantityField`).
 */
import { refuse, type ActionResult } from '../action-result.js';
import type { QuantityMap } from '../checkout-state.js';
import { currentServiceQuantity, nextQuantity } from '../quantity-rules.js';
import { serviceQuantityField } from '../selectors/quantity-field.js';
import { editSelection, quantityRefusal } from './edit-selection.js';
import type { StoreKit } from './store-kit.js';

export interface ExpandActions {
  /** Sets a service's new total: expand capacity, or a service booked with an upgrade. */
  setQuantity(serviceId: string, quantity: number): ActionResult;
  /** Adds one of the "other services", at `quantity` or the smallest amount that adds something. */
  addService(serviceId: string, quantity?: number): ActionResult;
  /** Takes a service out of the order: back to the current capacity, or not booked at all. */
  removeService(serviceId: string): ActionResult;
}

export const expandActions: ExpandActions & ThisType<StoreKit> = {
  setQuantity(serviceId, quantity) {
    return editSelection(this, ['expand', 'upgrade'], (selection, _catalog, state) => {
      const field = serviceQuantityField(state, serviceId);
      if (typeof field === 'string') return refuse(field);
      const refusal = quantityRefusal(field.rule, quantity);
      if (refusal) return refusal;
      return selection.flow === 'expand'
        ? { ...selection, quantities: withQuantity(selection.quantities, serviceId, quantity) }
        : { ...selection, services: withQuantity(selection.services, serviceId, quantity) };
    });
  },

  addService(serviceId, quantity) {
    return editSelection(this, ['expand', 'upgrade'], (selection, _catalog, state) => {
      const field = serviceQuantityField(state, serviceId);
      if (typeof field === 'string') return refuse(field);
      const quantities = selection.flow === 'expand' ? selection.quantities : selection.services;
      if (Object.hasOwn(quantities, serviceId)) return refuse('not_allowed');
      const { rule } = field;
      const chosen = quantity ?? nextQuantity(rule, rule.floor);
      if (chosen === null) return refuse('invalid_quantity', { problem: 'above_max' });
      const refusal = quantityRefusal(rule, chosen);
      if (refusal) return refusal;
      return selection.flow === 'expand'
        ? { ...selection, quantities: withQuantity(quantities, serviceId, chosen) }
        : { ...selection, services: withQuantity(quantities, serviceId, chosen) };
    });
  },

  removeService(serviceId) {
    return editSelection(this, ['expand', 'upgrade'], (selection, _catalog, state) => {
      if (selection.flow === 'expand') {
        if (!Object.hasOwn(selection.quantities, serviceId)) return refuse('unknown_id');
        const subscription = state.subscriptions[0];
        const owned = subscription?.services.some((item) => item.serviceId === serviceId) ?? false;
        const quantities = owned
          ? withQuantity(selection.quantities, serviceId, currentServiceQuantity(subscription, serviceId))
          : without(selection.quantities, serviceId);
        return { ...selection, quantities };
      }
      if (!Object.hasOwn(selection.services, serviceId)) return refuse('unknown_id');
      return { ...selection, services: without(selection.services, serviceId) };
    });
  },
};

function withQuantity(quantities: QuantityMap, serviceId: string, quantity: number): QuantityMap {
  return quantities[serviceId] === quantity ? quantities : { ...quantities, [serviceId]: quantity };
}

function without(quantities: QuantityMap, serviceId: string): QuantityMap {
  const { [serviceId]: _removed, ...rest } = quantities;
  return rest;
}
