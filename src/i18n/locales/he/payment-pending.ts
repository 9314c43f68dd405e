/** Hebrew strings of the payment-pending note of <pay-checkout>. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'ספק התשלומים קיבל את התשלום. ממתינים לאישור שלנו…',
  'pay.unconfirmed': 'התשלום עדיין בתהליך אישור. זה עשוי להימשך כמה דקות; לא יבוצע חיוב כפול.',
  'pay.checkAgain': 'בדיקה חוזרת',
};
