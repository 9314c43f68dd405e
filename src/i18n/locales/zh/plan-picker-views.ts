/** Strings of <plan-picker>'s partner layout and package details, loaded with the zh catalog. */
import type { planPickerViews as english } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof english, string> = {
  'planPicker.service.add': '添加',
  'planPicker.service.addNamed': '添加{name}',
  'planPicker.service.remove': '移除',
  'planPicker.service.removeNamed': '移除{name}',
  'planPicker.current.minimumTerm': '最短合同期至',
  'planPicker.details.open': '查看详情',
  'planPicker.details.title': '套餐详情：{name}',
  'planPicker.details.features': '功能',
  'planPicker.plan.registered': '已注册 {count} 个账户',
  'planPicker.licenses.note': '添加用户许可证不会开始新的最短合同期；合同期仍于 {date} 结束。',
  'planPicker.partner.details': '订阅详情',
  'planPicker.partner.capacity': '{name}：各项服务的当前容量',
  'planPicker.partner.notSubscribed': '未订阅',
  'planPicker.partner.tabs': '套餐和服务',
  'planPicker.partner.tab.plan': '套餐',
  'planPicker.partner.tab.service': '服务',
  'planPicker.partner.termEnd': '当前期限于 {date} 结束。',
  'planPicker.partner.subscribe': '订阅',
  'planPicker.partner.subscribeNamed': '订阅{name}',
  'planPicker.partner.change': '设置容量',
  'planPicker.partner.changeNamed': '设置{name}的容量',
  'planPicker.partner.dialog.capacity': '容量',
  'planPicker.partner.dialog.note': '确认后，当前期限剩余时间的价格将显示在订单摘要中。',
};
