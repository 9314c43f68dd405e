/** Italian names of quote and order lines named by their kind: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Rinnovo',
  'lines.coterm': 'Giorni fino alla data di rinnovo standard',
  'lines.credit': 'Credito per il tempo non utilizzato',
};
