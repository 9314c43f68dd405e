import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': '自動更新',
  'pay.autoRenew.hint': '各契約期間の終了時に自動で更新します。',
  'pay.pi.label': 'PI番号',
  'pay.pi.hint': '営業担当から提供されたプロフォーマインボイスの番号です。',
  'pay.pi.invalid': '英字、数字、-、/、.、_のみを使用してください。',
  'pay.pi.tooLong': 'PI番号は64文字以内です。',
  'pay.button.placing': '注文を処理しています…',
  'pay.unavailable.card': 'このチェックアウトではカード決済が設定されていません。',
  'pay.unavailable.paypal': 'このチェックアウトではPayPalが設定されていません。',
  'pay.paying': 'お支払いを処理しています…',
  'pay.card.loading': '安全なカード入力フォームを読み込んでいます…',
  'pay.card.loadFailed': 'カード入力フォームを読み込めませんでした。もう一度お試しいただくか、PayPalまたはオフラインを選択してください。',
  'pay.card.declined': 'お支払いが完了しませんでした。カード情報を確認して、もう一度お試しください。',
  'pay.paypal.loading': 'PayPalを読み込んでいます…',
  'pay.paypal.loadFailed': 'PayPalを読み込めませんでした。別のお支払い方法を選択するか、ページを再読み込みしてください。',
  'pay.paypal.cancelled': 'お支払いの前にPayPalが閉じられました。請求は発生していません。もう一度お試しいただけます。',
  'pay.paypal.failed': 'PayPalでお支払いを完了できませんでした。もう一度お試しください。',
};
