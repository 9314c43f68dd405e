import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'لم تُقبل بعض المدخلات. يُرجى التحقق منها.',
  'errors.invalid_json': 'تعذّرت قراءة البيانات المرسلة. أعد المحاولة.',
  'errors.idempotency_key_required': 'تعذّر إرسال الطلب بأمان. أعد المحاولة.',
  'errors.idempotency_conflict': 'أُرسل هذا الطلب من قبل ببيانات أخرى. يُرجى البدء من جديد.',
  'errors.not_found': 'لم يُعثر على ما طلبته.',
  'errors.conflict': 'لا يمكن تنفيذ ذلك في الحالة الحالية.',
  'errors.quote_expired': 'انتهت صلاحية هذا السعر. يُرجى الحصول على سعر جديد.',
  'errors.quote_superseded': 'أُنشئ سعر أحدث لهذا الطلب. يُرجى استخدامه.',
  'errors.price_changed': 'تغيّر السعر. يُرجى مراجعة السعر الجديد.',
  'errors.quote_used': 'طُلب هذا السعر ودُفع من قبل.',
  'errors.order_not_payable': 'لم يعد من الممكن دفع هذا الطلب. يُرجى بدء عملية دفع جديدة.',
  'errors.order_not_cancellable': 'لم يعد من الممكن إلغاء هذا الطلب.',
  'errors.promo_invalid': 'هذا الرمز غير موجود أو منتهي الصلاحية أو لا ينطبق على هذا الطلب.',
  'errors.downgrade_not_allowed': 'اختر باقة أعلى أو كمية أكبر من الحالية.',
  'errors.credit_exceeds_price': 'رصيد المدة غير المستخدمة أكبر من سعر الباقة الجديدة. اختر دورة أطول أو كمية أكبر.',
  'errors.subscription_not_active': 'هذا الاشتراك غير نشط. جدّده أو رقِّه أولًا.',
  'errors.term_ended': 'انتهت المدة الحالية. جدّد الاشتراك أولًا.',
  'errors.rate_limited': 'طلبات كثيرة جدًا. انتظر قليلًا ثم أعد المحاولة.',
  'errors.vendor': 'ردّ خدمة الدفع: {message}',
};
