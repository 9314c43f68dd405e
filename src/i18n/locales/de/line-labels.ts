import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Verlängerung',
  'lines.coterm': 'Tage bis zum Standard-Verlängerungsdatum',
  'lines.credit': 'Gutschrift für ungenutzte Zeit',
};
