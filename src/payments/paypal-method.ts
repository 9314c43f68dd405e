/**
 * PayPal: its buttons through the PayPal controller (the SDK loads only when PayPal is chosen).
 * They pay themselves, so there is no pay button: `createOrder` creates or reuses our order,
 * `onApprove` confirms it.
 */
import { html, nothing } from 'lit';
import { renderAlert } from '../elements/shared/step-status.js';
import { paymentSettings } from './payment-config.js';
import {
  autoRenewOption,
  awaitServer,
  confirmOrder,
  confirmStatus,
  pendingOrder,
  unavailableNote,
  type PaymentContext,
  type PaymentMethodHandler,
} from './payment-method.js';
import { PaypalController } from './paypal-controller.js';
import { paymentMethods as english } from '../i18n/locales/en/payment-methods.js';
import { addEnglish } from '../i18n/messages.js';

addEnglish(english);

export function paypalMethod(context: PaymentContext): PaymentMethodHandler {
  const paypal = new PaypalController(context.host, 'paypal-mount');

  const paypalOrderId = async (): Promise<string> => {
    const blockers = context.blockers();
    if (blockers.length > 0) throw new Error(context.t(blockers[0]!));
    const order = await pendingOrder(context);
    if (order?.payment?.provider !== 'paypal') throw new Error(context.t('pay.paypal.failed'));
    return order.payment.paypalOrderId;
  };

  const status = () => {
    const current = paypal.state;
    if (current.phase === 'loading') return html`<p class="provider-status" role="status">${context.t('pay.paypal.loading')}</p>`;
    if (current.phase === 'approving') return html`<p class="provider-status" role="status">${context.t('pay.paying')}</p>`;
    if (current.phase === 'confirming' || current.phase === 'unconfirmed') return confirmStatus(context, paypal);
    if (current.phase === 'unavailable') return renderAlert(context, { message: context.t('pay.paypal.loadFailed') });
    if (current.phase === 'cancelled') return html`<p class="provider-status" role="status">${context.t('pay.paypal.cancelled')}</p>`;
    if (current.phase === 'failed') return renderAlert(context, { message: current.message || context.t('pay.paypal.failed') });
    return nothing;
  };

  return {
    paying: false,
    busyLabel: 'pay.paying',
    get unavailable() {
      return !context.paypalClientId();
    },
    options: () => autoRenewOption(context),
    sync(active) {
      const clientId = context.paypalClientId();
      const { quote, catalog } = context.state();
      const currency = quote?.currency ?? catalog?.currency;
      if (active && clientId && currency) {
        const settings = paymentSettings();
        paypal.ensure(
          { clientId, currency, locale: context.locale(), nonce: settings.nonce, sdkBaseUrl: settings.paypalSdkBaseUrl },
          {
            createOrder: paypalOrderId,
            onApprove: (id) => confirmOrder(context, { paypalOrderId: id }),
            settle: () => awaitServer(context, paypal),
          },
        );
      } else {
        paypal.teardown();
      }
    },
    pay() {},
    actions: () => html`<div class="mount"><slot name="paypal-mount"></slot></div>
      ${status()} ${context.paypalClientId() ? nothing : unavailableNote(context, 'pay.unavailable.paypal')}`,
  };
}
