/** French strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.customerNotFound': 'Aucun client avec l’identifiant d’entreprise {companyId}.',
  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.confirm': 'Confirmer',
  'common.save': 'Enregistrer',
  'common.optional': '(facultatif)',
  'common.required': 'Obligatoire',
  'common.perMonth': '{price} / mois',
  'common.perUnitMonth': '{price} par {unit} / mois',
  'common.months': '{count, plural, one {# mois} other {# mois}}',
  'common.save.percent': 'économisez {percent}',
  'common.status.active': 'Actif',
  'common.status.trial': 'Essai',
  'common.status.inactive': 'Inactif',
  'common.error.network': 'Impossible de joindre le service de paiement. Vérifiez votre connexion et réessayez.',
  'common.error.timeout': 'Le service de paiement a mis trop de temps à répondre. Veuillez réessayer.',
  'common.error.bad_response': 'Le service de paiement a envoyé une réponse illisible. Veuillez réessayer.',
  'common.error.http': 'Le service de paiement rencontre des difficultés. Veuillez réessayer dans un instant.',
  'common.error.validation': 'Veuillez vérifier vos saisies.',
  'common.error.auth': 'Votre session a expiré. Veuillez vous reconnecter pour continuer.',
  'common.error.retryAfter': 'Le service de paiement est très sollicité. Veuillez réessayer {when}.',
};
