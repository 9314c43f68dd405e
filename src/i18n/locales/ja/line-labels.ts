/** Japanese quote and order lines written from their kind and parameters: `<order-summary>` and `<order-history>` (shared/line-label.ts). */
import type { lineLabels as en } from '../en/line-labels.js';

export const lineLabels: Record<keyof typeof en, string> = {
  'lines.renewal': '更新',
  'lines.coterm': '標準更新日までの日数',
  'lines.credit': '未使用期間のクレジット',
  'lines.units': '{count} {unit}',
  'lines.plan': '{name} × {units}、{months, plural, other {#か月}}',
  'lines.included': '{name} × {units}（{included}件を含む）、{months, plural, other {#か月}}',
  'lines.sla': 'SLA {name}、{months, plural, other {#か月}}',
  'lines.expand': '{name} {from} → {to}（{added}）',
  'lines.expand.term': '{name} {from} → {to}（{added}）、契約期間{termDays, plural, other {#日}}のうち残り{days}日',
  'lines.expand.included': '{name} {from} → {to}（{added}、{included}件を含む）',
  'lines.expand.included.term': '{name} {from} → {to}（{added}、{included}件を含む）、契約期間{termDays, plural, other {#日}}のうち残り{days}日',
  'lines.credit.days': '{termDays, plural, other {#日}}のうち未使用の{days}日分のクレジット',
  'lines.renewal.item': '{name} × {units}、{months, plural, other {#か月}}更新',
  'lines.coterm.item': '{name} × {units}、標準更新日まで{days, plural, other {#日}}',
  'lines.renewal.group': '{name}：{count, plural, other {#件のサブスクリプション}}、{months, plural, other {#か月}}更新',
  'lines.coterm.group': '{name}：{count, plural, other {#件のサブスクリプション}}、各標準更新日までの日数',
  'lines.math': '{quantity} × {price}',
  'lines.math.months': '× {months, plural, other {#か月}}',
  'lines.math.days': '× {days}/{termDays, plural, other {#日}}',
  'lines.math.discount': '− {percent}',
};
