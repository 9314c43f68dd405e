import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'Rechnungskontakt',
  'billingContact.loading': 'Rechnungskontakte werden geladen…',
  'billingContact.empty': 'Es gibt noch keinen Rechnungskontakt. Legen Sie einen an, um die Rechnung zu erhalten.',
  'billingContact.choose': 'Rechnungskontakt auswählen',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – Standard',
  'billingContact.addNew': 'Neu hinzufügen',
  'billingContact.summary.label': 'Rechnungsangaben',
  'billingContact.summary.email': 'Rechnung geht an',
  'billingContact.summary.vatId': 'USt-IdNr. / Steuernummer',
  'billingContact.summary.hint': 'Diese Angaben stehen auf der Rechnung, die an diese E-Mail-Adresse gesendet wird.',
  'billingContact.form.loadError': 'Das Formular konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'billingContact.saved': '{name} wurde gespeichert und als Rechnungskontakt gewählt.',
  'billingContact.validity.valueMissing': 'Wählen Sie einen Rechnungskontakt.',
};
