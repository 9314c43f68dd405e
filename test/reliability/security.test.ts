/**
 * Security promises that need no special page: no string ever becomes markup or code in src/, and
 * during a card payment no card data or secret reaches Upcart's events, the console, the state,
 * storage or its DOM.
 *
 * What "keys" means here: secrets. The Stripe client secret of an order's PaymentIntent lets whoever
 * holds it confirm that payment, so it stays inside the store (asked for by `<pay-checkout>` only
 * when it confirms) and never appears in state, events or logs; secret API keys (`sk_`, `rk_`) and
 * card tokens (`tok_`, `pm_`, `card_`) must appear nowhere. A Stripe *publishable* key is public by
 * design (it is in every Stripe page's source): it arrives with the catalog and with the order's
 * payment step, so state and the order events may carry it; nothing logs or stores it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { MockBackend } from '../../mocks/index.js';
import { httpBackend } from '../../src/api/http-backend.js';
import type { Order } from '../../src/api/schemas.js';
import '../../src/define.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import { configurePayments } from '../../src/payments/payment-config.js';
import { startMockBackend } from '../fixtures/mock-session.js';
import { fillCard } from '../payments/stand-in-helpers.js';
import { controlledBackend, deepQuery, deepQueryAll } from './helpers.js';

interface SinkReport {
  files: number;
  sinks: string[];
  hits: { file: string; line: number; sink: string; text: string }[];
}

describe('security', function () {
  this.timeout(15_000);

  it('src/ turns no string into markup or code: no unsafeHTML, innerHTML, outerHTML =, insertAdjacentHTML, document.write, eval', async () => {
    const report = await executeServerCommand<SinkReport, { dir: string }>('upcart-find-sinks', { dir: 'src' });
    expect(report.files, 'source files scanned').to.be.greaterThan(50);
    expect(report.sinks).to.include.members(['unsafeHTML', 'innerHTML', 'outerHTML =', 'insertAdjacentHTML', 'document.write']);
    // Any use at all fails: Upcart renders through Lit's text and attribute bindings only, so there
    // is no place where a server or user string could need a sink.
    expect(report.hits.map((hit) => `${hit.file}:${hit.line} ${hit.sink}: ${hit.text}`)).to.deep.equal([]);
  });

  it('the sink scan finds a sink where there is one (the scan itself works)', async () => {
    const report = await executeServerCommand<SinkReport, { dir: string }>('upcart-find-sinks', { dir: 'test/reliability/fixtures' });
    expect([...new Set(report.hits.map((hit) => hit.sink))].sort()).to.deep.equal([
      'document.write',
      'innerHTML',
      'insertAdjacentHTML',
      'outerHTML =',
      'unsafeHTML',
    ]);
  });

  describe('a card payment', () => {
    let mock: MockBackend;
    const CARD = '4242 4242 4242 4242';
    const captured = { events: [] as string[], logs: [] as string[], states: [] as string[] };
    const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = new Map<string, (...args: unknown[]) => void>();
    const realDispatch = EventTarget.prototype.dispatchEvent;

    before(async () => {
      mock = await startMockBackend();
    });

    beforeEach(() => {
      mock.reset();
      mock.clock.set(new Date());
      mock.db.reset();
      sessionStorage.clear();
      configurePayments({ stripeScriptUrl: '/public/stand-ins/stripe.js', paypalSdkBaseUrl: '/public/stand-ins/paypal.js' });
      // Every upcart-* event, wherever it is dispatched, and everything written to the console.
      EventTarget.prototype.dispatchEvent = function (event: Event) {
        if (event.type.startsWith('upcart-')) captured.events.push(`${event.type} ${JSON.stringify((event as Event & { detail?: unknown }).detail)}`);
        return realDispatch.call(this, event);
      };
      for (const method of consoleMethods) {
        originals.set(method, console[method]);
        console[method] = (...args: unknown[]) => {
          captured.logs.push(args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' '));
          originals.get(method)!(...args);
        };
      }
    });

    afterEach(() => {
      EventTarget.prototype.dispatchEvent = realDispatch;
      for (const method of consoleMethods) console[method] = originals.get(method)!;
      for (const overlay of document.querySelectorAll('[data-upcart-stand-in]')) overlay.remove();
    });

    function safeJson(value: unknown): string {
      try {
        return JSON.stringify(value) ?? String(value);
      } catch {
        return String(value);
      }
    }

    it('never puts card data, the client secret, secret keys or tokens into events, logs, state, storage or the DOM', async () => {
      const control = controlledBackend(httpBackend({ baseUrl: '/api' }));
      // Learn the client secret the server issues, to look for it everywhere else.
      const secrets: string[] = [];
      const createOrder = control.backend.createOrder;
      control.backend.createOrder = async (...args) => {
        const order: Order = await createOrder(...args);
        if (order.payment?.provider === 'stripe') secrets.push(order.payment.clientSecret);
        return order;
      };
      const session = await fixture<CheckoutSession>(
        html`<checkout-session locale="en-US" flow="expand" product="pseries" subscription="sub-pseries" .backend=${control.backend}></checkout-session>`,
      );
      const store = session.store!;
      store.subscribe((state) => captured.states.push(JSON.stringify(state)));
      await waitUntil(() => store.getState().selection !== null && store.getState().contacts.length > 0, 'never loaded', { timeout: 3000 });
      // The picker's expand view is a chunk of its own: wait for its stepper.
      const stepper = await waitUntilValue(() => deepQuery(session, 'capacity-stepper')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="increment"]'));
      stepper.click();
      await waitUntil(() => store.getState().quote !== null, 'never priced', { timeout: 3000 });
      const pay = deepQuery(session, 'pay-checkout')!;
      await (pay as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      pay.shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="card"]')!.click();
      const mount = await waitUntilValue(() => session.querySelector<HTMLElement>(':scope > [slot]'));
      await waitUntilValue(() => mount.querySelector('iframe'));
      const payButton = () => pay.shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
      await waitUntil(() => payButton().getAttribute('aria-disabled') === 'false', 'never ready to pay', { timeout: 3000 });
      fillCard(mount, CARD, '11 / 39', '9871');
      payButton().click();
      await waitUntil(() => store.getState().order?.status === 'paid', 'never paid', { timeout: 3000 });
      await (pay as unknown as { updateComplete: Promise<unknown> }).updateComplete;

      expect(secrets, 'the server issued a client secret').to.have.length(1);
      const [secret] = secrets as [string];
      const publishableKey = store.getState().catalog!.payments!.stripePublishableKey!;
      captured.states.push(JSON.stringify(store.getState()));
      const storage = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
      const dom =
        deepQueryAll(session, '*')
          .map((el) => el.outerHTML)
          .join('\n') + session.outerHTML;

      const places = { events: captured.events.join('\n'), logs: captured.logs.join('\n'), state: captured.states.join('\n'), storage, dom };
      const forbidden: [string, RegExp][] = [
        ['card number', /4242\s?4242\s?4242\s?4242/],
        ['card expiry', /11 \/ 39/],
        ['card CVC', /\b9871\b/],
        ['client secret', new RegExp(secret.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&'))],
        ['any client secret', /_secret_/],
        ['secret or restricted key', /\b[sr]k_(?:live|test)_/],
        ['card token', /\b(?:tok|pm|card|src)_[A-Za-z0-9]{6,}/],
      ];
      const found: string[] = [];
      for (const [where, text] of Object.entries(places)) {
        for (const [what, pattern] of forbidden) if (pattern.test(text)) found.push(`${what} in ${where}`);
      }
      // The publishable key is public: in state and the order's events by design, never logged or stored.
      for (const where of ['logs', 'storage'] as const) if (places[where].includes(publishableKey)) found.push(`publishable key in ${where}`);
      expect(places.state).to.contain(publishableKey);
      expect(found).to.deep.equal([]);
      // The check saw what it had to see.
      expect(captured.events.some((event) => event.startsWith('upcart-order-placed'))).to.equal(true);
      expect(captured.events.some((event) => event.startsWith('upcart-order-complete'))).to.equal(true);
      expect(captured.states.length).to.be.greaterThan(5);
      expect(mock.db.listOrders()).to.have.length(1);
    });
  });
});

async function waitUntilValue<T>(read: () => T | null | undefined): Promise<T> {
  let value: T | null | undefined;
  await waitUntil(() => (value = read()), 'never appeared', { timeout: 3000 });
  return value!;
}
