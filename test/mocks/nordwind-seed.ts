/**
 * A vendor's own seed for the mocks kit's tests (Node and browser): a product the demo does not
 * have, in EUR, its customer, two contacts (one with the builder's id) and a yearly subscription
 * dated around the backend's now. With now pinned to 2026-11-23 the term runs 2026-07-13 to
 * 2027-07-13 (232 of 365 days left), so expanding seats 10 -> 15 quotes 5 × 12.00 × 12 × 0.9 ×
 * 232 / 365 = 411.88 plus 19 % German VAT 78.26: 490.14.
 */
import type { ExpandQuoteRequest } from '../../src/api/schemas.js';
import { catalog, contact, customer, subscription, type VendorSeed } from '../../mocks/index.js';

export const NOW = '2026-11-23T10:00:00.000Z';

export function nordwindSeed(now: Date): VendorSeed {
  const telephony = catalog({
    productId: 'telephony',
    productName: 'Nordwind Telephony',
    currency: 'EUR',
    services: [{ id: 'seats', unitPrice: 1200, min: 1, max: 500 }],
    cycles: [{ months: 12, discountPercent: 10 }],
  });
  const nordwind = customer({ id: 'cust-nordwind', name: 'Nordwind GmbH' });
  return {
    catalogs: [telephony],
    customers: [nordwind],
    // The second contact's id is the builder's (`contact-1`): the same after every reset.
    contacts: [contact({ id: 'contact-jana', name: 'Jana Nord', isDefault: true }), contact({ name: 'Accounts Payable' })],
    subscriptions: [subscription({ id: 'sub-telephony', catalog: telephony, customer: nordwind, services: [{ serviceId: 'seats', quantity: 10 }], now })],
  };
}

/** Seats 10 -> 15 on the subscription, billed to Jana (Germany). */
export const expandSeats: ExpandQuoteRequest = {
  flow: 'expand',
  subscriptionId: 'sub-telephony',
  items: [{ serviceId: 'seats', quantity: 15 }],
  contactId: 'contact-jana',
};

/** The quote's figures in cents: the seats line, the VAT, the total. */
export const EXPECTED = { seats: 41_188, tax: 7826, total: 49_014 } as const;
