/** Spanish strings of <plan-picker>'s partner layout (expand by company id) and package details, loaded with the expand and upgrade views. */
import type { planPickerViews as en } from '../en/plan-picker-views.js';

export const planPickerViews: Record<keyof typeof en, string> = {
  'planPicker.service.add': 'Añadir',
  'planPicker.service.addNamed': 'Añadir {name}',
  'planPicker.service.remove': 'Quitar',
  'planPicker.service.removeNamed': 'Quitar {name}',
  'planPicker.current.minimumTerm': 'Período mínimo de contrato hasta el',
  'planPicker.details.open': 'Ver detalles',
  'planPicker.details.title': 'Detalles del paquete: {name}',
  'planPicker.details.features': 'Funciones',
  'planPicker.plan.registered': '{count, plural, =0 {Ninguna cuenta registrada} one {# cuenta registrada} other {# cuentas registradas}}',
  'planPicker.licenses.note': 'Añadir licencias de usuario no inicia un nuevo período mínimo de contrato; este sigue terminando el {date}.',
  'planPicker.partner.details': 'Detalles de la suscripción',
  'planPicker.partner.capacity': '{name}: capacidad actual de cada servicio',
  'planPicker.partner.notSubscribed': 'Sin suscripción',
  'planPicker.partner.tabs': 'Plan y servicios',
  'planPicker.partner.tab.plan': 'Plan',
  'planPicker.partner.tab.service': 'Servicio',
  'planPicker.partner.termEnd': 'El período actual termina el {date}.',
  'planPicker.partner.subscribe': 'Suscribirse',
  'planPicker.partner.subscribeNamed': 'Suscribirse a {name}',
  'planPicker.partner.change': 'Definir capacidad',
  'planPicker.partner.changeNamed': 'Definir la capacidad de {name}',
  'planPicker.partner.dialog.capacity': 'Capacidad',
  'planPicker.partner.dialog.note': 'El precio del resto del período actual aparece en el resumen del pedido cuando confirme.',
};
