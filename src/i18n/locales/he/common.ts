/** Hebrew strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'בטעינה…',
  'common.retry': 'לנסות שוב',
  'common.customerNotFound': 'לא נמצא לקוח עם מזהה החברה {companyId}.',
  'common.close': 'סגירה',
  'common.cancel': 'ביטול',
  'common.confirm': 'אישור',
  'common.save': 'שמירה',
  'common.optional': '(אופציונלי)',
  'common.required': 'חובה',
  'common.perMonth': '{price} / לחודש',
  'common.perUnitMonth': '{price} לכל {unit} / לחודש',
  'common.months': '{count, plural, one {חודש אחד} two {חודשיים} other {# חודשים}}',
  'common.save.percent': 'חיסכון של {percent}',
  'common.status.active': 'פעיל',
  'common.status.trial': 'ניסיון',
  'common.status.inactive': 'לא פעיל',
  'common.error.network': 'לא ניתן להתחבר לשירות התשלום. יש לבדוק את החיבור ולנסות שוב.',
  'common.error.timeout': 'שירות התשלום לא הגיב בזמן. נא לנסות שוב.',
  'common.error.bad_response': 'שירות התשלום שלח תשובה שלא ניתן לקרוא. נא לנסות שוב.',
  'common.error.http': 'יש תקלה בשירות התשלום. נא לנסות שוב בעוד רגע.',
  'common.error.validation': 'נא לבדוק את הפרטים שהוזנו.',
  'common.error.auth': 'תוקף ההתחברות פג. יש להתחבר מחדש כדי להמשיך.',
  'common.error.retryAfter': 'שירות התשלום עמוס כרגע. נא לנסות שוב {when}.',
};
