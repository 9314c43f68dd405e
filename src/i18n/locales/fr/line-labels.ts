/** French quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Renouvellement',
  'lines.coterm': 'Jours jusqu’à la date de renouvellement standard',
  'lines.credit': 'Crédit pour la durée non utilisée',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, one {# mois} other {# mois}}',
  'lines.included': '{name} × {units} (inclus : {included}), {months, plural, one {# mois} other {# mois}}',
  'lines.sla': 'SLA {name}, {months, plural, one {# mois} other {# mois}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), reste {days} sur {termDays, plural, one {# jour} other {# jours}} de la période',
  'lines.expand.included': '{name} {from} → {to} ({added}, inclus : {included})',
  'lines.expand.included.term':
    '{name} {from} → {to} ({added}, inclus : {included}), reste {days} sur {termDays, plural, one {# jour} other {# jours}} de la période',
  'lines.credit.days': 'Crédit pour {days} non utilisés sur {termDays, plural, one {# jour} other {# jours}}',
  'lines.renewal.item': '{name} × {units}, renouvelé pour {months, plural, one {# mois} other {# mois}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, one {# jour} other {# jours}} jusqu’à la date de renouvellement standard',
  'lines.renewal.group':
    '{name} : {count, plural, one {# abonnement renouvelé} other {# abonnements renouvelés}} pour {months, plural, one {# mois} other {# mois}}',
  'lines.coterm.group': '{name} : {count, plural, one {# abonnement} other {# abonnements}}, jours jusqu’à la date de renouvellement standard de chacun',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {# mois} other {# mois}}',
  'lines.math.days': '× {days}/{termDays, plural, one {# jour} other {# jours}}',
  'lines.math.discount': '− {percent}',
};
