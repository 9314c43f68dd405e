/**
 * Card payments through Stripe, with its official `stripe` package. A PaymentIntent is created for
 * the order's total with the order's Idempotency-Key (scoped by account, as keys are unique per
 * account while Stripe's are per Stripe account), so a retried order makes one PaymentIntent. The
 * order is paid only by a `payment_intent.succeeded` webhook verified with the endpoint's signing
 * secret (`stripe.webhooks.constructEvent`); `payment_intent.payment_failed` marks it failed.
 */
import Stripe from 'stripe';
import { WebhookSignatureError, type PaymentProvider, type ProviderEvent } from './provider.js';

export interface StripeProviderOptions {
  /** `sk_live_…` / `sk_test_…` (`STRIPE_SECRET_KEY`). */
  secretKey: string;
  /** The webhook endpoint's signing secret, `whsec_…` (`STRIPE_WEBHOOK_SECRET`). */
  webhookSecret: string;
  /** Given to the browser with each client secret (`STRIPE_PUBLISHABLE_KEY`). */
  publishableKey: string;
  /** A client of its own (tests point one at a local fake of Stripe's API). */
  client?: Stripe;
}

/** Reads a verified Stripe event into the server's words. */
export function stripeEvent(event: { id: string; type: string; data: { object: unknown } }): ProviderEvent {
  const intent = event.data.object as { id?: unknown; object?: unknown };
  const paymentId = typeof intent.id === 'string' && intent.object === 'payment_intent' ? intent.id : undefined;
  if (paymentId && event.type === 'payment_intent.succeeded') return { id: event.id, type: 'paid', paymentId };
  if (paymentId && event.type === 'payment_intent.payment_failed') return { id: event.id, type: 'failed', paymentId };
  return { id: event.id, type: 'ignored', name: event.type };
}

/** Verifies a delivery with Stripe's own check (signature, and a timestamp within 5 minutes). */
export function verifyStripeWebhook(stripe: Stripe, rawBody: string, headers: Headers, secret: string): ProviderEvent {
  const signature = headers.get('stripe-signature');
  if (!signature) throw new WebhookSignatureError('No Stripe-Signature header.');
  try {
    return stripeEvent(stripe.webhooks.constructEvent(rawBody, signature, secret));
  } catch (error) {
    throw new WebhookSignatureError(error instanceof Error ? error.message : 'The Stripe signature does not match.');
  }
}

export function stripeProvider(options: StripeProviderOptions): PaymentProvider {
  const stripe = options.client ?? new Stripe(options.secretKey, { maxNetworkRetries: 2 });
  return {
    name: 'stripe',
    method: 'card',
    field: 'paymentIntentId',
    async createPayment({ orderId, accountId, amount, idempotencyKey }) {
      const intent = await stripe.paymentIntents.create(
        {
          amount: amount.amount,
          currency: amount.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          metadata: { orderId, accountId },
        },
        { idempotencyKey: `${accountId}:${idempotencyKey}` },
      );
      if (!intent.client_secret) throw new Error(`Stripe answered PaymentIntent ${intent.id} without a client secret.`);
      return { id: intent.id, action: { provider: 'stripe', clientSecret: intent.client_secret, publishableKey: options.publishableKey } };
    },
    // The webhook decides; what the browser says is never payment.
    completePayment: () => Promise.resolve('pending'),
    verifyWebhook: (rawBody, headers) => Promise.resolve(verifyStripeWebhook(stripe, rawBody, headers, options.webhookSecret)),
  };
}
