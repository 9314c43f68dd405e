/**
 * The side-effect entry: registers the six checkout elements under their default tags.
 * `import 'upcart/define';` — or import one element's entry, e.g. `upcart/capacity-stepper`.
 * The account pages' elements have their own entries, loaded where they are used:
 * `upcart/order-history` and `upcart/renewal-center`.
 */
import './elements/checkout-session/checkout-session.js';
import './elements/plan-picker/plan-picker.js';
import './elements/capacity-stepper/capacity-stepper.js';
import './elements/order-summary/order-summary.js';
import './elements/billing-contact/billing-contact.js';
import './elements/pay-checkout/pay-checkout.js';
