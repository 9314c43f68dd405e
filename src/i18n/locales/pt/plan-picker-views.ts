/** Brazilian Portuguese strings of <plan-picker>'s partner layout and package details, loaded with the pt catalog. */
import type { planPickerViews as en } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof en, string> = {
  'planPicker.service.add': 'Adicionar',
  'planPicker.service.addNamed': 'Adicionar {name}',
  'planPicker.service.remove': 'Remover',
  'planPicker.service.removeNamed': 'Remover {name}',
  'planPicker.current.minimumTerm': 'Período mínimo de contrato até',
  'planPicker.details.open': 'Ver detalhes',
  'planPicker.details.title': 'Detalhes do pacote: {name}',
  'planPicker.details.features': 'Funcionalidades',
  'planPicker.plan.registered': '{count, plural, =0 {Nenhuma conta registrada} one {# conta registrada} other {# contas registradas}}',
  'planPicker.licenses.note': 'Adicionar licenças de usuário não inicia um novo período mínimo de contrato; ele continua terminando em {date}.',
  'planPicker.partner.details': 'Detalhes da assinatura',
  'planPicker.partner.capacity': '{name}: capacidade atual de cada serviço',
  'planPicker.partner.notSubscribed': 'Não assinado',
  'planPicker.partner.tabs': 'Plano e serviços',
  'planPicker.partner.tab.plan': 'Plano',
  'planPicker.partner.tab.service': 'Serviço',
  'planPicker.partner.termEnd': 'O período atual termina em {date}.',
  'planPicker.partner.subscribe': 'Assinar',
  'planPicker.partner.subscribeNamed': 'Assinar {name}',
  'planPicker.partner.change': 'Definir capacidade',
  'planPicker.partner.changeNamed': 'Definir capacidade de {name}',
  'planPicker.partner.dialog.capacity': 'Capacidade',
  'planPicker.partner.dialog.note': 'O preço pelo restante do período atual aparece no resumo do pedido depois que você confirmar.',
};
