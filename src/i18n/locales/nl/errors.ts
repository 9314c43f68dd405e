import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'Sommige invoer is niet geaccepteerd. Controleer deze.',
  'errors.invalid_json': 'Het verzoek kon niet worden gelezen. Probeer het opnieuw.',
  'errors.idempotency_key_required': 'De bestelling kon niet veilig worden verzonden. Probeer het opnieuw.',
  'errors.idempotency_conflict': 'Deze bestelling is al met andere gegevens verzonden. Begin opnieuw.',
  'errors.not_found': 'Wat u zocht, is niet gevonden.',
  'errors.conflict': 'Dit is in de huidige toestand niet mogelijk.',
  'errors.quote_expired': 'Deze prijs is verlopen. Vraag een nieuwe op.',
  'errors.quote_superseded': 'Er is een nieuwere prijs voor deze bestelling gemaakt. Gebruik die.',
  'errors.price_changed': 'De prijs is gewijzigd. Controleer de nieuwe prijs.',
  'errors.quote_used': 'Deze prijs is al besteld en betaald.',
  'errors.order_not_payable': 'Deze bestelling kan niet meer worden betaald. Begin opnieuw met afrekenen.',
  'errors.order_not_cancellable': 'Deze bestelling kan niet meer worden geannuleerd.',
  'errors.promo_invalid': 'Deze code bestaat niet, is verlopen of geldt niet voor deze bestelling.',
  'errors.downgrade_not_allowed': 'Kies een hoger pakket of meer dan u nu hebt.',
  'errors.credit_exceeds_price': 'Het tegoed voor de ongebruikte looptijd is meer dan het nieuwe pakket kost. Kies een langere periode of een groter aantal.',
  'errors.subscription_not_active': 'Dit abonnement is niet actief. Verleng of upgrade het eerst.',
  'errors.term_ended': 'De huidige looptijd is afgelopen. Verleng eerst het abonnement.',
  'errors.rate_limited': 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
  'errors.vendor': 'De afrekendienst meldt: {message}',
};
