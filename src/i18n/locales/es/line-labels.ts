/** Spanish names of quote and order lines named by their kind: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Renovación',
  'lines.coterm': 'Días hasta la fecha de renovación estándar',
  'lines.credit': 'Crédito por el tiempo no utilizado',
};
