import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { httpBackend, parseRetryAfter } from '../../src/api/http-backend.js';
import { CheckoutError } from '../../src/api/errors.js';
import type { CheckoutBackend, RenewalBackend } from '../../src/api/backend.js';
import { renewalBackend } from '../../src/api/renewal-http.js';
import type { EndpointName } from '../../src/api/endpoints.js';
import { createMockBackend } from '../../mocks/index.js';
import type { QuoteRequest } from '../../src/api/schemas.js';
import * as sample from '../fixtures/contract-samples.js';

const mock = createMockBackend({ baseUrl: '/api', now: () => new Date('2026-11-23T10:00:00Z') });
const worker = setupWorker(...mock.handlers);

/** Every request the backend sends, as the fetch it was given saw it. */
const sent: Request[] = [];
function recordingFetch(input: RequestInfo | URL, init?: RequestInit) {
  const request = new Request(input, init);
  sent.push(request.clone());
  return fetch(request);
}

const backend = httpBackend({ baseUrl: '/api/', fetch: recordingFetch, timeoutMs: 300, headers: () => ({ Authorization: 'Bearer t0ken' }) });

/** One valid call of every route; the fault tests run each of them under every fault. */
const calls: Record<EndpointName, (b: CheckoutBackend, signal?: AbortSignal) => Promise<unknown>> = {
  getCatalog: (b, signal) => b.getCatalog('pseries', { signal }),
  getSubscription: (b, signal) => b.getSubscription('sub-pseries', { signal }),
  listSubscriptions: (b, signal) => b.listSubscriptions({ productId: 'koophone' }, { signal }),
  setAutoRenew: (b, signal) => b.setAutoRenew('phone-01', false, { signal }),
  unsubscribe: (b, signal) => b.unsubscribe('sub-cc', { signal }),
  lookupCompany: (b, signal) => b.lookupCompany('WP-100234', { signal }),
  createQuote: (b, signal) => b.createQuote({ flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] }, { signal }),
  listContacts: (b, signal) => b.listContacts({ signal }),
  createContact: (b, signal) => b.createContact(sample.contactInput, { signal }),
  createOrder: (b, signal) => b.createOrder(sample.orderRequest, 'key-fault', { signal }),
  confirmOrder: (b, signal) => b.confirmOrder('ord-x', { paymentIntentId: 'pi_1' }, { signal }),
  listOrders: (b, signal) => b.listOrders({ limit: 5 }, { signal }),
  getOrder: (b, signal) => b.getOrder('ord-x', { signal }),
  cancelOrder: (b, signal) => b.cancelOrder('ord-x', { signal }),
  createInvoiceLink: (b, signal) => b.createInvoiceLink('ord-x', { signal }),
  // The renewal center's calls, over the same request function (`renewal-http.ts`).
  listQuoteItems: (b, signal) => renewals(b).listQuoteItems('q-x', { limit: 10 }, { signal }),
  listRenewals: (b, signal) => renewals(b).listRenewals({ mode: 'manual', search: 'phone', expires: '30d', sort: 'expiry_desc', limit: 20 }, { signal }),
  countRenewals: (b, signal) => renewals(b).countRenewals({ productId: 'koophone' }, { signal }),
  setRenewalMode: (b, signal) => renewals(b).setRenewalMode({ ids: ['phone-01'] }, 'auto', { signal }),
  setRenewalDay: (b, signal) => renewals(b).setRenewalDay({ filter: { mode: 'manual' }, except: ['phone-02'] }, 15, { signal }),
  getRenewalSettings: (b, signal) => renewals(b).getRenewalSettings({ signal }),
  updateRenewalSettings: (b, signal) => renewals(b).updateRenewalSettings({ standardRenewalDay: 10 }, { signal }),
};

function renewals(b: CheckoutBackend): RenewalBackend {
  const found = renewalBackend(b);
  if (!found) throw new Error('httpBackend has no renewal calls');
  return found;
}

async function failure(promise: Promise<unknown>): Promise<CheckoutError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CheckoutError);
    return error as CheckoutError;
  }
  throw new Error('expected the call to fail');
}

before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
after(() => worker.stop());
beforeEach(() => {
  mock.reset();
  sent.length = 0;
});

describe('httpBackend', () => {
  it('loads each seed flow through the contract', async () => {
    const catalog = await backend.getCatalog('pseries');
    expect(catalog.services.map((s) => s.id)).to.include.members(['extensions', 'recording-minutes', 'ha']);
    expect((await backend.getSubscription('sub-pascom')).status).to.equal('trial');
    expect(await backend.listSubscriptions({ productId: 'koophone' })).to.have.length(30);
    const lookup = await backend.lookupCompany('WP-100234');
    expect(lookup.customer.id).to.equal('cust-globex');
    expect((await backend.getCatalog('contact-center')).cycles.map((c) => c.months)).to.deep.equal([1, 3, 6, 12, 24]);
  });

  it('sends the configured headers, JSON and the idempotency key', async () => {
    const quote = await backend.createQuote({ flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] });
    await backend.createOrder({ ...sample.orderRequest, quoteId: quote.id }, 'key-123');
    const order = sent.at(-1)!;
    expect(order.url).to.equal(`${location.origin}/api/orders`);
    expect(order.method).to.equal('POST');
    expect(order.headers.get('Authorization')).to.equal('Bearer t0ken');
    expect(order.headers.get('Idempotency-Key')).to.equal('key-123');
    expect(order.headers.get('Content-Type')).to.equal('application/json');
    expect(await order.json()).to.deep.include({ quoteId: quote.id, paymentMethod: 'offline' });
  });

  it('runs a quote to a paid order and reads it back', async () => {
    const quote = await backend.createQuote({ flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] });
    expect(quote.total.amount).to.equal(quote.subtotal.amount - (quote.discount?.amount.amount ?? 0) + quote.tax.amount.amount);
    const order = await backend.createOrder({ quoteId: quote.id, contactId: 'contact-anna', paymentMethod: 'card', autoRenew: true }, 'key-card');
    expect(order.status).to.equal('pending_payment');
    expect(order.payment?.provider).to.equal('stripe');
    const again = await backend.createOrder({ quoteId: quote.id, contactId: 'contact-anna', paymentMethod: 'card', autoRenew: true }, 'key-card');
    expect(again.id).to.equal(order.id);
    const paid = await backend.confirmOrder(order.id, { paymentIntentId: 'pi_123' });
    expect(paid.status).to.equal('paid');
    expect(paid.invoice?.url).to.match(/^https?:\/\//);
    expect((await backend.getOrder(order.id)).status).to.equal('paid');
  });

  it('cancels an order not paid yet, answers a cancelled one again, and refuses to cancel a paid one', async () => {
    const request: QuoteRequest = { flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] };
    const offline = await backend.createOrder({ ...sample.orderRequest, quoteId: (await backend.createQuote(request)).id }, 'key-cancel-offline');
    expect(offline.status).to.equal('awaiting_offline_payment');
    const cancelled = await backend.cancelOrder(offline.id);
    expect(sent.at(-1)!.method).to.equal('POST');
    expect(sent.at(-1)!.url).to.equal(`${location.origin}/api/orders/${offline.id}/cancel`);
    expect(cancelled).to.deep.include({ id: offline.id, status: 'cancelled', payment: null });
    expect((await backend.cancelOrder(offline.id)).status, 'idempotent').to.equal('cancelled');
    expect((await backend.getOrder(offline.id)).status).to.equal('cancelled');
    // A cancelled order can never be paid after all.
    expect((await failure(backend.confirmOrder(offline.id, {}))).serverCode).to.equal('order_not_payable');

    const card = await backend.createOrder(
      { quoteId: (await backend.createQuote(request)).id, contactId: 'contact-anna', paymentMethod: 'card', autoRenew: false },
      'key-cancel-card',
    );
    expect((await backend.cancelOrder(card.id)).status, 'a pending card order').to.equal('cancelled');

    const paid = await backend.createOrder(
      { quoteId: (await backend.createQuote(request)).id, contactId: 'contact-anna', paymentMethod: 'card', autoRenew: false },
      'key-cancel-paid',
    );
    await backend.confirmOrder(paid.id, { paymentIntentId: 'pi_paid' });
    const refused = await failure(backend.cancelOrder(paid.id));
    expect(refused).to.deep.include({ code: 'http', status: 409, serverCode: 'order_not_cancellable' });
    expect((await backend.getOrder(paid.id)).status, 'the paid order stands').to.equal('paid');
    expect((await failure(backend.cancelOrder('ord-missing'))).status).to.equal(404);
  });

  it('lists orders a page at a time, newest first, with statuses comma-separated', async () => {
    const request: QuoteRequest = { flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] };
    const made = [];
    for (const key of ['key-h1', 'key-h2', 'key-h3'])
      made.push(await backend.createOrder({ ...sample.orderRequest, quoteId: (await backend.createQuote(request)).id }, key));
    await backend.cancelOrder(made[0]!.id);

    const first = await backend.listOrders({ limit: 2 });
    expect(new URL(sent.at(-1)!.url).search).to.equal('?limit=2');
    const second = await backend.listOrders({ limit: 2, cursor: first.nextCursor! });
    expect(new URL(sent.at(-1)!.url).searchParams.get('cursor')).to.equal(first.nextCursor);
    expect([...first.orders, ...second.orders].map((order) => order.id).sort()).to.deep.equal(made.map((order) => order.id).sort());
    expect(second.nextCursor).to.equal(null);

    const some = await backend.listOrders({ status: ['cancelled', 'paid'] });
    expect(new URL(sent.at(-1)!.url).searchParams.get('status')).to.equal('cancelled,paid');
    expect(some.orders.map((order) => order.id)).to.deep.equal([made[0]!.id]);
    expect((await backend.listOrders({ status: 'awaiting_offline_payment' })).orders).to.have.length(2);
    expect((await backend.listOrders()).orders).to.have.length(3);
    expect(new URL(sent.at(-1)!.url).search, 'no query without one').to.equal('');

    const refused = await failure(backend.listOrders({ limit: 500 }));
    expect(refused).to.deep.include({ status: 400, serverCode: 'invalid_request' });
  });

  it('mints a fresh invoice link for a paid order, and is refused one for an unpaid card order', async () => {
    const request: QuoteRequest = { flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] };
    const order = await backend.createOrder(
      { quoteId: (await backend.createQuote(request)).id, contactId: 'contact-anna', paymentMethod: 'card', autoRenew: false },
      'key-invoice-link',
    );
    expect((await failure(backend.createInvoiceLink(order.id))).status, 'no invoice before payment').to.equal(409);
    const paid = await backend.confirmOrder(order.id, {});
    const link = await backend.createInvoiceLink(order.id);
    expect(sent.at(-1)!.method).to.equal('POST');
    expect(sent.at(-1)!.url).to.equal(`${location.origin}/api/orders/${order.id}/invoice-link`);
    expect(link.singleUse).to.equal(true);
    expect(link.expiresAt).to.equal('2026-11-24T10:00:00.000Z');
    expect(link.url).to.not.equal(paid.invoice?.url);
  });

  it('encodes path parameters and query values', async () => {
    const error = await failure(backend.getSubscription('../orders?x=1'));
    expect(error.status).to.equal(404);
    expect(sent[0]!.url).to.equal(`${location.origin}/api/subscriptions/..%2Forders%3Fx%3D1`);
    await failure(backend.lookupCompany('A&B=C'));
    expect(new URL(sent[1]!.url).searchParams.get('companyId')).to.equal('A&B=C');
  });

  it('refuses an invalid request body before sending it', async () => {
    const error = await failure(backend.createQuote({ flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: -3 }] }));
    expect(error.code).to.equal('validation');
    expect(error.fields).to.have.property('items.0.quantity');
    const noKey = await failure(backend.createOrder(sample.orderRequest, ''));
    expect(noKey.code).to.equal('validation');
    expect(sent).to.have.length(0);
  });

  it("turns the server's validation answer into field messages", async () => {
    const error = await failure(
      httpBackend({
        baseUrl: '/api',
        fetch: (input, init) => fetch(input, { ...init, body: JSON.stringify({ ...sample.contactInput, email: 'nope' }) }),
      }).createContact(sample.contactInput),
    );
    expect(error.code).to.equal('validation');
    expect(error.status).to.equal(422);
    expect(error.fields).to.have.property('email');
  });

  it('passes on 409 codes such as quote_expired for the store to re-quote', async () => {
    const error = await failure(backend.createOrder({ ...sample.orderRequest, quoteId: 'q-missing' }, 'key-missing'));
    expect(error.code).to.equal('http');
    expect([404, 409]).to.include(error.status);
    expect(error.serverCode).to.be.a('string');
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await failure(backend.getCatalog('pseries', { signal: controller.signal }))).code).to.equal('aborted');
    expect(sent).to.have.length(0);
  });

  it('sends at once with static headers, so a first request leaves before the page renders', async () => {
    const calls: string[] = [];
    const stalled: typeof fetch = (input) => {
      calls.push(String(input));
      return new Promise<Response>(() => {});
    };
    const controller = new AbortController();
    void httpBackend({ baseUrl: '/api', fetch: stalled, headers: { 'X-Portal': 'acme' } })
      .getCatalog('pseries', { signal: controller.signal })
      .catch(() => undefined);
    expect(calls, 'fetch called in the same task').to.deep.equal(['/api/catalog/pseries']);
    // A headers function may be async (a token refresh): that request waits for it.
    void httpBackend({ baseUrl: '/api', fetch: stalled, headers: async () => ({ Authorization: 'Bearer later' }) })
      .getCatalog('pseries', { signal: controller.signal })
      .catch(() => undefined);
    expect(calls).to.have.length(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).to.have.length(2);
    controller.abort();
  });
});

describe('httpBackend under every fault switch', () => {
  for (const name of Object.keys(calls) as EndpointName[]) {
    describe(name, () => {
      const call = calls[name];

      it('HTTP 500 → http error with a message for buyers, not the server’s', async () => {
        mock.faults.set(name, { status: 500, message: 'NullPointerException at OrderService.java:42' });
        const error = await failure(call(backend));
        expect(error.code).to.equal('http');
        expect(error.status).to.equal(500);
        expect(error.retryable).to.equal(true);
        expect(error.message).to.not.include('NullPointer');
        expect(error.message).to.match(/try again/i);
      });

      it('HTTP 4xx with a message → that message', async () => {
        mock.faults.set(name, { status: 400, message: 'This partner account is suspended.' });
        const error = await failure(call(backend));
        expect(error.code).to.equal('http');
        expect(error.status).to.equal(400);
        expect(error.retryable).to.equal(false);
        expect(error.message).to.equal('This partner account is suspended.');
      });

      it('401 or 403 with an HTML page, no body or JSON → auth: sign in again, whatever the body says', async () => {
        for (const [status, body] of [
          [401, 'html'],
          [403, 'empty'],
          [401, 'json'],
          [403, 'json'],
        ] as const) {
          mock.faults.set(name, { status, body, message: 'Refused by the gateway.' });
          const error = await failure(call(backend));
          expect([error.code, error.status, error.retryable], `${status} ${body}`).to.deep.equal(['auth', status, false]);
          expect(error.message).to.equal('Your session has no access to this checkout. Please sign in again.');
        }
      });

      it('429 with Retry-After → how long to wait', async () => {
        mock.faults.set(name, { status: 429, retryAfter: 30 });
        const error = await failure(call(backend));
        expect([error.code, error.status, error.retryable, error.retryAfterMs]).to.deep.equal(['http', 429, true, 30_000]);
      });

      it('network error → network', async () => {
        mock.faults.set(name, { network: true });
        const error = await failure(call(backend));
        expect(error.code).to.equal('network');
        expect(error.retryable).to.equal(true);
      });

      it('malformed JSON → bad_response', async () => {
        mock.faults.set(name, { malformed: true });
        const error = await failure(call(backend));
        expect(error.code).to.equal('bad_response');
        expect(error.message).to.match(/could not read/);
      });

      it('JSON of the wrong shape → bad_response naming the field', async () => {
        mock.faults.set(name, { wrongShape: true });
        const error = await failure(call(backend));
        expect(error.code).to.equal('bad_response');
        expect(error.message).to.match(/unexpected answer \(.+\)/);
      });

      it('no answer → timeout after timeoutMs', async () => {
        mock.faults.set(name, { hang: true });
        const started = performance.now();
        const error = await failure(call(backend));
        expect(error.code).to.equal('timeout');
        expect(performance.now() - started).to.be.within(250, 2000);
      });

      it('abort while waiting → aborted', async () => {
        mock.faults.set(name, { hang: true });
        const controller = new AbortController();
        const pending = failure(call(backend, controller.signal));
        await mock.faults.whenHeld(name);
        controller.abort();
        expect((await pending).code).to.equal('aborted');
      });

      it('a fault for the next call only clears itself and the retry recovers', async () => {
        mock.faults.set(name, { status: 503, times: 1 });
        expect((await failure(call(backend))).status).to.equal(503);
        // The retry reaches the in-memory backend: it either answers or refuses on its own terms.
        const retried = await call(backend).then(
          () => 'answered',
          (error: CheckoutError) => `${error.code}:${error.status}`,
        );
        expect(retried).to.not.equal('http:503');
      });
    });
  }

  it('reads Retry-After of a 429 or 503 as seconds or an HTTP date, and ignores it elsewhere or unreadable', async () => {
    const inTwoMinutes = new Date(Math.ceil(Date.now() / 1000) * 1000 + 120_000).toUTCString();
    mock.faults.set('getCatalog', { status: 503, retryAfter: inTwoMinutes, times: 1 });
    const dated = (await failure(backend.getCatalog('pseries'))).retryAfterMs!;
    expect(dated).to.be.within(115_000, 121_000);
    mock.faults.set('getCatalog', { status: 503, retryAfter: 'soon', times: 1 });
    expect((await failure(backend.getCatalog('pseries'))).retryAfterMs).to.equal(undefined);
    mock.faults.set('getCatalog', { status: 400, retryAfter: 5, times: 1 });
    expect((await failure(backend.getCatalog('pseries'))).retryAfterMs).to.equal(undefined);

    expect(parseRetryAfter('0')).to.equal(0);
    expect(parseRetryAfter(' 7 ')).to.equal(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T07:27:30Z'))).to.equal(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T08:00:00Z')), 'in the past').to.equal(undefined);
    for (const unreadable of [null, '', '-5', '1.5', 'later']) expect(parseRetryAfter(unreadable), String(unreadable)).to.equal(undefined);
  });

  it('latency delays the answer but it still arrives', async () => {
    mock.faults.set('getCatalog', { latencyMs: 120 });
    const started = performance.now();
    await backend.getCatalog('pseries');
    expect(performance.now() - started).to.be.at.least(110);
  });
});
