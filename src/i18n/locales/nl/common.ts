/** Dutch strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'Laden…',
  'common.retry': 'Opnieuw proberen',
  'common.customerNotFound': 'Geen klant met bedrijfs-ID {companyId}.',
  'common.close': 'Sluiten',
  'common.cancel': 'Annuleren',
  'common.confirm': 'Bevestigen',
  'common.save': 'Opslaan',
  'common.optional': '(optioneel)',
  'common.required': 'Verplicht',
  'common.perMonth': '{price} / maand',
  'common.perUnitMonth': '{price} per {unit} / maand',
  'common.months': '{count, plural, one {# maand} other {# maanden}}',
  'common.save.percent': 'bespaar {percent}',
  'common.status.active': 'Actief',
  'common.status.trial': 'Proef',
  'common.status.inactive': 'Inactief',
  'common.error.network': 'De afrekendienst is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  'common.error.timeout': 'De afrekendienst reageerde te laat. Probeer het opnieuw.',
  'common.error.bad_response': 'De afrekendienst stuurde een antwoord dat niet kon worden gelezen. Probeer het opnieuw.',
  'common.error.http': 'De afrekendienst heeft problemen. Probeer het zo opnieuw.',
  'common.error.validation': 'Controleer uw invoer.',
  'common.error.auth': 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
  'common.error.retryAfter': 'De afrekendienst is druk. Probeer het {when} opnieuw.',
};
