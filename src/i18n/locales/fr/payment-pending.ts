/** French strings of the payment-pending note of <pay-checkout>: loaded with it, after the provider's step. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'Paiement reçu par le prestataire. En attente de notre confirmation…',
  'pay.unconfirmed': 'Votre paiement est toujours en cours de confirmation. Cela peut prendre quelques minutes ; vous ne serez pas débité deux fois.',
  'pay.checkAgain': 'Vérifier à nouveau',
};
