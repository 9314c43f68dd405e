import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': '无法添加{name}。',

  'planPicker.customer.label': '客户',
  'planPicker.customer.companyId': '公司 ID',
  'planPicker.expand.services': '您的服务',
  'planPicker.expand.note': '新增容量按当前期限剩余时间（至 {date}）计费，付款后生效。',
  'planPicker.expand.trial': '试用无法扩容：请先将其升级为付费套餐，并选择所需容量。',
  'planPicker.expand.inactive': '未激活的订阅无法扩容：请先重新激活。',
  'planPicker.expand.noFlow': '此订阅重新激活后即可扩容；您的服务商可以为您重新激活。',
  'planPicker.expand.upgradeTrial': '升级此试用',
  'planPicker.expand.upgrade': '升级此订阅',
  'planPicker.expand.renew': '续订此订阅',
  'planPicker.other.title': '其他服务',
  'planPicker.other.empty': '所有服务都已包含在您的订阅中。',
};
