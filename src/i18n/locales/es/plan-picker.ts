/** Spanish strings of <plan-picker>. */
import type { planPicker as en } from '../en/plan-picker.js';

export const planPicker: Record<keyof typeof en, string> = {
  'planPicker.error.catalog': 'No se pudieron cargar los planes y servicios.',
  'planPicker.error.subscriptions': 'No se pudieron cargar sus suscripciones.',
  'planPicker.error.lookup': 'No se pudo buscar el cliente.',
  'planPicker.error.view': 'No se pudo cargar esta parte del proceso de pago.',
  'planPicker.error.viewHint': 'Compruebe su conexión e inténtelo de nuevo.',
  'planPicker.empty.subscription': 'No se encontró ninguna suscripción que modificar.',
  'planPicker.empty.renew': 'No hay suscripciones que renovar.',

  'planPicker.locked': 'Este pedido está completo. Para cambiar algo más, inicie un nuevo pedido.',
};
