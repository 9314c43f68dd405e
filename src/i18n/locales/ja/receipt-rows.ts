/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': '小計',
  'summary.discount': 'プロモーション {code}',
  'summary.tax': 'VAT {rate}（{country}）',
  'summary.tax.reverseCharge': 'リバースチャージ — 0%',
};
