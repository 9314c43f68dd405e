import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'Automatisch verlengen',
  'pay.autoRenew.hint': 'Automatisch verlengen aan het einde van elke looptijd.',
  'pay.pi.label': 'PI-nummer',
  'pay.pi.hint': 'Het proformafactuurnummer dat u van het verkoopteam heeft gekregen.',
  'pay.pi.invalid': 'Gebruik alleen letters, cijfers, -, /, . en _.',
  'pay.pi.tooLong': 'Een PI-nummer heeft maximaal 64 tekens.',
  'pay.button.placing': 'Bestelling plaatsen…',
  'pay.unavailable.card': 'Kaartbetaling is niet ingesteld voor deze afrekenpagina.',
  'pay.unavailable.paypal': 'PayPal is niet ingesteld voor deze afrekenpagina.',
  'pay.paying': 'Betaling verwerken…',
  'pay.card.loading': 'Beveiligd kaartformulier laden…',
  'pay.card.loadFailed': 'Het kaartformulier kan niet worden geladen. Probeer het opnieuw of kies PayPal of Offline.',
  'pay.card.declined': 'De betaling is niet gelukt. Controleer uw kaartgegevens en probeer het opnieuw.',
  'pay.paypal.loading': 'PayPal laden…',
  'pay.paypal.loadFailed': 'PayPal kan niet worden geladen. Kies een andere betaalmethode of laad de pagina opnieuw.',
  'pay.paypal.cancelled': 'U heeft PayPal gesloten voordat u betaalde. Er is niets afgeschreven; u kunt het opnieuw proberen.',
  'pay.paypal.failed': 'PayPal kon de betaling niet voltooien. Probeer het opnieuw.',
};
