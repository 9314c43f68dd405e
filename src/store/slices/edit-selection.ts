/** The selection edits' common checks, shared by the expand, upgrade and renew slices. */
import type { Catalog, Flow } from '../../api/schemas.js';
import { OK, refuse, type ActionRefusal, type ActionResult } from '../action-result.js';
import { isOrderComplete, type CheckoutState, type Selection } from '../checkout-state.js';
import { checkQuantity, type QuantityRule } from '../quantity-rules.js';
import type { StoreKit } from './store-kit.js';

/**
 * Applies a selection edit of one of `flows`; the edit returns the new selection (the same object
 * for no change) or a refusal.
 */
export function editSelection<F extends Flow>(
  kit: StoreKit,
  flows: readonly F[],
  edit: (selection: Extract<Selection, { flow: F }>, catalog: Catalog, state: CheckoutState) => Selection | ActionRefusal,
): ActionResult {
  if (kit.container.destroyed) return refuse('destroyed');
  const state = kit.container.get();
  if (state.config === null) return refuse('not_configured');
  if (isOrderComplete(state)) return refuse('order_complete');
  const { selection, catalog } = state;
  if (selection === null || catalog === null) return refuse('not_ready');
  if (!(flows as readonly Flow[]).includes(selection.flow)) return refuse('wrong_flow');
  // What is being ordered stays what is on screen until the server answered.
  if (kit.runner.busy('order')) return refuse('busy');
  const next = edit(selection as Extract<Selection, { flow: F }>, catalog, state);
  if ('ok' in next) return next;
  if (next !== selection) kit.container.commit({ ...state, selection: next });
  return OK;
}

/** A refusal for a quantity its rule does not allow; null when it does. */
export function quantityRefusal(rule: QuantityRule, quantity: number): ActionRefusal | null {
  const check = checkQuantity(rule, quantity);
  return check.ok ? null : refuse('invalid_quantity', { problem: check.problem });
}
