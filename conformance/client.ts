/**
 * The kit's HTTP client: calls a route of the table by name, or any path, and keeps the answer
 * as it came (status, text, JSON if it was JSON), so a check can judge a wrong answer instead of
 * throwing on it.
 */
import { safeParse } from 'zod/mini';
import { buildPath, endpoints, type EndpointName } from '../src/api/endpoints.js';
import { ErrorBody } from '../src/api/schemas.js';
import { CheckFailure, type ConformanceOptions } from './types.js';

export interface Answer {
  status: number;
  text: string;
  /** The body as JSON; `undefined` when it was not JSON. */
  json: unknown;
  /** What was asked, for messages: `GET /subscriptions/x`. */
  request: string;
}

export interface CallOptions {
  /** A JSON body; `raw` sends text as is instead. */
  body?: unknown;
  raw?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** A token for this call only; `null` sends none. */
  token?: string | null;
}

/** `{name}` placeholders of a route's path. */
export function pathParams(name: EndpointName): string[] {
  return [...endpoints[name].path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
}

export class Client {
  private readonly baseUrl: string;
  private readonly token: string | undefined;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;

  constructor(options: ConformanceOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Calls a route of the table with its path parameters. */
  route(name: EndpointName, params: Record<string, string> = {}, options: CallOptions = {}): Promise<Answer> {
    const endpoint = endpoints[name];
    return this.call(endpoint.method, buildPath(endpoint.path, params), options);
  }

  async call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const token = options.token === undefined ? this.token : options.token;
    if (token) headers['Authorization'] = `Bearer ${token}`;
    let body: string | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const request = `${method} ${url.pathname}${url.search}`;
    let response: Response;
    try {
      response = await this.fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new CheckFailure(`${request} got no answer: ${error instanceof Error ? error.message : String(error)}`);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json, request };
  }
}

/** One short phrase for an answer: `404 not_found "There is no…"` or `200 {"id":…}`. */
export function describe(answer: Answer): string {
  const error = safeParse(ErrorBody, answer.json);
  if (error.success) return `${answer.status} ${error.data.error.code} "${clip(error.data.error.message, 80)}"`;
  const body =
    answer.json === undefined ? (answer.text === '' ? 'an empty body' : `non-JSON ${JSON.stringify(clip(answer.text, 60))}`) : clip(answer.text, 100);
  return `${answer.status} ${body}`;
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The issues of a failed parse in one line: `total.currency: In EUR, not USD; …`. */
export function issuesLine(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return clip(issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; '), 240);
}

/**
 * Expects a refusal: this status (or one of these) and an `ErrorBody` with this code (or one of
 * these). Throws a `CheckFailure` naming what came back otherwise.
 */
export function expectError(answer: Answer, statuses: number | readonly number[], codes: string | readonly string[]): string {
  const wantStatus = typeof statuses === 'number' ? [statuses] : statuses;
  const wantCode = typeof codes === 'string' ? [codes] : codes;
  const expected = `${wantStatus.join('/')} ${wantCode.join(' or ')}`;
  if (!wantStatus.includes(answer.status)) throw new CheckFailure(`${answer.request}: expected ${expected}, got ${describe(answer)}`);
  const body = safeParse(ErrorBody, answer.json);
  if (!body.success)
    throw new CheckFailure(`${answer.request}: expected an ErrorBody with ${expected}, got ${describe(answer)} (${issuesLine(body.error.issues)})`);
  if (!wantCode.includes(body.data.error.code)) throw new CheckFailure(`${answer.request}: expected ${expected}, got ${describe(answer)}`);
  return `${answer.status} ${body.data.error.code}`;
}

/** Expects a 2xx answer that parses with the route's response schema; returns the parsed body. */
export function expectAnswer<T>(answer: Answer, name: EndpointName): T {
  if (answer.status < 200 || answer.status > 299) throw new CheckFailure(`${answer.request}: expected 200, got ${describe(answer)}`);
  const parsed = safeParse(endpoints[name].response, answer.json);
  if (!parsed.success) throw new CheckFailure(`${answer.request}: the answer does not parse as ${name}'s response: ${issuesLine(parsed.error.issues)}`);
  return parsed.data as T;
}
