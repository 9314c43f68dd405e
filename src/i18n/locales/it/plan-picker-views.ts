/** Italian strings of <plan-picker>'s partner layout (expand by company id) and package details, loaded with the expand and upgrade views. */
import type { planPickerViews as en } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof en, string> = {
  'planPicker.service.add': 'Aggiungi',
  'planPicker.service.addNamed': 'Aggiungi {name}',
  'planPicker.service.remove': 'Rimuovi',
  'planPicker.service.removeNamed': 'Rimuovi {name}',
  'planPicker.current.minimumTerm': 'Fine della durata minima del contratto',
  'planPicker.details.open': 'Visualizza dettagli',
  'planPicker.details.title': 'Dettagli del pacchetto: {name}',
  'planPicker.details.features': 'Funzionalità',
  'planPicker.plan.registered': '{count, plural, =0 {Nessun account registrato} one {# account registrato} other {# account registrati}}',
  'planPicker.licenses.note': 'L’aggiunta di licenze utente non avvia una nuova durata minima del contratto; la data di fine resta invariata: {date}.',
  'planPicker.partner.details': 'Dettagli dell’abbonamento',
  'planPicker.partner.capacity': '{name}: capacità attuale di ogni servizio',
  'planPicker.partner.notSubscribed': 'Non sottoscritto',
  'planPicker.partner.tabs': 'Piano e servizi',
  'planPicker.partner.tab.plan': 'Piano',
  'planPicker.partner.tab.service': 'Servizio',
  'planPicker.partner.termEnd': 'Fine del periodo in corso: {date}.',
  'planPicker.partner.subscribe': 'Sottoscrivi',
  'planPicker.partner.subscribeNamed': 'Sottoscrivi {name}',
  'planPicker.partner.change': 'Imposta capacità',
  'planPicker.partner.changeNamed': 'Imposta la capacità di {name}',
  'planPicker.partner.dialog.capacity': 'Capacità',
  'planPicker.partner.dialog.note': 'Il prezzo per il resto del periodo in corso viene mostrato nel riepilogo dell’ordine dopo la conferma.',
};
