/** Vietnamese strings of the payment-pending note of <pay-checkout>. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'Nhà cung cấp thanh toán đã nhận được khoản thanh toán. Đang chờ chúng tôi xác nhận…',
  'pay.unconfirmed': 'Khoản thanh toán của bạn vẫn đang được xác nhận. Việc này có thể mất vài phút; bạn sẽ không bị trừ tiền hai lần.',
  'pay.checkAgain': 'Kiểm tra lại',
};
