import { PlanPicker } from './plan-picker.component.js';

export { PlanPicker };

PlanPicker.define('plan-picker');

declare global {
  interface HTMLElementTagNameMap {
    'plan-picker': PlanPicker;
  }
}
