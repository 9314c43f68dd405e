/** Italian strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'Caricamento…',
  'common.retry': 'Riprova',
  'common.customerNotFound': 'Nessun cliente con ID azienda {companyId}.',
  'common.close': 'Chiudi',
  'common.cancel': 'Annulla',
  'common.confirm': 'Conferma',
  'common.save': 'Salva',
  'common.optional': '(facoltativo)',
  'common.required': 'Obbligatorio',
  'common.perMonth': '{price} / mese',
  'common.perUnitMonth': '{price} per {unit} / mese',
  'common.months': '{count, plural, one {# mese} other {# mesi}}',
  'common.save.percent': 'risparmio: {percent}',
  'common.status.active': 'Attivo',
  'common.status.trial': 'Prova',
  'common.status.inactive': 'Inattivo',
  'common.error.network': 'Impossibile raggiungere il servizio di checkout. Verificare la connessione e riprovare.',
  'common.error.timeout': 'Il servizio di checkout ha impiegato troppo tempo a rispondere. Riprovare.',
  'common.error.bad_response': 'Il servizio di checkout ha inviato una risposta illeggibile. Riprovare.',
  'common.error.http': 'Il servizio di checkout sta riscontrando problemi. Riprovare tra qualche istante.',
  'common.error.validation': 'Verificare i dati inseriti.',
  'common.error.auth': 'La sessione è scaduta. Accedere di nuovo per continuare.',
  'common.error.retryAfter': 'Il servizio di checkout è sovraccarico. Riprovare {when}.',
};
