/** French strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'Impossible de charger les offres et les services.',
  'planPicker.error.subscriptions': 'Impossible de charger vos abonnements.',
  'planPicker.error.lookup': 'La recherche du client a échoué.',
  'planPicker.error.view': 'Impossible de charger cette partie du module de paiement.',
  'planPicker.error.viewHint': 'Vérifiez votre connexion et réessayez.',
  'planPicker.empty.subscription': 'Aucun abonnement à modifier n’a été trouvé.',
  'planPicker.empty.renew': 'Aucun abonnement à renouveler.',

  'planPicker.locked': 'Cette commande est terminée. Pour toute autre modification, commencez une nouvelle commande.',
};
