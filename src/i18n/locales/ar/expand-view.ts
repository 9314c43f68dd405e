import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': 'لا يمكن إضافة {name}.',

  'planPicker.customer.label': 'العميل',
  'planPicker.customer.companyId': 'معرّف الشركة',
  'planPicker.expand.services': 'خدماتك',
  'planPicker.expand.note': 'تُحتسب السعة المضافة حتى نهاية المدة الحالية ({date}) وتسري بعد الدفع.',
  'planPicker.expand.trial': 'لا يمكن توسيع الاشتراك التجريبي: رقِّه أولًا إلى باقة مدفوعة بالسعة التي تحتاجها.',
  'planPicker.expand.inactive': 'لا يمكن توسيع اشتراك غير نشط: أعد تفعيله أولًا.',
  'planPicker.expand.noFlow': 'يمكن توسيع هذا الاشتراك عندما يصبح نشطًا مجددًا؛ يستطيع مزوّد الخدمة إعادة تفعيله.',
  'planPicker.expand.upgradeTrial': 'رقِّ هذا الاشتراك التجريبي',
  'planPicker.expand.upgrade': 'رقِّ هذا الاشتراك',
  'planPicker.expand.renew': 'جدّد هذا الاشتراك',
  'planPicker.other.title': 'خدمات أخرى',
  'planPicker.other.empty': 'كل الخدمات جزء من اشتراكك بالفعل.',
};
