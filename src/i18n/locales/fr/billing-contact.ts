/** French strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'Contact de facturation',
  'billingContact.loading': 'Chargement des contacts de facturation…',
  'billingContact.empty': 'Aucun contact de facturation pour le moment. Ajoutez-en un pour recevoir la facture.',
  'billingContact.choose': 'Choisissez un contact de facturation',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – par défaut',
  'billingContact.addNew': 'Ajouter un contact',
  'billingContact.summary.label': 'Informations de facturation',
  'billingContact.summary.email': 'Facture envoyée à',
  'billingContact.summary.vatId': 'N° de TVA / identifiant fiscal',
  'billingContact.summary.hint': 'Ces informations figurent sur la facture, qui est envoyée à cette adresse e-mail.',
  'billingContact.form.loadError': 'Impossible de charger le formulaire. Vérifiez votre connexion et réessayez.',
  'billingContact.saved': '{name} a été enregistré et choisi comme contact de facturation.',
  'billingContact.validity.valueMissing': 'Choisissez un contact de facturation.',
};
