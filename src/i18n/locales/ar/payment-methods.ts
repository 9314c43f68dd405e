import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'تجديد تلقائي',
  'pay.autoRenew.hint': 'التجديد تلقائيًا في نهاية كل فترة.',
  'pay.pi.label': 'رقم الفاتورة المبدئية',
  'pay.pi.hint': 'رقم الفاتورة المبدئية الذي قدّمه فريق المبيعات.',
  'pay.pi.invalid': 'استخدم الحروف والأرقام و- و/ و. و_ فقط.',
  'pay.pi.tooLong': 'يتكوّن رقم الفاتورة المبدئية من 64 حرفًا على الأكثر.',
  'pay.button.placing': 'جارٍ تقديم الطلب…',
  'pay.unavailable.card': 'الدفع بالبطاقة غير مُعدّ لعملية الدفع هذه.',
  'pay.unavailable.paypal': 'PayPal غير مُعدّ لعملية الدفع هذه.',
  'pay.paying': 'جارٍ معالجة الدفع…',
  'pay.card.loading': 'جارٍ تحميل نموذج البطاقة الآمن…',
  'pay.card.loadFailed': 'تعذّر تحميل نموذج البطاقة. أعد المحاولة، أو اختر PayPal أو الدفع غير الإلكتروني.',
  'pay.card.declined': 'لم تتم عملية الدفع. تحقّق من بيانات بطاقتك وأعد المحاولة.',
  'pay.paypal.loading': 'جارٍ تحميل PayPal…',
  'pay.paypal.loadFailed': 'تعذّر تحميل PayPal. اختر طريقة دفع أخرى أو أعد تحميل الصفحة.',
  'pay.paypal.cancelled': 'أغلقت PayPal قبل الدفع. لم يُخصم أي مبلغ؛ يمكنك المحاولة مجددًا.',
  'pay.paypal.failed': 'تعذّر على PayPal إتمام الدفع. أعد المحاولة.',
};
