/** Korean quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': '갱신',
  'lines.coterm': '표준 갱신일까지의 일수',
  'lines.credit': '미사용 기간 크레딧',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}, {months, plural, other {#개월}}',
  'lines.included': '{name} × {units}({included}개 포함), {months, plural, other {#개월}}',
  'lines.sla': 'SLA {name}, {months, plural, other {#개월}}',
  'lines.expand': '{name} {from} → {to} ({added})',
  'lines.expand.term': '{name} {from} → {to} ({added}), 이용 기간 {termDays, plural, other {#일}} 중 {days}일 남음',
  'lines.expand.included': '{name} {from} → {to} ({added}, {included}개 포함)',
  'lines.expand.included.term': '{name} {from} → {to} ({added}, {included}개 포함), 이용 기간 {termDays, plural, other {#일}} 중 {days}일 남음',
  'lines.credit.days': '{termDays, plural, other {#일}} 중 미사용 {days}일 크레딧',
  'lines.renewal.item': '{name} × {units}, {months, plural, other {#개월}} 갱신',
  'lines.coterm.item': '{name} × {units}, 표준 갱신일까지 {days, plural, other {#일}}',
  'lines.renewal.group': '{name}: 구독 {count, plural, other {#개}}, {months, plural, other {#개월}} 갱신',
  'lines.coterm.group': '{name}: 구독 {count, plural, other {#개}}, 각 구독의 표준 갱신일까지의 일수',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, other {#개월}}',
  'lines.math.days': '× {days}/{termDays, plural, other {#일}}',
  'lines.math.discount': '− {percent}',
};
