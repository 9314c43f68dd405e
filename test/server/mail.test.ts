/**
 * Mail through the outbox: a local SMTP sink on loopback (smtp-server) receives what the server
 * sends, parsed with mailparser: the order summary and a working invoice link, in the contact's
 * language; an SMTP outage delays the mail, never loses it and never fails the order.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Order, Quote, type CreateOrderRequest, type QuoteRequest } from '../../src/api/schemas.js';
import { formatAmount } from '../../core/mail.js';
import { seedIds } from '../../mocks/seed.js';
import { northwindIds } from '../../server/seed.js';
import { databaseName, newKey, parsed, startTestServer, waitFor, type TestServer } from './helpers.js';

interface Sink {
  port: number;
  messages: ParsedMail[];
  close(): Promise<void>;
}

async function startSink(port = 0): Promise<Sink> {
  const messages: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (smtp.server.address() as AddressInfo).port,
    messages,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

const renewal = (phone: string): QuoteRequest => ({ flow: 'renew', subscriptionIds: [phone], durationId: 'r1', coterm: false });

async function order(server: TestServer, request: QuoteRequest, changes: Partial<CreateOrderRequest> = {}, token = server.tokens.demo) {
  const contactId = changes.contactId ?? seedIds.contacts.anna;
  const priced = parsed(Quote, await server.call('POST', '/quotes', { body: { ...request, contactId }, token }));
  const body: CreateOrderRequest = { quoteId: priced.id, contactId, paymentMethod: 'card', autoRenew: false, ...changes };
  const made = parsed(Order, await server.call('POST', '/orders', { body, token, headers: { 'Idempotency-Key': newKey() } }));
  return { quote: priced, order: made };
}

const mailOf = (sink: Sink, orderId: string) => sink.messages.find((mail) => mail.subject?.includes(orderId));
const linkIn = (text: string) => /https?:\/\/\S+\/invoices\/[0-9a-f]{32}\.[\w-]+/.exec(text)?.[0];

describe(`server (${databaseName}): mail through the outbox`, () => {
  let sink: Sink;
  let server: TestServer;
  before(async () => {
    sink = await startSink();
    server = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${sink.port}` });
  });
  after(async () => {
    await server.close();
    await sink.close();
  });

  it('mails the paid order to the billing contact in German: the summary and a working invoice link', async () => {
    const { quote, order: made } = await order(server, {
      flow: 'expand',
      subscriptionId: seedIds.subscriptions.pseries,
      items: [{ serviceId: 'extensions', quantity: 66 }],
    });
    const paid = parsed(Order, await server.pay(made.id));
    const mail = await waitFor('the invoice mail', () => mailOf(sink, made.id));
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    assert.equal(to?.text, 'anna.schmidt@acme-telecom.example');
    assert.match(mail.subject ?? '', new RegExp(`^Ihre Rechnung YS-\\d{6} zur Bestellung ${made.id}$`));
    assert.equal(mail.replyTo?.text, 'billing@yeastar.example');
    const text = mail.text ?? '';
    const euro = (amount: number) => formatAmount({ amount, currency: quote.total.currency }, 'de-DE');
    for (const expected of [
      `Bestellung: ${made.id}`,
      `${quote.lines[0]!.description}: ${euro(quote.lines[0]!.amount.amount)}`,
      `Zwischensumme: ${euro(quote.subtotal.amount)}`,
      `Gesamtbetrag: ${euro(quote.total.amount)}`,
      'Der Link ist 24 Stunden gültig und kann nur einmal verwendet werden.',
    ]) {
      assert.ok(text.includes(expected), `the mail says ${expected}:\n${text}`);
    }
    assert.match(String(mail.html), /<a href="http/);
    const url = linkIn(text);
    assert.ok(url, text);
    assert.notEqual(url, paid.invoice?.url, 'the mail has a link of its own');
    assert.ok(String(mail.html).includes(url));
    const pdf = await fetch(url);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('Content-Type'), 'application/pdf');
    assert.equal((await fetch(url)).status, 410);
  });

  it('mails an offline order its proforma with the PI number, in English for a Dutch contact', async () => {
    const { order: made } = await order(
      server,
      { flow: 'expand', subscriptionId: northwindIds.subscription, items: [{ serviceId: 'wp-accounts', quantity: 44 }] },
      { paymentMethod: 'offline', piNumber: 'PI-NW-1', contactId: northwindIds.contact },
      server.tokens.northwind,
    );
    const mail = await waitFor('the proforma mail', () => mailOf(sink, made.id));
    assert.match(mail.subject ?? '', /^Proforma invoice WP-PF-\d{6} for order/);
    assert.match(mail.text ?? '', /PI number: PI-NW-1/);
    assert.match(mail.text ?? '', /Please pay by December 7, 2026\./);
    assert.equal((await fetch(linkIn(mail.text ?? '') ?? '')).status, 200);
  });
});

describe(`server (${databaseName}): an SMTP outage`, () => {
  it('delays the mail but loses none and never fails the order', async () => {
    // A port with nobody listening: the sink starts there later.
    const probe = await startSink();
    const port = probe.port;
    await probe.close();
    const server = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${port}`, mail: { backoffMs: 30, maxBackoffMs: 120 } });
    let sink: Sink | undefined;
    try {
      const { order: made } = await order(server, renewal('phone-29'));
      const paid = parsed(Order, await server.pay(made.id));
      assert.equal(paid.status, 'paid');
      const row = () => server.store.handle.db.selectFrom('outbox').selectAll().where('order_id', '=', made.id).executeTakeFirstOrThrow();
      const failing = await waitFor('two failed attempts', async () => {
        const now = await row();
        return Number(now.attempts) >= 2 && now;
      });
      assert.equal(failing.sent_at, null);
      assert.ok(failing.last_error, 'the failure is recorded');
      assert.equal(parsed(Order, await server.call('GET', `/orders/${made.id}`)).status, 'paid', 'the order stands');

      sink = await startSink(port);
      const mail = await waitFor('the mail after the outage', () => mailOf(sink!, made.id));
      assert.match(mail.text ?? '', /Gesamtbetrag/);
      const sent = await waitFor('sent_at', async () => (await row()).sent_at ?? undefined);
      assert.ok(sent);
      assert.equal((await row()).last_error, null);
      assert.equal(sink.messages.filter((one) => one.subject?.includes(made.id)).length, 1, 'sent once');
    } finally {
      await server.close();
      await sink?.close();
    }
  });
});
