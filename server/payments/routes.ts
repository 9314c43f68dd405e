/**
 * The server's payment routes, outside the client contract, and the two steps of the contract's
 * order routes that need a provider:
 *
 * - after `POST /orders`: a card or PayPal order gets its provider's payment (made once per
 *   Idempotency-Key; a retry of a request whose provider call failed makes it then);
 * - after `POST /orders/{id}/confirm`: PayPal is captured on the server; a card order waits for
 *   its webhook. Either way the answer is the order as the server has it: the truth.
 * - `POST {base}/webhooks/stripe` and `/webhooks/paypal`: the raw body is verified (400 and no
 *   change on a bad signature), then the event changes its order in one transaction with the
 *   event's id recorded, so a redelivery changes nothing.
 * - `POST {base}/admin/orders/{orderId}/mark-paid`: the vendor marks an offline order paid, with
 *   the admin token (`UPCART_ADMIN_TOKEN`), never a customer's.
 * - `POST {base}/admin/fake-payments/{stripe|paypal}/events`: a fake provider sends a webhook
 *   (tests, the demo); 404 with real providers.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../../core/errors.js';
import { parseJsonBody } from '../../core/operations.js';
import { runAsync } from '../../core/run.js';
import type { CheckoutService } from '../../core/service.js';
import type { Order } from '../../src/api/schemas.js';
import type { AuthEnv } from '../auth.js';
import type { AccountScope, ServerStore } from '../db/repository.js';
import { FakeProvider, type FakeEventType } from './fake.js';
import { WebhookSignatureError, type PaymentProvider, type PaymentProviders } from './provider.js';

export interface PaymentRoutesOptions {
  store: ServerStore;
  /** The core's service for an account, its invoice links based on the URL a request came to. */
  serviceFor(scope: AccountScope, requestUrl: string): CheckoutService;
  providers: PaymentProviders;
  basePath: string;
  /** The vendor's admin bearer token; without it the admin routes answer 404. */
  adminToken?: string | undefined;
  /** Called after a webhook or the admin route changed an order (the outbox sender reads the outbox then). */
  onWrite?: (() => void) | undefined;
}

const MAX_WEBHOOK_BYTES = 512 * 1024;

function fail(c: Context, error: ApiError): Response {
  return c.json(error.toBody(), error.status as ContentfulStatusCode);
}

/** After an order is made (or replayed): a card or PayPal order without its provider's payment gets one. */
export async function attachProviderPayment(
  options: Pick<PaymentRoutesOptions, 'serviceFor' | 'providers'>,
  scope: AccountScope,
  requestUrl: string,
  order: Order,
  idempotencyKey: string,
): Promise<Order> {
  if (order.status !== 'pending_payment' || order.payment !== null || order.paymentMethod === 'offline') return order;
  const provider = options.providers[order.paymentMethod];
  let created;
  try {
    created = await provider.createPayment({ orderId: order.id, accountId: scope.accountId, amount: order.total, idempotencyKey });
  } catch (error) {
    console.error(`[upcart server] ${provider.name} could not make the payment of ${order.id}`, error);
    // Retryable: the same Idempotency-Key finds this order and asks the provider again (once, by its key).
    throw new ApiError(503, 'unavailable', `${provider.name === 'stripe' ? 'Stripe' : 'PayPal'} did not answer; try again.`);
  }
  return runAsync(options.serviceFor(scope, requestUrl).attachPayment(order.id, { [provider.field]: created.id }, created.action));
}

/** After the browser's confirmation: PayPal is captured here; the answer is the order as it stands now. */
export async function completeProviderPayment(
  options: Pick<PaymentRoutesOptions, 'serviceFor' | 'providers'>,
  scope: AccountScope,
  requestUrl: string,
  order: Order,
): Promise<Order> {
  if (order.status !== 'pending_payment' || order.paymentMethod === 'offline' || order.payment === null) return order;
  const provider = options.providers[order.paymentMethod];
  const paymentId = order.payment.provider === 'stripe' ? order.payment.clientSecret.split('_secret_')[0]! : order.payment.paypalOrderId;
  let outcome;
  try {
    // The same request id as a webhook's capture: PayPal answers the one capture to both.
    outcome = await provider.completePayment(paymentId, `${paymentId}:capture`);
  } catch (error) {
    console.error(`[upcart server] ${provider.name} could not complete the payment of ${order.id}`, error);
    throw new ApiError(503, 'unavailable', 'The payment provider did not answer; try again.');
  }
  if (outcome === 'pending') return order;
  const settled = await runAsync(options.serviceFor(scope, requestUrl).settlePayment(provider.field, paymentId, outcome));
  return 'order' in settled ? settled.order : order;
}

/** Handles one verified event of a provider: its order changes once, with the event recorded. */
async function handleEvent(
  options: PaymentRoutesOptions,
  requestUrl: string,
  provider: PaymentProvider,
  rawBody: string,
  headers: Headers,
): Promise<{ status: number; body: unknown }> {
  let event;
  try {
    event = await provider.verifyWebhook(rawBody, headers);
  } catch (error) {
    if (error instanceof WebhookSignatureError) {
      return { status: 400, body: new ApiError(400, 'invalid_request', `Webhook signature refused: ${error.message}`).toBody() };
    }
    throw error;
  }
  if (event.type === 'ignored') return { status: 200, body: { received: true, handled: false } };
  const scope = await options.store.scopeOfOrder({ field: provider.field, id: event.paymentId });
  // Not one of ours (another system on the same provider account): acknowledged, nothing to do.
  if (!scope) return { status: 200, body: { received: true, handled: false } };
  const orders = options.serviceFor(scope, requestUrl);
  let outcome: 'paid' | 'failed' | 'pending' = event.type === 'failed' ? 'failed' : 'paid';
  if (event.type === 'approved') {
    // The buyer approved on PayPal, maybe before the browser came back: capture on the server, only
    // an order still waiting for it (never one cancelled or replaced meanwhile).
    const current = await runAsync(orders.orderOfPayment(provider.field, event.paymentId));
    if (current?.status !== 'pending_payment' && current?.status !== 'failed') return { status: 200, body: { received: true, handled: false } };
    outcome = await provider.completePayment(event.paymentId, `${event.paymentId}:capture`);
    if (outcome === 'pending') return { status: 200, body: { received: true, handled: true, result: 'pending' } };
  }
  const settled = await runAsync(orders.settlePayment(provider.field, event.paymentId, outcome, { provider: provider.name, id: event.id }));
  if (settled.result === 'unpayable') {
    console.warn(`[upcart server] ${provider.name} took a payment for order ${settled.order.id}, which is ${settled.order.status}: refund it.`);
  }
  return { status: 200, body: { received: true, handled: settled.result !== 'duplicate', result: settled.result } };
}

function checkAdmin(c: Context, adminToken: string | undefined): void {
  if (!adminToken) throw new ApiError(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`);
  const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  if (!given) throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <admin token>.');
  const a = Buffer.from(given);
  const b = Buffer.from(adminToken);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new ApiError(403, 'forbidden', 'This route needs the admin token.');
}

/** Mounts the webhook and admin routes on `app`; call before the contract's routes are mounted. */
export function mountPaymentRoutes(app: Hono<AuthEnv>, options: PaymentRoutesOptions): void {
  const base = options.basePath;
  const limit = bodyLimit({ maxSize: MAX_WEBHOOK_BYTES, onError: (c) => fail(c, new ApiError(413, 'invalid_request', 'The webhook body is too large.')) });

  for (const provider of [options.providers.card, options.providers.paypal]) {
    app.post(`${base}/webhooks/${provider.name}`, limit, async (c) => {
      // The raw text, exactly as signed: never re-serialized JSON.
      const answer = await handleEvent(options, c.req.url, provider, await c.req.text(), c.req.raw.headers);
      options.onWrite?.();
      return c.json(answer.body as Record<string, unknown>, answer.status as ContentfulStatusCode);
    });
  }

  app.post(`${base}/admin/orders/:orderId/mark-paid`, async (c) => {
    checkAdmin(c, options.adminToken);
    const orderId = c.req.param('orderId');
    const scope = await options.store.scopeOfOrder({ orderId });
    if (!scope) throw new ApiError(404, 'not_found', `There is no order ${orderId}.`);
    const paid = await runAsync(options.serviceFor(scope, c.req.url).markOfflinePaid(orderId));
    options.onWrite?.();
    return c.json(paid);
  });

  // The fake's side of "Stripe's API" that Stripe.js talks to: the stand-in script (loaded with
  // `?fake-api={base}/fake-stripe`) reports how a confirmation ended, and the fake sends the signed
  // webhook, as Stripe would. Only payments the fake made; only with the fake.
  const fakeCard = options.providers.card;
  if (fakeCard instanceof FakeProvider) {
    app.post(`${base}/fake-stripe/payment_intents/:id/confirm`, limit, async (c) => {
      const id = c.req.param('id');
      const { outcome } = (parseJsonBody(await c.req.text()) ?? {}) as { outcome?: unknown };
      if (!fakeCard.payments.has(id)) throw new ApiError(404, 'not_found', `The fake Stripe made no PaymentIntent ${id}.`);
      if (outcome !== 'succeeded' && outcome !== 'failed') throw new ApiError(422, 'invalid_request', 'Send { "outcome": "succeeded" | "failed" }.');
      const sent = await fakeCard.emit(outcome, id);
      return c.json({ eventId: sent.delivery.eventId, webhookStatus: sent.status });
    });
  }

  app.post(`${base}/admin/fake-payments/:provider/events`, async (c) => {
    checkAdmin(c, options.adminToken);
    const name = c.req.param('provider');
    const provider = name === 'stripe' ? options.providers.card : name === 'paypal' ? options.providers.paypal : undefined;
    if (!(provider instanceof FakeProvider)) throw new ApiError(404, 'not_found', `No fake provider ${name}: real providers send their own webhooks.`);
    const body = (parseJsonBody(await c.req.text()) ?? {}) as { type?: unknown; paymentId?: unknown; eventId?: unknown };
    const types: FakeEventType[] = ['succeeded', 'failed', 'approved', 'completed', 'declined'];
    if (typeof body.paymentId !== 'string' || !types.includes(body.type as FakeEventType)) {
      throw new ApiError(422, 'invalid_request', `Send { "type": ${types.join('|')}, "paymentId": string, "eventId"?: string }.`);
    }
    const sent = await provider.emit(body.type as FakeEventType, body.paymentId, typeof body.eventId === 'string' ? body.eventId : undefined);
    return c.json({ eventId: sent.delivery.eventId, webhookStatus: sent.status });
  });
}
