/**
 * The OpenAPI document names every refusal the reference server really answers: the conformance
 * kit runs against the server through a fetch that records each error answer, and each must be
 * listed in the document under its operation, with its status and its code. (The per-route
 * lists are read from the core by hand; this keeps them from falling behind it.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { runConformance } from '../../conformance/index.js';
import { endpoints } from '../../src/api/endpoints.js';
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { ServerErrorCode } from '../../src/api/schemas.js';
import { databaseName, startTestServer, type TestServer } from './helpers.js';

type Responses = Record<string, { content: { 'application/json': { schema: { $ref?: string; allOf?: [unknown, NarrowedCode] } } } }>;
type NarrowedCode = { properties: { error: { properties: { code: { enum: string[] } } } } };
type Document = { info: { license: { identifier: string } }; paths: Record<string, Record<string, { operationId: string; responses: Responses }>> };

const document = buildOpenApiDocument() as unknown as Document;

/** One error answer as it came: which operation it was of (by the route table), its status and code. */
interface Refusal {
  request: string;
  operation: string | undefined;
  status: string;
  code: string | undefined;
}

/** The route of the table a method and path (below the base URL) are, by the path templates. */
function operationOf(method: string, path: string): string | undefined {
  return Object.entries(endpoints).find(([, endpoint]) => {
    const pattern = new RegExp(`^${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}$`);
    return endpoint.method === method && pattern.test(path);
  })?.[0];
}

/** The codes the document lists for an operation's status; undefined when it lists no such status. */
function documentedCodes(operationId: string, status: string): readonly string[] | undefined {
  const endpoint = endpoints[operationId as keyof typeof endpoints];
  const response = document.paths[endpoint.path]?.[endpoint.method.toLowerCase()]?.responses[status];
  const schema = response?.content['application/json'].schema;
  if (!schema) return undefined;
  return schema.allOf ? schema.allOf[1].properties.error.properties.code.enum : ServerErrorCode.options;
}

describe(`the OpenAPI document names every refusal of the reference server (${databaseName})`, () => {
  let server: TestServer;
  const refusals: Refusal[] = [];

  /** Keeps a non-2xx answer of a contract route. */
  function record(method: string, url: string, status: number, text: string): void {
    if (status < 400) return;
    const path = new URL(url).pathname.slice(new URL(server.baseUrl).pathname.length);
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { error: { code: string } }).error.code;
    } catch {
      code = undefined;
    }
    refusals.push({ request: `${method} ${path}`, operation: operationOf(method, path), status: String(status), code });
  }

  /** `fetch` that records each answer. */
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    record(init?.method ?? 'GET', String(input), response.status, await response.clone().text());
    return response;
  };

  /**
   * A body over the server's limit, which the kit does not send: on a connection of its own, since
   * the server answers before reading it all and a kept-alive socket would then hold `close()` up.
   */
  function sendOversize(): Promise<void> {
    const url = `${server.baseUrl}/quotes`;
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, {
        method: 'POST',
        agent: false,
        headers: { Authorization: `Bearer ${server.tokens.demo}`, 'Content-Type': 'application/json' },
      });
      request.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          record('POST', url, response.statusCode ?? 0, text);
          request.destroy();
          resolve();
        });
      });
      // The server may close while the body is still being written: that is its answer, not a failure.
      request.on('error', (error) => (refusals.some((refusal) => refusal.status === '413') ? resolve() : reject(error)));
      request.end(JSON.stringify({ flow: 'renew', padding: 'x'.repeat(300 * 1024) }));
    });
  }

  before(async () => {
    server = await startTestServer({ testClock: true });
    await runConformance({ baseUrl: server.baseUrl, token: server.tokens.demo, otherToken: server.tokens.northwind, fetch: recording });
    await sendOversize();
  });
  after(() => server?.close());

  it('saw refusals of many kinds (the kit ran)', () => {
    const kinds = new Set(refusals.map((refusal) => `${refusal.status} ${refusal.code}`));
    for (const kind of ['400 invalid_json', '401 unauthorized', '404 not_found', '409 quote_expired', '413 invalid_request', '422 invalid_request']) {
      assert.ok(kinds.has(kind), `no ${kind} among ${[...kinds].join(', ')}`);
    }
  });

  it('lists each under its operation, status and code', () => {
    const missing = refusals
      .filter((refusal) => refusal.operation !== undefined)
      .filter((refusal) => refusal.code === undefined || !documentedCodes(refusal.operation!, refusal.status)?.includes(refusal.code))
      .map((refusal) => `${refusal.request} (${refusal.operation}) ${refusal.status} ${refusal.code}`);
    assert.deepEqual([...new Set(missing)], []);
  });

  it("states the package's license", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { license: string };
    assert.equal(document.info.license.identifier, pkg.license);
  });
});
