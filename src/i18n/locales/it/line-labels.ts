/** Italian quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Rinnovo',
  'lines.coterm': 'Giorni fino alla data di rinnovo standard',
  'lines.credit': 'Credito per il tempo non utilizzato',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, one {# mese} other {# mesi}}',
  'lines.included': '{name} × {units} (inclusi: {included}), {months, plural, one {# mese} other {# mesi}}',
  'lines.sla': 'SLA {name}, {months, plural, one {# mese} other {# mesi}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), restano {days} su {termDays, plural, one {# giorno} other {# giorni}} del periodo',
  'lines.expand.included': '{name} {from} → {to} ({added}, inclusi: {included})',
  'lines.expand.included.term':
    '{name} {from} → {to} ({added}, inclusi: {included}), restano {days} su {termDays, plural, one {# giorno} other {# giorni}} del periodo',
  'lines.credit.days': 'Credito per {days} non utilizzati su {termDays, plural, one {# giorno} other {# giorni}}',
  'lines.renewal.item': '{name} × {units}, rinnovato per {months, plural, one {# mese} other {# mesi}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, one {# giorno} other {# giorni}} fino alla data di rinnovo standard',
  'lines.renewal.group':
    '{name}: {count, plural, one {# abbonamento rinnovato} other {# abbonamenti rinnovati}} per {months, plural, one {# mese} other {# mesi}}',
  'lines.coterm.group': '{name}: {count, plural, one {# abbonamento} other {# abbonamenti}}, giorni fino alla data di rinnovo standard di ciascuno',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {# mese} other {# mesi}}',
  'lines.math.days': '× {days}/{termDays, plural, one {# giorno} other {# giorni}}',
  'lines.math.discount': '− {percent}',
};
