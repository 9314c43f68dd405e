/** Dutch quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Verlenging',
  'lines.coterm': 'Dagen tot de standaardverlengingsdatum',
  'lines.credit': 'Tegoed voor ongebruikte tijd',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, one {# maand} other {# maanden}}',
  'lines.included': '{name} × {units} ({included} inbegrepen), {months, plural, one {# maand} other {# maanden}}',
  'lines.sla': 'SLA {name}, {months, plural, one {# maand} other {# maanden}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), nog {days} van {termDays, plural, one {# dag} other {# dagen}} over in de looptijd',
  'lines.expand.included': '{name} {from} → {to} ({added}, {included} inbegrepen)',
  'lines.expand.included.term':
    '{name} {from} → {to} ({added}, {included} inbegrepen), nog {days} van {termDays, plural, one {# dag} other {# dagen}} over in de looptijd',
  'lines.credit.days': 'Tegoed voor {days} ongebruikte van {termDays, plural, one {# dag} other {# dagen}}',
  'lines.renewal.item': '{name} × {units}, verlengd met {months, plural, one {# maand} other {# maanden}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, one {# dag} other {# dagen}} tot de standaardverlengingsdatum',
  'lines.renewal.group': '{name}: {count, plural, one {# abonnement} other {# abonnementen}}, verlengd met {months, plural, one {# maand} other {# maanden}}',
  'lines.coterm.group': '{name}: {count, plural, one {# abonnement} other {# abonnementen}}, dagen tot de eigen standaardverlengingsdatum',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {# maand} other {# maanden}}',
  'lines.math.days': '× {days}/{termDays, plural, one {# dag} other {# dagen}}',
  'lines.math.discount': '− {percent}',
};
