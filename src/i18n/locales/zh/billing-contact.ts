import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': '账单联系人',
  'billingContact.loading': '正在加载账单联系人…',
  'billingContact.empty': '还没有账单联系人。请添加一位以接收发票。',
  'billingContact.choose': '选择账单联系人',
  'billingContact.option.company': '{name}（{company}）',
  'billingContact.option.default': '{label} – 默认',
  'billingContact.addNew': '新增',
  'billingContact.summary.label': '发票信息',
  'billingContact.summary.email': '发票发送至',
  'billingContact.summary.vatId': '增值税号 / 税号',
  'billingContact.summary.hint': '这些信息将显示在发票上，发票会发送到此电子邮箱。',
  'billingContact.form.loadError': '无法加载表单。请检查网络后重试。',
  'billingContact.saved': '已保存 {name} 并选为账单联系人。',
  'billingContact.validity.valueMissing': '请选择账单联系人。',
};
