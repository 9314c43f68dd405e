import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': '支付服务商已收到付款，正在等待我们的确认…',
  'pay.unconfirmed': '您的付款仍在确认中，可能需要几分钟；不会重复扣款。',
  'pay.checkAgain': '再次检查',
};
