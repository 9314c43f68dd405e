/**
 * Every failure of a backend call becomes one `CheckoutError`, so the store and the
 * elements handle a single shape: a code to branch on, the HTTP status when there was
 * one, the server's own code, and a message a buyer can read.
 */

export type CheckoutErrorCode =
  /** The request never got an answer: offline, DNS, CORS, connection reset. */
  | 'network'
  /** No answer within the backend's `timeoutMs`. */
  | 'timeout'
  /** The server answered with a non-2xx status (other than 401 and 403). */
  | 'http'
  /**
   * 401 or 403, whatever the body says: the buyer must sign in again (the host page refreshes its
   * session, then retries). A `CheckoutBackend` of a portal's own uses it for the same case.
   */
  | 'auth'
  /** The answer was not JSON, or JSON of the wrong shape. */
  | 'bad_response'
  /** The request was refused before it was sent, or the server rejected its fields (422). */
  | 'validation'
  /** The caller aborted the request (a newer one replaced it); not shown to buyers. */
  | 'aborted';

export interface CheckoutErrorInit {
  status?: number;
  serverCode?: string;
  fields?: Record<string, string>;
  retryAfterMs?: number;
  cause?: unknown;
}

export class CheckoutError extends Error {
  override readonly name = 'CheckoutError';
  readonly code: CheckoutErrorCode;
  /** HTTP status of the answer, when there was one. */
  readonly status: number | undefined;
  /** The backend's machine-readable code, e.g. `quote_expired`. */
  readonly serverCode: string | undefined;
  /** Field path -> message, for validation errors. */
  readonly fields: Record<string, string> | undefined;
  /** How long the server asked to wait before a retry (`Retry-After` of a 429 or 503). */
  readonly retryAfterMs: number | undefined;

  constructor(code: CheckoutErrorCode, message: string, init: CheckoutErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.status = init.status;
    this.serverCode = init.serverCode;
    this.fields = init.fields;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** A failure worth retrying as it is (after `retryAfterMs`, if set): the network, a timeout, a 5xx or 429. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout' || (this.code === 'http' && (this.status === 429 || (this.status ?? 0) >= 500));
  }
}

export function isCheckoutError(value: unknown): value is CheckoutError {
  return value instanceof CheckoutError;
}

export function isAbort(value: unknown): boolean {
  return (value instanceof CheckoutError && value.code === 'aborted') || (value instanceof DOMException && value.name === 'AbortError');
}

/** Wraps anything thrown into a `CheckoutError`, keeping one that already is. */
export function toCheckoutError(value: unknown): CheckoutError {
  if (value instanceof CheckoutError) return value;
  if (value instanceof DOMException && value.name === 'AbortError') return new CheckoutError('aborted', 'The request was cancelled.', { cause: value });
  return new CheckoutError('network', 'Something went wrong. Please try again.', { cause: value });
}

/**
 * Whether asking again as it was can succeed, so that a Try again is worth offering: not for
 * something that is not there (404) or input the server refused (validation); the buyer changes
 * the input instead.
 */
export function retryCanHelp(error: CheckoutError): boolean {
  return error.code !== 'validation' && error.code !== 'aborted' && error.status !== 404;
}
