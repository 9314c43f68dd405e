/** Hebrew strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'איש קשר לחיוב',
  'billingContact.loading': 'אנשי הקשר לחיוב בטעינה…',
  'billingContact.empty': 'עדיין אין איש קשר לחיוב. יש להוסיף איש קשר כדי לקבל את החשבונית.',
  'billingContact.choose': 'בחירת איש קשר לחיוב',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – ברירת מחדל',
  'billingContact.addNew': 'הוספת איש קשר',
  'billingContact.summary.label': 'פרטי החשבונית',
  'billingContact.summary.email': 'החשבונית נשלחת אל',
  'billingContact.summary.vatId': 'מספר מע״מ / מזהה מס',
  'billingContact.summary.hint': 'הפרטים האלה מודפסים על החשבונית, שנשלחת לכתובת האימייל הזו.',
  'billingContact.form.loadError': 'לא ניתן היה לטעון את הטופס. יש לבדוק את החיבור ולנסות שוב.',
  'billingContact.saved': 'איש הקשר {name} נשמר ונבחר לחיוב.',
  'billingContact.validity.valueMissing': 'יש לבחור איש קשר לחיוב.',
};
