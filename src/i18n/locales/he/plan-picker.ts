/** Hebrew strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'לא ניתן היה לטעון את התוכניות והשירותים.',
  'planPicker.error.subscriptions': 'לא ניתן היה לטעון את המינויים.',
  'planPicker.error.lookup': 'לא ניתן היה לאתר את הלקוח.',
  'planPicker.error.view': 'לא ניתן היה לטעון את החלק הזה של דף התשלום.',
  'planPicker.error.viewHint': 'יש לבדוק את החיבור ולנסות שוב.',
  'planPicker.empty.subscription': 'לא נמצא מינוי לשינוי.',
  'planPicker.empty.renew': 'אין מינויים לחידוש.',
  'planPicker.locked': 'ההזמנה הושלמה. כדי לשנות פרטים נוספים, יש להתחיל הזמנה חדשה.',
};
