/**
 * `CheckoutBackend` over the JSON contract of `endpoints.ts`. Request bodies are checked
 * before they are sent and every answer is parsed with its zod schema, so nothing the server
 * says reaches the store unchecked. Every failure becomes a `CheckoutError`.
 */
import { safeParse, type z } from 'zod/mini';
import type { CallOptions, CheckoutBackend } from './backend.js';
import { buildPath, checkoutEndpoints as routes, type Endpoint } from './checkout-endpoints.js';
import { CheckoutError } from './errors.js';
import { fieldMessages } from './field-issues.js';
import { ErrorBody } from './schemas.js';

export interface HttpBackendOptions {
  /**
   * Base URL of the contract's routes, e.g. `https://portal.example.com/api/checkout`. A relative
   * one (`/api`) is resolved against the page's location, so in Node pass an absolute URL.
   */
  baseUrl: string;
  /** The fetch to use; defaults to the global one (pass your own for auth or tests). */
  fetch?: typeof fetch;
  /** Extra headers on every request, or a function returning them (e.g. a fresh token). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Milliseconds before a request is given up with code `timeout`. Default 15 000. */
  timeoutMs?: number;
}

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: unknown;
  idempotencyKey?: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** A short, readable account of why a body did not fit, e.g. `lines.0.amount: Invalid input`. */
function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const AUTH_STATUSES = [401, 403];

function messageForStatus(status: number): string {
  if (AUTH_STATUSES.includes(status)) return 'Your session has no access to this checkout. Please sign in again.';
  if (status === 404) return 'This item could not be found. It may have been removed.';
  if (status === 409) return 'This order changed in the meantime. Please review it and try again.';
  if (status === 429) return 'Too many requests. Please wait a moment and try again.';
  if (status >= 500) return 'The checkout service is having trouble. Please try again in a moment.';
  return 'The request could not be completed. Please check your entries and try again.';
}

/**
 * `Retry-After` of a 429 or 503 in milliseconds from now: delay-seconds or an HTTP date. Absent,
 * unreadable or in the past: undefined.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day or month; a bare number that is not delay-seconds is no date.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(at) || at <= now ? undefined : at - now;
}

function httpError(status: number, text: string, retryAfter: string | null): CheckoutError {
  let body: z.infer<typeof ErrorBody> | undefined;
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(text));
    if (parsed.success) body = parsed.data;
  } catch {
    // Not JSON: a proxy's HTML error page, say. The status still says enough.
  }
  const serverMessage = body?.error.message.trim();
  // 401 and 403 mean "sign in again" whatever the body (often a proxy's page, or nothing) says.
  const auth = AUTH_STATUSES.includes(status);
  // A 5xx message is for operators, not buyers; a 4xx message explains the buyer's own request.
  const message = serverMessage && status < 500 && !auth ? serverMessage : messageForStatus(status);
  const code = auth ? 'auth' : status === 422 || (status === 400 && body?.error.fields) ? 'validation' : 'http';
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(retryAfter) : undefined;
  return new CheckoutError(code, message, {
    status,
    serverCode: body?.error.code,
    fields: body?.error.fields,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** Where an `httpBackend` keeps its request function, for the routes outside the checkout's entry (`renewal-http.ts`). */
export const httpRequest = Symbol.for('upcart.httpRequest');

/** Sends one call of a route and parses its answer with the route's schema; rejects with a `CheckoutError`. */
export type HttpRequest = <E extends Endpoint>(endpoint: E, call: Call, callOptions?: CallOptions) => Promise<z.infer<E['response']>>;

/**
 * A relative base (`/api`) is resolved by `fetch` against the page's location. Where there is no
 * page (Node) the global fetch would fail every call with "Failed to parse URL": say so once, at
 * creation. A custom `fetch` may resolve it itself.
 */
function checkResolvable({ baseUrl, fetch }: HttpBackendOptions): void {
  // In a page `location` exists, so `URL.canParse` (not in older Safari) runs only in Node.
  if (!fetch && !globalThis.location && !URL.canParse(baseUrl)) {
    throw new TypeError('httpBackend: a relative baseUrl needs a page location; in Node pass an absolute URL such as http://localhost/api');
  }
}

export function httpBackend(options: HttpBackendOptions): CheckoutBackend {
  checkResolvable(options);
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  /**
   * Static headers are built at once, so a request leaves in the same task as the action that
   * sends it (a session's first requests go out before it renders); only a headers function is
   * awaited.
   */
  function headersFor(call: Call, locale: string | undefined): Headers | Promise<Headers> {
    if (typeof options.headers === 'function') return Promise.resolve(options.headers()).then((extra) => buildHeaders(extra, call, locale));
    return buildHeaders(options.headers, call, locale);
  }

  function buildHeaders(extra: HeadersInit | undefined, call: Call, locale: string | undefined): Headers {
    const headers = new Headers(extra);
    headers.set('Accept', 'application/json');
    if (locale) headers.set('Accept-Language', locale);
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    if (call.idempotencyKey) headers.set('Idempotency-Key', call.idempotencyKey);
    return headers;
  }

  function urlFor(path: string, call: Call): string {
    let url = base + buildPath(path, call.params ?? {});
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(call.query ?? {})) if (value !== undefined) query.set(key, value);
    if ([...query].length) url += `?${query}`;
    return url;
  }

  async function request<E extends Endpoint>(endpoint: E, call: Call, callOptions: CallOptions = {}): Promise<z.infer<E['response']>> {
    const outer = callOptions.signal;
    if (outer?.aborted) throw new CheckoutError('aborted', 'The request was cancelled.');

    if (endpoint.idempotent === true && !call.idempotencyKey) {
      throw new CheckoutError('validation', 'An idempotency key is required for this request.');
    }
    if (endpoint.request) {
      const checked = safeParse(endpoint.request, call.body);
      if (!checked.success) {
        throw new CheckoutError('validation', `Please correct: ${describeIssues(checked.error)}`, { fields: fieldMessages(checked.error.issues) });
      }
      call = { ...call, body: checked.data };
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onOuterAbort = () => controller.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });

    const failure = (cause: unknown) => {
      if (outer?.aborted) return new CheckoutError('aborted', 'The request was cancelled.', { cause });
      if (timedOut) return new CheckoutError('timeout', 'The checkout service took too long to answer. Please try again.', { cause });
      return new CheckoutError('network', 'We could not reach the checkout service. Check your connection and try again.', { cause });
    };

    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
      const pending = headersFor(call, callOptions.locale);
      const headers = pending instanceof Headers ? pending : await pending;
      const response = await fetchImpl(urlFor(endpoint.path, call), {
        method: endpoint.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: controller.signal,
        credentials: 'same-origin',
      });
      status = response.status;
      retryAfter = response.headers.get('Retry-After');
      // The body is read under the same timeout and signal: a server may stall mid-body.
      text = await response.text();
    } catch (cause) {
      throw failure(cause);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }

    if (status < 200 || status > 299) throw httpError(status, text, retryAfter);

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new CheckoutError('bad_response', 'The checkout service sent an answer we could not read. Please try again.', { status, cause });
    }
    const parsed = safeParse(endpoint.response, json);
    if (!parsed.success) {
      throw new CheckoutError('bad_response', `The checkout service sent an unexpected answer (${describeIssues(parsed.error)}). Please try again.`, {
        status,
        cause: parsed.error,
      });
    }
    return parsed.data as z.infer<E['response']>;
  }

  const backend: CheckoutBackend = {
    getCatalog: (productId, o) => request(routes.getCatalog, { params: { productId } }, o),
    getSubscription: (subscriptionId, o) => request(routes.getSubscription, { params: { subscriptionId } }, o),
    listSubscriptions: async (query, o) => (await request(routes.listSubscriptions, { query: { ...query } }, o)).subscriptions,
    setAutoRenew: (subscriptionId, autoRenew, o) => request(routes.setAutoRenew, { params: { subscriptionId }, body: { autoRenew } }, o),
    unsubscribe: (subscriptionId, o) => request(routes.unsubscribe, { params: { subscriptionId } }, o),
    lookupCompany: (companyId, o) => request(routes.lookupCompany, { query: { companyId } }, o),
    createQuote: (quoteRequest, o) => request(routes.createQuote, { body: quoteRequest }, o),
    listContacts: async (o) => (await request(routes.listContacts, {}, o)).contacts,
    createContact: (contact, o) => request(routes.createContact, { body: contact, ...(o?.idempotencyKey ? { idempotencyKey: o.idempotencyKey } : {}) }, o),
    createOrder: (orderRequest, idempotencyKey, o) => request(routes.createOrder, { body: orderRequest, idempotencyKey }, o),
    confirmOrder: (orderId, confirmRequest, o) => request(routes.confirmOrder, { params: { orderId }, body: confirmRequest }, o),
    getOrder: (orderId, o) => request(routes.getOrder, { params: { orderId } }, o),
    // A list of statuses goes comma-separated: an array's String() is exactly that.
    listOrders: (q = {}, o) => request(routes.listOrders, { query: { status: q.status?.toString(), limit: q.limit?.toString(), cursor: q.cursor } }, o),
    cancelOrder: (orderId, o) => request(routes.cancelOrder, { params: { orderId } }, o),
    createInvoiceLink: (orderId, o) => request(routes.createInvoiceLink, { params: { orderId } }, o),
  };
  return Object.assign(backend, { [httpRequest]: request });
}
