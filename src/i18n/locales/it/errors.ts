import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'Alcuni dati non sono stati accettati. Verificarli.',
  'errors.invalid_json': 'Non è stato possibile leggere la richiesta. Riprovare.',
  'errors.idempotency_key_required': 'Non è stato possibile inviare l’ordine in modo sicuro. Riprovare.',
  'errors.idempotency_conflict': 'Questo ordine è già stato inviato con altri dati. Ricominciare.',
  'errors.not_found': 'Quanto richiesto non è stato trovato.',
  'errors.conflict': 'Non è possibile nello stato attuale.',
  'errors.quote_expired': 'Questo prezzo è scaduto. Richiederne uno nuovo.',
  'errors.quote_superseded': 'Per questo ordine è stato creato un prezzo più recente. Usare quello.',
  'errors.price_changed': 'Il prezzo è cambiato. Verificare il nuovo prezzo.',
  'errors.quote_used': 'Questo prezzo è già stato ordinato e pagato.',
  'errors.order_not_payable': 'Questo ordine non può più essere pagato. Avviare un nuovo checkout.',
  'errors.order_not_cancellable': 'Questo ordine non può più essere annullato.',
  'errors.promo_invalid': 'Questo codice non esiste, è scaduto o non si applica a questo ordine.',
  'errors.downgrade_not_allowed': 'Scegliere un pacchetto superiore o una quantità maggiore di quella attuale.',
  'errors.credit_exceeds_price':
    'Il credito del periodo non utilizzato supera il costo del nuovo pacchetto. Scegliere un ciclo più lungo o una quantità maggiore.',
  'errors.subscription_not_active': 'Questo abbonamento non è attivo. Rinnovarlo o passare prima a un piano superiore.',
  'errors.term_ended': 'Il periodo in corso è terminato. Rinnovare prima l’abbonamento.',
  'errors.rate_limited': 'Troppe richieste. Attendere un momento e riprovare.',
  'errors.vendor': 'Il servizio di checkout risponde: {message}',
};
