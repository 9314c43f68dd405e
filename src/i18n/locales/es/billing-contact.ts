/** Spanish strings of <billing-contact>. */
import type { billingContact as en } from '../en/billing-contact.js';

export const billingContact: Record<keyof typeof en, string> = {
  'billingContact.label': 'Contacto de facturación',
  'billingContact.loading': 'Cargando contactos de facturación…',
  'billingContact.empty': 'Todavía no hay ningún contacto de facturación. Añada uno para recibir la factura.',
  'billingContact.choose': 'Elija un contacto de facturación',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – predeterminado',
  'billingContact.addNew': 'Añadir nuevo',
  'billingContact.summary.label': 'Datos de facturación',
  'billingContact.summary.email': 'Factura enviada a',
  'billingContact.summary.vatId': 'N.º de IVA / identificación fiscal',
  'billingContact.summary.hint': 'Estos datos aparecen en la factura, que se envía a esta dirección de correo electrónico.',
  'billingContact.form.loadError': 'No se pudo cargar el formulario. Compruebe su conexión e inténtelo de nuevo.',
  'billingContact.saved': '{name} se guardó y se eligió como contacto de facturación.',
  'billingContact.validity.valueMissing': 'Elija un contacto de facturación.',
};
