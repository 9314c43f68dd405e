import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'Zahlung beim Anbieter eingegangen. Wir warten auf die Bestätigung…',
  'pay.unconfirmed': 'Ihre Zahlung wird noch bestätigt. Das kann einige Minuten dauern; Sie werden nicht doppelt belastet.',
  'pay.checkAgain': 'Erneut prüfen',
};
