import type { lineLabels as en } from '../en/line-labels.js';

// The arrow points left: read right to left, the count goes from the first number to the second.
export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'التجديد',
  'lines.coterm': 'الأيام حتى تاريخ التجديد الموحّد',
  'lines.credit': 'رصيد عن الوقت غير المستخدم',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}، {months, plural, one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}',
  'lines.included': '{name} × {units} ({included} مشمولة)، {months, plural, one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}',
  'lines.sla': 'اتفاقية مستوى الخدمة {name}، {months, plural, one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}',
  'lines.expand': '{name} {from} ← {to} ({added})',
  'lines.expand.term':
    '{name} {from} ← {to} ({added})، متبقٍ {days} من {termDays, plural, one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} في المدة',
  'lines.expand.included': '{name} {from} ← {to} ({added}، {included} مشمولة)',
  'lines.expand.included.term':
    '{name} {from} ← {to} ({added}، {included} مشمولة)، متبقٍ {days} من {termDays, plural, one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} في المدة',
  'lines.credit.days': 'رصيد عن {days} غير مستخدمة من {termDays, plural, one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'lines.renewal.item': '{name} × {units}، تجديد لمدة {months, plural, one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}',
  'lines.coterm.item': '{name} × {units}، {days, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}} حتى تاريخ التجديد الموحّد',
  'lines.renewal.group':
    '{name}: {count, plural, zero {لا اشتراكات} one {اشتراك واحد} two {اشتراكان} few {# اشتراكات} other {# اشتراكًا}}، تجديد لمدة {months, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} other {# شهرًا}}',
  'lines.coterm.group':
    '{name}: {count, plural, zero {لا اشتراكات} one {اشتراك واحد} two {اشتراكان} few {# اشتراكات} other {# اشتراكًا}}، الأيام حتى تاريخ التجديد الموحّد لكل منها',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}',
  'lines.math.days': '× {days}/{termDays, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}',
  'lines.math.discount': '− {percent}',
};
