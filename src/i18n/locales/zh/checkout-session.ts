import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': '公司 ID',
  'session.companySearch.hint': '请先输入客户的公司 ID。',
  'session.companySearch.submit': '搜索',
  'session.companySearch.searching': '搜索中…',
  'session.companySearch.required': '请输入公司 ID。',
  'session.misconfigured': '此结账尚未配置：需要流程、产品以及订阅或公司 ID。',
  'session.tagsTaken': '无法显示此结账：页面已将 {tags} 用于其自身的元素。',
  'session.offline': '您已离线。网络恢复后，结账将自动继续。',
  'session.retryWaiting': '结账服务要求稍候。将于 {time} 重试。',
  'session.payBar.total': '总计',
  'session.payBar.go': '前往付款',
};
