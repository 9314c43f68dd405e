/**
 * The demo page: starts the MSW mock backend in the browser, then shows each seed flow in a
 * portal frame with a `<checkout-session>` in its default layout.
 */
import { setupWorker } from 'msw/browser';
import { createMockBackend } from '../mocks/index.js';
import '../src/define.js';
import { configurePayments } from '../src/payments/payment-config.js';
import { demoFlows, type DemoFlow } from './flows.js';

const params = new URLSearchParams(location.search);

// Offline by default: Stripe and PayPal are local stand-ins (public/stand-ins/) implementing the
// parts of their APIs Upcart calls. `?stripe-key=pk_test_...&paypal-client-id=...` uses the real
// providers' sandboxes with your keys instead (needs internet).
const realKeys = { stripeKey: params.get('stripe-key'), paypalClientId: params.get('paypal-client-id') };
if (!realKeys.stripeKey && !realKeys.paypalClientId) {
  configurePayments({ stripeScriptUrl: '/stand-ins/stripe.js', paypalSdkBaseUrl: '/stand-ins/paypal.js' });
}

const mock = createMockBackend({ baseUrl: '/api', latencyMs: 250 });
// For poking at in the console: upcartMock.faults.set('createQuote', { status: 500, times: 1 }).
Object.assign(globalThis, { upcartMock: mock });

const portal = document.getElementById('portal')!;
const tabs = document.getElementById('tabs')!;
const localeSelect = document.getElementById('locale') as HTMLSelectElement;
const themeSelect = document.getElementById('theme') as HTMLSelectElement;

localeSelect.value = params.get('locale') ?? 'en-US';
themeSelect.value = params.get('theme') ?? '';

function show(flow: DemoFlow): void {
  for (const tab of tabs.querySelectorAll('button')) tab.setAttribute('aria-selected', String(tab.dataset.flow === flow.id));
  const frame = document.createElement('section');
  frame.className = 'portal-frame';
  frame.setAttribute('aria-labelledby', 'flow-title');
  const title = frame.appendChild(document.createElement('h1'));
  title.id = 'flow-title';
  title.textContent = flow.title;
  const source = frame.appendChild(document.createElement('p'));
  source.className = 'source';
  source.textContent = flow.source;
  const session = frame.appendChild(document.createElement('checkout-session'));
  for (const [name, value] of Object.entries(flow.attributes)) session.setAttribute(name, value);
  session.setAttribute('locale', localeSelect.value);
  if (themeSelect.value) session.setAttribute('theme', themeSelect.value);
  if (realKeys.stripeKey) session.setAttribute('stripe-key', realKeys.stripeKey);
  if (realKeys.paypalClientId) session.setAttribute('paypal-client-id', realKeys.paypalClientId);
  portal.replaceChildren(frame);
  const url = new URL(location.href);
  url.searchParams.set('flow', flow.id);
  history.replaceState(null, '', url);
}

function current(): DemoFlow {
  return demoFlows.find((flow) => flow.id === new URLSearchParams(location.search).get('flow')) ?? demoFlows[0]!;
}

async function main(): Promise<void> {
  await setupWorker(...mock.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
  portal.removeAttribute('aria-busy');
  for (const flow of demoFlows) {
    const tab = tabs.appendChild(document.createElement('button'));
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.dataset.flow = flow.id;
    tab.textContent = flow.tab;
    tab.addEventListener('click', () => show(flow));
  }
  localeSelect.addEventListener('change', () => show(current()));
  themeSelect.addEventListener('change', () => {
    document.documentElement.dataset.theme = themeSelect.value;
    show(current());
  });
  document.documentElement.dataset.theme = themeSelect.value;
  show(current());
}

void main();
