/** Japanese strings of the payment-pending note of <pay-checkout>: loaded with it, after the provider's step. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': '決済事業者がお支払いを受け付けました。当社での確認を待っています…',
  'pay.unconfirmed': 'お支払いはまだ確認中です。数分かかる場合がありますが、二重に請求されることはありません。',
  'pay.checkAgain': '再確認',
};
