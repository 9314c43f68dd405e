/** Spanish strings of <checkout-session>. */
import type { checkoutSession as en } from '../en/checkout-session.js';

export const checkoutSession: Record<keyof typeof en, string> = {
  'session.companySearch.label': 'ID de empresa',
  'session.companySearch.hint': 'Para empezar, introduzca el ID de empresa de su cliente.',
  'session.companySearch.submit': 'Buscar',
  'session.companySearch.searching': 'Buscando…',
  'session.companySearch.required': 'Introduzca un ID de empresa.',
  'session.misconfigured': 'Este proceso de pago no está configurado: necesita un flujo, un producto y una suscripción o un ID de empresa.',
  'session.tagsTaken': 'No se puede mostrar este proceso de pago: la página usa {tags} para sus propios elementos.',
  'session.offline': 'No tiene conexión. El proceso de pago continuará cuando se restablezca la conexión.',
  'session.retryWaiting': 'El servicio de pago nos pidió que esperáramos. Se volverá a intentar a las {time}.',
  'session.payBar.total': 'Total',
  'session.payBar.go': 'Ir al pago',
};
