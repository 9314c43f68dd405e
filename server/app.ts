/**
 * The reference server's HTTP side: a Hono app composed from the route table, as thin as the MSW
 * handlers. Each route reads its request into the core's `Call`, runs the route's operation of
 * the checkout service (`core/operations.ts`) on the caller's repository, and answers the result
 * or the core's `ApiError` as the contract's `ErrorBody`. Every route needs a bearer token
 * (`auth.ts`); a test clock route exists only when asked for.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { endpoints, type EndpointName } from '../src/api/endpoints.js';
import type { Clock } from '../src/api/calendar.js';
import type { CatalogTranslations } from '../core/catalog-language.js';
import { ApiError } from '../core/errors.js';
import { contractBreach, languageDependent, operations, parseJsonBody, perform, type Call } from '../core/operations.js';
import type { Work } from '../core/run.js';
import { runAsync } from '../core/run.js';
import { CheckoutService } from '../core/service.js';
import { requireAccount, type AuthEnv } from './auth.js';
import type { AccountScope, ServerStore } from './db/repository.js';
import { signedLinks, verifyLink } from './invoice-links.js';
import { renderInvoicePdf } from './invoice-pdf.js';
import { attachProviderPayment, completeProviderPayment, mountPaymentRoutes } from './payments/routes.js';
import type { PaymentProviders } from './payments/provider.js';
import type { Order } from '../src/api/schemas.js';

/** A clock the test clock route can move (`MockClock` is one). */
export interface MovableClock extends Clock {
  advance(ms: number): void;
  set(instant: Date | string | number): void;
}

export interface AppOptions {
  store: ServerStore;
  clock: Clock;
  /** The secret tokens are signed with. */
  secret: string;
  /** Where the routes live; `/api` by default. */
  basePath?: string;
  /** Serve `GET|POST {basePath}/test/clock` over this clock (tests and the conformance kit only). */
  testClock?: MovableClock;
  /** Check every answer against the route's response schema (on by default). */
  checkResponses?: boolean;
  /**
   * The server's public address (`https://shop.example`), for the invoice links it hands out;
   * without it, the origin each request came to.
   */
  publicUrl?: string | undefined;
  /** Called after every successful write (the outbox sender reads the outbox then). */
  onWrite?: () => void;
  /**
   * Who takes payments: Stripe and PayPal, or their local fakes. The provider is the truth: a
   * confirmation from the browser never marks an order paid by itself.
   */
  payments: PaymentProviders;
  /** The vendor's admin bearer token (`UPCART_ADMIN_TOKEN`); without it the admin routes answer 404. */
  adminToken?: string | undefined;
  /** Each product's catalog in other languages, answered as a request's `Accept-Language` asks; none by default. */
  catalogTranslations?: CatalogTranslations;
}

/** The largest request body taken; the contract's largest (a renewal of many phones) is far below. */
const MAX_BODY_BYTES = 256 * 1024;

function errorResponse(c: Context, error: ApiError): Response {
  if (error.status === 401) c.header('WWW-Authenticate', 'Bearer');
  return c.json(error.toBody(), error.status as ContentfulStatusCode);
}

export function createApp(options: AppOptions): Hono<AuthEnv> {
  const { store, clock, secret, checkResponses = true, payments } = options;
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const app = new Hono<AuthEnv>();

  app.notFound((c) => errorResponse(c, new ApiError(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`)));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    console.error(`[upcart server] ${c.req.method} ${c.req.path} failed`, error);
    return errorResponse(c, new ApiError(500, 'internal_error', 'The server failed on this request; it was logged.'));
  });

  // Outside the contract and its customer tokens: provider webhooks (signed) and the vendor's admin routes.
  /**
   * The core's service for one account: the payment provider settles its orders, and its invoice
   * links name the public URL, or else the origin the request came to.
   */
  const serviceFor = (scope: AccountScope, requestUrl: string): CheckoutService =>
    new CheckoutService({
      repository: store.repositoryFor(scope),
      clock,
      providerSettles: true,
      invoiceLinks: signedLinks(secret, `${(options.publicUrl ?? new URL(requestUrl).origin).replace(/\/+$/, '')}${basePath}`),
      ...(options.catalogTranslations ? { catalogTranslations: options.catalogTranslations } : {}),
    });
  mountPaymentRoutes(app, { store, serviceFor, providers: payments, basePath, adminToken: options.adminToken, onWrite: options.onWrite });

  const api = new Hono<AuthEnv>();
  if (options.testClock) mountTestClock(api, options.testClock);
  // Before the bearer check: the signed link is the credential.
  mountInvoiceLinks(api, store, clock, secret);
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, new ApiError(413, 'invalid_request', `The request body is larger than ${MAX_BODY_BYTES} bytes.`)),
    }),
  );
  api.use('*', requireAccount(secret));

  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const endpoint = endpoints[name];
    const path = endpoint.path.replace(/\{(\w+)\}/g, ':$1');
    api.on(endpoint.method, path, async (c) => {
      const call: Call = {
        params: c.req.param() as Record<string, string>,
        query: new URL(c.req.url).searchParams,
        body: 'request' in endpoint ? parseJsonBody(await c.req.text()) : undefined,
        headers: c.req.raw.headers,
      };
      const scope = c.get('scope');
      const service = serviceFor(scope, c.req.url);
      const invocation = operations[name](call);
      let body = invocation.answer(await runAsync(perform(service, invocation) as Work<unknown>));
      const providers = { serviceFor, providers: payments };
      if (name === 'createOrder')
        body = await attachProviderPayment(providers, scope, c.req.url, body as Order, call.headers.get('Idempotency-Key')?.trim() ?? '');
      if (name === 'confirmOrder') body = await completeProviderPayment(providers, scope, c.req.url, body as Order);
      // The provider's steps answer the order as stored: in the buyer's language again, as the service answers it.
      if (name === 'createOrder' || name === 'confirmOrder') {
        body = await runAsync(service.localizeOrder(body as Order, call.headers.get('Accept-Language')));
      }
      const breach = checkResponses ? contractBreach(name, body, 'server') : undefined;
      if (breach) throw breach;
      if (endpoint.method !== 'GET') options.onWrite?.();
      if (languageDependent.has(name)) c.header('Vary', 'Accept-Language');
      return c.json(body as Record<string, unknown>);
    });
  }

  app.route(basePath || '/', api);
  return app;
}

const PAGE_TEXT = {
  unknown: {
    status: 404,
    title: 'This invoice link is not valid',
    body: 'The link is incomplete or was changed. Open the link from the email again, or get a fresh one as below.',
  },
  used: {
    status: 410,
    title: 'This invoice link has already been used',
    body: 'For your security, each invoice link can be used once only.',
  },
  expired: {
    status: 410,
    title: 'This invoice link has expired',
    body: 'For your security, each invoice link is valid for 24 hours.',
  },
} as const;

function linkPage(c: Context, outcome: keyof typeof PAGE_TEXT): Response {
  const { status, title, body } = PAGE_TEXT[outcome];
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${title}</title></head>
<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>${title}</h1>
<p>${body}</p>
<p><strong>To get a fresh link:</strong> sign in to your portal, open <em>Orders</em>, and choose the invoice of the order again: every time you do, a new link valid for 24 hours is made for you. (The portal asks the checkout service <code>POST /orders/{orderId}/invoice-link</code>.)</p>
</body></html>`,
    status,
  );
}

/**
 * `GET {basePath}/invoices/{token}`: the invoice or proforma PDF, once. A token whose signature
 * does not verify never reaches the database; a used or expired one answers a page (410) saying
 * so and how to get a fresh one.
 */
function mountInvoiceLinks(api: Hono<AuthEnv>, store: ServerStore, clock: Clock, secret: string): void {
  api.get('/invoices/:token', async (c) => {
    const linkId = verifyLink(secret, c.req.param('token'));
    if (!linkId) return linkPage(c, 'unknown');
    const result = await store.useInvoiceLink(linkId, clock.now(), async (document) => ({ document, pdf: await renderInvoicePdf(document) }));
    if (result.outcome !== 'served') return linkPage(c, result.outcome);
    const { document, pdf } = result.value;
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${document.number}.pdf"`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
  });
}

/** `POST {basePath}/test/clock` `{ "advanceMs": n }` or `{ "now": ISO }`, and `GET`: both answer `{ "now": ISO }`. */
function mountTestClock(api: Hono<AuthEnv>, clock: MovableClock): void {
  const now = (c: Context) => c.json({ now: clock.now().toISOString() });
  api.get('/test/clock', now);
  api.post('/test/clock', async (c) => {
    const body = parseJsonBody(await c.req.text());
    const { advanceMs, now: instant } = (body ?? {}) as { advanceMs?: unknown; now?: unknown };
    if (typeof instant === 'string' && Number.isFinite(Date.parse(instant))) clock.set(instant);
    else if (typeof advanceMs === 'number' && Number.isFinite(advanceMs)) clock.advance(advanceMs);
    else throw new ApiError(422, 'invalid_request', 'Send { "advanceMs": number } or { "now": ISO date-time }.');
    return now(c);
  });
}
