/**
 * One way to pay as `<pay-checkout>` offers it. Card, PayPal and offline each implement
 * `PaymentMethodHandler`, so the element asks the chosen method what to show and how to pay
 * instead of branching on it. A method reaches the element only through its `PaymentContext`.
 * Each method is a chunk loaded when the buyer chooses it (method-loaders.ts); each adds the
 * methods' English words (locales/en/payment-methods.ts) when it loads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog, Quote } from '../api/schemas.js';
import type { HostContext } from '../elements/shared/host-context.js';
import type { MessageKey } from '../i18n/messages.js';
import { payableOrder, type CheckoutOrder, type PaymentSelection } from '../store/checkout-state.js';
import type { ProviderController } from './provider-controller.js';

/** A card or PayPal controller, as the wait for the server drives it. */
export type Settling = Pick<ProviderController<{ readonly phase: string }, { destroy(): void }>, 'generation' | 'state' | 'set'>;

/** What a method reads from, and does through, the `<pay-checkout>` it belongs to. */
export interface PaymentContext extends HostContext {
  state(): { readonly payment: PaymentSelection; readonly quote: Quote | null; readonly catalog: Catalog | null };
  /** The element's `stripe-key`, else the catalog's. */
  stripeKey(): string | undefined;
  /** The element's `paypal-client-id`, else the catalog's. */
  paypalClientId(): string | undefined;
  /** What still keeps the order from being placed, in the order a buyer fixes them. */
  blockers(): readonly MessageKey[];
}

export interface PaymentMethodHandler {
  /** Its fields under the choice of method: Auto Renew, or the PI number. */
  options(): TemplateResult;
  /** Its part of the actions area: the provider's mount, its status, or why it cannot be used. */
  actions(): TemplateResult | typeof nothing;
  /** Mounts its provider while it is chosen and the order is still to be paid (`active`), else removes it. */
  sync(active: boolean): void;
  /** It cannot take the payment now: no key, or its provider is not (yet) loaded. */
  readonly unavailable: boolean;
  /** A payment of its own is under way. */
  readonly paying: boolean;
  /** The pay button's text while paying. */
  readonly busyLabel: MessageKey;
  /** What the pay button does. */
  pay(): void;
}

/** Card and PayPal renew automatically if the buyer wants (the store sends it for them only). */
export function autoRenewOption(context: PaymentContext): TemplateResult {
  const change = (event: Event) => context.store()?.setAutoRenew((event.target as HTMLInputElement).checked);
  return html`<label class="check" part="auto-renew">
    <input type="checkbox" .checked=${context.state().payment.autoRenew} aria-describedby="auto-renew-hint" @change=${change} />
    <span>${context.t('pay.autoRenew')}</span>
    <span class="hint" id="auto-renew-hint">${context.t('pay.autoRenew.hint')}</span>
  </label>`;
}

/** The pending-payment part (its wait and its note), loaded once a provider's step is done. */
let settlement: typeof import('./settlement.js') | undefined;

/** After the provider's step, waits until the server settles our order (see settlement.ts). */
export function awaitServer(context: PaymentContext, controller: Settling): Promise<void> {
  return import('./settlement.js').then((module) => (settlement = module).awaitServer(context, controller));
}

/** The pending note; its part is loaded by the time a controller is `confirming`. */
export function confirmStatus(context: PaymentContext, controller: Settling): TemplateResult | typeof nothing {
  return settlement?.confirmStatus(context, controller) ?? nothing;
}

/** A provider without its key or id says so; the pay button is described by it. */
export function unavailableNote(context: PaymentContext, key: MessageKey): TemplateResult {
  return html`<p class="unavailable" id="pay-unavailable">${context.t(key)}</p>`;
}

/**
 * Our pending order for the price on screen: the store reuses one only while its quote is
 * current, else orders anew (an expired price is re-quoted and confirmed first).
 */
export async function pendingOrder({ store }: PaymentContext): Promise<CheckoutOrder | null> {
  const current = store();
  if (!current) return null;
  const result = await current.preparePayment();
  return result.ok ? payableOrder(current.getState()) : null;
}

/** Confirms our order with what the provider answered. */
export async function confirmOrder({ store }: PaymentContext, request: { paymentIntentId?: string; paypalOrderId?: string }): Promise<boolean> {
  const result = await store()?.confirmOrder(request);
  return result?.ok === true;
}
