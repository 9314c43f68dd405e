import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'التجديد',
  'lines.coterm': 'الأيام حتى تاريخ التجديد الموحّد',
  'lines.credit': 'رصيد عن الوقت غير المستخدم',
};
