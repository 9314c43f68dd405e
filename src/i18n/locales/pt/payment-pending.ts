/** Brazilian Portuguese strings of the payment-pending note of <pay-checkout>: loaded with it, after the provider's step. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'Pagamento recebido pelo provedor. Aguardando nossa confirmação…',
  'pay.unconfirmed': 'Seu pagamento ainda está sendo confirmado. Isso pode levar alguns minutos; você não será cobrado duas vezes.',
  'pay.checkAgain': 'Verificar novamente',
};
