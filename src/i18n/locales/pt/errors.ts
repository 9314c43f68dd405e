import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'Alguns dados não foram aceitos. Verifique-os.',
  'errors.invalid_json': 'Não foi possível ler a solicitação. Tente novamente.',
  'errors.idempotency_key_required': 'Não foi possível enviar o pedido com segurança. Tente novamente.',
  'errors.idempotency_conflict': 'Este pedido já foi enviado com outros dados. Comece novamente.',
  'errors.not_found': 'O que você pediu não foi encontrado.',
  'errors.conflict': 'Isso não é possível no estado atual.',
  'errors.quote_expired': 'Este preço expirou. Obtenha um novo.',
  'errors.quote_superseded': 'Um preço mais recente foi gerado para este pedido. Use esse.',
  'errors.price_changed': 'O preço mudou. Confira o novo preço.',
  'errors.quote_used': 'Este preço já foi pedido e pago.',
  'errors.order_not_payable': 'Este pedido não pode mais ser pago. Inicie um novo checkout.',
  'errors.order_not_cancellable': 'Este pedido não pode mais ser cancelado.',
  'errors.promo_invalid': 'Este código não existe, expirou ou não se aplica a este pedido.',
  'errors.downgrade_not_allowed': 'Escolha um pacote superior ou mais do que você tem hoje.',
  'errors.credit_exceeds_price': 'O crédito do período não utilizado é maior que o custo do novo pacote. Escolha um ciclo mais longo ou uma quantidade maior.',
  'errors.subscription_not_active': 'Esta assinatura não está ativa. Renove-a ou faça upgrade primeiro.',
  'errors.term_ended': 'O período atual terminou. Renove a assinatura primeiro.',
  'errors.rate_limited': 'Muitas solicitações. Aguarde um momento e tente novamente.',
  'errors.vendor': 'O serviço de checkout informa: {message}',
};
