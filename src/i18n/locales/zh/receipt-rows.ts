/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': '小计',
  'summary.discount': '优惠码 {code}',
  'summary.tax': '增值税 {rate}（{country}）',
  'summary.tax.reverseCharge': '反向征收 — 0%',
};
