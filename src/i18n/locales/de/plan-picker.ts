import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'Die Pakete und Dienste konnten nicht geladen werden.',
  'planPicker.error.subscriptions': 'Ihre Abonnements konnten nicht geladen werden.',
  'planPicker.error.lookup': 'Der Kunde konnte nicht gefunden werden.',
  'planPicker.error.view': 'Dieser Teil des Checkouts konnte nicht geladen werden.',
  'planPicker.error.viewHint': 'Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'planPicker.empty.subscription': 'Es wurde kein Abonnement zum Ändern gefunden.',
  'planPicker.empty.renew': 'Keine Abonnements zu verlängern.',

  'planPicker.locked': 'Diese Bestellung ist abgeschlossen. Für weitere Änderungen beginnen Sie eine neue Bestellung.',
};
