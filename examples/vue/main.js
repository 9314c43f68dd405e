// Upcart in Vue 3. Vue renders the tags as custom elements once `isCustomElement` says so, binds
// attributes (or properties, where the element has one) and listens to the `upcart-*` events
// with `@upcart-order-complete`.
import { createApp } from 'vue';
import 'upcart/define';
// Example only: the mock backend answers /api in the browser and the payment stand-ins replace
// Stripe and PayPal, so this example runs offline. Your app leaves these lines out.
import { setupWorker } from 'msw/browser';
import { createMockBackend } from 'upcart/mocks';
import { configurePayments } from 'upcart';

const mock = createMockBackend({ baseUrl: '/api', latencyMs: 150 });
await setupWorker(...mock.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
configurePayments({ stripeScriptUrl: '/stand-ins/stripe.js', paypalSdkBaseUrl: '/stand-ins/paypal.js' });

const UPCART_TAGS = new Set(['checkout-session', 'plan-picker', 'capacity-stepper', 'order-summary', 'billing-contact', 'pay-checkout']);

const flows = {
  expand: { label: 'Add extensions', attributes: { flow: 'expand', product: 'pseries', subscription: 'sub-pseries' } },
  upgrade: { label: 'Upgrade your plan', attributes: { flow: 'upgrade', product: 'contact-center', subscription: 'sub-cc' } },
  renew: { label: 'Renew phones', attributes: { flow: 'renew', product: 'koophone' } },
};

const app = createApp({
  data: () => ({ flows, flow: 'expand', orders: [], error: '' }),
  methods: {
    completed(event) {
      this.orders.unshift(event.detail.order);
    },
  },
  template: `
    <header class="portal-header">Acme Telecom · Customer portal (Vue)</header>
    <main class="portal-main">
      <nav class="flow-switch" aria-label="Checkout">
        <button v-for="(entry, id) in flows" :key="id" type="button" :aria-pressed="flow === id" @click="flow = id">{{ entry.label }}</button>
      </nav>
      <p v-for="order in orders" :key="order.id" class="order-log" role="status">
        Order {{ order.id }} is {{ order.status.replaceAll('_', ' ') }}.
      </p>
      <p v-if="error" class="error-log">{{ error }}</p>
      <checkout-session
        :key="flow"
        v-bind="flows[flow].attributes"
        locale="en-US"
        @upcart-order-complete="completed"
        @upcart-error="error = $event.detail.message"
      ></checkout-session>
    </main>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => UPCART_TAGS.has(tag);
app.mount('#app');
