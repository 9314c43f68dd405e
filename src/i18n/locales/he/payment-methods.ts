import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'חידוש אוטומטי',
  'pay.autoRenew.hint': 'חידוש אוטומטי בסוף כל תקופה.',
  'pay.pi.label': 'מספר PI',
  'pay.pi.hint': 'מספר חשבונית הפרופורמה שהתקבל מצוות המכירות.',
  'pay.pi.invalid': 'יש להשתמש רק באותיות, בספרות ובתווים - / . _',
  'pay.pi.tooLong': 'מספר PI מכיל 64 תווים לכל היותר.',
  'pay.button.placing': 'ההזמנה מתבצעת…',
  'pay.unavailable.card': 'תשלום בכרטיס לא הוגדר בדף התשלום הזה.',
  'pay.unavailable.paypal': 'PayPal לא הוגדר בדף התשלום הזה.',
  'pay.paying': 'התשלום מעובד…',
  'pay.card.loading': 'טופס הכרטיס המאובטח בטעינה…',
  'pay.card.loadFailed': 'לא ניתן היה לטעון את טופס הכרטיס. אפשר לנסות שוב, או לבחור ב-PayPal או באופליין.',
  'pay.card.declined': 'התשלום לא עבר. יש לבדוק את פרטי הכרטיס ולנסות שוב.',
  'pay.paypal.loading': 'PayPal בטעינה…',
  'pay.paypal.loadFailed': 'לא ניתן היה לטעון את PayPal. אפשר לבחור אמצעי תשלום אחר או לטעון מחדש את הדף.',
  'pay.paypal.cancelled': 'חלון PayPal נסגר לפני התשלום. לא בוצע חיוב, ואפשר לנסות שוב.',
  'pay.paypal.failed': 'PayPal לא הצליח להשלים את התשלום. נא לנסות שוב.',
};
