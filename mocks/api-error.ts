/**
 * A refusal of the mock backend: an HTTP status plus the contract's `ErrorBody`. Pricing and
 * the database throw it; the handlers turn it into the response, so every error body fits
 * `ErrorBody` from one place.
 */
import type { ErrorBody } from '../src/api/schemas.js';

/** `ErrorBody.error.message` allows at most this many characters. */
const MAX_MESSAGE = 500;

export class MockApiError extends Error {
  override readonly name = 'MockApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field path -> message, for `invalid_request`. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message.slice(0, MAX_MESSAGE) };
    if (this.fields) error.fields = this.fields;
    return { error };
  }
}

/** 422 `invalid_request` naming the fields at fault. */
export function invalidRequest(message: string, fields?: Record<string, string>): MockApiError {
  return new MockApiError(422, 'invalid_request', message, fields);
}

export function notFound(message: string): MockApiError {
  return new MockApiError(404, 'not_found', message);
}
