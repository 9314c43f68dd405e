/**
 * A refusal of the backend core: an HTTP status, the contract's error code and message, and the
 * fields at fault. The core throws it and knows nothing of HTTP; an adapter (the MSW handlers, a
 * server's routes) sends `status` with `toBody()`, so every error body fits `ErrorBody` from one
 * place.
 */
import type { z } from 'zod/mini';
import { fieldMessages } from '../src/api/field-issues.js';
import type { ErrorBody, ServerErrorCode } from '../src/api/schemas.js';

/** `ErrorBody.error.message` allows at most this many characters. */
const MAX_MESSAGE = 500;

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ServerErrorCode,
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
export function invalidRequest(message: string, fields?: Record<string, string>): ApiError {
  return new ApiError(422, 'invalid_request', message, fields);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'not_found', message);
}

/** 409: the request is valid but the state it meets refuses it (a stale quote, a paid order). */
export function conflict(code: ServerErrorCode, message: string): ApiError {
  return new ApiError(409, code, message);
}

/** A request body checked against the contract's schema, or `invalid_request` naming its fields. */
export function parseBody<T extends z.ZodMiniType>(schema: T, body: unknown, what: string): z.output<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw invalidRequest(`The ${what} has invalid fields.`, fieldMessages(result.error.issues, 'body'));
  return result.data;
}
