/**
 * The demo page: starts the MSW mock backend in the browser, then loads every seed flow
 * through `httpBackend` and the store, and shows what it loaded.
 */
import { setupWorker } from 'msw/browser';
import { html, render, nothing } from 'lit';
import { createMockBackend } from '../mocks/index.js';
import { httpBackend } from '../src/api/http-backend.js';
import { CheckoutStore, type CheckoutState } from '../src/store/index.js';
import { formatDate, formatMoney, formatPercent } from '../src/i18n/format.js';
import { demoFlows, type DemoFlow } from './flows.js';

const locale = navigator.language || 'en';
const mock = createMockBackend({ baseUrl: '/api', latencyMs: 150 });
// Exposed for the fault panel to come and for poking at in the console.
Object.assign(globalThis, { upcartMock: mock });

function view(flow: DemoFlow, state: CheckoutState) {
  const { catalog, subscriptions, customer, status } = state;
  const failed = Object.entries(status).filter(([, s]) => s.state === 'error');
  return html`<section aria-labelledby=${`h-${flow.config.productId}`}>
    <h2 id=${`h-${flow.config.productId}`}>${flow.title}</h2>
    <div class="muted">${flow.source} · flow <code>${flow.config.flow}</code></div>
    ${failed.map(([step, s]) => html`<p class="error" role="alert">${step}: ${s.error?.message}</p>`)}
    ${status.catalog.state === 'loading' || status.subscriptions.state === 'loading' || status.lookup.state === 'loading'
      ? html`<p class="muted">Loading…</p>`
      : nothing}
    ${customer ? html`<p>Customer <strong>${customer.name}</strong> (company ID ${customer.companyId}, ${customer.country})</p>` : nothing}
    ${catalog
      ? html`<p><strong>${catalog.productName}</strong> · prices in ${catalog.currency} · pay by ${catalog.paymentMethods.join(', ')}</p>
          ${catalog.plans.length
            ? html`<table>
                <caption class="muted">Packages</caption>
                <tr><th>Package</th><th>Tier</th><th>Price per ${catalog.plans[0]!.unit} / month</th><th>Features</th></tr>
                ${catalog.plans.map((p) => html`<tr><td>${p.name}</td><td>${p.tier}</td><td>${formatMoney(p.unitPrice, locale)}</td><td>${p.features.join(', ')}</td></tr>`)}
              </table>`
            : nothing}
          ${catalog.services.length
            ? html`<table>
                <caption class="muted">Services</caption>
                <tr><th>Service</th><th>Unit price / month</th><th>Min–max (step)</th><th>Included</th></tr>
                ${catalog.services.map((s) => html`<tr><td>${s.name}</td><td>${formatMoney(s.unitPrice, locale)} / ${s.unit}</td><td>${s.min}–${s.max} (${s.step})</td><td>${s.included}</td></tr>`)}
              </table>`
            : nothing}
          <p class="muted">
            Cycles: ${catalog.cycles.map((c) => `${c.months} mo${c.discountPercent ? ` (save ${formatPercent(c.discountPercent, locale)})` : ''}`).join(' · ')}
            ${catalog.slaLevels.length ? html`<br />SLA: ${catalog.slaLevels.map((l) => `${l.name} ${formatMoney(l.monthlyPrice, locale)}/mo`).join(' · ')}` : nothing}
            ${catalog.renewalDurations.length ? html`<br />Renewal durations: ${catalog.renewalDurations.map((d) => `${d.months} mo`).join(' · ')}` : nothing}
            ${catalog.standardRenewalDay ? html`<br />Standard renewal day: ${catalog.standardRenewalDay}` : nothing}
          </p>`
      : nothing}
    ${subscriptions.length
      ? html`<table>
          <caption class="muted">Subscriptions (${subscriptions.length})</caption>
          <tr><th>Name</th><th>Status</th><th>Quantity / services</th><th>Term end</th><th>Next payment</th><th>Registered</th><th>Auto-renew</th></tr>
          ${subscriptions.map(
            (s) => html`<tr>
              <td>${s.name}</td><td>${s.status}</td>
              <td>${s.quantity}${s.services.length ? ` · ${s.services.map((q) => `${q.serviceId} ${q.quantity}`).join(', ')}` : ''}</td>
              <td>${formatDate(s.termEnd, locale)}</td><td>${s.nextPaymentAt ? formatDate(s.nextPaymentAt, locale) : '—'}</td>
              <td>${formatDate(s.registeredAt, locale)}</td><td>${s.autoRenew ? 'on' : 'off'}</td>
            </tr>`,
          )}
        </table>`
      : nothing}
  </section>`;
}

async function main() {
  await setupWorker(...mock.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
  const container = document.getElementById('flows')!;
  container.textContent = '';
  container.removeAttribute('aria-busy');
  const backend = httpBackend({ baseUrl: '/api' });
  for (const flow of demoFlows) {
    const host = container.appendChild(document.createElement('div'));
    const store = new CheckoutStore({ backend });
    store.subscribe((state) => render(view(flow, state), host));
    store.configure({ ...flow.config, locale });
    render(view(flow, store.getState()), host);
    void store.load();
  }
}

void main();
