/**
 * The mock backend's data: one account with subscriptions for every seed flow (P-Series
 * expand, Workplace SaaS expand by company id, contact-center plans, pascom trial upgrade,
 * KooPhone batch renewal). Every date is relative to the clock's "now", so the demo never goes
 * stale and a test pinned to a fixed now gets fixed figures.
 */
import type { Catalog, Contact, Customer, PaymentConfig, PaymentMethod, RenewalMode, Subscription } from '../src/api/schemas.js';
import { addDays, addMonths, nextDayOfMonthOnOrAfter, startOfDateTime, toIsoDate } from '../src/api/calendar.js';
import type { RepositoryContents } from '../core/memory-repository.js';
import { cycleAmount, type Promotion } from '../core/pricing.js';

/** Ids other code (demo, tests, vendors' tests) depends on. */
export const seedIds = {
  customers: { acme: 'cust-acme', globex: 'cust-globex', initech: 'cust-initech' },
  /** Company ids a partner portal looks customers up by. */
  companyIds: { acme: 'ACME-0001', globex: 'WP-100234', initech: 'WP-200777' },
  contacts: { anna: 'contact-anna', luc: 'contact-luc', li: 'contact-li' },
  products: { pseries: 'pseries', workplace: 'workplace', contactCenter: 'contact-center', pascom: 'pascom', koophone: 'koophone' },
  subscriptions: {
    pseries: 'sub-pseries',
    workplace: 'sub-workplace',
    workplaceTrial: 'sub-workplace-trial',
    contactCenter: 'sub-cc',
    contactCenterTrial: 'sub-cc-trial',
    contactCenterInactive: 'sub-cc-inactive',
    pascom: 'sub-pascom',
    /** pascom paid monthly, inside a 24-month minimum contract term that runs for months more. */
    pascomPaid: 'sub-pascom-paid',
  },
  /** KooPhone cloud phones `phone-01` .. `phone-30`. */
  phones: Array.from({ length: 30 }, (_, index) => `phone-${String(index + 1).padStart(2, '0')}`),
} as const;

/** What the mock backend starts from (and what a vendor's own seed gives). */
export type SeedData = RepositoryContents;

const PAYMENT_METHODS: PaymentMethod[] = ['paypal', 'card', 'offline'];
const PAYMENTS: PaymentConfig = { stripePublishableKey: 'pk_test_upcart', paypalClientId: 'upcart-sandbox' };

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

function catalogs(): Catalog[] {
  const pseries: Catalog = {
    productId: seedIds.products.pseries,
    productName: 'P-Series BYOI Hosting',
    currency: 'USD',
    plans: [],
    services: [
      {
        id: 'extensions',
        name: 'Extensions',
        unit: 'extension',
        unitForms: { one: 'extension', other: 'extensions' },
        unitPrice: usd(250),
        min: 10,
        max: 1000,
        step: 1,
        included: 0,
        description: 'Extension capacity of the hosted P-Series PBX.',
      },
      {
        id: 'recording-minutes',
        name: 'Call recording minutes',
        unit: 'minute',
        unitForms: { one: 'minute', other: 'minutes' },
        unitPrice: usd(2),
        min: 0,
        max: 100_000,
        step: 100,
        included: 0,
        description: 'Minutes of call recording storage, bought in blocks of 100.',
      },
      {
        id: 'ha',
        name: 'High Availability for BYOI',
        unit: 'instance',
        unitForms: { one: 'instance', other: 'instances' },
        unitPrice: usd(4900),
        min: 0,
        max: 1,
        step: 1,
        included: 0,
        description: 'A hot standby PBX that takes over within seconds.',
      },
    ],
    cycles: [
      { id: 'm1', months: 1, discountPercent: 0 },
      { id: 'm12', months: 12, discountPercent: 10 },
    ],
    slaLevels: [],
    renewalDurations: [],
    paymentMethods: PAYMENT_METHODS,
    payments: PAYMENTS,
  };

  const workplace: Catalog = {
    productId: seedIds.products.workplace,
    productName: 'Workplace SaaS',
    currency: 'USD',
    plans: [
      {
        id: 'wp-standard',
        name: 'Workplace Standard',
        tier: 1,
        unit: 'workspace',
        unitForms: { one: 'workspace', other: 'workspaces' },
        unitPrice: usd(0),
        minQuantity: 1,
        maxQuantity: 1,
        features: ['Desk booking', 'Room booking', 'Mobile app'],
        description: 'Accounts and add-ons are billed as services.',
      },
      {
        id: 'wp-pro',
        name: 'Workplace Professional',
        tier: 2,
        unit: 'workspace',
        unitForms: { one: 'workspace', other: 'workspaces' },
        unitPrice: usd(9900),
        minQuantity: 1,
        maxQuantity: 1,
        features: ['Desk booking', 'Room booking', 'Mobile app', 'Analytics', 'SSO'],
      },
    ],
    services: [
      {
        id: 'wp-accounts',
        name: 'Accounts',
        unit: 'account',
        unitForms: { one: 'account', other: 'accounts' },
        unitPrice: usd(600),
        min: 1,
        max: 5000,
        step: 1,
        included: 0,
      },
      {
        id: 'wp-storage',
        name: 'Storage',
        unit: '100 GB',
        unitForms: { one: '100 GB block', other: '100 GB blocks' },
        unitPrice: usd(1000),
        min: 0,
        max: 100,
        step: 1,
        included: 0,
      },
      {
        id: 'wp-meeting-rooms',
        name: 'Meeting room displays',
        unit: 'room',
        unitForms: { one: 'room', other: 'rooms' },
        unitPrice: usd(1500),
        min: 0,
        max: 200,
        step: 1,
        included: 0,
      },
      {
        id: 'wp-visitor',
        name: 'Visitor management',
        unit: 'site',
        unitForms: { one: 'site', other: 'sites' },
        unitPrice: usd(2000),
        min: 0,
        max: 50,
        step: 1,
        included: 0,
      },
    ],
    cycles: [
      { id: 'm1', months: 1, discountPercent: 0 },
      { id: 'm12', months: 12, discountPercent: 10 },
    ],
    slaLevels: [],
    renewalDurations: [],
    paymentMethods: PAYMENT_METHODS,
    payments: PAYMENTS,
  };

  const contactCenter: Catalog = {
    productId: seedIds.products.contactCenter,
    productName: 'Contact Center',
    currency: 'EUR',
    plans: [
      {
        id: 'cc-1',
        name: 'Contact Center 1',
        tier: 1,
        unit: 'account',
        unitForms: { one: 'account', other: 'accounts' },
        unitPrice: eur(1500),
        minQuantity: 1,
        maxQuantity: 50,
        features: ['Inbound voice', 'IVR', 'Call recording (30 days)'],
        description: 'Up to 50 accounts.',
      },
      {
        id: 'cc-2',
        name: 'Contact Center 2',
        tier: 2,
        unit: 'account',
        unitForms: { one: 'account', other: 'accounts' },
        unitPrice: eur(2500),
        minQuantity: 1,
        maxQuantity: 200,
        features: ['Inbound voice', 'IVR', 'Call recording (90 days)', 'Outbound campaigns', 'Live chat'],
        description: 'Up to 200 accounts.',
      },
      {
        id: 'cc-3',
        name: 'Contact Center 3',
        tier: 3,
        unit: 'account',
        unitForms: { one: 'account', other: 'accounts' },
        unitPrice: eur(3500),
        minQuantity: 1,
        maxQuantity: 500,
        features: ['Everything in Contact Center 2', 'Omnichannel (email, social)', 'Supervisor dashboard', 'Quality monitoring'],
        description: 'Up to 500 accounts.',
      },
      {
        id: 'cc-4',
        name: 'Contact Center 4',
        tier: 4,
        unit: 'account',
        unitForms: { one: 'account', other: 'accounts' },
        unitPrice: eur(5000),
        minQuantity: 1,
        maxQuantity: 2000,
        features: ['Everything in Contact Center 3', 'AI voicebot', 'Workforce management', 'Dedicated success manager'],
        description: 'Up to 2000 accounts.',
      },
    ],
    services: [],
    cycles: [
      { id: 'm1', months: 1, discountPercent: 0 },
      { id: 'm3', months: 3, discountPercent: 5 },
      { id: 'm6', months: 6, discountPercent: 10 },
      { id: 'm12', months: 12, discountPercent: 15 },
      { id: 'm24', months: 24, discountPercent: 20 },
    ],
    slaLevels: [],
    renewalDurations: [],
    paymentMethods: PAYMENT_METHODS,
    payments: PAYMENTS,
  };

  const pascom: Catalog = {
    productId: seedIds.products.pascom,
    productName: 'pascom Cloud Phone System',
    currency: 'EUR',
    plans: [
      {
        id: 'pascom-basic',
        name: 'pascom Cloud Basic',
        tier: 1,
        unit: 'user',
        unitForms: { one: 'user', other: 'users' },
        unitPrice: eur(590),
        minQuantity: 3,
        maxQuantity: 50,
        features: ['Softphone and desk phones', 'Voicemail', 'Call queues'],
      },
      {
        id: 'pascom-business',
        name: 'pascom Cloud Business',
        tier: 2,
        unit: 'user',
        unitForms: { one: 'user', other: 'users' },
        unitPrice: eur(790),
        minQuantity: 5,
        maxQuantity: 1000,
        features: ['Everything in Basic', 'CRM integrations', 'Call recording', 'Group chat'],
      },
    ],
    services: [
      {
        id: 'trunk-lines',
        name: 'Trunk lines',
        unit: 'line',
        unitForms: { one: 'line', other: 'lines' },
        unitPrice: eur(490),
        min: 2,
        max: 200,
        step: 1,
        included: 2,
        description: 'Usable line channels for incoming and outgoing calls.',
      },
      {
        id: 'endpoint-devices',
        name: 'Endpoint devices',
        unit: 'device',
        unitForms: { one: 'device', other: 'devices' },
        unitPrice: eur(150),
        min: 0,
        max: 1000,
        step: 1,
        included: 10,
        description: 'Hardware devices that can be set up on the PBX.',
      },
      {
        id: 'phone-numbers',
        name: 'Phone numbers',
        unit: 'number',
        unitForms: { one: 'number', other: 'numbers' },
        unitPrice: eur(100),
        min: 1,
        max: 500,
        step: 1,
        included: 1,
        description: 'Phone numbers included in the subscription.',
      },
    ],
    cycles: [
      { id: 'm1', months: 1, discountPercent: 0 },
      { id: 'm12', months: 12, discountPercent: 10 },
    ],
    slaLevels: [
      { id: 'sla-basic', name: 'Basic', description: 'Email support on business days.', monthlyPrice: eur(0) },
      { id: 'sla-business', name: 'Business', description: 'Phone support 8-18 on business days, 4-hour response.', monthlyPrice: eur(4900) },
      { id: 'sla-premium', name: 'Premium', description: 'Around the clock, 1-hour response.', monthlyPrice: eur(14900) },
    ],
    renewalDurations: [],
    paymentMethods: PAYMENT_METHODS,
    payments: PAYMENTS,
  };

  const koophone: Catalog = {
    productId: seedIds.products.koophone,
    productName: 'KooPhone',
    currency: 'USD',
    plans: [
      {
        id: 'kp-standard',
        name: 'Cloud Phone Standard',
        tier: 1,
        unit: 'phone',
        unitForms: { one: 'phone', other: 'phones' },
        unitPrice: usd(900),
        minQuantity: 1,
        maxQuantity: 1,
        features: ['4 vCPUs', '8 GB RAM', '64 GB storage'],
      },
      {
        id: 'kp-pro',
        name: 'Cloud Phone Pro',
        tier: 2,
        unit: 'phone',
        unitForms: { one: 'phone', other: 'phones' },
        unitPrice: usd(1500),
        minQuantity: 1,
        maxQuantity: 1,
        features: ['8 vCPUs', '16 GB RAM', '128 GB storage'],
      },
    ],
    services: [],
    cycles: [
      { id: 'm1', months: 1, discountPercent: 0 },
      { id: 'm12', months: 12, discountPercent: 15 },
    ],
    slaLevels: [],
    renewalDurations: [
      { id: 'r1', months: 1, discountPercent: 0 },
      { id: 'r3', months: 3, discountPercent: 0 },
      { id: 'r6', months: 6, discountPercent: 0 },
      { id: 'r12', months: 12, discountPercent: 15 },
      { id: 'r24', months: 24, discountPercent: 20 },
      { id: 'r36', months: 36, discountPercent: 25 },
    ],
    standardRenewalDay: 1,
    paymentMethods: PAYMENT_METHODS,
    payments: PAYMENTS,
  };

  return [pseries, workplace, contactCenter, pascom, koophone];
}

function customers(): Customer[] {
  return [
    { id: seedIds.customers.acme, companyId: seedIds.companyIds.acme, name: 'Acme Telecom GmbH', country: 'DE' },
    { id: seedIds.customers.globex, companyId: seedIds.companyIds.globex, name: 'Globex Trading Ltd', country: 'GB' },
    { id: seedIds.customers.initech, companyId: seedIds.companyIds.initech, name: 'Initech Software Srl', country: 'IT' },
  ];
}

function contacts(): Contact[] {
  return [
    {
      id: seedIds.contacts.anna,
      name: 'Anna Schmidt',
      email: 'anna.schmidt@acme-telecom.example',
      company: 'Acme Telecom GmbH',
      address: { line1: 'Friedrichstraße 123', city: 'Berlin', postalCode: '10117' },
      country: 'DE',
      vatId: 'DE811907980',
      isDefault: true,
    },
    {
      id: seedIds.contacts.luc,
      name: 'Luc Martin',
      email: 'luc.martin@martin-sarl.example',
      company: 'Martin SARL',
      address: { line1: '12 rue de la Paix', city: 'Paris', postalCode: '75002' },
      country: 'FR',
      vatId: 'FR40303265045',
    },
    {
      id: seedIds.contacts.li,
      name: 'Li Wei',
      email: 'li.wei@example.cn',
      address: { line1: '1 Century Avenue', line2: 'Pudong', city: 'Shanghai', postalCode: '200120' },
      country: 'CN',
    },
  ];
}

/** An instant at a time of day, so "registered from" reads like a real record. */
function at(date: string, time: string): string {
  return `${date}T${time}.000Z`;
}

function subscriptions(today: string): Subscription[] {
  const { customers: c, products: p, subscriptions: s } = seedIds;

  // P-Series: a 12-month term that started 7 months ago.
  const pseriesStart = addMonths(today, -7);
  const pseriesEnd = addMonths(pseriesStart, 12);
  const pseries: Subscription = {
    id: s.pseries,
    productId: p.pseries,
    customerId: c.acme,
    name: 'P-Series BYOI Hosting (pbx.acme-telecom.example)',
    status: 'active',
    cycleId: 'm12',
    quantity: 1,
    services: [
      { serviceId: 'extensions', quantity: 50 },
      { serviceId: 'recording-minutes', quantity: 1000 },
    ],
    termStart: pseriesStart,
    termEnd: pseriesEnd,
    minimumTermEnd: pseriesEnd,
    nextPaymentAt: startOfDateTime(pseriesEnd),
    registeredAt: at(addMonths(pseriesStart, -12), '08:15:00'),
    autoRenew: true,
    // 50 × 2.50 × 12 × 0.9 = 1350.00 plus 1000 × 0.02 × 12 × 0.9 = 216.00
    paidThisTerm: usd(cycleAmount(250, 50, 12, 10) + cycleAmount(2, 1000, 12, 10)),
  };

  // Workplace: Globex's yearly term started 2 months and 10 days ago; more services to add.
  const workplaceStart = addDays(addMonths(today, -2), -10);
  const workplaceEnd = addMonths(workplaceStart, 12);
  const workplace: Subscription = {
    id: s.workplace,
    productId: p.workplace,
    customerId: c.globex,
    name: 'Workplace SaaS (Globex Trading)',
    planId: 'wp-standard',
    status: 'active',
    cycleId: 'm12',
    quantity: 1,
    services: [{ serviceId: 'wp-accounts', quantity: 25 }],
    termStart: workplaceStart,
    termEnd: workplaceEnd,
    minimumTermEnd: workplaceEnd,
    nextPaymentAt: startOfDateTime(workplaceEnd),
    registeredAt: at(workplaceStart, '10:02:00'),
    autoRenew: true,
    paidThisTerm: usd(cycleAmount(600, 25, 12, 10)),
  };
  const workplaceTrialStart = addDays(today, -9);
  const workplaceTrialEnd = addDays(workplaceTrialStart, 30);
  const workplaceTrial: Subscription = {
    id: s.workplaceTrial,
    productId: p.workplace,
    customerId: c.initech,
    name: 'Workplace SaaS (Initech, trial)',
    planId: 'wp-standard',
    status: 'trial',
    cycleId: 'm1',
    quantity: 1,
    services: [{ serviceId: 'wp-accounts', quantity: 5 }],
    termStart: workplaceTrialStart,
    termEnd: workplaceTrialEnd,
    minimumTermEnd: workplaceTrialEnd,
    nextPaymentAt: startOfDateTime(workplaceTrialEnd),
    registeredAt: at(workplaceTrialStart, '14:40:00'),
    autoRenew: false,
    paidThisTerm: null,
  };

  // Contact center: Contact Center 2 with 100 accounts, a 6-month term 2 months in.
  const ccStart = addMonths(today, -2);
  const ccEnd = addMonths(ccStart, 6);
  const contactCenter: Subscription = {
    id: s.contactCenter,
    productId: p.contactCenter,
    customerId: c.acme,
    name: 'Contact Center (support hotline)',
    planId: 'cc-2',
    status: 'active',
    cycleId: 'm6',
    quantity: 100,
    services: [],
    termStart: ccStart,
    termEnd: ccEnd,
    minimumTermEnd: ccEnd,
    nextPaymentAt: startOfDateTime(ccEnd),
    registeredAt: at(addMonths(ccStart, -12), '09:30:00'),
    autoRenew: true,
    // 100 × 25.00 × 6 × 0.9 = 13 500.00
    paidThisTerm: eur(cycleAmount(2500, 100, 6, 10)),
  };
  const ccTrialStart = addDays(today, -5);
  const ccTrialEnd = addDays(ccTrialStart, 30);
  const contactCenterTrial: Subscription = {
    id: s.contactCenterTrial,
    productId: p.contactCenter,
    customerId: c.acme,
    name: 'Contact Center (sales team, trial)',
    planId: 'cc-1',
    status: 'trial',
    cycleId: 'm1',
    quantity: 10,
    services: [],
    termStart: ccTrialStart,
    termEnd: ccTrialEnd,
    minimumTermEnd: ccTrialEnd,
    nextPaymentAt: startOfDateTime(ccTrialEnd),
    registeredAt: at(ccTrialStart, '11:05:00'),
    autoRenew: false,
    paidThisTerm: null,
  };
  const ccInactiveEnd = addMonths(today, -1);
  const ccInactiveStart = addMonths(ccInactiveEnd, -1);
  const contactCenterInactive: Subscription = {
    id: s.contactCenterInactive,
    productId: p.contactCenter,
    customerId: c.acme,
    name: 'Contact Center (old branch office)',
    planId: 'cc-1',
    status: 'inactive',
    cycleId: 'm1',
    quantity: 20,
    services: [],
    termStart: ccInactiveStart,
    termEnd: ccInactiveEnd,
    minimumTermEnd: ccInactiveEnd,
    nextPaymentAt: null,
    registeredAt: at(addMonths(ccInactiveStart, -6), '16:20:00'),
    autoRenew: false,
    paidThisTerm: eur(cycleAmount(1500, 20, 1, 0)),
  };

  // pascom: a 30-day trial 12 days in, at the included service amounts.
  const pascomStart = addDays(today, -12);
  const pascomEnd = addDays(pascomStart, 30);
  const pascom: Subscription = {
    id: s.pascom,
    productId: p.pascom,
    customerId: c.acme,
    name: 'pascom Cloud (acme.pascom.cloud, trial)',
    planId: 'pascom-business',
    status: 'trial',
    cycleId: 'm1',
    quantity: 10,
    services: [
      { serviceId: 'trunk-lines', quantity: 2 },
      { serviceId: 'endpoint-devices', quantity: 10 },
      { serviceId: 'phone-numbers', quantity: 1 },
    ],
    slaId: 'sla-basic',
    termStart: pascomStart,
    termEnd: pascomEnd,
    minimumTermEnd: pascomEnd,
    nextPaymentAt: startOfDateTime(pascomEnd),
    registeredAt: at(pascomStart, '13:12:00'),
    autoRenew: false,
    paidThisTerm: null,
  };

  // pascom paid: billed monthly (a month 10 days in) inside a 24-month minimum contract term that
  // started 14 months before this month's term, so it runs for about ten months more.
  const pascomPaidStart = addDays(today, -10);
  const pascomPaidEnd = addMonths(pascomPaidStart, 1);
  const pascomContractStart = addMonths(pascomPaidStart, -14);
  const pascomPaid: Subscription = {
    id: s.pascomPaid,
    productId: p.pascom,
    customerId: c.acme,
    name: 'pascom Cloud (hq.pascom.cloud)',
    planId: 'pascom-business',
    status: 'active',
    cycleId: 'm1',
    quantity: 12,
    services: [
      { serviceId: 'trunk-lines', quantity: 4 },
      { serviceId: 'endpoint-devices', quantity: 12 },
      { serviceId: 'phone-numbers', quantity: 2 },
    ],
    slaId: 'sla-basic',
    termStart: pascomPaidStart,
    termEnd: pascomPaidEnd,
    minimumTermEnd: addMonths(pascomContractStart, 24),
    nextPaymentAt: startOfDateTime(pascomPaidEnd),
    registeredAt: at(pascomContractStart, '09:00:00'),
    autoRenew: true,
    // 12 × 7.90 + 2 extra trunk lines × 4.90 + 2 extra devices × 1.50 + 1 extra number × 1.00 = 112.60
    paidThisTerm: eur(cycleAmount(790, 12, 1, 0) + cycleAmount(490, 2, 1, 0) + cycleAmount(150, 2, 1, 0) + cycleAmount(100, 1, 1, 0)),
  };

  return [pseries, workplace, workplaceTrial, contactCenter, contactCenterTrial, contactCenterInactive, pascom, pascomPaid, ...phones(today)];
}

/** Days from today to each monthly phone's end: two already expired, the rest within a month. */
const MONTHLY_PHONE_ENDS = [-3, 2, 5, 9, 12, 16, 20, 24, 27, 28];
/** The same for yearly phones, spread over the coming year. */
const YEARLY_PHONE_ENDS = [-1, 7, 14, 21, 30, 38, 45, 52, 60, 75, 90, 105, 120, 150, 180, 210, 240, 270, 300, 330];

/** How the phones renew beyond `autoRenew` (every fourth one is `auto`): the renewal center's other tabs. */
const PHONE_MODES: Readonly<Record<number, RenewalMode>> = { 7: 'pay_per_use', 19: 'pay_per_use', 22: 'pay_per_use', 13: 'canceled', 27: 'canceled' };
/** Phones with a renewal day of their own ("Setting the same renewal day"); the others co-term to the account's day. */
const PHONE_RENEWAL_DAYS: Readonly<Record<number, number>> = { 10: 15, 11: 15, 12: 15, 29: 28 };

/** The account's renewal settings: its standard renewal day, the catalog's (the 1st). */
export const SEED_RENEWAL_SETTINGS = { standardRenewalDay: 1 } as const;

/**
 * KooPhone: 30 cloud phones, every third one monthly, with end dates spread over the coming
 * weeks and months so co-terming has something to do: two expired, others within 7, 30 and 90
 * days and later, so every expiry window of the renewal center has rows. `phone-03` always ends on
 * the standard renewal day (the 1st), the case where co-terming moves nothing. Every fourth is
 * renewed automatically, five more are pay-per-use or canceled, four have a renewal day.
 */
function phones(today: string): Subscription[] {
  let monthly = 0;
  let yearly = 0;
  return seedIds.phones.map((id, index) => {
    const number = index + 1;
    const isMonthly = number % 3 === 1;
    const offset = isMonthly ? MONTHLY_PHONE_ENDS[monthly++] : YEARLY_PHONE_ENDS[yearly++];
    if (offset === undefined) throw new Error('Phone end table is shorter than the phone list');
    const termEnd = id === 'phone-03' ? nextDayOfMonthOnOrAfter(addDays(today, 10), 1) : addDays(today, offset);
    const months = isMonthly ? 1 : 12;
    const termStart = addMonths(termEnd, -months);
    const planId = number <= 20 ? 'kp-standard' : 'kp-pro';
    const unitPrice = planId === 'kp-standard' ? 900 : 1500;
    const expired = termEnd < today;
    return {
      id,
      productId: seedIds.products.koophone,
      customerId: seedIds.customers.acme,
      name: `Cloud phone ${String(number).padStart(2, '0')}`,
      planId,
      status: expired ? 'inactive' : 'active',
      cycleId: isMonthly ? 'm1' : 'm12',
      quantity: 1,
      services: [],
      termStart,
      termEnd,
      minimumTermEnd: termEnd,
      nextPaymentAt: expired ? null : startOfDateTime(termEnd),
      registeredAt: at(addMonths(termStart, -(number % 4) * months), '07:45:00'),
      autoRenew: number % 4 === 0,
      paidThisTerm: usd(cycleAmount(unitPrice, 1, months, isMonthly ? 0 : 15)),
      renewalMode: PHONE_MODES[number] ?? (number % 4 === 0 ? 'auto' : 'manual'),
      renewalDay: PHONE_RENEWAL_DAYS[number] ?? null,
    } satisfies Subscription;
  });
}

/** The generated resources' renewal modes, by the last digit of their number. */
const GENERATED_MODES: readonly RenewalMode[] = ['manual', 'manual', 'manual', 'manual', 'manual', 'auto', 'auto', 'auto', 'pay_per_use', 'canceled'];
/** Generated term ends run from 30 days ago to this many days after. */
const GENERATED_SPREAD_DAYS = 540;

/**
 * `count` KooPhone resources of the seed's customer (`gen-000001`...), the same for the same count
 * and now: plans, cycles, modes, renewal days and term ends (30 days ago to 18 months on) spread
 * by their number, so every tab, filter and expiry window has rows. Dates come from a table, not
 * from a calendar call each: 100,000 are made in well under a second.
 */
export function generateResources(count: number, now: Date): Subscription[] {
  const today = toIsoDate(now);
  const ends = Array.from({ length: GENERATED_SPREAD_DAYS + 31 }, (_, index) => addDays(today, index - 30));
  const starts = (months: number) => ends.map((end) => addMonths(end, -months));
  const startsBy = { 1: starts(1), 12: starts(12) };
  const payments = ends.map(startOfDateTime);
  const registered = at(addMonths(today, -24), '08:00:00');
  const width = Math.max(6, String(count).length);
  const resources: Subscription[] = [];
  for (let number = 1; number <= count; number += 1) {
    const offset = (number * 7919) % ends.length;
    const termEnd = ends[offset]!;
    const monthly = number % 3 === 0;
    const months = monthly ? 1 : 12;
    const pro = number % 5 === 0;
    const expired = offset < 30;
    const mode = GENERATED_MODES[number % 10]!;
    const label = String(number).padStart(width, '0');
    resources.push({
      id: `gen-${label}`,
      productId: seedIds.products.koophone,
      customerId: seedIds.customers.acme,
      name: `Cloud phone G${label}`,
      planId: pro ? 'kp-pro' : 'kp-standard',
      status: expired ? 'inactive' : 'active',
      cycleId: monthly ? 'm1' : 'm12',
      quantity: 1,
      services: [],
      termStart: startsBy[months][offset]!,
      termEnd,
      minimumTermEnd: termEnd,
      nextPaymentAt: expired ? null : payments[offset]!,
      registeredAt: registered,
      autoRenew: mode === 'auto',
      paidThisTerm: usd(cycleAmount(pro ? 1500 : 900, 1, months, monthly ? 0 : 15)),
      renewalMode: mode,
      renewalDay: number % 7 === 0 ? (number % 28) + 1 : null,
    });
  }
  return resources;
}

/** Promotion codes on offer; EXPIRED20 ran out yesterday, so refusing it is testable any day. */
function promotions(today: string): Promotion[] {
  return [
    { code: 'WELCOME10', description: 'Welcome offer: 10% off', kind: 'percent', percent: 10 },
    { code: 'SAVE50', description: '50.00 off orders of 200.00 or more', kind: 'fixed', amountOff: 5000, minSubtotal: 20_000 },
    { code: 'UPGRADE15', description: 'Upgrade offer: 15% off', kind: 'percent', percent: 15, flows: ['upgrade'] },
    { code: 'EXPIRED20', description: 'Last season: 20% off', kind: 'percent', percent: 20, validUntil: addDays(today, -1) },
  ];
}

/** Fresh seed data relative to `now`; every call returns new objects, safe to mutate. */
export function createSeed(now: Date): SeedData {
  const today = toIsoDate(now);
  return {
    catalogs: catalogs(),
    customers: customers(),
    subscriptions: subscriptions(today),
    contacts: contacts(),
    promotions: promotions(today),
    renewalSettings: { ...SEED_RENEWAL_SETTINGS },
  };
}
