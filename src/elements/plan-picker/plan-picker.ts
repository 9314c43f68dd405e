import { PlanPicker } from './plan-picker.component.js';

export { PlanPicker };

PlanPicker.define('plan-picker');

// Types document.querySelector('plan-picker') and its kin (see tag-name-map.ts).
export type { UpcartTagNameMap } from '../tag-name-map.js';
