import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.close': 'Schließen',
  'common.cancel': 'Abbrechen',
  'common.confirm': 'Bestätigen',
  'common.save': 'Speichern',
  'common.optional': '(optional)',
  'common.required': 'Pflichtfeld',
  'common.perMonth': '{price} / Monat',
  'common.perUnitMonth': '{price} pro {unit} / Monat',
  'common.months': '{count, plural, one {# Monat} other {# Monate}}',
  'common.save.percent': '{percent} sparen',
  'common.status.active': 'Aktiv',
  'common.status.trial': 'Test',
  'common.status.inactive': 'Inaktiv',
  'common.error.network': 'Der Checkout-Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'common.error.timeout': 'Der Checkout-Dienst hat zu lange gebraucht. Bitte versuchen Sie es erneut.',
  'common.error.bad_response': 'Die Antwort des Checkout-Dienstes war unlesbar. Bitte versuchen Sie es erneut.',
  'common.error.http': 'Der Checkout-Dienst hat gerade Probleme. Bitte versuchen Sie es gleich noch einmal.',
  'common.error.validation': 'Bitte prüfen Sie Ihre Eingaben.',
};
