import { expect } from '@open-wc/testing';
import type { z } from 'zod/mini';
import * as s from '../../src/api/schemas.js';
import * as sample from '../fixtures/contract-samples.js';

/** A deep copy of `value` with `change` applied, so each invalid case starts from a valid body. */
function tweak<T>(value: T, change: (copy: any) => void): unknown {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

/** A quote whose figures add up to a negative total: a credit larger than the charge. */
const negativeQuote = tweak(sample.quote, (q) => {
  q.lines.push({
    id: 'l2',
    kind: 'credit',
    description: 'Credit for the current term',
    quantity: 1,
    unitPrice: sample.usd(-12000),
    amount: sample.usd(-12000),
  });
  q.subtotal.amount = 9990 - 12000;
  q.discount = null;
  q.tax.amount.amount = 0;
  q.total.amount = 9990 - 12000;
});

interface Case {
  schema: z.core.$ZodType & { safeParse(data: unknown): { success: boolean; error?: z.core.$ZodError } };
  valid: unknown[];
  /** [what is wrong, body, path the error must point at] */
  invalid: [string, unknown, string][];
}

const cases: Record<string, Case> = {
  Money: {
    schema: s.Money,
    valid: [sample.usd(0), sample.usd(-1250), { amount: 123456789, currency: 'JPY' }],
    invalid: [
      ['a float amount', { amount: 12.5, currency: 'USD' }, 'amount'],
      ['a string amount', { amount: '1250', currency: 'USD' }, 'amount'],
      ['a lowercase currency', { amount: 1, currency: 'usd' }, 'currency'],
      ['a missing currency', { amount: 1 }, 'currency'],
      ['an absurd amount', { amount: 1e15, currency: 'USD' }, 'amount'],
    ],
  },
  Catalog: {
    schema: s.Catalog,
    valid: [sample.catalog, tweak(sample.catalog, (c) => delete c.standardRenewalDay)],
    invalid: [
      ['no payment method', tweak(sample.catalog, (c) => (c.paymentMethods = [])), 'paymentMethods'],
      ['an unknown payment method', tweak(sample.catalog, (c) => (c.paymentMethods = ['bitcoin'])), 'paymentMethods.0'],
      ['a cycle of 0 months', tweak(sample.catalog, (c) => (c.cycles[0].months = 0)), 'cycles.0.months'],
      ['a discount over 100%', tweak(sample.catalog, (c) => (c.cycles[1].discountPercent = 150)), 'cycles.1.discountPercent'],
      ['a float unit price', tweak(sample.catalog, (c) => (c.services[0].unitPrice.amount = 2.5)), 'services.0.unitPrice.amount'],
      ['a step of 0', tweak(sample.catalog, (c) => (c.services[0].step = 0)), 'services.0.step'],
      ['renewal day 31', tweak(sample.catalog, (c) => (c.standardRenewalDay = 31)), 'standardRenewalDay'],
      ['plans not a list', tweak(sample.catalog, (c) => (c.plans = {})), 'plans'],
    ],
  },
  Subscription: {
    schema: s.Subscription,
    valid: [sample.subscription, tweak(sample.subscription, (x) => ((x.status = 'trial'), (x.paidThisTerm = null), (x.nextPaymentAt = null)))],
    invalid: [
      ['an unknown status', tweak(sample.subscription, (x) => (x.status = 'paused')), 'status'],
      ['a date with a time', tweak(sample.subscription, (x) => (x.termEnd = '2027-03-01T00:00:00Z')), 'termEnd'],
      ['an impossible date', tweak(sample.subscription, (x) => (x.termEnd = '2027-02-30')), 'termEnd'],
      ['a negative service quantity', tweak(sample.subscription, (x) => (x.services[0].quantity = -1)), 'services.0.quantity'],
      ['auto-renew as a string', tweak(sample.subscription, (x) => (x.autoRenew = 'yes')), 'autoRenew'],
      ['an empty id', tweak(sample.subscription, (x) => (x.id = '')), 'id'],
    ],
  },
  SubscriptionList: {
    schema: s.SubscriptionList,
    valid: [{ subscriptions: [] }, { subscriptions: [sample.subscription] }],
    invalid: [['a bare array', [sample.subscription], '']],
  },
  CustomerLookup: {
    schema: s.CustomerLookup,
    valid: [sample.customerLookup],
    invalid: [
      ['a three-letter country', tweak(sample.customerLookup, (x) => (x.customer.country = 'GBR')), 'customer.country'],
      ['no subscriptions field', tweak(sample.customerLookup, (x) => delete x.subscriptions), 'subscriptions'],
    ],
  },
  QuoteRequest: {
    schema: s.QuoteRequest,
    valid: [
      sample.quoteRequest,
      {
        flow: 'upgrade',
        subscriptionId: 'sub-pascom',
        planId: 'pascom-business',
        cycleId: 'm12',
        quantity: 25,
        slaId: 'sla-business',
        services: [{ serviceId: 'trunk-lines', quantity: 8 }],
      },
      { flow: 'renew', subscriptionIds: ['phone-01', 'phone-02'], durationId: 'r1y', coterm: true, promoCode: 'WELCOME10', contactId: 'contact-anna' },
    ],
    invalid: [
      ['an unknown flow', { flow: 'downgrade', subscriptionId: 'x' }, 'flow'],
      ['expand with no items', { flow: 'expand', subscriptionId: 'sub-pseries', items: [] }, 'items'],
      ['a decimal quantity', { flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 1.5 }] }, 'items.0.quantity'],
      ['upgrade to 0 accounts', { flow: 'upgrade', subscriptionId: 's', planId: 'p', cycleId: 'm1', quantity: 0 }, 'quantity'],
      ['renew nothing', { flow: 'renew', subscriptionIds: [], durationId: 'r1y', coterm: false }, 'subscriptionIds'],
      ['co-term as a string', { flow: 'renew', subscriptionIds: ['a'], durationId: 'r1y', coterm: 'true' }, 'coterm'],
    ],
  },
  Quote: {
    schema: s.Quote,
    valid: [
      sample.quote,
      tweak(sample.quote, (q) => ((q.discount = null), (q.total.amount = 9990 + 1708), (q.tax.amount.amount = 1708))),
      // A credit line is negative; a total of nothing to pay is a total.
      tweak(negativeQuote, (q) => ((q.lines[1].amount.amount = q.lines[1].unitPrice.amount = -9990), (q.subtotal.amount = q.total.amount = 0))),
    ],
    invalid: [
      ['a total that does not add up', tweak(sample.quote, (q) => (q.total.amount += 1)), ''],
      ['a subtotal that is not the sum of lines', tweak(sample.quote, (q) => (q.subtotal.amount = 9000)), ''],
      ['a negative total, even one its lines add up to', negativeQuote, 'total.amount'],
      ['lines in another currency', tweak(sample.quote, (q) => (q.lines[0].amount.currency = 'EUR')), 'lines.0.amount.currency'],
      ['a unit price in another currency', tweak(sample.quote, (q) => (q.lines[0].unitPrice.currency = 'EUR')), 'lines.0.unitPrice.currency'],
      ['a subtotal in another currency', tweak(sample.quote, (q) => (q.subtotal.currency = 'EUR')), 'subtotal.currency'],
      ['a discount in another currency', tweak(sample.quote, (q) => (q.discount.amount.currency = 'EUR')), 'discount.amount.currency'],
      ['tax in EUR beside a total in USD', tweak(sample.quote, (q) => (q.tax.amount.currency = 'EUR')), 'tax.amount.currency'],
      ['a total in another currency than the quote', tweak(sample.quote, (q) => (q.total.currency = 'EUR')), 'total.currency'],
      ['no lines', tweak(sample.quote, (q) => (q.lines = [])), 'lines'],
      ['an unknown line kind', tweak(sample.quote, (q) => (q.lines[0].kind = 'gift')), 'lines.0.kind'],
      ['a float line amount', tweak(sample.quote, (q) => (q.lines[0].amount.amount = 99.9)), 'lines.0.amount.amount'],
      ['an expiry that is not a date-time', tweak(sample.quote, (q) => (q.expiresAt = 'soon')), 'expiresAt'],
      ['tax rate as text', tweak(sample.quote, (q) => (q.tax.ratePercent = '19%')), 'tax.ratePercent'],
    ],
  },
  ContactInput: {
    schema: s.ContactInput,
    valid: [sample.contactInput, tweak(sample.contactInput, (c) => ((c.vatId = ''), (c.company = '')))],
    invalid: [
      ['an invalid email', tweak(sample.contactInput, (c) => (c.email = 'anna@')), 'email'],
      ['a whitespace-only name', tweak(sample.contactInput, (c) => (c.name = '   ')), 'name'],
      ['an unknown country', tweak(sample.contactInput, (c) => (c.country = 'XX')), 'country'],
      ['a 10,000-character name', tweak(sample.contactInput, (c) => (c.name = 'a'.repeat(10_000))), 'name'],
      ['a bidi override', tweak(sample.contactInput, (c) => (c.address.city = 'Berlin\u202E')), 'address.city'],
      ['a malformed VAT id', tweak(sample.contactInput, (c) => (c.vatId = '123')), 'vatId'],
      ['no postal code', tweak(sample.contactInput, (c) => delete c.address.postalCode), 'address.postalCode'],
    ],
  },
  Contact: {
    schema: s.Contact,
    valid: [sample.contact],
    invalid: [['no id', tweak(sample.contact, (c) => delete c.id), 'id']],
  },
  ContactList: {
    schema: s.ContactList,
    valid: [{ contacts: [sample.contact] }],
    invalid: [['a contact without email', { contacts: [tweak(sample.contact, (c) => delete c.email)] }, 'contacts.0.email']],
  },
  CreateOrderRequest: {
    schema: s.CreateOrderRequest,
    valid: [sample.orderRequest, tweak(sample.orderRequest, (o) => ((o.paymentMethod = 'card'), delete o.piNumber))],
    invalid: [
      ['an unknown method', tweak(sample.orderRequest, (o) => (o.paymentMethod = 'cash')), 'paymentMethod'],
      ['a PI number with markup', tweak(sample.orderRequest, (o) => (o.piNumber = '<img src=x>')), 'piNumber'],
      ['no contact', tweak(sample.orderRequest, (o) => delete o.contactId), 'contactId'],
    ],
  },
  Order: {
    schema: s.Order,
    valid: [
      sample.order,
      tweak(
        sample.order,
        (o) => (
          (o.status = 'pending_payment'),
          (o.invoice = null),
          (o.effectiveAt = null),
          (o.payment = { provider: 'stripe', clientSecret: 'pi_1_secret_2', publishableKey: 'pk_test' })
        ),
      ),
      tweak(sample.order, (o) => (o.payment = { provider: 'paypal', paypalOrderId: 'PP-1', clientId: 'cid' })),
    ],
    invalid: [
      ['an unknown status', tweak(sample.order, (o) => (o.status = 'shipped')), 'status'],
      ['a javascript: invoice link', tweak(sample.order, (o) => (o.invoice.url = 'javascript:alert(1)')), 'invoice.url'],
      ['an unknown provider', tweak(sample.order, (o) => (o.payment = { provider: 'adyen' })), 'payment.provider'],
      ['a stripe action without secret', tweak(sample.order, (o) => (o.payment = { provider: 'stripe', publishableKey: 'pk' })), 'payment.clientSecret'],
      ['a negative total', tweak(sample.order, (o) => (o.total.amount = -1)), 'total.amount'],
      ['a line in another currency than the total', tweak(sample.order, (o) => (o.lines[0].amount.currency = 'EUR')), 'lines.0.amount.currency'],
      ['a unit price in another currency than the total', tweak(sample.order, (o) => (o.lines[0].unitPrice.currency = 'EUR')), 'lines.0.unitPrice.currency'],
    ],
  },
  ConfirmOrderRequest: {
    schema: s.ConfirmOrderRequest,
    valid: [{ paymentIntentId: 'pi_1' }, { paypalOrderId: 'PP-1' }],
    invalid: [['an empty intent id', { paymentIntentId: '' }, 'paymentIntentId']],
  },
  UpdateSubscriptionRequest: {
    schema: s.UpdateSubscriptionRequest,
    valid: [{ autoRenew: false }],
    invalid: [['auto-renew missing', {}, 'autoRenew']],
  },
  ErrorBody: {
    schema: s.ErrorBody,
    valid: [
      { error: { code: 'quote_expired', message: 'The quote expired.' } },
      { error: { code: 'invalid_request', message: 'Check the fields', fields: { email: 'Invalid' } } },
    ],
    invalid: [['a bare message', { message: 'oops' }, 'error']],
  },
};

describe('contract schemas', () => {
  for (const [name, { schema, valid, invalid }] of Object.entries(cases)) {
    describe(name, () => {
      valid.forEach((body, index) => {
        it(`accepts valid body #${index + 1}`, () => {
          const result = schema.safeParse(body);
          expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
        });
      });
      for (const [what, body, path] of invalid) {
        it(`rejects ${what}`, () => {
          const result = schema.safeParse(body);
          expect(result.success).to.equal(false);
          const paths = result.error!.issues.map((issue) => issue.path.join('.'));
          expect(paths).to.include(path);
        });
      }
    });
  }

  it('says why a quote must never be paid, at the field at fault', () => {
    const messages = (body: unknown) => s.Quote.safeParse(body).error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages(negativeQuote)).to.deep.equal(['total.amount: A total is never negative']);
    expect(messages(tweak(sample.quote, (q) => (q.tax.amount.currency = 'EUR')))).to.deep.equal(['tax.amount.currency: In EUR, not USD']);
  });

  it('drops unknown fields of an answer instead of failing', () => {
    const result = s.Money.safeParse({ amount: 5, currency: 'EUR', note: 'extra' });
    expect(result.success).to.equal(true);
    expect(result.data).to.deep.equal({ amount: 5, currency: 'EUR' });
  });

  it('trims what a person typed', () => {
    const result = s.ContactInput.safeParse({ ...sample.contactInput, name: '  Anna Schmidt  ' });
    expect(result.data?.name).to.equal('Anna Schmidt');
  });

  it('accepts internationalized email addresses, NFC-normalized, and still refuses garbage', () => {
    const email = (value: string) => s.ContactInput.safeParse({ ...sample.contactInput, email: value });
    for (const valid of [
      'jane@bücher.de',
      'josé@example.com',
      'jane@xn--bcher-kva.de',
      '用户@例子.广告',
      'δοκιμή@παράδειγμα.δοκιμή',
      "o'neil+bills@sub.example.co.uk",
      'a-b_c@x-y.example',
    ]) {
      const result = email(valid);
      expect(result.success, valid).to.equal(true);
      expect(result.data?.email, valid).to.equal(valid);
    }
    // A decomposed é (e + U+0301) is sent as the composed one.
    expect(email('jose\u0301@example.com').data?.email).to.equal('josé@example.com');
    for (const garbage of [
      'a@b',
      'anna@',
      '@example.com',
      'jane doe@example.com',
      'jane@exa mple.com',
      'a@@example.com',
      'a@b@example.com',
      '<script>@example.com',
      'jane@example.c',
      'jane@-example.com',
      'jane@example..com',
      'jane.@example.com',
      '.jane@example.com',
      'jane@bücher.de\u202E',
    ]) {
      expect(email(garbage).success, garbage).to.equal(false);
    }
  });
});
