import { CapacityStepper } from './capacity-stepper.component.js';

export { CapacityStepper };

CapacityStepper.define('capacity-stepper');

declare global {
  interface HTMLElementTagNameMap {
    'capacity-stepper': CapacityStepper;
  }
}
