/** Spanish strings shared by several elements. */
import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.customerNotFound': 'No hay ningún cliente con el ID de empresa {companyId}.',
  'common.close': 'Cerrar',
  'common.cancel': 'Cancelar',
  'common.confirm': 'Confirmar',
  'common.save': 'Guardar',
  'common.optional': '(opcional)',
  'common.required': 'Obligatorio',
  'common.perMonth': '{price} / mes',
  'common.perUnitMonth': '{price} por {unit} / mes',
  'common.months': '{count, plural, one {# mes} other {# meses}}',
  'common.save.percent': 'ahorre {percent}',
  'common.status.active': 'Activa',
  'common.status.trial': 'Prueba',
  'common.status.inactive': 'Inactiva',
  'common.error.network': 'No pudimos conectar con el servicio de pago. Compruebe su conexión e inténtelo de nuevo.',
  'common.error.timeout': 'El servicio de pago tardó demasiado en responder. Inténtelo de nuevo.',
  'common.error.bad_response': 'El servicio de pago envió una respuesta que no pudimos leer. Inténtelo de nuevo.',
  'common.error.http': 'El servicio de pago tiene problemas. Inténtelo de nuevo en unos momentos.',
  'common.error.validation': 'Revise los datos introducidos.',
  'common.error.auth': 'Su sesión ha finalizado. Vuelva a iniciar sesión para continuar.',
  'common.error.retryAfter': 'El servicio de pago está ocupado. Inténtelo de nuevo {when}.',
};
