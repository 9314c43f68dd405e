/** Dutch names of quote and order lines by their kind: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Verlenging',
  'lines.coterm': 'Dagen tot de standaardverlengingsdatum',
  'lines.credit': 'Tegoed voor ongebruikte tijd',
};
