/**
 * The PayPal step of `<pay-checkout>`: renders PayPal's buttons into a light-DOM mount when PayPal
 * is chosen (the SDK loads only then). `createOrder` goes through our backend, `onApprove`
 * confirms our order; a cancel or an error leaves the order payable for another try.
 */
import type { PaypalButtons, PaypalCallbacks, PaypalOptions } from './payment-provider.js';
import { ProviderController, type ProviderPhase } from './provider-controller.js';

type PaypalExtra =
  | { readonly phase: 'approving' }
  /** The buyer closed PayPal; nothing was charged. */
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly message: string };

export type PaypalState = ProviderPhase<PaypalExtra>;

export class PaypalController extends ProviderController<PaypalExtra, PaypalButtons> {
  /** The options the buttons were rendered with: other options (currency, locale) re-render. */
  #renderedFor = '';

  ensure(options: PaypalOptions, callbacks: Pick<PaypalCallbacks, 'createOrder'> & { onApprove(id: string): Promise<boolean>; settle(): Promise<void> }): void {
    const signature = JSON.stringify([options.clientId, options.currency, options.locale, options.sdkBaseUrl]);
    if (this.#renderedFor === signature && this.state.phase !== 'idle') return;
    this.teardown();
    this.#renderedFor = signature;
    this.load((element, generation) => {
      const current = () => generation === this.generation;
      const wrapped: PaypalCallbacks = {
        createOrder: callbacks.createOrder,
        onApprove: async (paypalOrderId) => {
          this.set({ phase: 'approving' });
          // The server captures; while its answer is not paid yet, read the order until it is.
          const confirmed = await callbacks.onApprove(paypalOrderId);
          if (!current()) return;
          if (confirmed) await callbacks.settle();
          else this.set({ phase: 'ready' });
        },
        onCancel: () => {
          if (current()) this.set({ phase: 'cancelled' });
        },
        onError: (message) => {
          if (current()) this.set({ phase: 'failed', message });
        },
      };
      // PayPal's loader is a chunk of its own, fetched only when PayPal is chosen.
      return import('./paypal.js').then(({ renderPaypalButtons }) => renderPaypalButtons(element, wrapped, options));
    });
  }

  override teardown(): void {
    this.#renderedFor = '';
    super.teardown();
  }
}
