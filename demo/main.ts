/**
 * The demo page: starts the MSW mock backend in the browser, then shows each seed flow in a
 * portal frame, with a designer panel and a fault panel beside it.
 */
import { setupWorker } from 'msw/browser';
import { createMockBackend } from '../mocks/index.js';
import '../src/define.js';
import { configurePayments } from '../src/payments/payment-config.js';
import { mountDesignerPanel } from './designer-panel.js';
import { mountFaultPanel } from './fault-panel.js';
import { createPortal } from './portal.js';

const DEFAULT_LATENCY_MS = 250;
const params = new URLSearchParams(location.search);

// Offline by default: Stripe and PayPal are local stand-ins (public/stand-ins/) implementing the
// parts of their APIs Upcart calls. `?stripe-key=pk_test_...&paypal-client-id=...` uses the real
// providers' sandboxes with your keys instead (needs internet).
const keys = { stripeKey: params.get('stripe-key'), paypalClientId: params.get('paypal-client-id') };
if (!keys.stripeKey && !keys.paypalClientId) {
  configurePayments({ stripeScriptUrl: '/stand-ins/stripe.js', paypalSdkBaseUrl: '/stand-ins/paypal.js' });
}

// `?latency=0` makes the mock answer at once (the end-to-end tests use it).
const latency = Number(params.get('latency') ?? DEFAULT_LATENCY_MS);
const mock = createMockBackend({ baseUrl: '/api', latencyMs: Number.isFinite(latency) && latency >= 0 ? latency : DEFAULT_LATENCY_MS });
// For poking at in the console: upcartMock.faults.set('createQuote', { status: 500, times: 1 }).
Object.assign(globalThis, { upcartMock: mock });

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function main(): Promise<void> {
  await setupWorker(...mock.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
  const portalElement = byId('portal');
  const portal = createPortal({
    portal: portalElement,
    tabs: byId('tabs'),
    localeSelect: byId<HTMLSelectElement>('locale'),
    themeSelect: byId<HTMLSelectElement>('theme'),
    keys,
  });
  mountDesignerPanel({ container: byId('designer-body'), target: portalElement, portal });
  mountFaultPanel({ container: byId('fault-body'), mock, defaultLatencyMs: DEFAULT_LATENCY_MS, onDataReset: portal.reload });
  for (const id of params.get('open')?.split(',') ?? []) byId<HTMLDetailsElement>(`${id}-panel`)?.setAttribute('open', '');
}

void main();
