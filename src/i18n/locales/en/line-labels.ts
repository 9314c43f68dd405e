/** Quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
export const lineLabels = {
  'lines.renewal': 'Renewal',
  'lines.coterm': 'Days to the standard renewal date',
  'lines.credit': 'Credit for unused time',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, one {# month} other {# months}}',
  'lines.included': '{name} × {units} ({included} included), {months, plural, one {# month} other {# months}}',
  'lines.sla': 'SLA {name}, {months, plural, one {# month} other {# months}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), {days} of {termDays, plural, one {# day} other {# days}} left in the term',
  'lines.expand.included': '{name} {from} → {to} ({added}, {included} included)',
  'lines.expand.included.term':
    '{name} {from} → {to} ({added}, {included} included), {days} of {termDays, plural, one {# day} other {# days}} left in the term',
  'lines.credit.days': 'Credit for {days} unused of {termDays, plural, one {# day} other {# days}}',
  'lines.renewal.item': '{name} × {units}, renewed for {months, plural, one {# month} other {# months}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, one {# day} other {# days}} to the standard renewal date',
  'lines.renewal.group': '{name}: {count, plural, one {# subscription} other {# subscriptions}}, renewed for {months, plural, one {# month} other {# months}}',
  'lines.coterm.group': '{name}: {count, plural, one {# subscription} other {# subscriptions}}, days to each one’s standard renewal date',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {# month} other {# months}}',
  'lines.math.days': '× {days}/{termDays, plural, one {# day} other {# days}}',
  'lines.math.discount': '− {percent}',
};
