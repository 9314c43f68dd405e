/** Spanish strings of the payment-pending note of <pay-checkout>: loaded with it, after the provider's step. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'El proveedor ha recibido el pago. Esperando nuestra confirmación…',
  'pay.unconfirmed': 'Su pago aún se está confirmando. Puede tardar unos minutos; no se le cobrará dos veces.',
  'pay.checkAgain': 'Volver a comprobar',
};
