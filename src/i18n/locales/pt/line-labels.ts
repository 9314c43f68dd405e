/** Brazilian Portuguese names of quote and order lines by their kind: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Renovação',
  'lines.coterm': 'Dias até a data de renovação padrão',
  'lines.credit': 'Crédito pelo tempo não utilizado',
};
