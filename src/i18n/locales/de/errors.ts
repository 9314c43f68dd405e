import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'Einige Eingaben wurden nicht angenommen. Bitte prüfen Sie sie.',
  'errors.invalid_json': 'Die Anfrage war unlesbar. Bitte versuchen Sie es erneut.',
  'errors.idempotency_key_required': 'Die Bestellung konnte nicht sicher gesendet werden. Bitte versuchen Sie es erneut.',
  'errors.idempotency_conflict': 'Diese Bestellung wurde bereits mit anderen Angaben gesendet. Bitte beginnen Sie neu.',
  'errors.not_found': 'Das Gesuchte wurde nicht gefunden.',
  'errors.conflict': 'Das ist im aktuellen Zustand nicht möglich.',
  'errors.quote_expired': 'Dieser Preis ist abgelaufen. Bitte fordern Sie einen neuen an.',
  'errors.quote_superseded': 'Für diese Bestellung gibt es einen neueren Preis. Bitte verwenden Sie diesen.',
  'errors.price_changed': 'Der Preis hat sich geändert. Bitte prüfen Sie den neuen Preis.',
  'errors.quote_used': 'Dieser Preis wurde bereits bestellt und bezahlt.',
  'errors.order_not_payable': 'Diese Bestellung kann nicht mehr bezahlt werden. Bitte starten Sie einen neuen Checkout.',
  'errors.order_not_cancellable': 'Diese Bestellung kann nicht mehr storniert werden.',
  'errors.promo_invalid': 'Dieser Code existiert nicht, ist abgelaufen oder gilt nicht für diese Bestellung.',
  'errors.downgrade_not_allowed': 'Wählen Sie ein höheres Paket oder mehr als bisher.',
  'errors.credit_exceeds_price':
    'Die Gutschrift für die ungenutzte Laufzeit ist höher als der Preis des neuen Pakets. Wählen Sie einen längeren Zeitraum oder eine größere Anzahl.',
  'errors.subscription_not_active': 'Dieses Abonnement ist nicht aktiv. Verlängern oder upgraden Sie es zuerst.',
  'errors.term_ended': 'Die aktuelle Laufzeit ist abgelaufen. Verlängern Sie zuerst das Abonnement.',
  'errors.rate_limited': 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  'errors.vendor': 'Der Checkout-Dienst meldet: {message}',
};
