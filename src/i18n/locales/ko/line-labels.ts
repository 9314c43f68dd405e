/** Korean names of quote and order lines by their kind: `<order-summary>` and `<order-history>`. */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': '갱신',
  'lines.coterm': '표준 갱신일까지의 일수',
  'lines.credit': '미사용 기간 크레딧',
};
