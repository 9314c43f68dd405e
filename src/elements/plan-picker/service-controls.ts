/**
 * The controls of a quantity the views render: the `<capacity-stepper>`, by the name Upcart
 * registered it under (on a page that has its own `<capacity-stepper>`, Upcart's is
 * `<upcart-capacity-stepper>`, see `tagOf`), and a service's Add (with its name, before it is
 * added) and Remove (beside its stepper, once added), each naming the service for a screen reader.
 */
import { html, type TemplateResult } from 'lit';
import type { Service } from '../../api/schemas.js';
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

export function renderAddService(context: ViewContext, service: Service, add: () => void): TemplateResult {
  return html`<span class="service-name"><bdi>${service.name}</bdi></span>
    <button type="button" class="button add" aria-label=${context.t('planPicker.service.addNamed', { name: service.name })} @click=${add}>
      ${context.t('planPicker.service.add')}
    </button>`;
}

export function renderRemoveService(context: ViewContext, service: Service, remove: () => void): TemplateResult {
  return html`<button type="button" class="button remove" aria-label=${context.t('planPicker.service.removeNamed', { name: service.name })} @click=${remove}>
    ${context.t('planPicker.service.remove')}
  </button>`;
}
