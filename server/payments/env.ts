/**
 * The providers from the environment: Stripe with `STRIPE_SECRET_KEY` (and its webhook signing
 * secret and publishable key), PayPal with `PAYPAL_CLIENT_ID` and `PAYPAL_CLIENT_SECRET` (and the
 * webhook id). A provider without its keys is left to the local fake (`startServer` makes it).
 */
import { paypalProvider } from './paypal.js';
import type { PaymentProviders } from './provider.js';
import { stripeProvider } from './stripe.js';

function required(env: NodeJS.ProcessEnv, name: string, because: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set ${because}.`);
  return value;
}

export function paymentsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<PaymentProviders> {
  const payments: Partial<PaymentProviders> = {};
  const stripeKey = env['STRIPE_SECRET_KEY'];
  if (stripeKey) {
    payments.card = stripeProvider({
      secretKey: stripeKey,
      webhookSecret: required(env, 'STRIPE_WEBHOOK_SECRET', 'with STRIPE_SECRET_KEY (the webhook endpoint signing secret, whsec_…)'),
      publishableKey: required(env, 'STRIPE_PUBLISHABLE_KEY', 'with STRIPE_SECRET_KEY (pk_…, given to the browser)'),
    });
  }
  const paypalId = env['PAYPAL_CLIENT_ID'];
  if (paypalId) {
    payments.paypal = paypalProvider({
      clientId: paypalId,
      clientSecret: required(env, 'PAYPAL_CLIENT_SECRET', 'with PAYPAL_CLIENT_ID'),
      webhookId: required(env, 'PAYPAL_WEBHOOK_ID', 'with PAYPAL_CLIENT_ID (the id of the webhook registered for this server)'),
      environment: env['PAYPAL_ENVIRONMENT'] === 'live' ? 'live' : 'sandbox',
    });
  }
  return payments;
}
