/**
 * The card step of `<pay-checkout>`: mounts Stripe's Payment Element into a light-DOM mount when
 * card is chosen (Stripe loads only then), keeps its amount in step with the quote, and pays:
 * validate the fields, create (or reuse) our order, confirm with its client secret, then confirm
 * our order. Card data stays inside Stripe's element; only the PaymentIntent id comes back.
 */
import type { Money } from '../api/schemas.js';
import type { CardPayment, StripeOptions } from './payment-provider.js';
import { ProviderController, type ProviderPhase } from './provider-controller.js';

type CardExtra =
  | { readonly phase: 'paying' }
  /** Declined or not authenticated: Stripe's message; the fields stay for another try. */
  | { readonly phase: 'declined'; readonly message: string };

export type CardState = ProviderPhase<CardExtra>;

export interface CardPayFlow {
  /** Our order's Stripe client secret: an existing pending order's, or a new order's. */
  clientSecret(): Promise<string | null>;
  /** Confirms our order with the PaymentIntent id. */
  confirm(paymentIntentId: string): Promise<boolean>;
  /** Waits until the server says our order is paid (its webhook came) or failed. */
  settle(): Promise<void>;
}

export class CardPaymentController extends ProviderController<CardExtra, CardPayment> {
  /** Mounts the element once; later calls only update the amount. */
  ensure(amount: Money, options: StripeOptions): void {
    if (this.handle) {
      this.handle.update(amount);
      return;
    }
    if (this.state.phase === 'loading' || this.state.phase === 'unavailable') return;
    // Stripe's loader is a chunk of its own: portals that never take cards never download it.
    this.load((element) => import('./stripe.js').then(({ mountCardPayment }) => mountCardPayment(element, amount, options)));
  }

  /** After a loading failure: try again. */
  retry(amount: Money, options: StripeOptions): void {
    if (this.state.phase !== 'unavailable') return;
    this.set({ phase: 'idle' });
    this.ensure(amount, options);
  }

  async pay(flow: CardPayFlow): Promise<void> {
    const card = this.handle;
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
      if (await flow.confirm(result.paymentIntentId)) return await flow.settle();
      this.set({ phase: 'ready' });
    } catch {
      this.set({ phase: 'declined', message: '' });
    }
  }
}
