/** Brazilian Portuguese quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Renovação',
  'lines.coterm': 'Dias até a data de renovação padrão',
  'lines.credit': 'Crédito pelo tempo não utilizado',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, one {# mês} other {# meses}}',
  'lines.included': '{name} × {units} (incluídos: {included}), {months, plural, one {# mês} other {# meses}}',
  'lines.sla': 'SLA {name}, {months, plural, one {# mês} other {# meses}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), restam {days} de {termDays, plural, one {# dia} other {# dias}} do período',
  'lines.expand.included': '{name} {from} → {to} ({added}, incluídos: {included})',
  'lines.expand.included.term':
    '{name} {from} → {to} ({added}, incluídos: {included}), restam {days} de {termDays, plural, one {# dia} other {# dias}} do período',
  'lines.credit.days': 'Crédito por {days} não utilizados de {termDays, plural, one {# dia} other {# dias}}',
  'lines.renewal.item': '{name} × {units}, renovado por {months, plural, one {# mês} other {# meses}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, one {# dia} other {# dias}} até a data de renovação padrão',
  'lines.renewal.group':
    '{name}: {count, plural, one {# assinatura renovada} other {# assinaturas renovadas}} por {months, plural, one {# mês} other {# meses}}',
  'lines.coterm.group': '{name}: {count, plural, one {# assinatura} other {# assinaturas}}, dias até a data de renovação padrão de cada uma',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {# mês} other {# meses}}',
  'lines.math.days': '× {days}/{termDays, plural, one {# dia} other {# dias}}',
  'lines.math.discount': '− {percent}',
};
