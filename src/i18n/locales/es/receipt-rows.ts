/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'Subtotal',
  'summary.discount': 'Promoción {code}',
  'summary.tax': 'IVA {rate} ({country})',
  'summary.tax.reverseCharge': 'Inversión del sujeto pasivo — 0 %',
};
