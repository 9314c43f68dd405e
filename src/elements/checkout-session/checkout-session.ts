import { CheckoutSession } from './checkout-session.component.js';
// The default layout uses these tags, so registering the session registers them too.
import '../plan-picker/plan-picker.js';
import '../billing-contact/billing-contact.js';
import '../order-summary/order-summary.js';
import '../pay-checkout/pay-checkout.js';

CheckoutSession.define('checkout-session');

declare global {
  interface HTMLElementTagNameMap {
    'checkout-session': CheckoutSession;
  }
}
