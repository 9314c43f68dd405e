import { OrderSummary } from './order-summary.component.js';

OrderSummary.define('order-summary');

// Types document.querySelector('order-summary') and its kin (see tag-name-map.ts).
export type { UpcartTagNameMap } from '../tag-name-map.js';
