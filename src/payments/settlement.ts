/**
 * After the provider's step (card confirmed by Stripe, PayPal approved): the server's order status
 * is the truth. A backend whose provider decides answers the confirmation `pending_payment`; this
 * part then fires `upcart-payment-pending` and reads the order with growing waits until the server
 * says paid or failed, with the controller's phase `confirming` (then `unconfirmed`, with "Check
 * again", if the reads run out). A teardown of the controller (the element removed, the method
 * changed, the order complete) stops it. A chunk of its own, loaded only then, with its messages.
 */
import { html, type TemplateResult } from 'lit';
import { UpcartPaymentPendingEvent } from '../events/payment-pending.js';
import { paymentPending as english } from '../i18n/locales/en/payment-pending.js';
import { addEnglish } from '../i18n/messages.js';
import { paymentSettings } from './payment-config.js';
import type { PaymentContext, Settling } from './payment-method.js';

addEnglish(english);

/** About 45 s in all: a webhook is usually there within seconds. */
const CONFIRM_POLL_MS = [500, 1000, 1500, 2500, 4000, 6000, 8000, 10_000, 10_000];

export async function awaitServer({ store, host }: PaymentContext, controller: Settling): Promise<void> {
  const generation = controller.generation;
  const current = () => controller.generation === generation;
  const pending = () => store()?.getState().order?.status === 'pending_payment';
  const order = store()?.getState().order;
  if (!order || !pending()) return controller.set({ phase: 'ready' });
  controller.set({ phase: 'confirming' });
  host.dispatchEvent(new UpcartPaymentPendingEvent({ order }));
  for (const ms of paymentSettings().confirmPollMs ?? CONFIRM_POLL_MS) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (!current()) return;
    await store()?.refreshOrder();
    if (!current()) return;
    if (!pending()) return controller.set({ phase: 'ready' });
  }
  controller.set({ phase: 'unconfirmed' });
}

/** Waiting for the server, or still not confirmed with a way to check again. */
export function confirmStatus(context: PaymentContext, controller: Settling): TemplateResult {
  if (controller.state.phase === 'confirming') {
    return html`<p class="provider-status" role="status" aria-busy="true" part="payment-pending">${context.t('pay.confirming')}</p>`;
  }
  return html`<p class="provider-status" role="status" part="payment-pending">
    ${context.t('pay.unconfirmed')}
    <button type="button" class="button" @click=${() => void awaitServer(context, controller)}>${context.t('pay.checkAgain')}</button>
  </p>`;
}
