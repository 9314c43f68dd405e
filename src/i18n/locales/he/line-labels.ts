/** Hebrew quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

// The arrow points left: read right to left, the count goes from the first number to the second.
export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'חידוש',
  'lines.coterm': 'ימים עד מועד החידוש הסטנדרטי',
  'lines.credit': 'זיכוי על זמן שלא נוצל',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, one {חודש אחד} two {חודשיים} other {# חודשים}}',
  'lines.included': '{name} × {units} ({included} כלולים), {months, plural, one {חודש אחד} two {חודשיים} other {# חודשים}}',
  'lines.sla': 'SLA {name}, {months, plural, one {חודש אחד} two {חודשיים} other {# חודשים}}',
  'lines.expand': '{name} {from} ← {to} ({added})',
  'lines.expand.term': '{name} {from} ← {to} ({added}), נותרו {days} מתוך {termDays, plural, one {יום אחד} two {יומיים} other {# ימים}} בתקופה',
  'lines.expand.included': '{name} {from} ← {to} ({added}, {included} כלולים)',
  'lines.expand.included.term':
    '{name} {from} ← {to} ({added}, {included} כלולים), נותרו {days} מתוך {termDays, plural, one {יום אחד} two {יומיים} other {# ימים}} בתקופה',
  'lines.credit.days': 'זיכוי על {days} שלא נוצלו מתוך {termDays, plural, one {יום אחד} two {יומיים} other {# ימים}}',
  'lines.renewal.item': '{name} × {units}, חידוש {months, plural, one {לחודש אחד} two {לחודשיים} other {ל-# חודשים}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, one {יום אחד} two {יומיים} other {# ימים}} עד מועד החידוש הסטנדרטי',
  'lines.renewal.group':
    '{name}: {count, plural, one {מינוי אחד} two {# מינויים} other {# מינויים}}, חידוש {months, plural, one {לחודש אחד} two {לחודשיים} other {ל-# חודשים}}',
  'lines.coterm.group': '{name}: {count, plural, one {מינוי אחד} two {# מינויים} other {# מינויים}}, ימים עד מועד החידוש הסטנדרטי של כל אחד מהם',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {# חודש} two {# חודשים} other {# חודשים}}',
  'lines.math.days': '× {days}/{termDays, plural, one {# יום} two {# ימים} other {# ימים}}',
  'lines.math.discount': '− {percent}',
};
