import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': '{name} kann nicht hinzugefügt werden.',

  'planPicker.customer.label': 'Kunde',
  'planPicker.customer.companyId': 'Firmen-ID',
  'planPicker.expand.services': 'Ihre Dienste',
  'planPicker.expand.note': 'Zusätzliche Kapazität wird bis zum Ende der aktuellen Laufzeit ({date}) berechnet und gilt nach der Zahlung.',
  'planPicker.expand.trial': 'Ein Test kann nicht erweitert werden: Wandeln Sie ihn zuerst in ein kostenpflichtiges Paket um, mit der benötigten Kapazität.',
  'planPicker.expand.inactive': 'Ein inaktives Abonnement kann nicht erweitert werden: Reaktivieren Sie es zuerst.',
  'planPicker.expand.noFlow': 'Dieses Abonnement kann erweitert werden, sobald es wieder aktiv ist; Ihr Anbieter kann es reaktivieren.',
  'planPicker.expand.upgradeTrial': 'Test in Bezahlpaket umwandeln',
  'planPicker.expand.upgrade': 'Abonnement upgraden',
  'planPicker.expand.renew': 'Abonnement verlängern',
  'planPicker.other.title': 'Weitere Dienste',
  'planPicker.other.empty': 'Alle Dienste sind bereits Teil Ihres Abonnements.',
};
