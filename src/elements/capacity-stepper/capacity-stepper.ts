import { CapacityStepper } from './capacity-stepper.component.js';

export { CapacityStepper };

CapacityStepper.define('capacity-stepper');

// Types document.querySelector('capacity-stepper') and its kin (see tag-name-map.ts).
export type { UpcartTagNameMap } from '../tag-name-map.js';
