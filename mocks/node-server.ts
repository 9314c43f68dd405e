/**
 * The mock backend over real HTTP in Node: a `node:http` server on loopback that turns each Node
 * request into a Fetch `Request`, answers it with MSW's `getResponse` over the mock's handlers
 * and writes the `Response` back. No service worker and no interception of the process's own
 * `fetch`: any HTTP client (the conformance kit, curl, another process) can call it.
 *
 * ```ts
 * import { serveMockBackend } from 'upcart/mocks/node-server';
 * const served = await serveMockBackend({ testClock: true, now: '2026-11-23T10:00:00Z' });
 * // served.baseUrl === 'http://127.0.0.1:<port>/api'
 * await served.close();
 * ```
 *
 * With `testClock: true` it also serves the test clock every backend's test mode exposes to the
 * conformance kit (docs/conformance.md): `POST {baseUrl}/test/clock` with `{ "advanceMs": n }`
 * or `{ "now": ISO }`, answering `{ "now": ISO }`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from './msw.js';
import type { ErrorBody, ServerErrorCode } from '../src/api/schemas.js';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './index.js';

/** Turns a request into a response; `next` asks the mock backend. */
export type Intercept = (request: Request, next: (request: Request) => Promise<Response>) => Promise<Response>;

export interface MockHttpServerOptions extends Omit<MockBackendOptions, 'baseUrl'> {
  /** Path the routes live under; `/api` by default. */
  basePath?: string;
  /** TCP port; 0 (default) takes a free one. */
  port?: number;
  /** Serve `POST {basePath}/test/clock` over the mock's clock (off by default, as in production). */
  testClock?: boolean;
  /** Sits between the HTTP server and the mock backend (tests wrap it to break one rule). */
  intercept?: Intercept;
  /** The mock backend to serve; a new one from the other options when missing. */
  backend?: MockBackend;
}

export interface MockHttpServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The origin plus the base path: what a client's `baseUrl` is. */
  baseUrl: string;
  backend: MockBackend;
  server: Server;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function errorJson(status: number, code: ServerErrorCode, message: string): Response {
  const body: ErrorBody = { error: { code, message } };
  return Response.json(body, { status });
}

/** The test clock route: moves or sets the mock's clock, answers the clock's now. */
async function clockResponse(backend: MockBackend, request: Request): Promise<Response> {
  if (request.method !== 'POST') return errorJson(405, 'invalid_request', 'The test clock takes POST.');
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return errorJson(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const { advanceMs, now } = (body ?? {}) as { advanceMs?: unknown; now?: unknown };
  if (typeof now === 'string' && Number.isFinite(Date.parse(now))) backend.clock.set(now);
  else if (typeof advanceMs === 'number' && Number.isFinite(advanceMs)) backend.clock.advance(advanceMs);
  else return errorJson(422, 'invalid_request', 'Send { "advanceMs": number } or { "now": ISO date-time }.');
  return Response.json({ now: backend.clock.now().toISOString() });
}

function toRequest(incoming: IncomingMessage, origin: string, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(new URL(incoming.url ?? '/', origin), { method, headers, body: hasBody ? new Uint8Array(body) : null });
}

async function readAll(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}

/** Starts the mock backend on `127.0.0.1`; resolves once it listens. */
export async function serveMockBackend(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const { backend: given, basePath: _basePath, port = 0, testClock = false, intercept, ...backendOptions } = options;
  const backend = given ?? createMockBackend({ ...backendOptions, baseUrl: basePath });
  const clockPath = `${basePath}/test/clock`;
  let origin = '';

  const answer = async (request: Request): Promise<Response> => {
    if (testClock && new URL(request.url).pathname === clockPath) return clockResponse(backend, request);
    const response = await getResponse(backend.handlers, request);
    return response ?? errorJson(404, 'not_found', `No route ${request.method} ${new URL(request.url).pathname}.`);
  };

  const server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        const request = toRequest(incoming, origin, await readAll(incoming));
        // A network fault of the mock (`Response.error()`) has status 0: drop the connection.
        const response = await (intercept ? intercept(request, answer) : answer(request));
        if (response.type === 'error' || response.status === 0) outgoing.destroy();
        else await writeResponse(response, outgoing);
      } catch (error) {
        if (!outgoing.headersSent) {
          await writeResponse(errorJson(500, 'internal_error', `The mock server failed: ${error instanceof Error ? error.message : String(error)}`), outgoing);
        } else outgoing.destroy();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: origin + basePath,
    backend,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
