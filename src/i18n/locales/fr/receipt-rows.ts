/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'Sous-total',
  'summary.discount': 'Promotion {code}',
  'summary.tax': 'TVA {rate} ({country})',
  'summary.tax.reverseCharge': 'Autoliquidation — 0 %',
};
