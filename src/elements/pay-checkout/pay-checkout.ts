import { PayCheckout } from './pay-checkout.component.js';

PayCheckout.define('pay-checkout');

declare global {
  interface HTMLElementTagNameMap {
    'pay-checkout': PayCheckout;
  }
}
