/**
 * The demo page: starts the MSW mock backend in the browser, then shows each seed flow in a
 * portal frame, with a designer panel and a fault panel beside it. Served with
 * `UPCART_BACKEND=server`, it runs on the reference server instead (vite proxies `/api` to it
 * and hands the page a token for the demo account); the fault panel needs the mock and says so.
 */
import { setupWorker } from 'msw/browser';
import { createMockBackend } from '../mocks/index.js';
import '../src/define.js';
import '../src/elements/order-history/order-history.js';
import '../src/elements/renewal-center/renewal-center.js';
import { httpBackend } from '../src/api/http-backend.js';
import { configurePayments } from '../src/payments/payment-config.js';
import { mountDesignerPanel } from './designer-panel.js';
import { mountFaultPanel } from './fault-panel.js';
import { createPortal } from './portal.js';

/** Set by vite.config.ts: the reference server's token, or null for the mock backend. */
declare const __UPCART_DEMO_SERVER__: { token: string } | null;

const DEFAULT_LATENCY_MS = 250;
const server = typeof __UPCART_DEMO_SERVER__ === 'undefined' ? null : __UPCART_DEMO_SERVER__;
const params = new URLSearchParams(location.search);

// Offline by default: Stripe and PayPal are local stand-ins (public/stand-ins/) implementing the
// parts of their APIs Upcart calls. `?stripe-key=pk_test_...&paypal-client-id=...` uses the real
// providers' sandboxes with your keys instead (needs internet).
const keys = { stripeKey: params.get('stripe-key'), paypalClientId: params.get('paypal-client-id') };
if (!keys.stripeKey && !keys.paypalClientId) {
  // On the reference server, the stand-in also tells the server's fake Stripe how each payment
  // ended, and the fake sends the signed webhook that pays (or fails) the order.
  const fakeApi = server ? '?fake-api=/api/fake-stripe' : '';
  configurePayments({ stripeScriptUrl: `/stand-ins/stripe.js${fakeApi}`, paypalSdkBaseUrl: '/stand-ins/paypal.js' });
}

// `?latency=0` makes the mock answer at once (the end-to-end tests use it).
const latency = Number(params.get('latency') ?? DEFAULT_LATENCY_MS);
// `?resources=100000`: the Billing Center's switch, the mock generates that many cloud phones. The
// demo account's past orders are seeded, so the Orders tab has something to show.
const generatedResources = Number(params.get('resources') ?? 0);
const mockOptions: Parameters<typeof createMockBackend>[0] = {
  baseUrl: '/api',
  latencyMs: Number.isFinite(latency) && latency >= 0 ? latency : DEFAULT_LATENCY_MS,
  seedOrders: true,
  ...(generatedResources > 0 ? { generatedResources } : {}),
};
const mock = createMockBackend(mockOptions);
// For poking at in the console: upcartMock.faults.set('createQuote', { status: 500, times: 1 }).
Object.assign(globalThis, { upcartMock: mock });

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function main(): Promise<void> {
  if (!server) await setupWorker(...mock.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
  const portalElement = byId('portal');
  const portal = createPortal({
    portal: portalElement,
    tabs: byId('tabs'),
    localeSelect: byId<HTMLSelectElement>('locale'),
    themeSelect: byId<HTMLSelectElement>('theme'),
    keys,
    ...(server ? { backend: httpBackend({ baseUrl: '/api', headers: { Authorization: `Bearer ${server.token}` } }) } : {}),
  });
  mountDesignerPanel({ container: byId('designer-body'), target: portalElement, portal });
  if (server) {
    const brand = document.querySelector('.brand span');
    if (brand) brand.textContent = 'checkout demo on the reference server';
    byId('fault-body').textContent = 'This demo runs on the reference server (UPCART_BACKEND=server): fault switches belong to the mock backend.';
  } else {
    mountFaultPanel({ container: byId('fault-body'), mock, defaultLatencyMs: DEFAULT_LATENCY_MS, onDataReset: portal.reload });
  }
  for (const id of params.get('open')?.split(',') ?? []) byId<HTMLDetailsElement>(`${id}-panel`)?.setAttribute('open', '');
}

void main();
