/**
 * What the lazily loaded order result (order-result.ts) gets from its `<pay-checkout>` besides
 * what every lazy view gets (shared/host-context.ts). Types only, so the element can name them
 * without bundling the result.
 */
import type { TemplateResult } from 'lit';
import type { Catalog } from '../../api/schemas.js';
import type { CheckoutOrder } from '../../store/checkout-state.js';
import type { HostContext } from '../shared/host-context.js';

export interface OrderResultContext extends HostContext {
  /** "Start a new order". */
  newOrder(): void;
}

/** The order result of one element, created when its module is in (see result-loaders.ts). */
export interface OrderResultView {
  /** The order's result, every receipt row read from the order; `catalog` names its lines' items in the buyer's language. */
  render(order: CheckoutOrder, catalog: Catalog | null): TemplateResult;
}

export type OrderResultClass = new (context: OrderResultContext) => OrderResultView;
