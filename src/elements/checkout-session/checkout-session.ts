import { CheckoutSession } from './checkout-session.component.js';
// The default layout uses these tags, so registering the session registers them too.
import '../plan-picker/plan-picker.js';
import '../billing-contact/billing-contact.js';
import '../order-summary/order-summary.js';
import '../pay-checkout/pay-checkout.js';

CheckoutSession.define('checkout-session');

// Types document.querySelector('checkout-session') and its kin (see tag-name-map.ts).
export type { UpcartTagNameMap } from '../tag-name-map.js';
