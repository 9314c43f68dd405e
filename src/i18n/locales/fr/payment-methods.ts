import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'Renouvellement automatique',
  'pay.autoRenew.hint': 'Renouveler automatiquement à la fin de chaque période.',
  'pay.pi.label': 'N° de facture pro forma',
  'pay.pi.hint': 'Le numéro de facture pro forma fourni par l’équipe commerciale.',
  'pay.pi.invalid': 'Utilisez uniquement des lettres, des chiffres, -, /, . et _.',
  'pay.pi.tooLong': 'Un numéro de facture pro forma comporte au maximum 64 caractères.',
  'pay.button.placing': 'Commande en cours…',
  'pay.unavailable.card': 'Le paiement par carte n’est pas configuré pour ce module de paiement.',
  'pay.unavailable.paypal': 'PayPal n’est pas configuré pour ce module de paiement.',
  'pay.paying': 'Traitement du paiement…',
  'pay.card.loading': 'Chargement du formulaire de carte sécurisé…',
  'pay.card.loadFailed': 'Impossible de charger le formulaire de carte. Réessayez, ou choisissez PayPal ou Hors ligne.',
  'pay.card.declined': 'Le paiement n’a pas abouti. Vérifiez les informations de votre carte et réessayez.',
  'pay.paypal.loading': 'Chargement de PayPal…',
  'pay.paypal.loadFailed': 'Impossible de charger PayPal. Choisissez un autre moyen de paiement ou rechargez la page.',
  'pay.paypal.cancelled': 'Vous avez fermé PayPal avant de payer. Aucun montant n’a été débité ; vous pouvez réessayer.',
  'pay.paypal.failed': 'PayPal n’a pas pu finaliser le paiement. Veuillez réessayer.',
};
