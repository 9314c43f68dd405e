/**
 * How `<pay-checkout>` talks to a payment provider's SDK. Each provider loads its SDK only
 * when first used, mounts into a light-DOM element (Stripe and PayPal refuse shadow roots),
 * and never hands card data to Upcart: it returns only ids the backend confirms with.
 */
import type { Money } from '../api/schemas.js';

export interface ProviderOptions {
  /** BCP 47 locale passed to the provider's UI. */
  locale: string;
  /** CSP nonce for the `<script>` the provider loads. */
  nonce?: string | undefined;
}

export interface StripeOptions extends ProviderOptions {
  publishableKey: string;
  /**
   * Load this script before `loadStripe` instead of Stripe's own (a local stand-in for tests and
   * the offline demo). `loadStripe` uses `window.Stripe` when the script has defined it.
   */
  scriptUrl?: string | undefined;
}

/** The outcome of confirming a card payment. */
export type CardResult =
  | { readonly status: 'succeeded'; readonly paymentIntentId: string }
  /** Declined, or authentication failed: the buyer may try again with the same fields. */
  | { readonly status: 'failed'; readonly message: string };

/** Stripe's Payment Element, mounted and waiting for the buyer's card. */
export interface CardPayment {
  /** Keeps the amount the Payment Element shows in step with the quote. */
  update(amount: Money): void;
  /** Validates the fields (Stripe shows its own messages); false when the buyer must correct them. */
  submit(): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Confirms with the order's client secret; an extra authentication step is left to Stripe. */
  confirm(clientSecret: string): Promise<CardResult>;
  /** Removes the element from the page. */
  destroy(): void;
}

export interface PaypalOptions extends ProviderOptions {
  clientId: string;
  currency: string;
  /** Base URL of the SDK script (`sdkBaseUrl` of paypal-js): a local stand-in for tests and the demo. */
  sdkBaseUrl?: string | undefined;
}

export interface PaypalCallbacks {
  /** Creates (or reuses) our order and answers its PayPal order id. */
  createOrder(): Promise<string>;
  /** The buyer approved in PayPal: confirm our order with this PayPal order id. */
  onApprove(paypalOrderId: string): Promise<void>;
  /** The buyer closed PayPal without paying; the order stays payable. */
  onCancel(): void;
  onError(message: string): void;
}

/** PayPal's buttons, rendered. */
export interface PaypalButtons {
  destroy(): void;
}

/** A failure to load a provider's SDK: the buyer can still pay offline. */
export class ProviderLoadError extends Error {
  override readonly name = 'ProviderLoadError';
}
