/** Spanish quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Renovación',
  'lines.coterm': 'Días hasta la fecha de renovación estándar',
  'lines.credit': 'Crédito por el tiempo no utilizado',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, one {# mes} other {# meses}}',
  'lines.included': '{name} × {units} (incluidos: {included}), {months, plural, one {# mes} other {# meses}}',
  'lines.sla': 'SLA {name}, {months, plural, one {# mes} other {# meses}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), quedan {days} de {termDays, plural, one {# día} other {# días}} del período',
  'lines.expand.included': '{name} {from} → {to} ({added}, incluidos: {included})',
  'lines.expand.included.term':
    '{name} {from} → {to} ({added}, incluidos: {included}), quedan {days} de {termDays, plural, one {# día} other {# días}} del período',
  'lines.credit.days': 'Crédito por {days} no utilizados de {termDays, plural, one {# día} other {# días}}',
  'lines.renewal.item': '{name} × {units}, renovado por {months, plural, one {# mes} other {# meses}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, one {# día} other {# días}} hasta la fecha de renovación estándar',
  'lines.renewal.group':
    '{name}: {count, plural, one {# suscripción renovada} other {# suscripciones renovadas}} por {months, plural, one {# mes} other {# meses}}',
  'lines.coterm.group': '{name}: {count, plural, one {# suscripción} other {# suscripciones}}, días hasta la fecha de renovación estándar de cada una',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {# mes} other {# meses}}',
  'lines.math.days': '× {days}/{termDays, plural, one {# día} other {# días}}',
  'lines.math.discount': '− {percent}',
};
