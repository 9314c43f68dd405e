/**
 * The checkout service's rules on the in-memory repository, without MSW or HTTP: idempotent
 * orders and contacts, the same-contact rule, quote expiry and supersede, the order lifecycle,
 * payment ids, the upgrade credit, one transaction per operation; and the same service over a
 * repository that answers with promises, as a database does. "Now" is 2026-11-23T10:00:00Z.
 */
import { expect } from '@open-wc/testing';
import type { ContactInput, CreateOrderRequest, Order, OrderPage, QuoteRequest } from '../../src/api/schemas.js';
import { ApiError } from '../../core/errors.js';
import { MemoryRepository } from '../../core/memory-repository.js';
import type { CheckoutRepository, RepositoryTransaction } from '../../core/repository.js';
import { runAsync, runSync, wait, type Work } from '../../core/run.js';
import { CheckoutService } from '../../core/service.js';
import { createSeed } from '../../mocks/seed.js';
import { refusal } from './refusal.js';

const NOW = Date.parse('2026-11-23T10:00:00.000Z');
const expandTen: QuoteRequest = { flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 60 }] };
const maria: ContactInput = {
  name: 'Maria Rossi',
  email: 'maria@example.it',
  company: 'Rossi Srl',
  address: { line1: 'Via Roma 1', city: 'Milano', postalCode: '20121' },
  country: 'IT',
  vatId: 'IT12345678901',
};

/** A repository that counts its transactions. */
class Counted implements CheckoutRepository {
  transactions = 0;
  constructor(readonly memory: MemoryRepository) {}
  transaction<T>(work: (tx: RepositoryTransaction) => T): T {
    this.transactions += 1;
    return this.memory.transaction(work);
  }
}

function setup(contents = createSeed(new Date(NOW))) {
  let now = NOW;
  const memory = new MemoryRepository(contents);
  const repository = new Counted(memory);
  const service = new CheckoutService({ repository, clock: { now: () => new Date(now) } });
  return {
    memory,
    repository,
    service,
    run: <T>(work: Work<T>): T => runSync(work),
    advanceMinutes(minutes: number) {
      now += minutes * 60_000;
    },
  };
}

function orderBody(quoteId: string, changes: Partial<CreateOrderRequest> = {}): CreateOrderRequest {
  return { quoteId, contactId: 'contact-anna', paymentMethod: 'card', autoRenew: true, ...changes };
}

describe('core service: orders', () => {
  it('creates one order per idempotency key, and refuses a key reused for another body, a missing and an overlong key', () => {
    const { service, run } = setup();
    const quote = run(service.createQuote(expandTen));
    const first = run(service.createOrder(orderBody(quote.id), 'key-1'));
    expect(run(service.createOrder(orderBody(quote.id), ' key-1 ')).id).to.equal(first.id);
    const conflict = refusal(() => run(service.createOrder(orderBody(quote.id, { paymentMethod: 'paypal' }), 'key-1')));
    expect([conflict.status, conflict.code]).to.deep.equal([422, 'idempotency_conflict']);
    expect(refusal(() => run(service.createOrder(orderBody(quote.id), '  '))).code).to.equal('idempotency_key_required');
    expect(refusal(() => run(service.createOrder(orderBody(quote.id), 'k'.repeat(256)))).status).to.equal(400);
    expect(run(service.listOrders())).to.have.length(1);
  });

  it('lets a refused attempt be retried with the same key', () => {
    const { service, run } = setup();
    const quote = run(service.createQuote(expandTen));
    expect(refusal(() => run(service.createOrder(orderBody(quote.id, { contactId: 'contact-nobody' }), 'key-1'))).fields).to.have.key('contactId');
    expect(run(service.createOrder(orderBody(quote.id), 'key-1')).status).to.equal('pending_payment');
  });

  it('refuses a quote after 15 minutes, and one a newer quote superseded', () => {
    const { service, run, advanceMinutes } = setup();
    const older = run(service.createQuote(expandTen));
    const newer = run(service.createQuote({ ...expandTen, items: [{ serviceId: 'extensions', quantity: 70 }] }));
    expect(refusal(() => run(service.createOrder(orderBody(older.id), 'a'))).code).to.equal('quote_superseded');
    advanceMinutes(14);
    expect(run(service.createOrder(orderBody(newer.id), 'b')).quoteId).to.equal(newer.id);
    advanceMinutes(1);
    const expired = refusal(() => run(service.createOrder(orderBody(newer.id, { paymentMethod: 'paypal' }), 'c')));
    expect([expired.status, expired.code]).to.deep.equal([409, 'quote_expired']);
  });

  it('refuses a quote whose price changed, naming both totals', () => {
    const { service, run, memory } = setup();
    const quote = run(service.createQuote(expandTen));
    const catalog = memory.getCatalog('pseries')!;
    catalog.services.find((service) => service.id === 'extensions')!.unitPrice.amount = 300;
    memory.catalogs.set('pseries', catalog);
    const changed = refusal(() => run(service.createOrder(orderBody(quote.id), 'a')));
    expect(changed.code).to.equal('price_changed');
    expect(changed.message).to.match(/^The price changed from USD 132\.92 to USD \d+\.\d\d;/);
  });

  it('writes the totals of a price change in yen without minor units', () => {
    const yen = JSON.parse(JSON.stringify(createSeed(new Date(NOW))).replaceAll('"USD"', '"JPY"')) as ReturnType<typeof createSeed>;
    const { service, run, memory } = setup(yen);
    const quote = run(service.createQuote(expandTen));
    expect(quote.total).to.deep.equal({ amount: 13_292, currency: 'JPY' });
    const catalog = memory.getCatalog('pseries')!;
    catalog.services.find((service) => service.id === 'extensions')!.unitPrice.amount = 300;
    memory.catalogs.set('pseries', catalog);
    expect(refusal(() => run(service.createOrder(orderBody(quote.id), 'a'))).message).to.match(/^The price changed from JPY 13292 to JPY \d+;/);
  });

  it('replaces a pending order for the same quote, refuses one for a paid quote, and never pays a cancelled order', () => {
    const { service, run } = setup();
    const quote = run(service.createQuote(expandTen));
    const card = run(service.createOrder(orderBody(quote.id), 'a'));
    const paypal = run(service.createOrder(orderBody(quote.id, { paymentMethod: 'paypal' }), 'b'));
    expect(run(service.getOrder(card.id)).status).to.equal('cancelled');
    expect(run(service.confirmOrder(paypal.id, {})).status).to.equal('paid');
    expect(refusal(() => run(service.createOrder(orderBody(quote.id, { paymentMethod: 'offline' }), 'c'))).code).to.equal('quote_used');
    expect(refusal(() => run(service.confirmOrder(card.id, {}))).code).to.equal('order_not_payable');
  });

  it('cancels an open order once, and refuses to cancel a paid one', () => {
    const { service, run } = setup();
    const offline = run(service.createOrder(orderBody(run(service.createQuote(expandTen)).id, { paymentMethod: 'offline', piNumber: 'PI-7' }), 'a'));
    expect([offline.status, offline.autoRenew, offline.piNumber, offline.invoice?.singleUse]).to.deep.equal(['awaiting_offline_payment', false, 'PI-7', true]);
    const cancelled = run(service.cancelOrder(offline.id));
    expect([cancelled.status, cancelled.payment]).to.deep.equal(['cancelled', null]);
    expect(run(service.cancelOrder(offline.id)), 'again').to.deep.equal(cancelled);

    const card = run(service.createOrder(orderBody(run(service.createQuote(expandTen)).id), 'b'));
    run(service.confirmOrder(card.id, {}));
    expect(refusal(() => run(service.cancelOrder(card.id))).code).to.equal('order_not_cancellable');
    expect(refusal(() => run(service.cancelOrder('ord-nope'))).status).to.equal(404);
  });

  it('refuses to take a card payment after the price expired, but books an offline transfer that arrives later', () => {
    const card = setup();
    const pending = card.run(card.service.createOrder(orderBody(card.run(card.service.createQuote(expandTen)).id), 'a'));
    card.advanceMinutes(16);
    expect(refusal(() => card.run(card.service.confirmOrder(pending.id, {}))).code).to.equal('quote_expired');
    expect(card.run(card.service.getOrder(pending.id)).status, 'still open').to.equal('pending_payment');

    const offline = setup();
    const awaiting = offline.run(
      offline.service.createOrder(orderBody(offline.run(offline.service.createQuote(expandTen)).id, { paymentMethod: 'offline' }), 'a'),
    );
    offline.advanceMinutes(60 * 24);
    expect(offline.run(offline.service.confirmOrder(awaiting.id, {})).status).to.equal('paid');
  });

  it('pays an order once, applies the purchase, and refuses a provider id issued to another order', () => {
    const { service, run } = setup();
    const first = run(service.createOrder(orderBody(run(service.createQuote(expandTen)).id), 'a'));
    const second = run(service.createOrder(orderBody(run(service.createQuote({ ...expandTen, items: [{ serviceId: 'extensions', quantity: 70 }] })).id), 'b'));
    const issued = (order: Order) => (order.payment?.provider === 'stripe' ? order.payment.clientSecret.split('_secret_')[0] : '');
    const mixUp = refusal(() => run(service.confirmOrder(second.id, { paymentIntentId: issued(first) })));
    expect([mixUp.code, mixUp.fields]).to.deep.equal(['invalid_request', { paymentIntentId: 'Belongs to another order' }]);
    const paid = run(service.confirmOrder(second.id, { paymentIntentId: issued(second) }));
    expect([paid.status, paid.payment, paid.invoice?.singleUse]).to.deep.equal(['paid', null, true]);
    expect(run(service.confirmOrder(second.id, {})), 'again').to.deep.equal(paid);
    expect(run(service.getSubscription('sub-pseries')).services).to.deep.include({ serviceId: 'extensions', quantity: 70 });
  });
});

describe('core service: contacts, subscriptions, transactions', () => {
  it('answers a repeated contact key with the contact saved first, and an equal contact with that contact', () => {
    const { service, run } = setup();
    const saved = run(service.createContact(maria, 'key-1'));
    expect(run(service.createContact(maria, 'key-1')).id).to.equal(saved.id);
    expect(refusal(() => run(service.createContact({ ...maria, name: 'Mario Rossi' }, 'key-1'))).code).to.equal('idempotency_conflict');
    expect(run(service.createContact({ ...maria, email: 'Maria@Example.IT' })).id, 'the same contact').to.equal(saved.id);
    expect(run(service.listContacts())).to.have.length(4);
    expect(refusal(() => run(service.createContact({ ...maria, email: 'nope' }))).fields).to.have.key('email');
  });

  it('shows the credit an upgrade today would give, and refuses to expand a trial', () => {
    const { service, run } = setup();
    const paid = run(service.getSubscription('sub-cc'));
    expect(paid.upgradeCredit?.amount).to.be.greaterThan(0);
    expect(run(service.getSubscription('sub-cc-trial')).upgradeCredit).to.equal(undefined);
    const trial = refusal(() =>
      run(service.createQuote({ flow: 'expand', subscriptionId: 'sub-workplace-trial', items: [{ serviceId: 'accounts', quantity: 20 }] })),
    );
    expect([trial.status, trial.code]).to.deep.equal([422, 'subscription_not_active']);
  });

  it('runs each operation in one transaction, and hands out copies', () => {
    const { service, run, repository } = setup();
    const quote = run(service.createQuote(expandTen));
    const order = run(service.createOrder(orderBody(quote.id), 'a'));
    run(service.confirmOrder(order.id, {}));
    expect(repository.transactions).to.equal(3);
    run(service.getOrder(order.id)).status = 'failed';
    expect(run(service.getOrder(order.id)).status).to.equal('paid');
  });
});

describe('core service: order history', () => {
  /** Orders made by one setup: two at 10:00, three at 10:05 (one cancelled), one at 10:07 (paid). */
  function history() {
    const made = setup();
    const { service, run, advanceMinutes } = made;
    const order = () => run(service.createOrder(orderBody(run(service.createQuote(expandTen)).id), `key-${Math.random()}`));
    const ids: string[] = [];
    for (const minutes of [0, 0, 5, 0, 0, 2]) {
      advanceMinutes(minutes);
      ids.push(order().id);
    }
    run(service.cancelOrder(ids[3]!));
    run(service.confirmOrder(ids[5]!, {}));
    return { ...made, ids };
  }

  /** Every page of a query, following `nextCursor`. */
  function allPages(service: CheckoutService, run: <T>(work: Work<T>) => T, limit: string, status?: string) {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const page: OrderPage = run(service.orderHistory({ limit, cursor, ...(status ? { status: [status] } : {}) }));
      pages.push(page.orders.map((order) => order.id));
      cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 20);
    return pages;
  }

  it('answers newest first by createdAt then id, 20 to a page, with no cursor after the last page', () => {
    const { service, run, ids } = history();
    const page = run(service.orderHistory());
    const positions = page.orders.map((order) => `${order.createdAt} ${order.id}`);
    expect(positions).to.deep.equal([...positions].sort().reverse());
    expect(page.orders.map((order) => order.id)).to.have.members(ids);
    expect(page.orders[0]!.createdAt).to.equal('2026-11-23T10:07:00.000Z');
    expect(page.nextCursor).to.equal(null);
  });

  it('pages through every order exactly once, ties of one instant included, whatever the page size', () => {
    const { service, run, ids } = history();
    const everything = run(service.orderHistory({ limit: '100' })).orders.map((order) => order.id);
    for (const limit of ['1', '2', '3', '5', '6']) {
      const pages = allPages(service, run, limit);
      expect(pages.flat(), `limit ${limit}`).to.deep.equal(everything);
      expect(pages.every((page) => page.length <= Number(limit) && page.length > 0)).to.equal(true);
    }
    expect(everything).to.have.length(ids.length);
  });

  it('does not repeat or skip an order when a newer one is made between pages', () => {
    const { service, run, advanceMinutes, ids } = history();
    const first = run(service.orderHistory({ limit: '2' }));
    advanceMinutes(1);
    // The paid order already took sub-pseries to 60 extensions.
    const more: QuoteRequest = { ...expandTen, items: [{ serviceId: 'extensions', quantity: 70 }] };
    const newer = run(service.createOrder(orderBody(run(service.createQuote(more)).id), 'key-newer'));
    const rest = allPages(service, run, '100').flat();
    const second = run(service.orderHistory({ limit: '100', cursor: first.nextCursor }));
    expect([...first.orders, ...second.orders].map((order) => order.id)).to.have.members(ids);
    expect(rest[0]).to.equal(newer.id);
  });

  it('filters by one status or several, comma-separated', () => {
    const { service, run, ids } = history();
    expect(run(service.orderHistory({ status: ['cancelled'] })).orders.map((order) => order.id)).to.deep.equal([ids[3]]);
    const open = run(service.orderHistory({ status: ['paid,cancelled'] })).orders;
    expect(open.map((order) => order.id)).to.deep.equal([ids[5], ids[3]]);
    expect(allPages(service, run, '1', 'pending_payment').flat()).to.have.members([ids[0], ids[1], ids[2], ids[4]]);
    expect(run(service.orderHistory({ status: ['failed'] }))).to.deep.equal({ orders: [], nextCursor: null });
  });

  it('refuses an unknown status, a repeated status parameter, a limit outside 1..100 and a cursor it did not give, with 400', () => {
    const { service, run } = history();
    const refused = (query: Parameters<CheckoutService['orderHistory']>[0]) => {
      const error = refusal(() => run(service.orderHistory(query)));
      expect([error.status, error.code], JSON.stringify(query)).to.deep.equal([400, 'invalid_request']);
      return Object.keys(error.fields ?? {});
    };
    expect(refused({ status: ['shipped'] })).to.deep.equal(['status']);
    expect(refused({ status: [''] })).to.deep.equal(['status']);
    expect(refused({ status: ['paid', 'cancelled'] })).to.deep.equal(['status']);
    for (const limit of ['0', '101', '-1', '1.5', 'ten', '', '100000']) expect(refused({ limit })).to.deep.equal(['limit']);
    for (const cursor of ['', 'not a cursor', btoa('[1,2]'), btoa('["yesterday","ord-1"]')]) expect(refused({ cursor })).to.deep.equal(['cursor']);
    expect(run(service.orderHistory({ limit: '100' })).orders).to.have.length(6);
  });
});

describe('core service: over a repository that answers later', () => {
  /** The memory repository behind promises, as a database driver answers. */
  function later(memory: MemoryRepository): CheckoutRepository {
    const tx = new Proxy(memory, {
      get(target, name) {
        const value: unknown = Reflect.get(target, name);
        return typeof value === 'function'
          ? (...args: unknown[]) => Promise.resolve().then(() => (value as (...a: unknown[]) => unknown).apply(target, args))
          : value;
      },
    }) as unknown as RepositoryTransaction;
    return { transaction: async (work) => work(tx) };
  }

  it('answers as the memory repository does: quote, idempotent order, payment, refusals', async () => {
    const memory = new MemoryRepository(createSeed(new Date(NOW)));
    const service = new CheckoutService({ repository: later(memory), clock: { now: () => new Date(NOW) } });
    const quote = await runAsync(service.createQuote(expandTen));
    expect(quote.total).to.deep.equal({ amount: 13_292, currency: 'USD' });
    const order = await runAsync(service.createOrder(orderBody(quote.id), 'key-1'));
    expect((await runAsync(service.createOrder(orderBody(quote.id), 'key-1'))).id).to.equal(order.id);
    const error = await runAsync(service.createOrder(orderBody(quote.id, { paymentMethod: 'paypal' }), 'key-1')).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ApiError).with.property('code', 'idempotency_conflict');
    expect((await runAsync(service.confirmOrder(order.id, {}))).status).to.equal('paid');
    expect(memory.getSubscription('sub-pseries')?.services).to.deep.include({ serviceId: 'extensions', quantity: 60 });
  });

  it('refuses to run a promise synchronously', () => {
    function* work(): Work<number> {
      return yield* wait(Promise.resolve(1));
    }
    expect(() => runSync(work())).to.throw(TypeError, /runAsync/);
  });
});

describe('core service: invoices, links and mail', () => {
  it('numbers invoices per vendor without gaps, in the payment, and mails the billing contact in German', () => {
    const { service, memory, run } = setup();
    const pay = (request: QuoteRequest, key: string) => {
      const made = run(service.createOrder(orderBody(run(service.createQuote(request)).id), key));
      return run(service.confirmOrder(made.id, {}));
    };
    const first = pay(expandTen, 'i1');
    const second = pay({ flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 70 }] }, 'i2');
    const otherVendor = pay({ flow: 'renew', subscriptionIds: ['phone-01'], durationId: 'r1', coterm: false }, 'i3');
    expect(memory.getInvoice(first.id, 'invoice')?.number).to.equal('YS-000001');
    expect(memory.getInvoice(second.id, 'invoice')?.number).to.equal('YS-000002');
    expect(memory.getInvoice(otherVendor.id, 'invoice')?.number).to.equal('KP-000001');
    const document = memory.getInvoice(first.id, 'invoice')!;
    expect([document.buyer?.vatId, document.total, document.seller.vendorId]).to.deep.equal(['DE811907980', first.total, 'yeastar']);
    expect(first.invoice).to.deep.include({ expiresAt: '2026-11-24T10:00:00.000Z', singleUse: true });

    expect(memory.outbox.map((mail) => [mail.orderId, mail.to, mail.language, mail.topic])).to.deep.equal([
      [first.id, 'anna.schmidt@acme-telecom.example', 'de', 'invoice'],
      [second.id, 'anna.schmidt@acme-telecom.example', 'de', 'invoice'],
      [otherVendor.id, 'anna.schmidt@acme-telecom.example', 'de', 'invoice'],
    ]);
    const mail = memory.outbox[0]!;
    expect(mail.subject).to.equal(`Ihre Rechnung YS-000001 zur Bestellung ${first.id}`);
    // The mail has a link of its own: the one the API answered may be used by then.
    const mailed = /https:\/\/billing\.upcart\.test\/invoices\/[0-9a-f]{32}/.exec(mail.text)?.[0];
    expect(mailed).to.be.a('string');
    expect(mailed).to.not.equal(first.invoice?.url);
    expect(mail.text).to.contain('Der Link ist 24 Stunden gültig und kann nur einmal verwendet werden.');
  });

  it('issues a proforma with its own number for an offline order, then the invoice that settles it', () => {
    const { service, memory, run } = setup();
    const made = run(service.createOrder(orderBody(run(service.createQuote(expandTen)).id, { paymentMethod: 'offline', piNumber: 'PI-9' }), 'p1'));
    const proforma = memory.getInvoice(made.id, 'proforma')!;
    expect([proforma.number, proforma.piNumber, proforma.dueAt]).to.deep.equal(['YS-PF-000001', 'PI-9', '2026-12-07T10:00:00.000Z']);
    expect(memory.outbox.map((mail) => mail.topic)).to.deep.equal(['proforma']);
    expect(memory.getInvoice(made.id, 'invoice')).to.equal(undefined);
    run(service.confirmOrder(made.id, {}));
    expect(memory.getInvoice(made.id, 'invoice')).to.deep.include({ number: 'YS-000001', proformaNumber: 'YS-PF-000001' });
  });

  it('mints a fresh link for an order with a document, and refuses one without', () => {
    const { service, run } = setup();
    const made = run(service.createOrder(orderBody(run(service.createQuote(expandTen)).id), 'l1'));
    expect(refusal(() => run(service.createInvoiceLink(made.id)))).to.deep.include({ status: 409, code: 'conflict' });
    const paid = run(service.confirmOrder(made.id, {}));
    const fresh = run(service.createInvoiceLink(made.id));
    expect(fresh.url).to.not.equal(paid.invoice?.url);
    expect([fresh.expiresAt, fresh.singleUse]).to.deep.equal(['2026-11-24T10:00:00.000Z', true]);
    expect(refusal(() => run(service.createInvoiceLink('ord-missing'))).status).to.equal(404);
  });
});
