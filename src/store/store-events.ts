/**
 * What the store tells the outside world besides its state: the moments a host page cares about.
 * Elements turn these into `upcart-*` DOM events.
 */
import type { CheckoutError } from '../api/errors.js';
import type { Quote, Subscription } from '../api/schemas.js';
import type { AsyncStep, CheckoutOrder } from './checkout-state.js';

/**
 * Calls of the account elements, which keep state of their own and report their failures through
 * the store (`reportAccountFailure`): the order list and an invoice link; the renewal center's
 * rows (first page, next page), tab counts, an action (move, renewal day), the account's renewal
 * settings and a renewal quote's items.
 */
export type AccountStep = 'orders' | 'invoiceLink' | 'renewals' | 'renewalsMore' | 'renewalCounts' | 'renewalAction' | 'renewalSettings' | 'renewalItems';

export type CheckoutStoreEvent =
  /** The payable quote changed: a new one arrived, or the selection changed and it was cleared. */
  | { readonly type: 'quote-change'; readonly quote: Quote | null }
  /** An order was created (for card and PayPal, payment follows). */
  | { readonly type: 'order-placed'; readonly order: CheckoutOrder }
  /** An existing order changed: confirmed after payment, or refreshed. */
  | { readonly type: 'order-update'; readonly order: CheckoutOrder }
  /** The subscriptions were read again after a complete order, to show their new state. */
  | { readonly type: 'subscriptions-update'; readonly subscriptions: readonly Subscription[] }
  /** The buyer left the receipt of an order for a fresh selection (`startNewOrder()`). */
  | { readonly type: 'new-order' }
  /** A backend call failed (the checkout's, or an account element's); aborted calls and refused input are not reported here. */
  | { readonly type: 'error'; readonly step: AsyncStep | AccountStep; readonly error: CheckoutError };

export type CheckoutStoreEventType = CheckoutStoreEvent['type'];

export type CheckoutStoreEventListener = (event: CheckoutStoreEvent) => void;
