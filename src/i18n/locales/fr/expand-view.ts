import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': 'Impossible d’ajouter {name}.',

  'planPicker.customer.label': 'Client',
  'planPicker.customer.companyId': 'Identifiant d’entreprise',
  'planPicker.expand.services': 'Vos services',
  'planPicker.expand.note': 'La capacité ajoutée est facturée jusqu’à la fin de la période en cours ({date}) et prend effet après paiement.',
  'planPicker.expand.trial': 'Un essai ne peut pas être étendu : passez d’abord à une offre payante, avec la capacité nécessaire.',
  'planPicker.expand.inactive': 'Un abonnement inactif ne peut pas être étendu : réactivez-le d’abord.',
  'planPicker.expand.noFlow': 'Cet abonnement pourra être étendu une fois de nouveau actif ; votre fournisseur peut le réactiver.',
  'planPicker.expand.upgradeTrial': 'Passer de l’essai à une offre payante',
  'planPicker.expand.upgrade': 'Passer cet abonnement à une offre supérieure',
  'planPicker.expand.renew': 'Renouveler cet abonnement',
  'planPicker.other.title': 'Autres services',
  'planPicker.other.empty': 'Tous les services font déjà partie de votre abonnement.',
};
