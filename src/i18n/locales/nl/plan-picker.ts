/** Dutch strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'De plannen en diensten kunnen niet worden geladen.',
  'planPicker.error.subscriptions': 'Uw abonnementen kunnen niet worden geladen.',
  'planPicker.error.lookup': 'De klant kan niet worden opgezocht.',
  'planPicker.error.view': 'Dit deel van de afrekenpagina kan niet worden geladen.',
  'planPicker.error.viewHint': 'Controleer uw verbinding en probeer het opnieuw.',
  'planPicker.empty.subscription': 'Er is geen abonnement gevonden om te wijzigen.',
  'planPicker.empty.renew': 'Geen abonnementen om te verlengen.',

  'planPicker.locked': 'Deze bestelling is afgerond. Start een nieuwe bestelling om nog iets te wijzigen.',
};
