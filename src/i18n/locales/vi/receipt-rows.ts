/** The receipt rows of <order-summary> and the order result (shared/receipt-rows.ts). */
import type { receiptRows as en } from '../en/receipt-rows.js';

export const receiptRows: Record<keyof typeof en, string> = {
  'summary.subtotal': 'Tạm tính',
  'summary.discount': 'Khuyến mãi {code}',
  'summary.tax': 'Thuế GTGT {rate} ({country})',
  'summary.tax.reverseCharge': 'Thuế đảo ngược (reverse charge) — 0%',
};
