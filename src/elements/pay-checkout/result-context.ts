/**
 * What the lazily loaded order result (order-result.ts) gets from its `<pay-checkout>` besides
 * what every lazy view gets (shared/host-context.ts). Types only, so the element can name them
 * without bundling the result.
 */
import type { TemplateResult } from 'lit';
import type { Quote } from '../../api/schemas.js';
import type { CheckoutOrder } from '../../store/checkout-state.js';
import type { HostContext } from '../shared/host-context.js';

export interface OrderResultContext extends HostContext {
  /** "Start a new order". */
  newOrder(): void;
}

/** The order result of one element, created when its module is in (see result-loaders.ts). */
export interface OrderResultView {
  /** The order's result, with the receipt rows of `quote` when the order was placed for it. */
  render(order: CheckoutOrder, quote: Quote | null): TemplateResult;
}

export type OrderResultClass = new (context: OrderResultContext) => OrderResultView;
