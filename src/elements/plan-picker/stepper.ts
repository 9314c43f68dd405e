/**
 * The `<capacity-stepper>` the views render, by the name Upcart registered it under: on a page
 * that has its own `<capacity-stepper>`, Upcart's is `<upcart-capacity-stepper>` (see `tagOf`).
 */
import { CapacityStepper } from '../capacity-stepper/capacity-stepper.component.js';
import { registeredElement } from '../shared/registered-element.js';
import { tagOf } from '../upcart-element.js';
import type { ViewContext } from './view-context.js';

/** The stepper's tag, for templates and selectors. */
export const stepperTag = (): string => tagOf(CapacityStepper, 'capacity-stepper') ?? 'capacity-stepper';

/** A stepper bound to a service of the selection, or without `serviceId` to the plan's quantity. */
export function renderStepper(context: ViewContext, serviceId?: string): unknown {
  return registeredElement(
    stepperTag(),
    { 'service-id': serviceId, 'plan-quantity': serviceId === undefined, theme: context.theme() },
    { store: context.store() },
  );
}
