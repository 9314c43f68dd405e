/**
 * Invoices on the reference server: a real PDF behind a signed link that works once and for 24
 * hours (enforced in the database), gap-free numbers per vendor assigned in the payment's
 * transaction, fresh links for an account's own orders only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { Invoice, Order, Quote, type CreateOrderRequest, type QuoteRequest } from '../../src/api/schemas.js';
import { formatAmount } from '../../core/mail.js';
import type { RepositoryTransaction } from '../../core/repository.js';
import { runAsync } from '../../core/run.js';
import { CheckoutService } from '../../core/service.js';
import { seedIds } from '../../mocks/seed.js';
import { printable } from '../../server/invoice-pdf.js';
import { seedAccounts } from '../../server/seed.js';
import { databaseName, errorOf, NOW, newKey, parsed, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const renewal = (phone: string): QuoteRequest => ({ flow: 'renew', subscriptionIds: [phone], durationId: 'r1', coterm: false });

async function quote(request: QuoteRequest): Promise<Quote> {
  return parsed(Quote, await server.call('POST', '/quotes', { body: request }));
}

async function order(request: QuoteRequest, changes: Partial<CreateOrderRequest> = {}): Promise<{ quote: Quote; order: Order }> {
  const priced = await quote(request);
  const body: CreateOrderRequest = { quoteId: priced.id, contactId: seedIds.contacts.anna, paymentMethod: 'card', autoRenew: false, ...changes };
  const made = parsed(Order, await server.call('POST', '/orders', { body, headers: { 'Idempotency-Key': newKey() } }));
  return { quote: priced, order: made };
}

async function paid(request: QuoteRequest): Promise<{ quote: Quote; order: Order }> {
  const made = await order(request);
  return { quote: made.quote, order: parsed(Order, await server.pay(made.order.id)) };
}

/** GET without any token: the link is the credential. */
async function open(url: string): Promise<{ status: number; type: string; body: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('Content-Type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
}

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

async function sequences(vendorId: string, series = 'invoice'): Promise<number[]> {
  const rows = await server.store.handle.db
    .selectFrom('invoices')
    .select('sequence')
    .where('vendor_id', '=', vendorId)
    .where('series', '=', series)
    .orderBy('sequence')
    .execute();
  return rows.map((row) => Number(row.sequence));
}

const usd = (amount: number) => formatAmount({ amount, currency: 'USD' }, 'en-US');

describe(`server (${databaseName}): invoices`, () => {
  it("serves the paid order's invoice as a PDF with its figures, once; the second GET answers 410 with how to get a fresh one", async () => {
    const { quote: priced, order: made } = await paid({
      flow: 'expand',
      subscriptionId: seedIds.subscriptions.pseries,
      items: [{ serviceId: 'extensions', quantity: 64 }],
    });
    assert.equal(made.status, 'paid');
    const link = made.invoice;
    assert.ok(link);
    assert.equal(link.singleUse, true);
    assert.equal(link.expiresAt, new Date(Date.parse(NOW) + 24 * 3_600_000).toISOString());
    assert.ok(link.url.startsWith(`${server.baseUrl}/invoices/`), link.url);
    assert.deepEqual(parsed(Order, await server.call('GET', `/orders/${made.id}`)).invoice, link, 'the order keeps its link');

    const first = await open(link.url);
    assert.equal(first.status, 200);
    assert.equal(first.type, 'application/pdf');
    assert.equal(first.body.subarray(0, 5).toString(), '%PDF-');
    const text = await pdfText(first.body);
    const [number] = /YS-\d{6}/.exec(text) ?? [];
    assert.ok(number, `an invoice number in:\n${text}`);
    for (const expected of [
      `Invoice ${number}`,
      made.id,
      'Yeastar Information Technology Co., Ltd.',
      'Anna Schmidt',
      'VAT ID: DE811907980',
      printable(priced.lines[0]!.description),
      usd(priced.lines[0]!.amount.amount),
      usd(priced.subtotal.amount),
      usd(priced.tax.amount.amount),
      usd(priced.total.amount),
      'November 23, 2026',
    ]) {
      assert.ok(text.includes(expected), `the PDF shows ${expected}:\n${text}`);
    }
    if (priced.tax.reverseCharge) assert.match(text, /Reverse charge/);
    else assert.ok(text.includes(`Tax ${priced.tax.ratePercent}%`), text);

    const second = await open(link.url);
    assert.equal(second.status, 410);
    assert.match(second.type, /text\/html/);
    const page = second.body.toString();
    assert.match(page, /already been used/);
    assert.match(page, /fresh link/);
    assert.doesNotMatch(second.body.subarray(0, 5).toString(), /%PDF/);
  });

  it("shows every row of the order in order: its lines, subtotal, discount, tax and total (the order's own figures)", async () => {
    const { quote: priced, order: made } = await paid({
      flow: 'expand',
      subscriptionId: seedIds.subscriptions.pseries,
      items: [{ serviceId: 'extensions', quantity: 70 }],
      promoCode: 'WELCOME10',
    });
    assert.ok(made.discount, 'the order carries its discount');
    assert.deepEqual([made.subtotal, made.discount, made.tax], [priced.subtotal, priced.discount, priced.tax]);
    const text = await pdfText((await open(made.invoice!.url)).body);
    const rows = [
      ['Subtotal', usd(made.subtotal.amount)],
      [`Discount ${made.discount.code}`, `-${usd(made.discount.amount.amount)}`],
      made.tax.reverseCharge
        ? ['VAT 0% (reverse charge)', usd(made.tax.amount.amount)]
        : [`Tax ${made.tax.ratePercent}% (${made.tax.country})`, usd(made.tax.amount.amount)],
      ['Total', usd(made.total.amount)],
    ];
    let from = text.indexOf(printable(made.lines[0]!.description));
    assert.ok(from >= 0, `the PDF shows the line:\n${text}`);
    for (const [label, amount] of rows) {
      const at = text.indexOf(label!, from);
      assert.ok(at > from, `the PDF shows ${label} after the row before it:\n${text}`);
      assert.ok(text.indexOf(amount!, at) > at, `the PDF shows ${label} ${amount}:\n${text}`);
      from = at;
    }
  });

  it('of concurrent GETs of one link, exactly one gets the PDF', async () => {
    const { order: made } = await paid(renewal('phone-21'));
    const fresh = parsed(Invoice, await server.call('POST', `/orders/${made.id}/invoice-link`));
    const answers = await Promise.all(Array.from({ length: 6 }, () => open(fresh.url)));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 410, 410, 410, 410, 410]);
  });

  it('answers 410 after 24 hours, on the server clock', async () => {
    const { order: made } = await paid(renewal('phone-22'));
    const early = parsed(Invoice, await server.call('POST', `/orders/${made.id}/invoice-link`));
    const late = parsed(Invoice, await server.call('POST', `/orders/${made.id}/invoice-link`));
    try {
      await server.call('POST', '/test/clock', { body: { advanceMs: 24 * 3_600_000 - 1_000 } });
      assert.equal((await open(early.url)).status, 200, 'still valid a second before 24 hours');
      await server.call('POST', '/test/clock', { body: { advanceMs: 1_000 } });
      const expired = await open(late.url);
      assert.equal(expired.status, 410);
      assert.match(expired.body.toString(), /has expired/);
    } finally {
      await server.call('POST', '/test/clock', { body: { now: NOW } });
    }
  });

  it('refuses a tampered or made-up token (nothing served, nothing used), and serves the genuine link after', async () => {
    const { order: made } = await paid(renewal('phone-23'));
    const url = made.invoice!.url;
    const token = url.slice(url.lastIndexOf('/') + 1);
    const [linkId, signature] = token.split('.') as [string, string];
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    for (const forged of [
      `${linkId}.${flip(signature, 3)}`,
      // Another id under the same signature: its first hex digit changed (never to itself).
      `${linkId[0] === '0' ? '1' : '0'}${linkId.slice(1)}.${signature}`,
      linkId,
      `${'0'.repeat(32)}.${signature}`,
      'x',
    ]) {
      const answer = await open(`${server.baseUrl}/invoices/${forged}`);
      assert.ok(answer.status === 404 || answer.status === 410, `${forged}: ${answer.status}`);
      assert.doesNotMatch(answer.type, /pdf/);
    }
    assert.equal((await open(url)).status, 200);
  });

  it('mints fresh links for its own orders at any time, never for another account (404)', async () => {
    const { order: made } = await paid(renewal('phone-24'));
    const links = [
      parsed(Invoice, await server.call('POST', `/orders/${made.id}/invoice-link`)),
      parsed(Invoice, await server.call('POST', `/orders/${made.id}/invoice-link`)),
    ];
    assert.notEqual(links[0]!.url, links[1]!.url);
    for (const link of links) assert.equal((await open(link.url)).status, 200);
    const foreign = await server.call('POST', `/orders/${made.id}/invoice-link`, { token: server.tokens.northwind });
    assert.equal(errorOf(foreign, 404).code, 'not_found');
    const pending = await order(renewal('phone-25'));
    assert.equal(errorOf(await server.call('POST', `/orders/${pending.order.id}/invoice-link`), 409).code, 'conflict');
  });

  it('gives an offline order a proforma with its own number and the PI number, and the invoice on payment', async () => {
    const { order: made } = await order(renewal('phone-26'), { paymentMethod: 'offline', piNumber: 'PI-2026/0777' });
    assert.equal(made.status, 'awaiting_offline_payment');
    const proforma = await pdfText((await open(made.invoice!.url)).body);
    assert.match(proforma, /Proforma invoice KP-PF-\d{6}/);
    assert.match(proforma, /PI number: PI-2026\/0777/);
    const settled = parsed(Order, await server.pay(made.id));
    const invoice = await pdfText((await open(settled.invoice!.url)).body);
    assert.match(invoice, /Invoice KP-\d{6}/);
    assert.match(invoice, /Settles proforma: KP-PF-\d{6}/);
  });

  it('numbers 10 concurrent payments of one vendor 1..n without gaps; a payment rolled back gives its number back', async () => {
    const before = await sequences('koophone');
    const made = [];
    for (let phone = 1; phone <= 10; phone += 1) made.push((await order(renewal(`phone-${String(phone).padStart(2, '0')}`))).order);
    const confirmed = await Promise.all(made.map((one) => server.pay(one.id)));
    for (const answer of confirmed) assert.equal(parsed(Order, answer).status, 'paid');
    const after = await sequences('koophone');
    assert.deepEqual(
      after,
      Array.from({ length: after.length }, (_, index) => index + 1),
    );
    assert.equal(after.length, before.length + 10);

    // A payment whose transaction fails after its number was taken (here: the outbox write).
    const doomed = (await order(renewal('phone-27'))).order;
    const scope = { accountId: seedAccounts.demo.id, visible: [seedAccounts.demo.id] };
    const inner = server.store.repositoryFor(scope);
    const failing = new CheckoutService({
      clock: server.clock,
      repository: {
        transaction: (work) =>
          inner.transaction((tx) =>
            work(
              new Proxy(tx, {
                get(target, name: keyof RepositoryTransaction) {
                  if (name === 'enqueueMail') return () => Promise.reject(new Error('the outbox insert failed'));
                  const member = target[name];
                  return typeof member === 'function' ? member.bind(target) : member;
                },
              }),
            ),
          ),
      },
    });
    await assert.rejects(runAsync(failing.confirmOrder(doomed.id, {})), /outbox insert failed/);
    assert.equal(parsed(Order, await server.call('GET', `/orders/${doomed.id}`)).status, 'pending_payment', 'nothing of the payment stays');
    assert.deepEqual(await sequences('koophone'), after, 'the rolled-back payment left no invoice');
    await server.pay(doomed.id);
    assert.deepEqual(await sequences('koophone'), [...after, after.length + 1], 'the next payment takes the number back');
  });

  it('keeps mail in the outbox without SMTP_URL', async () => {
    const { order: made } = await paid(renewal('phone-28'));
    const rows = await server.store.handle.db.selectFrom('outbox').select(['to_address', 'sent_at', 'subject']).where('order_id', '=', made.id).execute();
    assert.deepEqual(
      rows.map((row) => [row.to_address, row.sent_at]),
      [['anna.schmidt@acme-telecom.example', null]],
    );
  });
});

describe(`server (${databaseName}) with --public-url`, () => {
  it('names its public address in invoice links, and serves them under the base path', async () => {
    const proxied = await startTestServer({ publicUrl: 'https://shop.example/' });
    try {
      const priced = parsed(Quote, await proxied.call('POST', '/quotes', { body: renewal('phone-30') }));
      const body: CreateOrderRequest = { quoteId: priced.id, contactId: seedIds.contacts.anna, paymentMethod: 'offline', autoRenew: false };
      const made = parsed(Order, await proxied.call('POST', '/orders', { body, headers: { 'Idempotency-Key': newKey() } }));
      const url = made.invoice?.url ?? '';
      assert.match(url, /^https:\/\/shop\.example\/api\/invoices\/[0-9a-f]{32}\.[\w-]+$/);
      const local = proxied.baseUrl + url.slice('https://shop.example/api'.length);
      assert.equal((await open(local)).status, 200);
    } finally {
      await proxied.close();
    }
  });
});
