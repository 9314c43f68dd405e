/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'Subtotal',
  'summary.discount': 'Promoção {code}',
  'summary.tax': 'IVA {rate} ({country})',
  'summary.tax.reverseCharge': 'Inversão do sujeito passivo — 0%',
};
