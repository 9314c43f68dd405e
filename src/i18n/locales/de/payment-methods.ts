import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'Automatisch verlängern',
  'pay.autoRenew.hint': 'Am Ende jeder Laufzeit automatisch verlängern.',
  'pay.pi.label': 'PI-Nummer',
  'pay.pi.hint': 'Die Proforma-Rechnungsnummer, die Sie vom Vertrieb erhalten haben.',
  'pay.pi.invalid': 'Verwenden Sie nur Buchstaben, Ziffern, -, /, . und _.',
  'pay.pi.tooLong': 'Eine PI-Nummer hat höchstens 64 Zeichen.',
  'pay.button.placing': 'Bestellung wird aufgegeben…',
  'pay.unavailable.card': 'Kartenzahlung ist für diese Kasse nicht eingerichtet.',
  'pay.unavailable.paypal': 'PayPal ist für diese Kasse nicht eingerichtet.',
  'pay.paying': 'Zahlung wird verarbeitet…',
  'pay.card.loading': 'Das sichere Kartenformular wird geladen…',
  'pay.card.loadFailed': 'Das Kartenformular konnte nicht geladen werden. Versuchen Sie es erneut oder wählen Sie PayPal oder Offline.',
  'pay.card.declined': 'Die Zahlung ist nicht durchgegangen. Prüfen Sie Ihre Kartendaten und versuchen Sie es erneut.',
  'pay.paypal.loading': 'PayPal wird geladen…',
  'pay.paypal.loadFailed': 'PayPal konnte nicht geladen werden. Wählen Sie eine andere Zahlungsart oder laden Sie die Seite neu.',
  'pay.paypal.cancelled': 'Sie haben PayPal vor der Zahlung geschlossen. Es wurde nichts belastet; Sie können es erneut versuchen.',
  'pay.paypal.failed': 'PayPal konnte die Zahlung nicht abschließen. Bitte versuchen Sie es erneut.',
};
