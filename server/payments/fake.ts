/**
 * Local fakes of Stripe and PayPal for a server without keys (these machines, the demo, vendors'
 * tests): the same `PaymentProvider` interface, deterministic ids, and webhooks signed and
 * verified as the real ones would be (Stripe's with `stripe.webhooks.generateTestHeaderString` and
 * `constructEvent`; PayPal's with an HMAC over PayPal's transmission string, standing in for its
 * verification call). The browser pays through the stand-in scripts in `public/stand-ins/`, whose
 * ids these fakes issue. A test (or the admin route `POST {base}/admin/fake-payments/{provider}/events`)
 * makes the fake send any webhook at any time, so every path runs end to end against the server:
 * success, decline, 3-D Secure, cancel, a late webhook, one delivered twice, one before the
 * browser returns. With `autoWebhookMs` (the demo, `npm run server`), the fake also sends the
 * success webhook by itself that long after the browser's step, as Stripe would.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import Stripe from 'stripe';
import type { Money } from '../../src/api/schemas.js';
import { captureOutcome, paypalEvent, paypalTransmission } from './paypal.js';
import { WebhookSignatureError, type CreatedPayment, type NewPayment, type PaymentOutcome, type PaymentProvider, type ProviderEvent } from './provider.js';
import { verifyStripeWebhook } from './stripe.js';

/** The webhooks a fake sends: Stripe's two, PayPal's approval, capture completed and declined. */
export type FakeEventType = 'succeeded' | 'failed' | 'approved' | 'completed' | 'declined';

/** A signed delivery, ready to post to the webhook route. */
export interface SignedDelivery {
  eventId: string;
  rawBody: string;
  headers: Record<string, string>;
}

/** Posts a delivery to the server's webhook route of `provider` and answers the HTTP status. */
export type Deliver = (provider: 'stripe' | 'paypal', delivery: SignedDelivery) => Promise<number>;

export interface FakeProviderOptions {
  /** Signs and verifies this fake's webhooks (a `whsec_…`-like secret for Stripe). */
  webhookSecret: string;
  /** The publishable key or client id the browser gets. */
  clientKey?: string;
  /** Send the success webhook by itself this long after the browser's step; null: only when told. */
  autoWebhookMs?: number | null;
}

interface FakePayment {
  orderId: string;
  amount: Money;
  status: 'open' | 'approved' | 'succeeded' | 'failed';
}

const PAYPAL_WEBHOOK_ID = 'WH-FAKE-UPCART';

export class FakeProvider implements PaymentProvider {
  readonly name: 'stripe' | 'paypal';
  readonly method: 'card' | 'paypal';
  readonly field: 'paymentIntentId' | 'paypalOrderId';
  /** What the fake made, by its id. */
  readonly payments = new Map<string, FakePayment>();
  /** What the next PayPal capture answers (tests set it: a declined or pending capture). */
  nextCapture: 'COMPLETED' | 'PENDING' | 'DECLINED' = 'COMPLETED';
  /** Where deliveries go; the server sets it to its own webhook route. */
  deliver: Deliver | null = null;
  /** Deliveries the fake made, with the status the route answered. */
  readonly delivered: { eventId: string; type: FakeEventType; paymentId: string; status: number }[] = [];

  readonly #options: FakeProviderOptions;
  readonly #stripe = new Stripe('sk_test_fake_never_sent', { maxNetworkRetries: 0 });
  #events = 0;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(method: 'card' | 'paypal', options: FakeProviderOptions) {
    this.method = method;
    this.name = method === 'card' ? 'stripe' : 'paypal';
    this.field = method === 'card' ? 'paymentIntentId' : 'paypalOrderId';
    this.#options = options;
  }

  createPayment({ orderId, amount }: NewPayment): Promise<CreatedPayment> {
    const plain = orderId.replace(/\W/g, '');
    const id = this.method === 'card' ? `pi_fake_${plain}` : `FAKE-PAYPAL-${plain.toUpperCase()}`;
    if (!this.payments.has(id)) this.payments.set(id, { orderId, amount, status: 'open' });
    const action: CreatedPayment['action'] =
      this.method === 'card'
        ? { provider: 'stripe', clientSecret: `${id}_secret_fake`, publishableKey: this.#options.clientKey ?? 'pk_test_upcart_fake' }
        : { provider: 'paypal', paypalOrderId: id, clientId: this.#options.clientKey ?? 'upcart-fake-paypal' };
    return Promise.resolve({ id, action });
  }

  completePayment(paymentId: string): Promise<PaymentOutcome> {
    const payment = this.payments.get(paymentId);
    if (!payment) return Promise.resolve('failed');
    if (this.method === 'card') {
      if (this.#options.autoWebhookMs != null && payment.status !== 'succeeded') this.later(this.#options.autoWebhookMs, 'succeeded', paymentId);
      return Promise.resolve('pending');
    }
    // A PayPal capture: the server's own call, answered as the test set it.
    if (payment.status === 'succeeded') return Promise.resolve('paid');
    const outcome = captureOutcome(this.nextCapture);
    if (outcome === 'paid') payment.status = 'succeeded';
    if (outcome === 'failed') payment.status = 'failed';
    if (outcome === 'pending' && this.#options.autoWebhookMs != null) this.later(this.#options.autoWebhookMs, 'completed', paymentId);
    return Promise.resolve(outcome);
  }

  /** A webhook of `type` for a payment, signed (with a fresh event id unless one is given, for a redelivery). */
  signed(type: FakeEventType, paymentId: string, eventId?: string): SignedDelivery {
    this.#events += 1;
    const payment = this.payments.get(paymentId);
    if (this.name === 'stripe') {
      const id = eventId ?? `evt_fake_${this.#events}_${paymentId}`;
      const intent = {
        id: paymentId,
        object: 'payment_intent',
        amount: payment?.amount.amount ?? 0,
        currency: payment?.amount.currency.toLowerCase() ?? 'usd',
      };
      const eventType = type === 'succeeded' ? 'payment_intent.succeeded' : type === 'failed' ? 'payment_intent.payment_failed' : `payment_intent.${type}`;
      const rawBody = JSON.stringify({ id, object: 'event', type: eventType, data: { object: { ...intent, status: type } } });
      const header = this.#stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret: this.#options.webhookSecret });
      return { eventId: id, rawBody, headers: { 'Content-Type': 'application/json', 'Stripe-Signature': header } };
    }
    const id = eventId ?? `WH-FAKE-${this.#events}-${paymentId}`;
    const eventType =
      type === 'approved' ? 'CHECKOUT.ORDER.APPROVED' : type === 'completed' || type === 'succeeded' ? 'PAYMENT.CAPTURE.COMPLETED' : 'PAYMENT.CAPTURE.DECLINED';
    const resource =
      type === 'approved'
        ? { id: paymentId, status: 'APPROVED' }
        : { id: `CAPTURE-${paymentId}`, supplementary_data: { related_ids: { order_id: paymentId } } };
    const rawBody = JSON.stringify({ id, event_type: eventType, resource });
    const transmissionId = `tx-${id}`;
    const transmissionTime = new Date().toISOString();
    return {
      eventId: id,
      rawBody,
      headers: {
        'Content-Type': 'application/json',
        'paypal-auth-algo': 'HMAC-SHA256 (fake)',
        'paypal-cert-url': 'https://fake.paypal.invalid/cert.pem',
        'paypal-transmission-id': transmissionId,
        'paypal-transmission-time': transmissionTime,
        'paypal-transmission-sig': this.#paypalSignature(transmissionId, transmissionTime, rawBody),
      },
    };
  }

  /** Signs a webhook and posts it to the server now; answers the route's status. */
  async emit(type: FakeEventType, paymentId: string, eventId?: string): Promise<{ status: number; delivery: SignedDelivery }> {
    if (!this.deliver) throw new Error('This fake provider is not attached to a server.');
    const delivery = this.signed(type, paymentId, eventId);
    const status = await this.deliver(this.name, delivery);
    this.delivered.push({ eventId: delivery.eventId, type, paymentId, status });
    const payment = this.payments.get(paymentId);
    if (payment && status === 200 && (type === 'succeeded' || type === 'completed')) payment.status = 'succeeded';
    return { status, delivery };
  }

  verifyWebhook(rawBody: string, headers: Headers): Promise<ProviderEvent> {
    try {
      if (this.name === 'stripe') return Promise.resolve(verifyStripeWebhook(this.#stripe, rawBody, headers, this.#options.webhookSecret));
      const transmission = paypalTransmission(headers);
      const expected = Buffer.from(this.#paypalSignature(transmission.transmissionId, transmission.transmissionTime, rawBody));
      const given = Buffer.from(transmission.transmissionSig);
      if (expected.length !== given.length || !timingSafeEqual(expected, given))
        throw new WebhookSignatureError('The PayPal transmission signature does not match.');
      return Promise.resolve(paypalEvent(JSON.parse(rawBody) as Parameters<typeof paypalEvent>[0]));
    } catch (error) {
      return Promise.reject(error instanceof WebhookSignatureError ? error : new WebhookSignatureError(String(error)));
    }
  }

  /** Stops the webhooks it was to send by itself. */
  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  private later(ms: number, type: FakeEventType, paymentId: string): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.emit(type, paymentId).catch((error: unknown) => console.warn(`[upcart fake ${this.name}] webhook not delivered`, error));
    }, ms);
    this.#timers.add(timer);
  }

  /** PayPal signs `transmissionId|time|webhookId|crc32(body)`; the fake signs the same string with an HMAC. */
  #paypalSignature(transmissionId: string, transmissionTime: string, rawBody: string): string {
    const message = `${transmissionId}|${transmissionTime}|${PAYPAL_WEBHOOK_ID}|${crc32(rawBody)}`;
    return createHmac('sha256', this.#options.webhookSecret).update(message).digest('base64');
  }
}

/** The fakes of both providers, for a server without keys. */
export function fakeProviders(options: { autoWebhookMs?: number | null } = {}): { card: FakeProvider; paypal: FakeProvider } {
  return {
    card: new FakeProvider('card', { webhookSecret: 'whsec_upcart_fake_stripe', ...options }),
    paypal: new FakeProvider('paypal', { webhookSecret: 'upcart-fake-paypal-webhook-secret', ...options }),
  };
}

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text)) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
