import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': '续费',
  'lines.coterm': '至统一续费日的天数',
  'lines.credit': '未使用时间的抵扣',
};
