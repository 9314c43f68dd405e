import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': '无法加载套餐和服务。',
  'planPicker.error.subscriptions': '无法加载您的订阅。',
  'planPicker.error.lookup': '无法查找该客户。',
  'planPicker.error.view': '无法加载结账页面的这一部分。',
  'planPicker.error.viewHint': '请检查网络后重试。',
  'planPicker.empty.subscription': '未找到要变更的订阅。',
  'planPicker.empty.renew': '没有可续费的订阅。',

  'planPicker.locked': '此订单已完成。如需其他更改，请开始新订单。',
};
