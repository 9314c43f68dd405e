import type { paymentPending as en } from '../en/payment-pending.js';

export const paymentPending: Record<keyof typeof en, string> = {
  'pay.confirming': 'تلقّى مزوّد الدفع المبلغ. ننتظر التأكيد…',
  'pay.unconfirmed': 'ما زال تأكيد دفعتك جارياً. قد يستغرق ذلك بضع دقائق، ولن يُخصم المبلغ مرتين.',
  'pay.checkAgain': 'تحقّق مرة أخرى',
};
