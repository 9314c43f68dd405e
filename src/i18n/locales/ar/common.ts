import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'جارٍ التحميل…',
  'common.retry': 'أعد المحاولة',
  'common.close': 'إغلاق',
  'common.cancel': 'إلغاء',
  'common.confirm': 'تأكيد',
  'common.save': 'حفظ',
  'common.optional': '(اختياري)',
  'common.required': 'مطلوب',
  'common.perMonth': '{price} / شهريًا',
  'common.perUnitMonth': '{price} لكل {unit} / شهريًا',
  'common.months': '{count, plural, one {شهر واحد} two {شهران} few {# أشهر} other {# شهرًا}}',
  'common.save.percent': 'وفّر {percent}',
  'common.status.active': 'نشط',
  'common.status.trial': 'تجريبي',
  'common.status.inactive': 'غير نشط',
  'common.error.network': 'تعذّر الوصول إلى خدمة الدفع. تحقّق من اتصالك وأعد المحاولة.',
  'common.error.timeout': 'استغرقت خدمة الدفع وقتًا طويلًا للرد. أعد المحاولة.',
  'common.error.bad_response': 'أرسلت خدمة الدفع ردًا غير مقروء. أعد المحاولة.',
  'common.error.http': 'تواجه خدمة الدفع مشكلة. أعد المحاولة بعد قليل.',
  'common.error.validation': 'يُرجى التحقق من المدخلات.',
};
