import { PayCheckout } from './pay-checkout.component.js';

PayCheckout.define('pay-checkout');

// Types document.querySelector('pay-checkout') and its kin (see tag-name-map.ts).
export type { UpcartTagNameMap } from '../tag-name-map.js';
