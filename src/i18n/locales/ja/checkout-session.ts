/** Japanese strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': '会社ID',
  'session.companySearch.hint': 'まず、お客様の会社IDを入力してください。',
  'session.companySearch.submit': '検索',
  'session.companySearch.searching': '検索しています…',
  'session.companySearch.required': '会社IDを入力してください。',
  'session.misconfigured': 'このチェックアウトは設定されていません。フロー、製品、およびサブスクリプションまたは会社IDが必要です。',
  'session.tagsTaken': 'このチェックアウトを表示できません。ページが{tags}を独自の要素に使用しています。',
  'session.offline': 'オフラインです。接続が回復するとチェックアウトを再開します。',
  'session.retryWaiting': 'チェックアウトサービスから待機を求められました。{time}に再試行します。',
  'session.payBar.total': '合計',
  'session.payBar.go': 'お支払いへ進む',
};
