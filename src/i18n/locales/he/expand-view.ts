import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': 'לא ניתן להוסיף את {name}.',
  'planPicker.customer.label': 'לקוח',
  'planPicker.customer.companyId': 'מזהה חברה',
  'planPicker.expand.services': 'השירותים שלך',
  'planPicker.expand.note': 'הקיבולת שנוספה מחויבת עד סוף התקופה הנוכחית ({date}) ונכנסת לתוקף לאחר התשלום.',
  'planPicker.expand.trial': 'לא ניתן להרחיב מינוי ניסיון: יש לשדרג אותו קודם לתוכנית בתשלום, עם הקיבולת הנדרשת.',
  'planPicker.expand.inactive': 'לא ניתן להרחיב מינוי לא פעיל: יש להפעיל אותו מחדש קודם.',
  'planPicker.expand.noFlow': 'ניתן יהיה להרחיב את המינוי הזה כשיחזור להיות פעיל; הספק יכול להפעיל אותו מחדש.',
  'planPicker.expand.upgradeTrial': 'שדרוג מינוי הניסיון',
  'planPicker.expand.upgrade': 'שדרוג המינוי',
  'planPicker.expand.renew': 'חידוש המינוי',
  'planPicker.other.title': 'שירותים נוספים',
  'planPicker.other.empty': 'כל השירותים כבר כלולים במינוי.',
};
