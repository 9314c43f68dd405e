/** Dutch strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'Bedrijfs-ID',
  'session.companySearch.hint': 'Voer eerst de bedrijfs-ID van uw klant in.',
  'session.companySearch.submit': 'Zoeken',
  'session.companySearch.searching': 'Zoeken…',
  'session.companySearch.required': 'Voer een bedrijfs-ID in.',
  'session.misconfigured': 'Deze afrekenpagina is niet ingesteld: er zijn een flow, een product en een abonnement of bedrijfs-ID nodig.',
  'session.tagsTaken': 'Deze afrekenpagina kan niet worden weergegeven: de pagina gebruikt {tags} voor eigen elementen.',
  'session.offline': 'U bent offline. Het afrekenen gaat verder zodra uw verbinding hersteld is.',
  'session.retryWaiting': 'De afrekendienst heeft gevraagd even te wachten. Nieuwe poging om {time}.',
  'session.payBar.total': 'Totaal',
  'session.payBar.go': 'Naar betaling',
};
