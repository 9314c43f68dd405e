/** Hebrew names of quote and order lines by their kind: `<order-summary>` and `<order-history>`. */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'חידוש',
  'lines.coterm': 'ימים עד מועד החידוש הסטנדרטי',
  'lines.credit': 'זיכוי על זמן שלא נוצל',
};
