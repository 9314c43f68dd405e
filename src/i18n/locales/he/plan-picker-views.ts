/** Hebrew strings of <plan-picker>'s partner layout and package details, loaded with the he catalog. */
import type { planPickerViews as english } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof english, string> = {
  'planPicker.service.add': 'הוספה',
  'planPicker.service.addNamed': 'הוספת {name}',
  'planPicker.service.remove': 'הסרה',
  'planPicker.service.removeNamed': 'הסרת {name}',
  'planPicker.current.minimumTerm': 'תקופת התחייבות מינימלית עד',
  'planPicker.details.open': 'הצגת פרטים',
  'planPicker.details.title': 'פרטי החבילה: {name}',
  'planPicker.details.features': 'תכונות',
  'planPicker.plan.registered': '{count, plural, =0 {אין חשבונות רשומים} one {חשבון רשום אחד} two {# חשבונות רשומים} other {# חשבונות רשומים}}',
  'planPicker.licenses.note': 'הוספת רישיונות משתמש לא מתחילה תקופת התחייבות מינימלית חדשה; היא עדיין מסתיימת ב-{date}.',
  'planPicker.partner.details': 'פרטי המינוי',
  'planPicker.partner.capacity': '{name}: הקיבולת הנוכחית של כל שירות',
  'planPicker.partner.notSubscribed': 'אין מינוי',
  'planPicker.partner.tabs': 'תוכנית ושירותים',
  'planPicker.partner.tab.plan': 'תוכנית',
  'planPicker.partner.tab.service': 'שירות',
  'planPicker.partner.termEnd': 'התקופה הנוכחית מסתיימת ב-{date}.',
  'planPicker.partner.subscribe': 'הצטרפות למינוי',
  'planPicker.partner.subscribeNamed': 'הצטרפות למינוי {name}',
  'planPicker.partner.change': 'הגדרת קיבולת',
  'planPicker.partner.changeNamed': 'הגדרת הקיבולת של {name}',
  'planPicker.partner.dialog.capacity': 'קיבולת',
  'planPicker.partner.dialog.note': 'המחיר ליתרת התקופה הנוכחית יוצג בסיכום ההזמנה לאחר האישור.',
};
