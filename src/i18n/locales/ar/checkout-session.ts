import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'معرّف الشركة',
  'session.companySearch.hint': 'ابدأ بإدخال معرّف شركة عميلك.',
  'session.companySearch.submit': 'بحث',
  'session.companySearch.searching': 'جارٍ البحث…',
  'session.companySearch.required': 'أدخل معرّف الشركة.',
  'session.misconfigured': 'عملية الدفع هذه غير مُعدّة: تحتاج إلى مسار ومنتج واشتراك أو معرّف شركة.',
  'session.tagsTaken': 'تعذّر عرض عملية الدفع هذه: تستخدم الصفحة {tags} لعناصر خاصة بها.',
  'session.offline': 'أنت غير متصل بالإنترنت. ستُستأنف عملية الدفع عند عودة الاتصال.',
  'session.retryWaiting': 'طلبت خدمة الدفع الانتظار. ستُعاد المحاولة في {time}.',
  'session.payBar.total': 'الإجمالي',
  'session.payBar.go': 'الانتقال إلى الدفع',
};
