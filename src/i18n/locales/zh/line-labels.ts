import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': '续费',
  'lines.coterm': '至统一续费日的天数',
  'lines.credit': '未使用时间的抵扣',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}，{months, plural, other {# 个月}}',
  'lines.included': '{name} × {units}（含 {included} 个免费），{months, plural, other {# 个月}}',
  'lines.sla': 'SLA {name}，{months, plural, other {# 个月}}',
  'lines.expand': '{name} {from} → {to}（{added}）',
  'lines.expand.term': '{name} {from} → {to}（{added}），本期 {termDays, plural, other {# 天}}中剩余 {days} 天',
  'lines.expand.included': '{name} {from} → {to}（{added}，含 {included} 个免费）',
  'lines.expand.included.term': '{name} {from} → {to}（{added}，含 {included} 个免费），本期 {termDays, plural, other {# 天}}中剩余 {days} 天',
  'lines.credit.days': '抵扣：{termDays, plural, other {# 天}}中未使用的 {days} 天',
  'lines.renewal.item': '{name} × {units}，续费 {months, plural, other {# 个月}}',
  'lines.coterm.item': '{name} × {units}，至统一续费日 {days, plural, other {# 天}}',
  'lines.renewal.group': '{name}：{count, plural, other {# 个订阅}}，续费 {months, plural, other {# 个月}}',
  'lines.coterm.group': '{name}：{count, plural, other {# 个订阅}}，各自至统一续费日的天数',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, other {# 个月}}',
  'lines.math.days': '× {days}/{termDays, plural, other {# 天}}',
  'lines.math.discount': '− {percent}',
};
