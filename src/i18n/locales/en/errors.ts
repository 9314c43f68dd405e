/**
 * The server's refusals in the buyer's words, one per error code of the contract that a 4xx can
 * carry (`errorText` in upcart-element.ts). `errors.vendor` frames the message of a code that is
 * not here (a portal backend's own), isolated as the server's words.
 */
export const errors = {
  'errors.invalid_request': 'Some entries were not accepted. Please check them.',
  'errors.invalid_json': 'The request could not be read. Please try again.',
  'errors.idempotency_key_required': 'The order could not be sent safely. Please try again.',
  'errors.idempotency_conflict': 'This order was already sent with other details. Please start again.',
  'errors.not_found': 'What you asked for was not found.',
  'errors.conflict': 'This is not possible in its current state.',
  'errors.quote_expired': 'This price has expired. Please get a new one.',
  'errors.quote_superseded': 'A newer price was made for this order. Please use that one.',
  'errors.price_changed': 'The price has changed. Please review the new one.',
  'errors.quote_used': 'This price was already ordered and paid.',
  'errors.order_not_payable': 'This order can no longer be paid. Please start a new checkout.',
  'errors.order_not_cancellable': 'This order can no longer be cancelled.',
  'errors.promo_invalid': 'This code does not exist, has expired or does not apply to this order.',
  'errors.downgrade_not_allowed': 'Choose a higher package or more than you have now.',
  'errors.credit_exceeds_price': 'The credit for the unused term is more than the new package costs. Choose a longer billing cycle or a larger quantity.',
  'errors.subscription_not_active': 'This subscription is not active. Renew or upgrade it first.',
  'errors.term_ended': 'The current term has ended. Renew the subscription first.',
  'errors.rate_limited': 'Too many requests. Please wait a moment and try again.',
  'errors.vendor': 'The checkout service says: {message}',
};
