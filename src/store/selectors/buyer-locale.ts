/** The buyer's language as the store has it: the flow's configuration's, else the session's. */
import type { CheckoutState } from '../checkout-state.js';

export function buyerLocale(state: Pick<CheckoutState, 'config' | 'locale'>): string | undefined {
  return state.config?.locale ?? state.locale;
}

/** A backend call's `locale` option: the buyer's language, which an HTTP backend sends as `Accept-Language`. */
export function localeOption(state: Pick<CheckoutState, 'config' | 'locale'>): { locale?: string } {
  const locale = buyerLocale(state);
  return locale ? { locale } : {};
}
