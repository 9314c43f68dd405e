/** Italian strings of the payment-pending note of <pay-checkout>: loaded with it, after the provider's step. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'Pagamento ricevuto dal provider. In attesa della nostra conferma…',
  'pay.unconfirmed': 'Il pagamento è ancora in fase di conferma. Possono essere necessari alcuni minuti; l’importo non verrà addebitato due volte.',
  'pay.checkAgain': 'Verifica di nuovo',
};
