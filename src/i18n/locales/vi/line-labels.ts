/** Vietnamese names of quote and order lines by their kind: `<order-summary>` and `<order-history>`. */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Gia hạn',
  'lines.coterm': 'Số ngày đến ngày gia hạn chuẩn',
  'lines.credit': 'Tín dụng cho thời gian chưa sử dụng',
};
