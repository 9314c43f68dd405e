import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'חלק מהפרטים לא התקבלו. נא לבדוק אותם.',
  'errors.invalid_json': 'לא ניתן היה לקרוא את הבקשה. נא לנסות שוב.',
  'errors.idempotency_key_required': 'לא ניתן היה לשלוח את ההזמנה באופן בטוח. נא לנסות שוב.',
  'errors.idempotency_conflict': 'ההזמנה הזו כבר נשלחה עם פרטים אחרים. יש להתחיל מחדש.',
  'errors.not_found': 'מה שביקשת לא נמצא.',
  'errors.conflict': 'הפעולה אינה אפשרית במצב הנוכחי.',
  'errors.quote_expired': 'תוקף המחיר הזה פג. יש לקבל מחיר חדש.',
  'errors.quote_superseded': 'נוצר מחיר חדש יותר להזמנה הזו. יש להשתמש בו.',
  'errors.price_changed': 'המחיר השתנה. נא לבדוק את המחיר החדש.',
  'errors.quote_used': 'המחיר הזה כבר הוזמן ושולם.',
  'errors.order_not_payable': 'כבר לא ניתן לשלם על ההזמנה הזו. יש להתחיל תשלום חדש.',
  'errors.order_not_cancellable': 'כבר לא ניתן לבטל את ההזמנה הזו.',
  'errors.promo_invalid': 'הקוד הזה לא קיים, פג תוקפו או שאינו חל על ההזמנה הזו.',
  'errors.downgrade_not_allowed': 'יש לבחור חבילה גבוהה יותר או כמות גדולה מהנוכחית.',
  'errors.credit_exceeds_price': 'הזיכוי על התקופה שלא נוצלה גבוה מהמחיר של החבילה החדשה. יש לבחור מחזור חיוב ארוך יותר או כמות גדולה יותר.',
  'errors.subscription_not_active': 'המינוי הזה אינו פעיל. יש לחדש או לשדרג אותו קודם.',
  'errors.term_ended': 'התקופה הנוכחית הסתיימה. יש לחדש את המינוי קודם.',
  'errors.rate_limited': 'יותר מדי בקשות. נא להמתין רגע ולנסות שוב.',
  'errors.vendor': 'תשובת שירות התשלום: {message}',
};
