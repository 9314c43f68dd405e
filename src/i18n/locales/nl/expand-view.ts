import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': '{name} kan niet worden toegevoegd.',

  'planPicker.customer.label': 'Klant',
  'planPicker.customer.companyId': 'Bedrijfs-ID',
  'planPicker.expand.services': 'Uw diensten',
  'planPicker.expand.note': 'Extra capaciteit wordt berekend tot het einde van de huidige looptijd ({date}) en gaat in zodra deze is betaald.',
  'planPicker.expand.trial': 'Een proefperiode kan niet worden uitgebreid: upgrade eerst naar een betaald plan, met de capaciteit die u nodig heeft.',
  'planPicker.expand.inactive': 'Een inactief abonnement kan niet worden uitgebreid: activeer het eerst opnieuw.',
  'planPicker.expand.noFlow': 'Dit abonnement kan worden uitgebreid zodra het weer actief is; uw provider kan het opnieuw activeren.',
  'planPicker.expand.upgradeTrial': 'Deze proefperiode upgraden',
  'planPicker.expand.upgrade': 'Dit abonnement upgraden',
  'planPicker.expand.renew': 'Dit abonnement verlengen',
  'planPicker.other.title': 'Andere diensten',
  'planPicker.other.empty': 'Alle diensten maken al deel uit van uw abonnement.',
};
