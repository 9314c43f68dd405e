/** Brazilian Portuguese strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'Não foi possível carregar os planos e serviços.',
  'planPicker.error.subscriptions': 'Não foi possível carregar suas assinaturas.',
  'planPicker.error.lookup': 'Não foi possível consultar o cliente.',
  'planPicker.error.view': 'Não foi possível carregar esta parte do checkout.',
  'planPicker.error.viewHint': 'Verifique sua conexão e tente novamente.',
  'planPicker.empty.subscription': 'Nenhuma assinatura para alterar foi encontrada.',
  'planPicker.empty.renew': 'Nenhuma assinatura para renovar.',

  'planPicker.locked': 'Este pedido está concluído. Para alterar mais alguma coisa, inicie um novo pedido.',
};
