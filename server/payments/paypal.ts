/**
 * PayPal through its official server SDK, `@paypal/paypal-server-sdk`: the server creates the
 * PayPal order for the order's total (with the order's Idempotency-Key as `PayPal-Request-Id`, so a
 * retry makes one PayPal order) and captures it itself when the browser says the buyer approved
 * (or when PayPal's `CHECKOUT.ORDER.APPROVED` webhook says so first). A capture is never taken
 * from the browser. Webhooks are verified as PayPal documents: its verify-webhook-signature call
 * with the transmission headers and the webhook id (injected in tests: no network here).
 */
import { ApiError as PaypalApiError, CheckoutPaymentIntent, Client, Environment, OrdersController } from '@paypal/paypal-server-sdk';
import type { Money } from '../../src/api/schemas.js';
import { WebhookSignatureError, type PaymentOutcome, type PaymentProvider, type ProviderEvent } from './provider.js';

/** The headers PayPal signs a delivery with, as its verification call takes them. */
export interface PaypalTransmission {
  authAlgo: string;
  certUrl: string;
  transmissionId: string;
  transmissionSig: string;
  transmissionTime: string;
}

/** Asks PayPal whether a delivery is its own: true only for `verification_status: SUCCESS`. */
export type PaypalSignatureCheck = (transmission: PaypalTransmission, webhookId: string, event: unknown) => Promise<boolean>;

export interface PaypalProviderOptions {
  clientId: string;
  clientSecret: string;
  /** The id of the webhook registered for this server (`PAYPAL_WEBHOOK_ID`). */
  webhookId: string;
  /** Sandbox unless `live`. */
  environment?: 'sandbox' | 'live';
  /** An SDK client of its own (tests point one at a local fake of PayPal's API). */
  client?: Client;
  /** PayPal's signature check; by default its verify-webhook-signature call. */
  verifySignature?: PaypalSignatureCheck;
}

/** Minor units as PayPal's decimal string, with the currency's own number of decimals. */
export function paypalAmount(money: Money): { currencyCode: string; value: string } {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const negative = money.amount < 0;
  const text = String(Math.abs(money.amount)).padStart(digits + 1, '0');
  const value = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return { currencyCode: money.currency, value: negative ? `-${value}` : value };
}

/** Reads a verified PayPal event into the server's words; its payment id is the PayPal order id. */
export function paypalEvent(event: { id?: unknown; event_type?: unknown; resource?: unknown }): ProviderEvent {
  const id = typeof event.id === 'string' ? event.id : '';
  const type = typeof event.event_type === 'string' ? event.event_type : '';
  const resource = (event.resource ?? {}) as { id?: unknown; supplementary_data?: { related_ids?: { order_id?: unknown } } };
  if (type === 'CHECKOUT.ORDER.APPROVED' && typeof resource.id === 'string') return { id, type: 'approved', paymentId: resource.id };
  const orderId = resource.supplementary_data?.related_ids?.order_id;
  if (typeof orderId === 'string') {
    if (type === 'PAYMENT.CAPTURE.COMPLETED') return { id, type: 'paid', paymentId: orderId };
    if (type === 'PAYMENT.CAPTURE.DECLINED' || type === 'PAYMENT.CAPTURE.DENIED') return { id, type: 'failed', paymentId: orderId };
  }
  return { id, type: 'ignored', name: type };
}

/** The transmission headers of a delivery; a missing one is not PayPal's. */
export function paypalTransmission(headers: Headers): PaypalTransmission {
  const read = (name: string) => {
    const value = headers.get(name);
    if (!value) throw new WebhookSignatureError(`No ${name} header.`);
    return value;
  };
  return {
    authAlgo: read('paypal-auth-algo'),
    certUrl: read('paypal-cert-url'),
    transmissionId: read('paypal-transmission-id'),
    transmissionSig: read('paypal-transmission-sig'),
    transmissionTime: read('paypal-transmission-time'),
  };
}

/** What a capture answered, as an outcome: COMPLETED is paid, PENDING waits for the webhook. */
export function captureOutcome(status: string | undefined): PaymentOutcome {
  if (status === 'COMPLETED') return 'paid';
  if (status === 'PENDING') return 'pending';
  return 'failed';
}

/** PayPal's verify-webhook-signature call (REST, with the client's OAuth token). */
function remoteSignatureCheck(options: PaypalProviderOptions): PaypalSignatureCheck {
  const base = options.environment === 'live' ? 'https://api-m.paypal.com' : 'https://api-m.sandbox.paypal.com';
  return async (transmission, webhookId, event) => {
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
    const tokenAnswer = await fetch(`${base}/v1/oauth2/token`, {
      method: 'POST',
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    const { access_token: token } = (await tokenAnswer.json()) as { access_token?: string };
    const answer = await fetch(`${base}/v1/notifications/verify-webhook-signature`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        auth_algo: transmission.authAlgo,
        cert_url: transmission.certUrl,
        transmission_id: transmission.transmissionId,
        transmission_sig: transmission.transmissionSig,
        transmission_time: transmission.transmissionTime,
        webhook_id: webhookId,
        webhook_event: event,
      }),
    });
    const { verification_status: status } = (await answer.json()) as { verification_status?: string };
    return answer.ok && status === 'SUCCESS';
  };
}

export function paypalProvider(options: PaypalProviderOptions): PaymentProvider {
  const client =
    options.client ??
    new Client({
      clientCredentialsAuthCredentials: { oAuthClientId: options.clientId, oAuthClientSecret: options.clientSecret },
      environment: options.environment === 'live' ? Environment.Production : Environment.Sandbox,
      timeout: 15_000,
    });
  const orders = new OrdersController(client);
  const verifySignature = options.verifySignature ?? remoteSignatureCheck(options);
  return {
    name: 'paypal',
    method: 'paypal',
    field: 'paypalOrderId',
    async createPayment({ orderId, accountId, amount, idempotencyKey }) {
      const { result } = await orders.createOrder({
        body: { intent: CheckoutPaymentIntent.Capture, purchaseUnits: [{ referenceId: orderId, customId: orderId, amount: paypalAmount(amount) }] },
        paypalRequestId: `${accountId}:${idempotencyKey}`,
        prefer: 'return=minimal',
      });
      if (!result.id) throw new Error('PayPal answered an order without an id.');
      return { id: result.id, action: { provider: 'paypal', paypalOrderId: result.id, clientId: options.clientId } };
    },
    async completePayment(paymentId, requestId) {
      let result;
      try {
        ({ result } = await orders.captureOrder({ id: paymentId, paypalRequestId: requestId, prefer: 'return=representation' }));
      } catch (error) {
        // Captured already (the webhook's capture and the browser's raced): read what it did.
        if (!(error instanceof PaypalApiError && error.statusCode === 422 && String(error.body).includes('ORDER_ALREADY_CAPTURED'))) throw error;
        ({ result } = await orders.getOrder({ id: paymentId }));
      }
      const capture = result.purchaseUnits?.[0]?.payments?.captures?.[0];
      return captureOutcome(capture?.status ?? (result.status === 'COMPLETED' ? 'COMPLETED' : undefined));
    },
    async verifyWebhook(rawBody, headers) {
      const transmission = paypalTransmission(headers);
      let event: unknown;
      try {
        event = JSON.parse(rawBody);
      } catch {
        throw new WebhookSignatureError('The PayPal event is not JSON.');
      }
      let verified: boolean;
      try {
        verified = await verifySignature(transmission, options.webhookId, event);
      } catch (error) {
        throw new WebhookSignatureError(`PayPal's signature check failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!verified) throw new WebhookSignatureError('PayPal did not verify this delivery.');
      return paypalEvent(event as Parameters<typeof paypalEvent>[0]);
    },
  };
}
