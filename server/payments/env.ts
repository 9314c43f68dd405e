/**
 * The providers from the environment: Stripe with `STRIPE_SECRET_KEY` (and its webhook signing
 * secret and publishable key), PayPal with `PAYPAL_CLIENT_ID` and `PAYPAL_CLIENT_SECRET` (and the
 * webhook id). Without any keys both are left to the local fakes (`startServer` makes them): a
 * laptop, the demo, tests. Once one provider is real, the other is real too or the server refuses
 * to start, unless `UPCART_FAKE_PAYMENTS=1` says a fake is wanted: a fake beside a real provider
 * would mark orders paid with no money taken.
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
  const missing = [payments.card ? undefined : 'card (STRIPE_SECRET_KEY)', payments.paypal ? undefined : 'PayPal (PAYPAL_CLIENT_ID)'].filter(Boolean);
  if (missing.length === 1 && env['UPCART_FAKE_PAYMENTS'] !== '1') {
    throw new Error(
      `One payment provider has keys and ${missing[0]} has none: it would run on the local fake, which marks orders paid with no money taken. Set its keys, or UPCART_FAKE_PAYMENTS=1 to want the fake.`,
    );
  }
  return payments;
}
