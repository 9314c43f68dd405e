/** Strings of the payment-pending note of <pay-checkout>: loaded with it, after the provider's step. */
export const paymentPending = {
  'pay.confirming': 'Payment received by the provider. Waiting for our confirmation…',
  'pay.unconfirmed': 'Your payment is still being confirmed. This can take a few minutes; you will not be charged twice.',
  'pay.checkAgain': 'Check again',
};
