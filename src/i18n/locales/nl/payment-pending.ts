/** Dutch strings of the payment-pending note of <pay-checkout>: loaded with it, after the provider's step. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'Betaling ontvangen door de betaalprovider. Wachten op onze bevestiging…',
  'pay.unconfirmed': 'Uw betaling wordt nog bevestigd. Dit kan enkele minuten duren; er wordt niet twee keer afgeschreven.',
  'pay.checkAgain': 'Opnieuw controleren',
};
