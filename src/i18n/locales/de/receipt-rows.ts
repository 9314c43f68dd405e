/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'Zwischensumme',
  'summary.discount': 'Aktionscode {code}',
  'summary.tax': 'MwSt. {rate} ({country})',
  'summary.tax.reverseCharge': 'Steuerschuldnerschaft des Leistungsempfängers — 0 %',
};
