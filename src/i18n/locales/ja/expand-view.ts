import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': '{name}は追加できません。',

  'planPicker.customer.label': '顧客',
  'planPicker.customer.companyId': '会社ID',
  'planPicker.expand.services': 'ご利用中のサービス',
  'planPicker.expand.note': '追加した容量は現在の契約期間の終了日（{date}）までの分が請求され、お支払い後に反映されます。',
  'planPicker.expand.trial': 'トライアルは容量を追加できません。まず必要な容量で有料プランにアップグレードしてください。',
  'planPicker.expand.inactive': '無効なサブスクリプションは容量を追加できません。まず再有効化してください。',
  'planPicker.expand.noFlow': 'このサブスクリプションは、再び有効になると容量を追加できます。再有効化はご契約の販売元に依頼してください。',
  'planPicker.expand.upgradeTrial': 'このトライアルをアップグレード',
  'planPicker.expand.upgrade': 'このサブスクリプションをアップグレード',
  'planPicker.expand.renew': 'このサブスクリプションを更新',
  'planPicker.other.title': 'その他のサービス',
  'planPicker.other.empty': 'すべてのサービスがすでにサブスクリプションに含まれています。',
};
