import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': 'Impossibile aggiungere {name}.',

  'planPicker.customer.label': 'Cliente',
  'planPicker.customer.companyId': 'ID azienda',
  'planPicker.expand.services': 'Servizi sottoscritti',
  'planPicker.expand.note': 'La capacità aggiunta viene addebitata fino alla fine del periodo in corso ({date}) e diventa effettiva dopo il pagamento.',
  'planPicker.expand.trial': 'Una prova non può essere ampliata: passare prima a un piano a pagamento, con la capacità necessaria.',
  'planPicker.expand.inactive': 'Un abbonamento inattivo non può essere ampliato: riattivarlo prima.',
  'planPicker.expand.noFlow': 'Questo abbonamento potrà essere ampliato quando sarà di nuovo attivo; il fornitore può riattivarlo.',
  'planPicker.expand.upgradeTrial': 'Passa dalla prova a un piano a pagamento',
  'planPicker.expand.upgrade': 'Passa a un piano superiore',
  'planPicker.expand.renew': 'Rinnova questo abbonamento',
  'planPicker.other.title': 'Altri servizi',
  'planPicker.other.empty': 'Tutti i servizi fanno già parte dell’abbonamento.',
};
