/** French strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'Identifiant d’entreprise',
  'session.companySearch.hint': 'Commencez par saisir l’identifiant d’entreprise de votre client.',
  'session.companySearch.submit': 'Rechercher',
  'session.companySearch.searching': 'Recherche…',
  'session.companySearch.required': 'Saisissez un identifiant d’entreprise.',
  'session.misconfigured': 'Ce module de paiement n’est pas configuré : il lui faut un parcours, un produit et un abonnement ou un identifiant d’entreprise.',
  'session.tagsTaken': 'Ce module de paiement ne peut pas s’afficher : la page utilise déjà {tags} pour ses propres éléments.',
  'session.offline': 'Vous êtes hors ligne. Le paiement reprendra dès que votre connexion sera rétablie.',
  'session.retryWaiting': 'Le service de paiement nous a demandé de patienter. Nouvelle tentative à {time}.',
  'session.payBar.total': 'Total',
  'session.payBar.go': 'Passer au paiement',
};
