/**
 * The PayPal step of `<pay-checkout>`: renders PayPal's buttons into a light-DOM mount when PayPal
 * is chosen (the SDK loads only then). `createOrder` goes through our backend, `onApprove`
 * confirms our order; a cancel or an error leaves the order payable for another try.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createLightDomMount } from '../../payments/light-dom-mount.js';
import type { PaypalButtons, PaypalCallbacks, PaypalOptions } from '../../payments/payment-provider.js';

export type PaypalState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready' }
  | { readonly phase: 'unavailable'; readonly message: string }
  | { readonly phase: 'approving' }
  /** The buyer closed PayPal; nothing was charged. */
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly message: string };

export class PaypalController implements ReactiveController {
  state: PaypalState = { phase: 'idle' };

  private mount: { element: HTMLElement; remove(): void } | null = null;
  private buttons: PaypalButtons | null = null;
  private generation = 0;
  /** The options the buttons were rendered with: other options (currency, locale) re-render. */
  private renderedFor = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly slotName: string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.teardown();
  }

  ensure(options: PaypalOptions, callbacks: Pick<PaypalCallbacks, 'createOrder' | 'onApprove'>): void {
    const signature = JSON.stringify([options.clientId, options.currency, options.locale, options.sdkBaseUrl]);
    if (this.renderedFor === signature && this.state.phase !== 'idle') return;
    this.teardown();
    this.renderedFor = signature;
    const generation = ++this.generation;
    this.set({ phase: 'loading' });
    this.mount = createLightDomMount(this.host, this.slotName);
    const element = this.mount.element;
    const wrapped: PaypalCallbacks = {
      createOrder: callbacks.createOrder,
      onApprove: async (paypalOrderId) => {
        this.set({ phase: 'approving' });
        await callbacks.onApprove(paypalOrderId);
        if (generation === this.generation) this.set({ phase: 'ready' });
      },
      onCancel: () => {
        if (generation === this.generation) this.set({ phase: 'cancelled' });
      },
      onError: (message) => {
        if (generation === this.generation) this.set({ phase: 'failed', message });
      },
    };
    // PayPal's loader is a chunk of its own, fetched only when PayPal is chosen.
    import('../../payments/paypal.js')
      .then(({ renderPaypalButtons }) => renderPaypalButtons(element, wrapped, options))
      .then(
      (buttons) => {
        if (generation !== this.generation) return buttons.destroy();
        this.buttons = buttons;
        this.set({ phase: 'ready' });
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.removeMount();
        this.set({ phase: 'unavailable', message: error instanceof Error ? error.message : '' });
      },
    );
  }

  teardown(): void {
    this.generation += 1;
    this.buttons?.destroy();
    this.buttons = null;
    this.mount?.remove();
    this.mount = null;
    this.renderedFor = '';
    if (this.state.phase !== 'idle') this.set({ phase: 'idle' });
  }

  private removeMount(): void {
    this.mount?.remove();
    this.mount = null;
  }

  private set(state: PaypalState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
