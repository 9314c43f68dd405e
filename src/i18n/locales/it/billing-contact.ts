/** Italian strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'Contatto di fatturazione',
  'billingContact.loading': 'Caricamento dei contatti di fatturazione…',
  'billingContact.empty': 'Non c’è ancora nessun contatto di fatturazione. Aggiungerne uno per ricevere la fattura.',
  'billingContact.choose': 'Scegliere un contatto di fatturazione',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – predefinito',
  'billingContact.addNew': 'Aggiungi nuovo',
  'billingContact.summary.label': 'Dati di fatturazione',
  'billingContact.summary.email': 'Fattura inviata a',
  'billingContact.summary.vatId': 'Partita IVA / codice fiscale',
  'billingContact.summary.hint': 'Questi dati vengono riportati sulla fattura, che viene inviata a questo indirizzo email.',
  'billingContact.form.loadError': 'Impossibile caricare il modulo. Verificare la connessione e riprovare.',
  'billingContact.saved': '{name} è stato salvato e scelto come contatto di fatturazione.',
  'billingContact.validity.valueMissing': 'Scegliere un contatto di fatturazione.',
};
