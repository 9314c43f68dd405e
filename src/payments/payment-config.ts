/**
 * Page-wide payment settings a portal sets once, before or after the elements load. Keys and ids
 * come from the backend's catalog (`catalog.payments`) or from `<pay-checkout>` attributes; these
 * settings say where the providers' scripts come from and which CSP nonce they carry.
 *
 * ```ts
 * import { configurePayments } from 'upcart';
 * configurePayments({ nonce: document.querySelector('meta[name=csp-nonce]')?.content });
 * ```
 */
export interface PaymentSettings {
  /** Nonce for the `<script>` elements the providers add, for a Content-Security-Policy with nonces. */
  nonce?: string | undefined;
  /** A Stripe.js of your own (a stand-in for tests or an offline demo); Stripe's own by default. */
  stripeScriptUrl?: string | undefined;
  /** Base URL of the PayPal SDK (paypal-js `sdkBaseUrl`); PayPal's own by default. */
  paypalSdkBaseUrl?: string | undefined;
  /**
   * After the provider's step, the waits (ms) between reads of the order until the server says
   * it is paid or failed; then the buyer is told it is still being confirmed and may check again.
   */
  confirmPollMs?: readonly number[] | undefined;
}

let settings: PaymentSettings = {};

export function configurePayments(next: PaymentSettings): void {
  settings = { ...settings, ...next };
}

export function paymentSettings(): Readonly<PaymentSettings> {
  return settings;
}
