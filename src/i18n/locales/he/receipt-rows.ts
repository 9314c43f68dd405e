/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'סכום ביניים',
  'summary.discount': 'מבצע {code}',
  'summary.tax': 'מע״מ {rate} ({country})',
  'summary.tax.reverseCharge': 'חיוב הפוך — 0%',
};
