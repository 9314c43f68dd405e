import type { paymentMethods as en } from '../en/payment-methods.js';

export const paymentMethods: Record<keyof typeof en, string> = {
  'pay.autoRenew': 'Renovación automática',
  'pay.autoRenew.hint': 'Renovar automáticamente al final de cada período.',
  'pay.pi.label': 'N.º de factura proforma',
  'pay.pi.hint': 'El número de factura proforma que le facilitó el equipo comercial.',
  'pay.pi.invalid': 'Use solo letras, dígitos, -, /, . y _.',
  'pay.pi.tooLong': 'Un número de factura proforma tiene como máximo 64 caracteres.',
  'pay.button.placing': 'Realizando el pedido…',
  'pay.unavailable.card': 'El pago con tarjeta no está configurado para este proceso de pago.',
  'pay.unavailable.paypal': 'PayPal no está configurado para este proceso de pago.',
  'pay.paying': 'Procesando el pago…',
  'pay.card.loading': 'Cargando el formulario seguro de tarjeta…',
  'pay.card.loadFailed': 'No se pudo cargar el formulario de tarjeta. Inténtelo de nuevo o elija PayPal o Fuera de línea.',
  'pay.card.declined': 'El pago no se ha completado. Compruebe los datos de su tarjeta e inténtelo de nuevo.',
  'pay.paypal.loading': 'Cargando PayPal…',
  'pay.paypal.loadFailed': 'No se pudo cargar PayPal. Elija otro método de pago o vuelva a cargar la página.',
  'pay.paypal.cancelled': 'Cerró PayPal antes de pagar. No se ha cobrado nada; puede intentarlo de nuevo.',
  'pay.paypal.failed': 'PayPal no pudo completar el pago. Inténtelo de nuevo.',
};
