/** Strings of <plan-picker>'s partner layout and package details, loaded with the ar catalog. */
import type { planPickerViews as english } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof english, string> = {
  'planPicker.service.add': 'إضافة',
  'planPicker.service.addNamed': 'إضافة {name}',
  'planPicker.service.remove': 'إزالة',
  'planPicker.service.removeNamed': 'إزالة {name}',
  'planPicker.current.minimumTerm': 'الحد الأدنى لمدة العقد حتى',
  'planPicker.details.open': 'عرض التفاصيل',
  'planPicker.details.title': 'تفاصيل الباقة: {name}',
  'planPicker.details.features': 'الميزات',
  'planPicker.plan.registered':
    '{count, plural, =0 {لا توجد حسابات مسجلة} one {حساب واحد مسجل} two {حسابان مسجلان} few {# حسابات مسجلة} many {# حسابًا مسجلًا} other {# حساب مسجل}}',
  'planPicker.licenses.note': 'إضافة تراخيص مستخدمين لا تبدأ حدًا أدنى جديدًا لمدة العقد؛ فهو لا يزال ينتهي في {date}.',
  'planPicker.partner.details': 'تفاصيل الاشتراك',
  'planPicker.partner.capacity': '{name}: السعة الحالية لكل خدمة',
  'planPicker.partner.notSubscribed': 'غير مشترك',
  'planPicker.partner.tabs': 'الخطة والخدمات',
  'planPicker.partner.tab.plan': 'الخطة',
  'planPicker.partner.tab.service': 'الخدمات',
  'planPicker.partner.termEnd': 'تنتهي المدة الحالية في {date}.',
  'planPicker.partner.subscribe': 'اشترك',
  'planPicker.partner.subscribeNamed': 'الاشتراك في {name}',
  'planPicker.partner.change': 'تحديد السعة',
  'planPicker.partner.changeNamed': 'تحديد سعة {name}',
  'planPicker.partner.dialog.capacity': 'السعة',
  'planPicker.partner.dialog.note': 'يظهر سعر ما تبقى من المدة الحالية في ملخص الطلب بعد التأكيد.',
};
