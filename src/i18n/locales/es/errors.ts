import type { errors as en } from '../en/errors.js';

export const errors: Record<keyof typeof en, string> = {
  'errors.invalid_request': 'Algunos datos no se aceptaron. Revíselos.',
  'errors.invalid_json': 'No se pudo leer la solicitud. Inténtelo de nuevo.',
  'errors.idempotency_key_required': 'No se pudo enviar el pedido de forma segura. Inténtelo de nuevo.',
  'errors.idempotency_conflict': 'Este pedido ya se envió con otros datos. Vuelva a empezar.',
  'errors.not_found': 'No se encontró lo que solicitó.',
  'errors.conflict': 'Esto no es posible en su estado actual.',
  'errors.quote_expired': 'Este precio ha caducado. Obtenga uno nuevo.',
  'errors.quote_superseded': 'Se creó un precio más reciente para este pedido. Use ese.',
  'errors.price_changed': 'El precio ha cambiado. Revise el nuevo precio.',
  'errors.quote_used': 'Este precio ya se pidió y se pagó.',
  'errors.order_not_payable': 'Este pedido ya no se puede pagar. Inicie una nueva compra.',
  'errors.order_not_cancellable': 'Este pedido ya no se puede cancelar.',
  'errors.promo_invalid': 'Este código no existe, ha caducado o no se aplica a este pedido.',
  'errors.downgrade_not_allowed': 'Elija un paquete superior o una cantidad mayor que la actual.',
  'errors.credit_exceeds_price': 'El crédito del período no utilizado supera el precio del nuevo paquete. Elija un ciclo más largo o una cantidad mayor.',
  'errors.subscription_not_active': 'Esta suscripción no está activa. Renuévela o mejórela primero.',
  'errors.term_ended': 'El período actual ha terminado. Renueve primero la suscripción.',
  'errors.rate_limited': 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
  'errors.vendor': 'El servicio de pago indica: {message}',
};
