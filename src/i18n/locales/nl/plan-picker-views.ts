/** Dutch strings of <plan-picker>'s partner layout and package details, loaded with the nl catalog. */
import type { planPickerViews as en } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof en, string> = {
  'planPicker.service.add': 'Toevoegen',
  'planPicker.service.addNamed': '{name} toevoegen',
  'planPicker.service.remove': 'Verwijderen',
  'planPicker.service.removeNamed': '{name} verwijderen',
  'planPicker.current.minimumTerm': 'Minimale contractduur tot',
  'planPicker.details.open': 'Details bekijken',
  'planPicker.details.title': 'Pakketdetails: {name}',
  'planPicker.details.features': 'Functies',
  'planPicker.plan.registered': '{count, plural, =0 {Geen accounts geregistreerd} one {# account geregistreerd} other {# accounts geregistreerd}}',
  'planPicker.licenses.note': 'Extra gebruikerslicenties starten geen nieuwe minimale contractduur; die eindigt nog steeds op {date}.',
  'planPicker.partner.details': 'Abonnementsgegevens',
  'planPicker.partner.capacity': '{name}: huidige capaciteit van elke dienst',
  'planPicker.partner.notSubscribed': 'Niet geabonneerd',
  'planPicker.partner.tabs': 'Plan en diensten',
  'planPicker.partner.tab.plan': 'Plan',
  'planPicker.partner.tab.service': 'Dienst',
  'planPicker.partner.termEnd': 'De huidige looptijd eindigt op {date}.',
  'planPicker.partner.subscribe': 'Abonneren',
  'planPicker.partner.subscribeNamed': 'Abonneren op {name}',
  'planPicker.partner.change': 'Capaciteit instellen',
  'planPicker.partner.changeNamed': 'Capaciteit van {name} instellen',
  'planPicker.partner.dialog.capacity': 'Capaciteit',
  'planPicker.partner.dialog.note': 'De prijs voor de rest van de huidige looptijd verschijnt na bevestiging in het besteloverzicht.',
};
