/**
 * Everything that still keeps the order from being placed, in the order a buyer fixes them: the
 * one list `placeOrder()` refuses by and `<pay-checkout>` shows. Equal lists are the same array,
 * so a slice holding one stays equal while nothing changed.
 */
import { piNumberProblem } from '../../api/rules.js';
import type { CheckoutState } from '../checkout-state.js';
import { quotePricesSelection } from './pricing.js';

export type OrderBlocker =
  /** A control shows a value the store refused. */
  | 'rejected_input'
  /** No quote for the selection yet, and one is on its way. */
  | 'quote_loading'
  | 'no_quote'
  /** The total changed; the buyer confirms the new one first. */
  | 'confirm_price'
  | 'no_contact'
  | 'no_payment_method'
  /** Offline: the PI number breaks the contract's rule. */
  | 'invalid_pi_number';

export type OrderBlockerInputs = Pick<
  CheckoutState,
  'rejectedInputs' | 'quote' | 'quoteRequest' | 'pricing' | 'priceChange' | 'contactId' | 'payment' | 'status'
>;

const lists = new Map<string, readonly OrderBlocker[]>();

export function orderBlockers(state: OrderBlockerInputs): readonly OrderBlocker[] {
  const { payment } = state;
  const blockers: OrderBlocker[] = [];
  if (Object.keys(state.rejectedInputs).length > 0) blockers.push('rejected_input');
  if (!quotePricesSelection(state)) blockers.push(state.status.quote.state === 'loading' ? 'quote_loading' : 'no_quote');
  if (state.priceChange !== null) blockers.push('confirm_price');
  if (state.contactId === null) blockers.push('no_contact');
  if (payment.method === null) blockers.push('no_payment_method');
  if (payment.method === 'offline' && piNumberProblem(payment.piNumber) !== null) blockers.push('invalid_pi_number');
  const key = blockers.join();
  const known = lists.get(key);
  if (known) return known;
  const list = Object.freeze(blockers);
  lists.set(key, list);
  return list;
}
