import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': '自动续费',
  'pay.autoRenew.hint': '每个周期结束时自动续费。',
  'pay.pi.label': 'PI 编号',
  'pay.pi.hint': '销售团队提供的形式发票编号。',
  'pay.pi.invalid': '只能使用字母、数字、-、/、. 和 _。',
  'pay.pi.tooLong': 'PI 编号最多 64 个字符。',
  'pay.button.placing': '正在提交订单…',
  'pay.unavailable.card': '此结账尚未配置银行卡支付。',
  'pay.unavailable.paypal': '此结账尚未配置 PayPal。',
  'pay.paying': '正在处理付款…',
  'pay.card.loading': '正在加载安全的银行卡表单…',
  'pay.card.loadFailed': '无法加载银行卡表单。请重试，或选择 PayPal 或线下支付。',
  'pay.card.declined': '付款未成功。请检查您的卡信息后重试。',
  'pay.paypal.loading': '正在加载 PayPal…',
  'pay.paypal.loadFailed': '无法加载 PayPal。请选择其他付款方式，或重新加载页面。',
  'pay.paypal.cancelled': '您在付款前关闭了 PayPal。未产生任何扣款，您可以重试。',
  'pay.paypal.failed': 'PayPal 无法完成付款。请重试。',
};
