/**
 * The server's side of a payment provider: one interface for Stripe (card), PayPal and the local
 * fakes that stand in for both without keys. The browser only ever pays with what the server made
 * here (a PaymentIntent's client secret, a PayPal order id), and an order becomes paid only on
 * what the provider itself says: a verified webhook, or a capture the server made.
 */
import type { PaymentIdField } from '../../core/repository.js';
import type { Money, PaymentAction, PaymentMethod } from '../../src/api/schemas.js';

/** What a provider's payment is made for: one order, its total, and the key a retry repeats. */
export interface NewPayment {
  orderId: string;
  accountId: string;
  amount: Money;
  /** The order's Idempotency-Key: the provider makes one payment however often it is asked. */
  idempotencyKey: string;
}

export interface CreatedPayment {
  /** The provider's id (a PaymentIntent id, a PayPal order id). */
  id: string;
  /** What the browser needs to pay it. */
  action: PaymentAction;
}

/** What the provider says after the browser's step: paid now, not yet (a webhook will say), or not. */
export type PaymentOutcome = 'paid' | 'pending' | 'failed';

/** A webhook delivery whose signature checked out, in the server's words. */
export type ProviderEvent =
  /** `paid`: the money is taken; `failed`: this attempt failed; `approved`: the buyer approved, capture now (PayPal). */
  { id: string; type: 'paid' | 'failed' | 'approved'; paymentId: string } | { id: string; type: 'ignored'; name: string };

/** A webhook that is not the provider's (bad or missing signature, wrong secret, too old): 400, nothing changes. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
}

export interface PaymentProvider {
  /** The name in the webhook route (`/webhooks/{name}`) and in the handled-events table. */
  readonly name: 'stripe' | 'paypal';
  readonly method: Exclude<PaymentMethod, 'offline'>;
  /** Where an order keeps this provider's id. */
  readonly field: PaymentIdField;
  /** Creates the payment for an order (once per idempotency key). */
  createPayment(input: NewPayment): Promise<CreatedPayment>;
  /**
   * The browser says its step is done. Never taken as payment by itself: Stripe answers `pending`
   * (its webhook decides); PayPal captures the order on the server and answers what the capture did.
   */
  completePayment(paymentId: string, requestId: string): Promise<PaymentOutcome>;
  /** Verifies a webhook delivery from its raw body and headers; throws `WebhookSignatureError`. */
  verifyWebhook(rawBody: string, headers: Headers): Promise<ProviderEvent>;
}

/** The providers a server pays with, by payment method. */
export interface PaymentProviders {
  card: PaymentProvider;
  paypal: PaymentProvider;
}
