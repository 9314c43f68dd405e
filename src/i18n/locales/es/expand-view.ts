import type { expandView as en } from '../en/expand-view.js';

export const expandView: Record<keyof typeof en, string> = {
  'planPicker.service.refused': 'No se puede añadir {name}.',

  'planPicker.customer.label': 'Cliente',
  'planPicker.customer.companyId': 'ID de empresa',
  'planPicker.expand.services': 'Sus servicios',
  'planPicker.expand.note': 'La capacidad añadida se cobra hasta el final del período actual ({date}) y entra en vigor una vez pagada.',
  'planPicker.expand.trial': 'Una prueba no se puede ampliar: primero cámbiela a un plan de pago, con la capacidad que necesite.',
  'planPicker.expand.inactive': 'Una suscripción inactiva no se puede ampliar: primero reactívela.',
  'planPicker.expand.noFlow': 'Esta suscripción se podrá ampliar cuando vuelva a estar activa; su proveedor puede reactivarla.',
  'planPicker.expand.upgradeTrial': 'Pasar esta prueba a un plan de pago',
  'planPicker.expand.upgrade': 'Mejorar esta suscripción',
  'planPicker.expand.renew': 'Renovar esta suscripción',
  'planPicker.other.title': 'Otros servicios',
  'planPicker.other.empty': 'Todos los servicios ya forman parte de su suscripción.',
};
