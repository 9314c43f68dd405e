/** Korean strings of the payment-pending note of <pay-checkout>. */
import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': '결제 대행사에서 결제를 받았습니다. 최종 확인을 기다리는 중…',
  'pay.unconfirmed': '결제를 아직 확인하고 있습니다. 몇 분 정도 걸릴 수 있으며, 이중으로 청구되지 않습니다.',
  'pay.checkAgain': '다시 확인',
};
