/**
 * Card: Stripe's Payment Element through the card controller (Stripe loads only when card is
 * chosen). Paying validates the fields, creates or reuses our order, confirms with its client
 * secret, then confirms our order.
 */
import { html, nothing } from 'lit';
import { renderAlert } from '../elements/shared/step-status.js';
import { CardPaymentController } from './card-payment-controller.js';
import { paymentSettings } from './payment-config.js';
import {
  autoRenewOption,
  awaitServer,
  confirmOrder,
  pendingOrder,
  unavailableNote,
  confirmStatus,
  type PaymentContext,
  type PaymentMethodHandler,
} from './payment-method.js';
import type { StripeOptions } from './payment-provider.js';
import { paymentMethods as english } from '../i18n/locales/en/payment-methods.js';
import { addEnglish } from '../i18n/messages.js';

addEnglish(english);

// A factory of closures rather than a class: every element entry with a checkout pays for the
// property names a class would keep.
export function cardMethod(context: PaymentContext): PaymentMethodHandler {
  const card = new CardPaymentController(context.host, 'card-mount');

  const stripeOptions = (): StripeOptions | null => {
    const publishableKey = context.stripeKey();
    if (!publishableKey) return null;
    const settings = paymentSettings();
    return { publishableKey, locale: context.locale(), nonce: settings.nonce, scriptUrl: settings.stripeScriptUrl };
  };

  const retry = (): void => {
    const { quote } = context.state();
    const stripe = stripeOptions();
    if (quote && stripe) card.retry(quote.total, stripe);
  };

  const clientSecret = async (): Promise<string | null> => {
    const order = await pendingOrder(context);
    return order?.payment?.provider === 'stripe' ? (context.store()?.cardClientSecret(order.id) ?? null) : null;
  };

  const status = () => {
    const current = card.state;
    if (current.phase === 'loading') return html`<p class="provider-status" id="pay-unavailable" role="status">${context.t('pay.card.loading')}</p>`;
    if (current.phase === 'unavailable') {
      return renderAlert(context, { id: 'pay-unavailable', message: context.t('pay.card.loadFailed'), retry });
    }
    if (current.phase === 'confirming' || current.phase === 'unconfirmed') return confirmStatus(context, card);
    if (current.phase === 'declined') {
      return renderAlert(context, { message: current.message || context.t('pay.card.declined') });
    }
    return nothing;
  };

  return {
    busyLabel: 'pay.paying',
    get unavailable() {
      const { phase } = card.state;
      return !context.stripeKey() || phase === 'unavailable' || phase === 'loading';
    },
    get paying() {
      return card.state.phase === 'paying' || card.state.phase === 'confirming';
    },
    options: () => autoRenewOption(context),
    sync(active) {
      const stripe = stripeOptions();
      const { quote } = context.state();
      if (active && stripe) {
        if (quote) card.ensure(quote.total, stripe);
      } else {
        card.teardown();
      }
    },
    pay() {
      void card.pay({
        clientSecret,
        confirm: (paymentIntentId) => confirmOrder(context, { paymentIntentId }),
        settle: () => awaitServer(context, card),
      });
    },
    actions: () => html`<div class="mount"><slot name="card-mount"></slot></div>
      ${status()} ${context.stripeKey() ? nothing : unavailableNote(context, 'pay.unavailable.card')}`,
  };
}
