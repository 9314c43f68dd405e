/** Italian strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'Impossibile caricare i piani e i servizi.',
  'planPicker.error.subscriptions': 'Impossibile caricare gli abbonamenti.',
  'planPicker.error.lookup': 'Impossibile cercare il cliente.',
  'planPicker.error.view': 'Impossibile caricare questa parte del checkout.',
  'planPicker.error.viewHint': 'Verificare la connessione e riprovare.',
  'planPicker.empty.subscription': 'Nessun abbonamento da modificare trovato.',
  'planPicker.empty.renew': 'Nessun abbonamento da rinnovare.',

  'planPicker.locked': 'Questo ordine è completato. Per apportare altre modifiche, avviare un nuovo ordine.',
};
