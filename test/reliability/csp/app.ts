/**
 * The page served with a strict Content-Security-Policy (see ../server.mjs): a portal that records
 * every `securitypolicyviolation`, runs the mock backend, sets the payment scripts' nonce, and
 * defines Upcart's elements. csp.test.ts drives it from outside, in an iframe.
 */
import { violations, type Violation } from './violations.js';
import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend } from '../../../mocks/index.js';
import '../../../src/define.js';
import { configurePayments } from '../../../src/payments/payment-config.js';

declare global {
  interface Window {
    upcartCsp?: { mock: MockBackend; violations: Violation[]; nonce: string };
  }
}

const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
// The payment providers' scripts carry the page's nonce; the stand-ins replace Stripe and PayPal.
configurePayments({
  nonce,
  stripeScriptUrl: new URLSearchParams(location.search).get('stripe') ?? '/public/stand-ins/stripe.js',
  paypalSdkBaseUrl: '/public/stand-ins/paypal.js',
});

const mock = createMockBackend({ baseUrl: '/api' });
await setupWorker(...mock.handlers).start({ quiet: true, onUnhandledRequest: 'error', serviceWorker: { url: '/mockServiceWorker.js' } });
window.upcartCsp = { mock, violations, nonce };
