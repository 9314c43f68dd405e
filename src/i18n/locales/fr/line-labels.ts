/** French names of quote and order lines named by their kind: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Renouvellement',
  'lines.coterm': 'Jours jusqu’à la date de renouvellement standard',
  'lines.credit': 'Crédit pour la durée non utilisée',
};
