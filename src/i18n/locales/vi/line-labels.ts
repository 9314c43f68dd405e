/** Vietnamese quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': 'Gia hạn',
  'lines.coterm': 'Số ngày đến ngày gia hạn chuẩn',
  'lines.credit': 'Tín dụng cho thời gian chưa sử dụng',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, other {# tháng}}',
  'lines.included': '{name} × {units} (đã bao gồm {included}), {months, plural, other {# tháng}}',
  'lines.sla': 'SLA {name}, {months, plural, other {# tháng}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), còn lại {days} trong số {termDays, plural, other {# ngày}} của kỳ hạn',
  'lines.expand.included': '{name} {from} → {to} ({added}, đã bao gồm {included})',
  'lines.expand.included.term': '{name} {from} → {to} ({added}, đã bao gồm {included}), còn lại {days} trong số {termDays, plural, other {# ngày}} của kỳ hạn',
  'lines.credit.days': 'Tín dụng cho {days} ngày chưa sử dụng trong số {termDays, plural, other {# ngày}}',
  'lines.renewal.item': '{name} × {units}, gia hạn {months, plural, other {# tháng}}',
  'lines.coterm.item': '{name} × {units}, {days, plural, other {# ngày}} đến ngày gia hạn chuẩn',
  'lines.renewal.group': '{name}: {count, plural, other {# thuê bao}}, gia hạn {months, plural, other {# tháng}}',
  'lines.coterm.group': '{name}: {count, plural, other {# thuê bao}}, số ngày đến ngày gia hạn chuẩn của từng thuê bao',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, other {# tháng}}',
  'lines.math.days': '× {days}/{termDays, plural, other {# ngày}}',
  'lines.math.discount': '− {percent}',
};
