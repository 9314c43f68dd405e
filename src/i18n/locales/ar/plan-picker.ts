import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'تعذّر تحميل الباقات والخدمات.',
  'planPicker.error.subscriptions': 'تعذّر تحميل اشتراكاتك.',
  'planPicker.error.lookup': 'تعذّر البحث عن العميل.',
  'planPicker.error.view': 'تعذّر تحميل هذا الجزء من صفحة الدفع.',
  'planPicker.error.viewHint': 'تحقّق من اتصالك وأعد المحاولة.',
  'planPicker.empty.subscription': 'لم يُعثر على اشتراك لتغييره.',
  'planPicker.empty.renew': 'لا توجد اشتراكات للتجديد.',

  'planPicker.locked': 'اكتمل هذا الطلب. لإجراء أي تغيير آخر، ابدأ طلبًا جديدًا.',
};
