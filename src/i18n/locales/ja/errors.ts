import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': '一部の入力内容が受け付けられませんでした。確認してください。',
  'errors.invalid_json': 'リクエストを読み取れませんでした。もう一度お試しください。',
  'errors.idempotency_key_required': '注文を安全に送信できませんでした。もう一度お試しください。',
  'errors.idempotency_conflict': 'この注文は別の内容ですでに送信されています。最初からやり直してください。',
  'errors.not_found': 'お探しのものが見つかりませんでした。',
  'errors.conflict': '現在の状態ではこの操作はできません。',
  'errors.quote_expired': 'この価格は有効期限が切れています。新しい価格を取得してください。',
  'errors.quote_superseded': 'この注文にはより新しい価格があります。そちらをご利用ください。',
  'errors.price_changed': '価格が変更されました。新しい価格をご確認ください。',
  'errors.quote_used': 'この価格はすでに注文され、支払い済みです。',
  'errors.order_not_payable': 'この注文はお支払いできなくなりました。新しくチェックアウトを開始してください。',
  'errors.order_not_cancellable': 'この注文はキャンセルできなくなりました。',
  'errors.promo_invalid': 'このコードは存在しないか、有効期限が切れているか、この注文には適用できません。',
  'errors.downgrade_not_allowed': 'より上位のパッケージか、現在より多い数量を選択してください。',
  'errors.credit_exceeds_price': '未使用の契約期間のクレジットが新しいパッケージの料金を上回っています。より長いサイクルか、より多い数量を選択してください。',
  'errors.subscription_not_active': 'このサブスクリプションは有効ではありません。先に更新またはアップグレードしてください。',
  'errors.term_ended': '現在の契約期間は終了しています。先にサブスクリプションを更新してください。',
  'errors.rate_limited': 'リクエストが多すぎます。しばらく待ってからもう一度お試しください。',
  'errors.vendor': 'チェックアウトサービスからの応答: {message}',
};
