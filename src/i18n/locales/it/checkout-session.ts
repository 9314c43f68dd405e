/** Italian strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'ID azienda',
  'session.companySearch.hint': 'Per iniziare, inserire l’ID azienda del cliente.',
  'session.companySearch.submit': 'Cerca',
  'session.companySearch.searching': 'Ricerca in corso…',
  'session.companySearch.required': 'Inserire un ID azienda.',
  'session.misconfigured': 'Questo checkout non è configurato: servono un flusso, un prodotto e un abbonamento o un ID azienda.',
  'session.tagsTaken': 'Impossibile visualizzare questo checkout: la pagina usa già {tags} per elementi propri.',
  'session.offline': 'Nessuna connessione. Il checkout riprenderà quando la connessione sarà ristabilita.',
  'session.retryWaiting': 'Il servizio di checkout ha chiesto di attendere. Nuovo tentativo alle {time}.',
  'session.payBar.total': 'Totale',
  'session.payBar.go': 'Vai al pagamento',
};
