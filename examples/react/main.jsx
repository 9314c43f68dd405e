// Example only: the mock backend answers /api in the browser and the payment stand-ins replace
// Stripe and PayPal, so this example runs offline. Your app leaves these lines out.
import { setupWorker } from 'msw/browser';
import { createMockBackend } from 'upcart/mocks';
import { configurePayments } from 'upcart';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

const mock = createMockBackend({ baseUrl: '/api', latencyMs: 150 });
await setupWorker(...mock.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
configurePayments({ stripeScriptUrl: '/stand-ins/stripe.js', paypalSdkBaseUrl: '/stand-ins/paypal.js' });

createRoot(document.getElementById('root')).render(<App />);
