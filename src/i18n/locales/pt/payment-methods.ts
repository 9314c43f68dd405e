import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'Renovação automática',
  'pay.autoRenew.hint': 'Renovar automaticamente ao fim de cada período.',
  'pay.pi.label': 'Nº da PI',
  'pay.pi.hint': 'O número da fatura pró-forma fornecido pela equipe de vendas.',
  'pay.pi.invalid': 'Use apenas letras, dígitos, -, /, . e _.',
  'pay.pi.tooLong': 'Um número de PI tem no máximo 64 caracteres.',
  'pay.button.placing': 'Fazendo o pedido…',
  'pay.unavailable.card': 'O pagamento com cartão não está configurado para este checkout.',
  'pay.unavailable.paypal': 'O PayPal não está configurado para este checkout.',
  'pay.paying': 'Processando o pagamento…',
  'pay.card.loading': 'Carregando o formulário seguro do cartão…',
  'pay.card.loadFailed': 'Não foi possível carregar o formulário do cartão. Tente novamente ou escolha PayPal ou Offline.',
  'pay.card.declined': 'O pagamento não foi concluído. Verifique os dados do cartão e tente novamente.',
  'pay.paypal.loading': 'Carregando o PayPal…',
  'pay.paypal.loadFailed': 'Não foi possível carregar o PayPal. Escolha outra forma de pagamento ou recarregue a página.',
  'pay.paypal.cancelled': 'Você fechou o PayPal antes de pagar. Nada foi cobrado; você pode tentar novamente.',
  'pay.paypal.failed': 'O PayPal não conseguiu concluir o pagamento. Tente novamente.',
};
