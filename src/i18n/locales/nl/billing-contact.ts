/** Dutch strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'Factuurcontact',
  'billingContact.loading': 'Factuurcontacten laden…',
  'billingContact.empty': 'Er is nog geen factuurcontact. Voeg er een toe om de factuur te ontvangen.',
  'billingContact.choose': 'Kies een factuurcontact',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – standaard',
  'billingContact.addNew': 'Nieuw toevoegen',
  'billingContact.summary.label': 'Factuurgegevens',
  'billingContact.summary.email': 'Factuur verzonden naar',
  'billingContact.summary.vatId': 'Btw-nummer / fiscaal nummer',
  'billingContact.summary.hint': 'Deze gegevens staan op de factuur, die naar dit e-mailadres wordt verzonden.',
  'billingContact.form.loadError': 'Het formulier kan niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'billingContact.saved': '{name} is opgeslagen en gekozen als factuurcontact.',
  'billingContact.validity.valueMissing': 'Kies een factuurcontact.',
};
