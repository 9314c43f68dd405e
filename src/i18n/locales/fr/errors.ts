import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'Certaines saisies n’ont pas été acceptées. Veuillez les vérifier.',
  'errors.invalid_json': 'La demande n’a pas pu être lue. Veuillez réessayer.',
  'errors.idempotency_key_required': 'La commande n’a pas pu être envoyée de façon sûre. Veuillez réessayer.',
  'errors.idempotency_conflict': 'Cette commande a déjà été envoyée avec d’autres informations. Veuillez recommencer.',
  'errors.not_found': 'L’élément demandé est introuvable.',
  'errors.conflict': 'Cette action n’est pas possible dans l’état actuel.',
  'errors.quote_expired': 'Ce prix a expiré. Veuillez en obtenir un nouveau.',
  'errors.quote_superseded': 'Un prix plus récent a été établi pour cette commande. Veuillez utiliser celui-ci.',
  'errors.price_changed': 'Le prix a changé. Veuillez vérifier le nouveau prix.',
  'errors.quote_used': 'Ce prix a déjà été commandé et payé.',
  'errors.order_not_payable': 'Cette commande ne peut plus être payée. Veuillez démarrer une nouvelle commande.',
  'errors.order_not_cancellable': 'Cette commande ne peut plus être annulée.',
  'errors.promo_invalid': 'Ce code n’existe pas, a expiré ou ne s’applique pas à cette commande.',
  'errors.downgrade_not_allowed': 'Choisissez une formule supérieure ou une quantité plus importante qu’actuellement.',
  'errors.credit_exceeds_price':
    'Le crédit de la période non utilisée dépasse le prix de la nouvelle formule. Choisissez un cycle plus long ou une quantité plus importante.',
  'errors.subscription_not_active': 'Cet abonnement n’est pas actif. Renouvelez-le ou passez d’abord à une offre supérieure.',
  'errors.term_ended': 'La période en cours est terminée. Renouvelez d’abord l’abonnement.',
  'errors.rate_limited': 'Trop de demandes. Veuillez patienter un instant puis réessayer.',
  'errors.vendor': 'Le service de paiement indique : {message}',
};
