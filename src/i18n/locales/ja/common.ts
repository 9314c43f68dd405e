/** Japanese strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': '読み込んでいます…',
  'common.retry': '再試行',
  'common.customerNotFound': '会社ID {companyId}の顧客は見つかりません。',
  'common.close': '閉じる',
  'common.cancel': 'キャンセル',
  'common.confirm': '確定',
  'common.save': '保存',
  'common.optional': '（任意）',
  'common.required': '必須',
  'common.perMonth': '{price}/月',
  'common.perUnitMonth': '{unit}あたり{price}/月',
  'common.months': '{count, plural, other {#か月}}',
  'common.save.percent': '{percent}お得',
  'common.status.active': '有効',
  'common.status.trial': 'トライアル',
  'common.status.inactive': '無効',
  'common.error.network': 'チェックアウトサービスに接続できませんでした。接続を確認して、もう一度お試しください。',
  'common.error.timeout': 'チェックアウトサービスの応答に時間がかかりすぎています。もう一度お試しください。',
  'common.error.bad_response': 'チェックアウトサービスから読み取れない応答が返されました。もう一度お試しください。',
  'common.error.http': 'チェックアウトサービスで問題が発生しています。しばらくしてからもう一度お試しください。',
  'common.error.validation': '入力内容を確認してください。',
  'common.error.auth': 'セッションが終了しました。続行するには、もう一度サインインしてください。',
  'common.error.retryAfter': 'チェックアウトサービスが混み合っています。{when}にもう一度お試しください。',
};
