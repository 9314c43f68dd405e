/** Strings of <plan-picker>'s partner layout and package details, loaded with the de catalog. */
import type { planPickerViews as english } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof english, string> = {
  'planPicker.service.add': 'Hinzufügen',
  'planPicker.service.addNamed': '{name} hinzufügen',
  'planPicker.service.remove': 'Entfernen',
  'planPicker.service.removeNamed': '{name} entfernen',
  'planPicker.current.minimumTerm': 'Mindestvertragslaufzeit bis',
  'planPicker.details.open': 'Details anzeigen',
  'planPicker.details.title': 'Paketdetails: {name}',
  'planPicker.details.features': 'Leistungen',
  'planPicker.plan.registered': '{count, plural, =0 {Keine Konten registriert} one {# Konto registriert} other {# Konten registriert}}',
  'planPicker.licenses.note': 'Zusätzliche Benutzerlizenzen starten keine neue Mindestvertragslaufzeit; sie endet weiterhin am {date}.',
  'planPicker.partner.details': 'Abonnementdetails',
  'planPicker.partner.capacity': '{name}: aktuelle Kapazität jedes Dienstes',
  'planPicker.partner.notSubscribed': 'Nicht abonniert',
  'planPicker.partner.tabs': 'Tarif und Dienste',
  'planPicker.partner.tab.plan': 'Tarif',
  'planPicker.partner.tab.service': 'Dienste',
  'planPicker.partner.termEnd': 'Die aktuelle Laufzeit endet am {date}.',
  'planPicker.partner.subscribe': 'Abonnieren',
  'planPicker.partner.subscribeNamed': '{name} abonnieren',
  'planPicker.partner.change': 'Kapazität festlegen',
  'planPicker.partner.changeNamed': 'Kapazität von {name} festlegen',
  'planPicker.partner.dialog.capacity': 'Kapazität',
  'planPicker.partner.dialog.note': 'Der Preis für den Rest der laufenden Laufzeit erscheint nach dem Bestätigen in der Bestellübersicht.',
};
