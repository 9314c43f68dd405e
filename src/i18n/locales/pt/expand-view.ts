import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': 'Não é possível adicionar {name}.',

  'planPicker.customer.label': 'Cliente',
  'planPicker.customer.companyId': 'ID da empresa',
  'planPicker.expand.services': 'Seus serviços',
  'planPicker.expand.note': 'A capacidade adicionada é cobrada até o fim do período atual ({date}) e entra em vigor após o pagamento.',
  'planPicker.expand.trial': 'Um período de teste não pode ser ampliado: faça primeiro o upgrade para um plano pago, com a capacidade de que você precisa.',
  'planPicker.expand.inactive': 'Uma assinatura inativa não pode ser ampliada: reative-a primeiro.',
  'planPicker.expand.noFlow': 'Esta assinatura poderá ser ampliada quando estiver ativa novamente; seu provedor pode reativá-la.',
  'planPicker.expand.upgradeTrial': 'Fazer upgrade deste teste',
  'planPicker.expand.upgrade': 'Fazer upgrade desta assinatura',
  'planPicker.expand.renew': 'Renovar esta assinatura',
  'planPicker.other.title': 'Outros serviços',
  'planPicker.other.empty': 'Todos os serviços já fazem parte da sua assinatura.',
};
