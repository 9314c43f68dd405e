/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'المجموع الفرعي',
  'summary.discount': 'رمز الترويج {code}',
  'summary.tax': 'ضريبة القيمة المضافة {rate} ({country})',
  'summary.tax.reverseCharge': 'احتساب عكسي — 0%',
};
