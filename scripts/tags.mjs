// Upcart's default tags, in the order the docs list them: the one list the build, the size
// budget, the manifest check and the reference tables (docs/reference.md) read.
export const TAGS = [
  'checkout-session',
  'plan-picker',
  'capacity-stepper',
  'order-summary',
  'billing-contact',
  'pay-checkout',
  'order-history',
  'renewal-center',
];
