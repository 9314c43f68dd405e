/**
 * The side-effect entry: registers every Upcart element under its default tag.
 * `import 'upcart/define';` — or import one element's entry, e.g. `upcart/capacity-stepper`.
 */
import './elements/checkout-session/checkout-session.js';
import './elements/plan-picker/plan-picker.js';
import './elements/capacity-stepper/capacity-stepper.js';
import './elements/order-summary/order-summary.js';
import './elements/billing-contact/billing-contact.js';
import './elements/pay-checkout/pay-checkout.js';
