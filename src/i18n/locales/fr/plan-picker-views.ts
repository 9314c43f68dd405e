/** French strings of <plan-picker>'s partner layout (expand by company id) and package details, loaded with the expand and upgrade views. */
import type { planPickerViews as en } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof en, string> = {
  'planPicker.service.add': 'Ajouter',
  'planPicker.service.addNamed': 'Ajouter {name}',
  'planPicker.service.remove': 'Retirer',
  'planPicker.service.removeNamed': 'Retirer {name}',
  'planPicker.current.minimumTerm': 'Durée minimale d’engagement jusqu’au',
  'planPicker.details.open': 'Voir les détails',
  'planPicker.details.title': 'Détails de la formule : {name}',
  'planPicker.details.features': 'Fonctionnalités',
  'planPicker.plan.registered': '{count, plural, =0 {Aucun compte enregistré} one {# compte enregistré} other {# comptes enregistrés}}',
  'planPicker.licenses.note':
    'L’ajout de licences utilisateur ne fait pas démarrer une nouvelle durée minimale d’engagement ; celle-ci se termine toujours le {date}.',
  'planPicker.partner.details': 'Détails de l’abonnement',
  'planPicker.partner.capacity': '{name} : capacité actuelle de chaque service',
  'planPicker.partner.notSubscribed': 'Non souscrit',
  'planPicker.partner.tabs': 'Offre et services',
  'planPicker.partner.tab.plan': 'Offre',
  'planPicker.partner.tab.service': 'Service',
  'planPicker.partner.termEnd': 'La période en cours se termine le {date}.',
  'planPicker.partner.subscribe': 'Souscrire',
  'planPicker.partner.subscribeNamed': 'Souscrire à {name}',
  'planPicker.partner.change': 'Définir la capacité',
  'planPicker.partner.changeNamed': 'Définir la capacité pour {name}',
  'planPicker.partner.dialog.capacity': 'Capacité',
  'planPicker.partner.dialog.note': 'Le prix pour le reste de la période en cours s’affiche dans le récapitulatif de la commande après confirmation.',
};
