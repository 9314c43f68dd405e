/**
 * MSW 2 request handlers for every route of the contract, generated from the `endpoints` table
 * so that a route added there cannot be forgotten here (the core's `operations` map, shared with
 * the reference server, is typed by the table's keys). Each request first meets its fault switch, then the core's checkout service
 * on the in-memory database; the core's `ApiError` becomes the contract's `ErrorBody`.
 */
import type { HttpHandler } from 'msw';
import { delay, http, HttpResponse } from './msw.js';
import { endpoints, type EndpointName } from '../src/api/endpoints.js';
import type { ErrorBody, ServerErrorCode } from '../src/api/schemas.js';
import { ApiError } from '../core/errors.js';
import { contractBreach, languageDependent, operations, parseJsonBody, perform, type Call } from '../core/operations.js';
import type { MockDb } from './db.js';
import type { Fault, FaultSwitches } from './faults.js';

export interface HandlerOptions {
  db: MockDb;
  faults: FaultSwitches;
  /**
   * Where the routes live, e.g. `/api` (default) or `https://api.example.com/upcart`. A
   * relative base matches the page's origin in a browser and any origin in Node.
   */
  baseUrl?: string;
  /**
   * Parse every successful body with the endpoint's response schema and answer 500 if it does
   * not fit: a mock that breaks its own contract should fail loudly (on by default).
   */
  checkResponses?: boolean;
}

function errorResponse(error: ApiError): Response {
  return HttpResponse.json(error.toBody(), { status: error.status });
}

const CODE_FOR_STATUS: Record<number, ServerErrorCode> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'invalid_request',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'unavailable',
  504: 'gateway_timeout',
};

/** The answer a fault gives instead of the backend's, or `undefined` to go on to the backend. */
async function faultResponse(name: EndpointName, fault: Fault | undefined, faults: FaultSwitches): Promise<Response | undefined> {
  const latency = faults.latencyFor(fault);
  if (latency > 0) await delay(latency);
  if (!fault) return undefined;
  if (fault.hang) {
    await faults.hold(name);
    // Released by clearing the fault: by then nobody waits, so fail quietly.
    return HttpResponse.error();
  }
  if (fault.network) return HttpResponse.error();
  if (fault.status !== undefined) {
    const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
    const message = fault.message ?? `Injected fault: HTTP ${fault.status} on ${name}.`;
    if (fault.body === 'empty') return new HttpResponse(null, { status: fault.status, headers });
    if (fault.body === 'html') {
      return new HttpResponse(`<!doctype html><title>${fault.status}</title><h1>${message.replace(/[<&]/g, '')}</h1>`, {
        status: fault.status,
        headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
      });
    }
    // A status without a code of its own: the contract's generic one for its class.
    const code = CODE_FOR_STATUS[fault.status] ?? (fault.status >= 500 ? 'internal_error' : 'invalid_request');
    const body: ErrorBody = { error: { code, message } };
    if (fault.fields) body.error.fields = fault.fields;
    return HttpResponse.json(body, { status: fault.status, headers });
  }
  if (fault.malformed) {
    return new HttpResponse('{"error": {"code": "truncated", "message": "the answer stops he', {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  }
  if (fault.wrongShape) return HttpResponse.json({ ok: true, data: [{ unexpected: 'shape' }] });
  return undefined;
}

/** `/api/` and `/api` both mean `/api`; a relative base matches any host outside a browser. */
function routePrefix(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const isRelative = trimmed === '' || trimmed.startsWith('/');
  return isRelative && typeof location === 'undefined' ? `*${trimmed}` : trimmed;
}

/** MSW handlers for every endpoint of the contract. */
export function createHandlers(options: HandlerOptions): HttpHandler[] {
  const { db, faults, checkResponses = true } = options;
  const prefix = routePrefix(options.baseUrl ?? '/api');
  return (Object.keys(endpoints) as EndpointName[]).map((name) => {
    const endpoint = endpoints[name];
    const path = prefix + endpoint.path.replace(/\{(\w+)\}/g, ':$1');
    const method = endpoint.method === 'GET' ? http.get : endpoint.method === 'POST' ? http.post : http.patch;
    return method(path, async ({ request, params }) => {
      const faulty = await faultResponse(name, faults.take(name), faults);
      if (faulty) return faulty;
      try {
        const call: Call = {
          params: Object.fromEntries(Object.entries(params).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : []))),
          query: new URL(request.url).searchParams,
          body: 'request' in endpoint ? parseJsonBody(await request.text()) : undefined,
          headers: request.headers,
        };
        const invocation = operations[name](call);
        const body = invocation.answer(perform(db, invocation));
        const breach = checkResponses ? contractBreach(name, body, 'mock') : undefined;
        if (breach) return errorResponse(breach);
        return HttpResponse.json(body as Record<string, unknown>, languageDependent.has(name) ? { headers: { Vary: 'Accept-Language' } } : undefined);
      } catch (error) {
        if (error instanceof ApiError) return errorResponse(error);
        console.error(`[upcart mocks] ${name} failed`, error);
        return errorResponse(
          new ApiError(500, 'internal_error', `The mock backend failed on ${name}: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
    });
  });
}
