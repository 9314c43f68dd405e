import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'Rinnovo automatico',
  'pay.autoRenew.hint': 'Rinnova automaticamente alla fine di ogni periodo.',
  'pay.pi.label': 'N. fattura proforma',
  'pay.pi.hint': 'Il numero di fattura proforma fornito dal team commerciale.',
  'pay.pi.invalid': 'Usare solo lettere, cifre, -, /, . e _.',
  'pay.pi.tooLong': 'Un numero di fattura proforma ha al massimo 64 caratteri.',
  'pay.button.placing': 'Invio dell’ordine…',
  'pay.unavailable.card': 'Il pagamento con carta non è configurato per questo checkout.',
  'pay.unavailable.paypal': 'PayPal non è configurato per questo checkout.',
  'pay.paying': 'Elaborazione del pagamento…',
  'pay.card.loading': 'Caricamento del modulo sicuro della carta…',
  'pay.card.loadFailed': 'Impossibile caricare il modulo della carta. Riprovare oppure scegliere PayPal o Offline.',
  'pay.card.declined': 'Il pagamento non è andato a buon fine. Verificare i dati della carta e riprovare.',
  'pay.paypal.loading': 'Caricamento di PayPal…',
  'pay.paypal.loadFailed': 'Impossibile caricare PayPal. Scegliere un altro metodo di pagamento o ricaricare la pagina.',
  'pay.paypal.cancelled': 'PayPal è stato chiuso prima del pagamento. Non è stato addebitato nulla; è possibile riprovare.',
  'pay.paypal.failed': 'PayPal non è riuscito a completare il pagamento. Riprovare.',
};
