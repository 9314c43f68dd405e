/** Japanese strings of <plan-picker>'s partner layout and package details, loaded with the ja catalog. */
import type { planPickerViews as en } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof en, string> = {
  'planPicker.service.add': '追加',
  'planPicker.service.addNamed': '{name}を追加',
  'planPicker.service.remove': '削除',
  'planPicker.service.removeNamed': '{name}を削除',
  'planPicker.current.minimumTerm': '最低契約期間の終了日',
  'planPicker.details.open': '詳細を表示',
  'planPicker.details.title': 'パッケージの詳細：{name}',
  'planPicker.details.features': '機能',
  'planPicker.plan.registered': '{count, plural, =0 {登録済みアカウントなし} other {#アカウント登録済み}}',
  'planPicker.licenses.note': 'ユーザーライセンスを追加しても、新しい最低契約期間は始まりません。最低契約期間は引き続き{date}に終了します。',
  'planPicker.partner.details': 'サブスクリプションの詳細',
  'planPicker.partner.capacity': '{name}：各サービスの現在の容量',
  'planPicker.partner.notSubscribed': '未契約',
  'planPicker.partner.tabs': 'プランとサービス',
  'planPicker.partner.tab.plan': 'プラン',
  'planPicker.partner.tab.service': 'サービス',
  'planPicker.partner.termEnd': '現在の契約期間は{date}に終了します。',
  'planPicker.partner.subscribe': '契約する',
  'planPicker.partner.subscribeNamed': '{name}を契約する',
  'planPicker.partner.change': '容量を設定',
  'planPicker.partner.changeNamed': '{name}の容量を設定',
  'planPicker.partner.dialog.capacity': '容量',
  'planPicker.partner.dialog.note': '確定すると、現在の契約期間の残り分の価格が注文概要に表示されます。',
};
