/**
 * What a store action answers. Actions never throw: a refused input or a failed call is a value
 * the caller may inspect, and the state records only what was accepted.
 */
import type { CheckoutError } from '../api/errors.js';
import type { QuantityProblem } from './quantity-rules.js';

export type RefusalReason =
  /** `destroy()` was called. */
  | 'destroyed'
  /** `configure()` was not called yet. */
  | 'not_configured'
  /** The configuration is incomplete or malformed. */
  | 'invalid_config'
  /** Catalog, subscriptions or selection are not loaded yet. */
  | 'not_ready'
  /** The action belongs to another flow. */
  | 'wrong_flow'
  /** No plan, service, cycle, level, duration, subscription or contact with that id. */
  | 'unknown_id'
  | 'invalid_quantity'
  /** Input failed validation; `error.fields` says where. */
  | 'invalid_input'
  /** Known but not allowed here: a lower package, co-terming without a standard day, a method not offered. */
  | 'not_allowed'
  /** The same kind of request is in flight, or an order is (the selection waits for its answer). */
  | 'busy'
  /** No quote for the current selection yet. */
  | 'no_quote'
  /** The quote expired; a new one was asked for. */
  | 'quote_expired'
  /** The total changed; the buyer must confirm the new one first. */
  | 'confirm_price'
  | 'no_contact'
  | 'no_payment_method'
  /** The current quote already has an order. */
  | 'already_ordered'
  /** The order is complete: the checkout shows its receipt until `startNewOrder()`. */
  | 'order_complete'
  /** A control shows a value the store refused (`state.rejectedInputs`); fix it first. */
  | 'rejected_input'
  | 'no_order'
  | 'nothing_to_retry'
  /** A newer request or `destroy()` replaced this one; nothing is shown. */
  | 'aborted'
  /** The backend call failed; `error` says how, and the step's status holds it. */
  | 'failed';

export interface ActionRefusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** For `invalid_quantity`. */
  readonly problem?: QuantityProblem;
  /** For `failed` and `invalid_input`. */
  readonly error?: CheckoutError;
}

export type ActionResult = { readonly ok: true } | ActionRefusal;

export const OK: ActionResult = Object.freeze({ ok: true });

export function refuse(reason: RefusalReason, detail: Omit<ActionRefusal, 'ok' | 'reason'> = {}): ActionRefusal {
  return { ok: false, reason, ...detail };
}
