import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'جهة اتصال الفوترة',
  'billingContact.loading': 'جارٍ تحميل جهات اتصال الفوترة…',
  'billingContact.empty': 'لا توجد جهة اتصال للفوترة بعد. أضف واحدة لتلقي الفاتورة.',
  'billingContact.choose': 'اختر جهة اتصال الفوترة',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – الافتراضية',
  'billingContact.addNew': 'إضافة جديدة',
  'billingContact.summary.label': 'بيانات الفاتورة',
  'billingContact.summary.email': 'تُرسل الفاتورة إلى',
  'billingContact.summary.vatId': 'رقم ضريبة القيمة المضافة / الرقم الضريبي',
  'billingContact.summary.hint': 'تظهر هذه البيانات على الفاتورة التي تُرسل إلى عنوان البريد الإلكتروني هذا.',
  'billingContact.form.loadError': 'تعذّر تحميل النموذج. تحقّق من اتصالك وأعد المحاولة.',
  'billingContact.saved': 'تم حفظ {name} واختياره جهةَ اتصال للفوترة.',
  'billingContact.validity.valueMissing': 'اختر جهة اتصال للفوترة.',
};
