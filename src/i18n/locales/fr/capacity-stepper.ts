/** French strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': 'Quantité',
  'stepper.planLabel': 'Nombre ({units})',
  'stepper.decrease': 'Diminuer : {label}',
  'stepper.increase': 'Augmenter : {label}',
  'stepper.amount': '{count} {unit}',
  'stepper.current': 'Vous avez actuellement {current} {unit}',
  'stepper.currentToNew': '{current} → {value} {unit}',
  'stepper.currentToNew.spoken': 'Actuellement {current}, après cette commande {value} {unit}',
  'stepper.error.range': 'Saisissez un nombre entier compris entre {min} et {max}.',
  'stepper.error.atLeast': 'Saisissez un nombre entier supérieur ou égal à {min}.',
  'stepper.error.notWhole': 'Utilisez uniquement des chiffres, sans signe, décimale ni lettre.',
  'stepper.error.multiline': 'Collez un seul nombre, pas plusieurs lignes.',
  'stepper.error.belowCurrent': 'Vous avez actuellement {current} et pouvez seulement en ajouter.',
  'stepper.error.offStep': 'Procédez par paliers de {step} : {lower} ou {upper}.',
  'stepper.error.offStepOne': 'Procédez par paliers de {step} : {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': 'Le catalogue est encore en cours de chargement. Réessayez dans un instant.',
  'stepper.refused.wrongFlow': 'Cette quantité ne peut pas être modifiée dans ce module de paiement.',
  'stepper.refused.unknownId': 'Ce service n’est pas proposé pour cet abonnement.',
  'stepper.refused.other': 'Impossible de modifier cette quantité. Veuillez réessayer.',
  'stepper.unavailable': 'Ce service n’est pas proposé pour ce produit.',
  'stepper.noPlan': 'Choisissez d’abord une formule.',
};
