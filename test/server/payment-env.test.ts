/**
 * Which payment providers a server starts with: both fakes without keys (a laptop, the demo), both
 * real with keys, and never one real beside a fake unless asked for, since the fake marks orders
 * paid with no money taken.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paymentsFromEnv } from '../../server/payments/env.js';

const stripe = { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x', STRIPE_PUBLISHABLE_KEY: 'pk_test_x' };
const paypal = { PAYPAL_CLIENT_ID: 'id', PAYPAL_CLIENT_SECRET: 'secret', PAYPAL_WEBHOOK_ID: 'wh' };

describe('payment providers from the environment', () => {
  it('leaves both to the fakes without keys, and makes both real with both keys', () => {
    assert.deepEqual(Object.keys(paymentsFromEnv({})), []);
    assert.deepEqual(Object.keys(paymentsFromEnv({ ...stripe, ...paypal })).sort(), ['card', 'paypal']);
  });

  it('refuses one real provider beside a fake, unless UPCART_FAKE_PAYMENTS=1 asks for it', () => {
    assert.throws(() => paymentsFromEnv(stripe), /PayPal \(PAYPAL_CLIENT_ID\) has none/);
    assert.throws(() => paymentsFromEnv(paypal), /card \(STRIPE_SECRET_KEY\) has none/);
    assert.deepEqual(Object.keys(paymentsFromEnv({ ...stripe, UPCART_FAKE_PAYMENTS: '1' })), ['card']);
  });
});
