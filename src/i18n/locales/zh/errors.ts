import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': '部分输入未被接受。请检查。',
  'errors.invalid_json': '无法读取该请求。请重试。',
  'errors.idempotency_key_required': '订单无法安全发送。请重试。',
  'errors.idempotency_conflict': '此订单已用其他信息提交过。请重新开始。',
  'errors.not_found': '未找到您请求的内容。',
  'errors.conflict': '当前状态下无法执行此操作。',
  'errors.quote_expired': '此价格已过期。请获取新价格。',
  'errors.quote_superseded': '此订单已有更新的报价。请使用新报价。',
  'errors.price_changed': '价格已变更。请查看新价格。',
  'errors.quote_used': '此报价已下单并付款。',
  'errors.order_not_payable': '此订单已无法付款。请重新结账。',
  'errors.order_not_cancellable': '此订单已无法取消。',
  'errors.promo_invalid': '此优惠码不存在、已过期或不适用于此订单。',
  'errors.downgrade_not_allowed': '请选择更高的套餐或比当前更多的数量。',
  'errors.credit_exceeds_price': '未使用期限的抵扣额高于新套餐的价格。请选择更长的周期或更大的数量。',
  'errors.subscription_not_active': '此订阅未激活。请先续费或升级。',
  'errors.term_ended': '当前期限已结束。请先续费订阅。',
  'errors.rate_limited': '请求过多。请稍候再试。',
  'errors.vendor': '结账服务返回：{message}',
};
