/**
 * The card step of `<pay-checkout>`: mounts Stripe's Payment Element into a light-DOM mount when
 * card is chosen (Stripe loads only then), keeps its amount in step with the quote, and pays:
 * validate the fields, create (or reuse) our order, confirm with its client secret, then confirm
 * our order. Card data stays inside Stripe's element; only the PaymentIntent id comes back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Money } from '../../api/schemas.js';
import { createLightDomMount } from '../../payments/light-dom-mount.js';
import type { CardPayment, StripeOptions } from '../../payments/payment-provider.js';

export type CardState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready' }
  /** The SDK could not load: the buyer is told and can retry or pay another way. */
  | { readonly phase: 'unavailable'; readonly message: string }
  | { readonly phase: 'paying' }
  /** Declined or not authenticated: Stripe's message; the fields stay for another try. */
  | { readonly phase: 'declined'; readonly message: string };

export interface CardPayFlow {
  /** Our order's Stripe client secret: an existing pending order's, or a new order's. */
  clientSecret(): Promise<string | null>;
  /** Confirms our order with the PaymentIntent id. */
  confirm(paymentIntentId: string): Promise<boolean>;
}

export class CardPaymentController implements ReactiveController {
  state: CardState = { phase: 'idle' };

  private mount: { element: HTMLElement; remove(): void } | null = null;
  private card: CardPayment | null = null;
  /** Bumped on every teardown, so a load that finishes after it is thrown away. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly slotName: string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.teardown();
  }

  /** Mounts the element once; later calls only update the amount. */
  ensure(amount: Money, options: StripeOptions): void {
    if (this.card) {
      this.card.update(amount);
      return;
    }
    if (this.state.phase === 'loading' || this.state.phase === 'unavailable') return;
    const generation = ++this.generation;
    this.set({ phase: 'loading' });
    this.mount = createLightDomMount(this.host, this.slotName);
    // Stripe's loader is a chunk of its own: portals that never take cards never download it.
    import('../../payments/stripe.js')
      .then(({ mountCardPayment }) => mountCardPayment(this.mount!.element, amount, options))
      .then(
      (card) => {
        if (generation !== this.generation) return card.destroy();
        this.card = card;
        this.set({ phase: 'ready' });
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.removeMount();
        const message = error instanceof Error ? error.message : '';
        this.set({ phase: 'unavailable', message });
      },
    );
  }

  /** After a loading failure: try again. */
  retry(amount: Money, options: StripeOptions): void {
    if (this.state.phase !== 'unavailable') return;
    this.set({ phase: 'idle' });
    this.ensure(amount, options);
  }

  async pay(flow: CardPayFlow): Promise<void> {
    const card = this.card;
    if (!card || this.state.phase === 'paying' || this.state.phase === 'loading') return;
    this.set({ phase: 'paying' });
    try {
      const checked = await card.submit();
      if (!checked.ok) return this.set({ phase: 'declined', message: checked.message });
      const secret = await flow.clientSecret();
      // The order step shows its own error (and the price-change notice) when there is none.
      if (secret === null) return this.set({ phase: 'ready' });
      const result = await card.confirm(secret);
      if (result.status === 'failed') return this.set({ phase: 'declined', message: result.message });
      await flow.confirm(result.paymentIntentId);
      this.set({ phase: 'ready' });
    } catch {
      this.set({ phase: 'declined', message: '' });
    }
  }

  /** Removes the element and its mount (method changed, order complete, element removed). */
  teardown(): void {
    this.generation += 1;
    this.card?.destroy();
    this.card = null;
    this.removeMount();
    if (this.state.phase !== 'idle') this.set({ phase: 'idle' });
  }

  private removeMount(): void {
    this.mount?.remove();
    this.mount = null;
  }

  private set(state: CardState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
