/** Japanese strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'プランとサービスを読み込めませんでした。',
  'planPicker.error.subscriptions': 'サブスクリプションを読み込めませんでした。',
  'planPicker.error.lookup': '顧客を検索できませんでした。',
  'planPicker.error.view': 'チェックアウトのこの部分を読み込めませんでした。',
  'planPicker.error.viewHint': '接続を確認して、もう一度お試しください。',
  'planPicker.empty.subscription': '変更するサブスクリプションが見つかりませんでした。',
  'planPicker.empty.renew': '更新するサブスクリプションはありません。',

  'planPicker.locked': 'この注文は完了しています。ほかに変更する場合は、新しい注文を開始してください。',
};
