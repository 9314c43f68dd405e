/**
 * What the plan picker's mode views share: the slice of state they render and the handle to the
 * element they render for (messages, locale, store actions, events). Views are reactive
 * controllers of the one `<plan-picker>` element, so their markup lives in its shadow root and
 * its parts and styles apply.
 */
import type { ViewClass } from '../shared/lazy-views.js';
import type { nothing, TemplateResult } from 'lit';
import type { Flow } from '../../api/schemas.js';
import { isOrderComplete, type CheckoutState, type StepStatus } from '../../store/checkout-state.js';
import type { HostContext } from '../shared/host-context.js';

/** The state the picker renders; each field is replaced, never mutated, by the store. */
export interface PickerSlice {
  readonly config: CheckoutState['config'];
  readonly catalog: CheckoutState['catalog'];
  readonly customer: CheckoutState['customer'];
  readonly subscriptions: CheckoutState['subscriptions'];
  readonly productSubscriptions: CheckoutState['productSubscriptions'];
  readonly selection: CheckoutState['selection'];
  readonly quote: CheckoutState['quote'];
  /** The order is complete: the picker shows what was ordered, read-only. */
  readonly complete: boolean;
  readonly rejectedInputs: CheckoutState['rejectedInputs'];
  readonly catalogStatus: StepStatus;
  readonly subscriptionsStatus: StepStatus;
  readonly lookupStatus: StepStatus;
  readonly autoRenewStatus: StepStatus;
  readonly unsubscribeStatus: StepStatus;
}

export function selectPickerSlice(state: CheckoutState): PickerSlice {
  return {
    config: state.config,
    catalog: state.catalog,
    customer: state.customer,
    subscriptions: state.subscriptions,
    productSubscriptions: state.productSubscriptions,
    selection: state.selection,
    quote: state.quote,
    complete: isOrderComplete(state),
    rejectedInputs: state.rejectedInputs,
    catalogStatus: state.status.catalog,
    subscriptionsStatus: state.status.subscriptions,
    lookupStatus: state.status.lookup,
    autoRenewStatus: state.status.autoRenew,
    unsubscribeStatus: state.status.unsubscribe,
  };
}

/** The flow the picker shows: the selection's once there is one, else the configuration's. */
export function flowOf(slice: PickerSlice): Flow | undefined {
  return slice.selection?.flow ?? slice.config?.flow;
}

export interface ViewContext extends HostContext {
  /** The host's `theme`, handed on to the steppers it renders. */
  theme(): 'light' | 'dark' | undefined;
  /** Fires one of Upcart's typed events from the host element. */
  emit(event: Event): void;
  /** Fires `upcart-selection-change` with the store's selection, after a change the buyer made. */
  selectionChanged(): void;
}

/** A mode's view, created once per picker when its module is in (see view-loaders.ts). */
export interface PickerView {
  render(slice: PickerSlice): TemplateResult | typeof nothing;
}

export type PickerViewClass = ViewClass<ViewContext, PickerView>;
