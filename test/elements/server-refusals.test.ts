/**
 * The server's refusals in the buyer's language: a refused request is told in the client's words
 * for its code (`errors.<code>`), never in the server's English message; only a code the client
 * does not know (a portal backend's own) shows the server's message, isolated and framed as such.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import { CheckoutError } from '../../src/api/errors.js';
import { httpBackend } from '../../src/api/http-backend.js';
import '../../src/elements/order-summary/order-summary.js';
import type { OrderSummary } from '../../src/elements/order-summary/order-summary.component.js';
import { loadLocale } from '../../src/i18n/messages.js';
import { CheckoutStore, type CheckoutConfigInput } from '../../src/store/index.js';
import { createLoadedStore, flows, quoteSettled, startMockBackend } from '../fixtures/mock-session.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const DAY_MS = 86_400_000;

describe('server refusals in the buyer’s language', () => {
  let mock: MockBackend;
  const stores: CheckoutStore[] = [];

  before(async () => {
    mock = await startMockBackend();
    await loadLocale('de-DE');
  });
  beforeEach(() => mock.reset());
  afterEach(() => {
    for (const store of stores.splice(0)) store.destroy();
  });

  async function german(config: CheckoutConfigInput): Promise<CheckoutStore> {
    const store = await createLoadedStore(mock, { ...config, locale: 'de-DE' });
    stores.push(store);
    return store;
  }

  /** The summary's alert once the store's quote has settled as refused. */
  async function refusedQuote(store: CheckoutStore): Promise<{ el: OrderSummary; alert: string; serverMessage: string; serverCode: string | undefined }> {
    const el = await fixture<OrderSummary>(html`<order-summary style="width: 640px" .store=${store}></order-summary>`);
    await quoteSettled(store);
    await el.updateComplete;
    const error = store.getState().status.quote.error;
    expect(error, 'the quote was refused').to.not.equal(undefined);
    return { el, alert: text(el.shadowRoot!.querySelector('[role="alert"][part="error"] p')), serverMessage: error!.message, serverCode: error!.serverCode };
  }

  it('credit_exceeds_price in the upgrade flow', async () => {
    const store = await german(flows.upgrade);
    // Contact Center 3 for 80 accounts: three months cost less than the credit for the unused term.
    expect(store.selectPlan('cc-3').ok && store.setPlanQuantity(80).ok && store.setCycle('m3').ok).to.equal(true);
    const { el, alert, serverMessage, serverCode } = await refusedQuote(store);
    expect(serverCode).to.equal('credit_exceeds_price');
    expect(alert).to.equal(
      'Die Gutschrift für die ungenutzte Laufzeit ist höher als der Preis des neuen Pakets. Wählen Sie einen längeren Zeitraum oder eine größere Anzahl.',
    );
    expect(el.shadowRoot!.textContent).not.to.contain(serverMessage);
  });

  it('term_ended in the expand flow', async () => {
    const store = await german(flows.expand);
    const subscription = store.getState().subscriptions[0]!;
    // The term ends while the page is open: the server refuses what the page still offers.
    mock.clock.advance(Date.parse(`${subscription.termEnd}T12:00:00Z`) - mock.clock.now().getTime() + DAY_MS);
    store.setQuantity('extensions', 60);
    const { el, alert, serverMessage, serverCode } = await refusedQuote(store);
    expect(serverCode).to.equal('term_ended');
    expect(alert).to.equal('Die aktuelle Laufzeit ist abgelaufen. Verlängern Sie zuerst das Abonnement.');
    expect(el.shadowRoot!.textContent).not.to.contain(serverMessage);
  });

  it('invalid_request with field messages: the client’s words on top', async () => {
    mock.faults.set('createQuote', { status: 422, message: 'This selection cannot be priced.', fields: { items: 'Not allowed' }, times: 1 });
    const store = await german(flows.expand);
    store.setQuantity('extensions', 60);
    const { el, alert, serverCode } = await refusedQuote(store);
    expect(serverCode).to.equal('invalid_request');
    expect(alert).to.equal('Einige Eingaben wurden nicht angenommen. Bitte prüfen Sie sie.');
    expect(el.shadowRoot!.textContent).not.to.contain('cannot be priced');
  });

  it('a code of the server’s own: its message, isolated and framed as the server’s words', async () => {
    const backend = httpBackend({ baseUrl: '/api' });
    const store = new CheckoutStore({
      backend: {
        ...backend,
        createQuote: () => Promise.reject(new CheckoutError('http', 'Seats are capped at 500 in your region.', { status: 409, serverCode: 'region_cap' })),
      },
      quoteDebounceMs: 10,
      now: () => mock.clock.now().getTime(),
    });
    stores.push(store);
    store.configure({ ...flows.expand, locale: 'de-DE' });
    await Promise.all([store.load(), store.loadContacts()]);
    store.setQuantity('extensions', 60);
    const { alert } = await refusedQuote(store);
    expect(alert).to.equal('Der Checkout-Dienst meldet: \u2068Seats are capped at 500 in your region.\u2069');
  });
});
