/** Turns schema issues into the `fields` map of a validation `CheckoutError`. */
import { CheckoutError } from '../api/errors.js';
import { fieldMessages, type SchemaIssue } from '../api/field-issues.js';

export { fieldMessages };

/** A `validation` error raised before anything was sent. */
export function validationError(issues: readonly SchemaIssue[], message = 'Please check the highlighted fields.'): CheckoutError {
  return new CheckoutError('validation', message, { fields: fieldMessages(issues) });
}
