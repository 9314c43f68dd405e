import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Verlängerung',
  'lines.coterm': 'Tage bis zum Standard-Verlängerungsdatum',
  'lines.credit': 'Gutschrift für ungenutzte Zeit',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, one {# Monat} other {# Monate}}',
  'lines.included': '{name} × {units} ({included} inklusive), {months, plural, one {# Monat} other {# Monate}}',
  'lines.sla': 'SLA {name}, {months, plural, one {# Monat} other {# Monate}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), noch {days} von {termDays, plural, one {# Tag} other {# Tagen}} der Laufzeit',
  'lines.expand.included': '{name} {from} → {to} ({added}, {included} inklusive)',
  'lines.expand.included.term':
    '{name} {from} → {to} ({added}, {included} inklusive), noch {days} von {termDays, plural, one {# Tag} other {# Tagen}} der Laufzeit',
  'lines.credit.days': 'Gutschrift für {days} ungenutzte von {termDays, plural, one {# Tag} other {# Tagen}}',
  'lines.renewal.item': '{name} × {units}, verlängert um {months, plural, one {# Monat} other {# Monate}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, one {# Tag} other {# Tage}} bis zum Standard-Verlängerungsdatum',
  'lines.renewal.group': '{name}: {count, plural, one {# Abonnement} other {# Abonnements}}, verlängert um {months, plural, one {# Monat} other {# Monate}}',
  'lines.coterm.group': '{name}: {count, plural, one {# Abonnement} other {# Abonnements}}, Tage bis zum jeweiligen Standard-Verlängerungsdatum',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {# Monat} other {# Monate}}',
  'lines.math.days': '× {days}/{termDays, plural, one {# Tag} other {# Tage}}',
  'lines.math.discount': '− {percent}',
};
