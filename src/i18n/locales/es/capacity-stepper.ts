/** Spanish strings of <capacity-stepper>. */
import type { capacityStepper as en } from '../en/capacity-stepper.js';

export const capacityStepper: Record<keyof typeof en, string> = {
  'stepper.label': 'Cantidad',
  'stepper.planLabel': 'Número de {units}',
  'stepper.decrease': 'Reducir {label}',
  'stepper.increase': 'Aumentar {label}',
  'stepper.amount': '{count} {unit}',
  'stepper.current': 'Tiene {current} {unit}',
  'stepper.currentToNew': '{current} → {value} {unit}',
  'stepper.currentToNew.spoken': 'Ahora {current}, después de este pedido {value} {unit}',
  'stepper.error.range': 'Introduzca un número entero entre {min} y {max}.',
  'stepper.error.atLeast': 'Introduzca un número entero igual o superior a {min}.',
  'stepper.error.notWhole': 'Use solo dígitos, sin signos, decimales ni letras.',
  'stepper.error.multiline': 'Pegue un solo número, no varias líneas.',
  'stepper.error.belowCurrent': 'Ahora tiene {current} y solo puede añadir más.',
  'stepper.error.offStep': 'Use incrementos de {step}: {lower} o {upper}.',
  'stepper.error.offStepOne': 'Use incrementos de {step}: {value}.',
  'stepper.error.join': '{problem} {allowed}',
  'stepper.refused.notReady': 'El catálogo aún se está cargando. Inténtelo de nuevo en un momento.',
  'stepper.refused.wrongFlow': 'Esta cantidad no se puede cambiar en este proceso de pago.',
  'stepper.refused.unknownId': 'Este servicio no se ofrece para esta suscripción.',
  'stepper.refused.other': 'No se pudo cambiar esta cantidad. Inténtelo de nuevo.',
  'stepper.unavailable': 'Este servicio no se ofrece para este producto.',
  'stepper.noPlan': 'Primero elija un paquete.',
};
