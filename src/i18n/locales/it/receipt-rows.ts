/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'Subtotale',
  'summary.discount': 'Promozione {code}',
  'summary.tax': 'IVA {rate} ({country})',
  'summary.tax.reverseCharge': 'Inversione contabile — 0%',
};
