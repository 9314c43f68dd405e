import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.close': '关闭',
  'common.cancel': '取消',
  'common.confirm': '确认',
  'common.save': '保存',
  'common.optional': '（可选）',
  'common.required': '必填',
  'common.perMonth': '{price} / 月',
  'common.perUnitMonth': '每{unit} {price} / 月',
  'common.months': '{count} 个月',
  'common.save.percent': '节省 {percent}',
  'common.status.active': '活跃',
  'common.status.trial': '试用',
  'common.status.inactive': '未激活',
  'common.error.network': '无法连接结账服务。请检查网络后重试。',
  'common.error.timeout': '结账服务响应超时。请重试。',
  'common.error.bad_response': '结账服务返回了无法读取的内容。请重试。',
  'common.error.http': '结账服务暂时出现问题。请稍后重试。',
  'common.error.validation': '请检查您的输入。',
};
