/** Japanese strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': '請求先連絡先',
  'billingContact.loading': '請求先連絡先を読み込んでいます…',
  'billingContact.empty': '請求先連絡先がまだありません。請求書を受け取るには追加してください。',
  'billingContact.choose': '請求先連絡先を選択',
  'billingContact.option.company': '{name}（{company}）',
  'billingContact.option.default': '{label} – デフォルト',
  'billingContact.addNew': '新規追加',
  'billingContact.summary.label': '請求書情報',
  'billingContact.summary.email': '請求書の送付先',
  'billingContact.summary.vatId': 'VAT番号／税務ID',
  'billingContact.summary.hint': 'これらの情報は請求書に記載され、請求書はこのメールアドレスに送信されます。',
  'billingContact.form.loadError': 'フォームを読み込めませんでした。接続を確認して、もう一度お試しください。',
  'billingContact.saved': '{name}を保存し、請求先連絡先に設定しました。',
  'billingContact.validity.valueMissing': '請求先連絡先を選択してください。',
};
