/** Brazilian Portuguese strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'ID da empresa',
  'session.companySearch.hint': 'Comece digitando o ID da empresa do seu cliente.',
  'session.companySearch.submit': 'Pesquisar',
  'session.companySearch.searching': 'Pesquisando…',
  'session.companySearch.required': 'Digite um ID de empresa.',
  'session.misconfigured': 'Este checkout não está configurado: ele precisa de um fluxo, um produto e uma assinatura ou ID de empresa.',
  'session.tagsTaken': 'Este checkout não pode ser exibido: a página usa {tags} para elementos próprios.',
  'session.offline': 'Você está offline. O checkout continuará quando sua conexão voltar.',
  'session.retryWaiting': 'O serviço de checkout pediu para aguardar. Nova tentativa às {time}.',
  'session.payBar.total': 'Total',
  'session.payBar.go': 'Ir para o pagamento',
};
