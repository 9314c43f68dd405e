/** Hebrew strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'מזהה חברה',
  'session.companySearch.hint': 'כדי להתחיל, יש להזין את מזהה החברה של הלקוח.',
  'session.companySearch.submit': 'חיפוש',
  'session.companySearch.searching': 'בחיפוש…',
  'session.companySearch.required': 'יש להזין מזהה חברה.',
  'session.misconfigured': 'דף התשלום הזה לא הוגדר: נדרשים סוג תהליך (flow), מוצר, ומינוי או מזהה חברה.',
  'session.tagsTaken': 'לא ניתן להציג את דף התשלום: הדף משתמש ב-{tags} לרכיבים משלו.',
  'session.offline': 'אין חיבור לאינטרנט. התשלום ימשיך כשהחיבור יחזור.',
  'session.retryWaiting': 'שירות התשלום ביקש להמתין. ניסיון נוסף ב-{time}.',
  'session.payBar.total': 'סה״כ',
  'session.payBar.go': 'מעבר לתשלום',
};
