/** Japanese names of quote and order lines by their kind: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': '更新',
  'lines.coterm': '標準更新日までの日数',
  'lines.credit': '未使用期間のクレジット',
};
