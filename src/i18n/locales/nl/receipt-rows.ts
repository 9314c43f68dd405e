/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'Subtotaal',
  'summary.discount': 'Promotie {code}',
  'summary.tax': 'Btw {rate} ({country})',
  'summary.tax.reverseCharge': 'Btw verlegd — 0%',
};
