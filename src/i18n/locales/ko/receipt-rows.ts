/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': '소계',
  'summary.discount': '프로모션 {code}',
  'summary.tax': '부가가치세 {rate} ({country})',
  'summary.tax.reverseCharge': '역청구(리버스 차지) — 0%',
};
