/**
 * Where the order result comes from: its own chunk (the result, the receipt rows, the invoice
 * link and their messages), imported when a `<pay-checkout>` has an order to show, or ahead of
 * time when the buyer reaches for the pay button. The record is mutable so a test can swap the
 * loader for one that stalls or fails, and restore it after.
 */
import type { ViewLoaders } from '../shared/lazy-views.js';
import type { OrderResultContext, OrderResultView } from './result-context.js';

export const resultLoaders: ViewLoaders<'result', OrderResultContext, OrderResultView> = {
  result: () => import('./order-result.js').then((module) => module.OrderResult),
};
