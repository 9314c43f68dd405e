import type { renewView as en } from '../en/renew-view.js';

export const renewView: Record<keyof typeof en, string> = {
  'planPicker.renew.caption': 'الاشتراكات المراد تجديدها',
  'planPicker.renew.selectAll': 'تحديد كل الاشتراكات',
  'planPicker.renew.select': 'تجديد {name}',
  'planPicker.renew.col.name': 'الاسم',
  'planPicker.renew.col.status': 'الحالة',
  'planPicker.renew.col.billing': 'الفوترة',
  'planPicker.renew.col.expires': 'ينتهي في',
  'planPicker.renew.col.autoRenew': 'التجديد التلقائي',
  'planPicker.renew.col.newEnd': 'تاريخ الانتهاء الجديد',
  'planPicker.renew.billing.monthly': 'شهري',
  'planPicker.renew.billing.yearly': 'سنوي',
  'planPicker.renew.billing.months': 'كل {count, plural, one {شهر} two {شهرين} few {# أشهر} other {# شهرًا}}',
  'planPicker.renew.autoRenew': 'التجديد التلقائي لـ {name}',
  'planPicker.renew.autoRenew.error': 'لم يتغيّر التجديد التلقائي لـ {name}: {error}',
  'planPicker.renew.estimate': '{date} (تقديري)',
  'planPicker.renew.trial': 'لا يمكن تجديد اشتراك تجريبي',
  'planPicker.renew.selected':
    '{count, plural, =0 {لم يُحدَّد أي اشتراك} one {اشتراك واحد محدد} two {اشتراكان محددان} few {# اشتراكات محددة} other {# اشتراكًا محددًا}}',
  'planPicker.duration.label': 'مدة التجديد',
  'planPicker.duration.years': '{count, plural, one {سنة واحدة} two {سنتان} few {# سنوات} other {# سنة}}',
  'planPicker.coterm.label': 'التجديد في تاريخ التجديد الموحّد',
  'planPicker.coterm.hint': 'ينتهي كل تجديد عندئذٍ في اليوم {day} من الشهر؛ وتُضاف الأيام الإضافية إلى السعر.',
  'planPicker.coterm.day': '{day}',
};
