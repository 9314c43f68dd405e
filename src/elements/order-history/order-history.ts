import { OrderHistory } from './order-history.component.js';

OrderHistory.define('order-history');

// Types document.querySelector('order-history') and its kin (see tag-name-map.ts).
export type { UpcartTagNameMap } from '../tag-name-map.js';
