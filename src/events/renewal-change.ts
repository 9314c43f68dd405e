import type { RenewalMode, RenewalSelection } from '../api/schemas.js';
import type { RenewalCounts } from '../api/renewal-schemas.js';
import { UpcartEvent } from './upcart-event.js';

export type UpcartRenewalChangeDetail = {
  /** `done`: the backend applied it; `failed`: nothing changed (`code` says why). */
  readonly status: 'done' | 'failed';
  /** Moved to a tab (`mode`), or given the account's standard renewal day (`day`). */
  readonly action: { readonly kind: 'mode'; readonly mode: RenewalMode } | { readonly kind: 'day'; readonly day: number };
  /** The resources it was for: by id, or the view's filter less exceptions. */
  readonly selection: RenewalSelection;
  /** How many resources it changed (`done`). */
  readonly updated?: number;
  /** The tabs' counts after it, without search criteria (`done`). */
  readonly counts?: RenewalCounts;
  /** The failure's code (`failed`): `network`, `http`, … as `CheckoutError.code`. */
  readonly code?: string;
};

/** `<renewal-center>` moved resources to another tab or set their renewal day, or failed to. */
export class UpcartRenewalChangeEvent extends UpcartEvent<UpcartRenewalChangeDetail> {
  static override readonly eventName = 'upcart-renewal-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'upcart-renewal-change': UpcartRenewalChangeEvent;
  }
}
