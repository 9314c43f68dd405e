/** Turns schema issues into the `fields` map of a validation `CheckoutError`. */
import { CheckoutError } from '../api/errors.js';

export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Field path (`address.city`) -> the first message for it. */
export function fieldMessages(issues: readonly SchemaIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    fields[path] ??= issue.message;
  }
  return fields;
}

/** A `validation` error raised before anything was sent. */
export function validationError(issues: readonly SchemaIssue[], message = 'Please check the highlighted fields.'): CheckoutError {
  return new CheckoutError('validation', message, { fields: fieldMessages(issues) });
}
