/** Data for store tests: a catalog for every flow, subscriptions, contacts, quotes and orders. */
import type { Catalog, Contact, ContactInput, Money, Order, Quote, QuoteRequest, Subscription } from '../../src/api/schemas.js';

export const NOW = Date.parse('2026-11-23T10:00:00Z');

export const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

export const catalog: Catalog = {
  productId: 'pbx',
  productName: 'Cloud PBX',
  currency: 'EUR',
  plans: [
    { id: 'cc1', name: 'Contact Center 1', tier: 1, unit: 'account', unitPrice: eur(1000), minQuantity: 1, maxQuantity: 50, features: [] },
    { id: 'cc2', name: 'Contact Center 2', tier: 2, unit: 'account', unitPrice: eur(1500), minQuantity: 5, maxQuantity: 500, features: [] },
    { id: 'cc3', name: 'Contact Center 3', tier: 3, unit: 'account', unitPrice: eur(2000), minQuantity: 10, maxQuantity: 1000, features: [] },
  ],
  services: [
    { id: 'ext', name: 'Extensions', unit: 'extension', unitPrice: eur(200), min: 0, max: 1000, step: 1, included: 0 },
    { id: 'rec', name: 'Recording minutes', unit: 'minute', unitPrice: eur(100), min: 0, max: 100_000, step: 1000, included: 0 },
    { id: 'ha', name: 'High Availability', unit: 'instance', unitPrice: eur(5000), min: 0, max: 2, step: 1, included: 0 },
  ],
  cycles: [
    { id: 'm1', months: 1, discountPercent: 0 },
    { id: 'y1', months: 12, discountPercent: 10 },
  ],
  slaLevels: [
    { id: 'basic', name: 'Basic', monthlyPrice: eur(0) },
    { id: 'premium', name: 'Premium', monthlyPrice: eur(5000) },
  ],
  renewalDurations: [
    { id: 'r1m', months: 1, discountPercent: 0 },
    { id: 'r1y', months: 12, discountPercent: 15 },
  ],
  standardRenewalDay: 1,
  paymentMethods: ['paypal', 'card', 'offline'],
};

export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: 'sub-1',
    productId: 'pbx',
    customerId: 'cust-1',
    name: 'Head office PBX',
    planId: 'cc1',
    status: 'active',
    cycleId: 'm1',
    quantity: 3,
    services: [
      { serviceId: 'ext', quantity: 10 },
      { serviceId: 'rec', quantity: 2000 },
    ],
    slaId: 'basic',
    termStart: '2026-11-01',
    termEnd: '2026-12-01',
    minimumTermEnd: '2027-11-01',
    nextPaymentAt: '2026-12-01T00:00:00Z',
    registeredAt: '2025-11-01T09:00:00Z',
    autoRenew: false,
    paidThisTerm: eur(3000),
    ...overrides,
  };
}

export const renewables: Subscription[] = [
  subscription({ id: 'phone-1', name: 'Phone 1', termEnd: '2026-12-10' }),
  subscription({ id: 'phone-2', name: 'Phone 2', termEnd: '2027-01-20' }),
  subscription({ id: 'phone-3', name: 'Phone 3', termEnd: '2027-02-05' }),
  subscription({ id: 'other', productId: 'other-product', name: 'Other product' }),
];

export const contacts: Contact[] = [
  {
    id: 'contact-1',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    address: { line1: '1 Main St', city: 'Berlin', postalCode: '10115' },
    country: 'DE',
  },
  {
    id: 'contact-2',
    name: 'Grace Hopper',
    email: 'grace@example.com',
    address: { line1: '2 High St', city: 'Paris', postalCode: '75001' },
    country: 'FR',
    isDefault: true,
  },
];

export const newContact: ContactInput = {
  name: '  Alan Turing ',
  email: 'alan@example.com',
  address: { line1: '3 Low St', city: 'London', postalCode: 'N1 9GU' },
  country: 'GB',
};

let quoteCount = 0;

/** A quote whose figures add up, for `request`, expiring 15 minutes after `NOW`. */
export function quote(request: QuoteRequest, total = 12_000, overrides: Partial<Quote> = {}): Quote {
  quoteCount += 1;
  return {
    id: `quote-${quoteCount}`,
    flow: request.flow,
    currency: 'EUR',
    lines: [{ id: 'line-1', kind: 'service', description: 'Extensions', quantity: 1, unitPrice: eur(total), amount: eur(total) }],
    subtotal: eur(total),
    discount: null,
    tax: { country: 'DE', ratePercent: 0, reverseCharge: false, amount: eur(0) },
    total: eur(total),
    createdAt: new Date(NOW).toISOString(),
    expiresAt: new Date(NOW + 15 * 60_000).toISOString(),
    ...overrides,
  };
}

export function order(forQuote: Quote, overrides: Partial<Order> = {}): Order {
  return {
    id: `order-for-${forQuote.id}`,
    quoteId: forQuote.id,
    status: 'pending_payment',
    paymentMethod: 'card',
    lines: forQuote.lines,
    subtotal: forQuote.subtotal,
    discount: forQuote.discount,
    tax: forQuote.tax,
    total: forQuote.total,
    autoRenew: false,
    createdAt: new Date(NOW).toISOString(),
    effectiveAt: null,
    invoice: null,
    payment: { provider: 'stripe', clientSecret: 'pi_secret', publishableKey: 'pk_test' },
    ...overrides,
  };
}
