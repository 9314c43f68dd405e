/**
 * What a new database starts with: three accounts.
 * - `acct-demo` (customer): the mock backend's seed as it is (every seed flow's subscriptions,
 *   its customers, contacts, catalogs and promotions), so the demo runs the same on the server.
 * - `acct-northwind` (customer): another company with one Workplace SaaS subscription and a
 *   contact; it never sees the demo account's data, nor the demo account its.
 * - `acct-partner` (partner): a Workplace SaaS reseller managing Northwind, looking it up by its
 *   company id (`WP-300500`) as the Workplace SaaS help page's partner portal does.
 * Dates are relative to `now`, as in the mocks.
 */
import type { Contact, Customer, Subscription } from '../src/api/schemas.js';
import { addDays, addMonths, startOfDateTime, toIsoDate } from '../src/api/calendar.js';
import { cycleAmount } from '../core/pricing.js';
import type { RepositoryContents } from '../core/memory-repository.js';
import { createSeed, generateResources, seedIds } from '../mocks/seed.js';
import { subscriptionColumns, type ServerStore } from './db/repository.js';
import type { Role } from './tokens.js';

export const seedAccounts = {
  demo: { id: 'acct-demo', role: 'customer', name: 'Demo account (every seed flow)', customers: [] as string[] },
  northwind: { id: 'acct-northwind', role: 'customer', name: 'Northwind Traders BV', customers: [] as string[] },
  partner: { id: 'acct-partner', role: 'partner', name: 'Workplace reseller', customers: ['acct-northwind'] },
} as const satisfies Record<string, { id: string; role: Role; name: string; customers: readonly string[] }>;

/** Ids of the second customer's records (tests of tenancy read them). */
export const northwindIds = {
  customer: 'cust-northwind',
  companyId: 'WP-300500',
  subscription: 'sub-northwind-workplace',
  contact: 'contact-northwind',
} as const;

function northwind(now: Date): RepositoryContents {
  const today = toIsoDate(now);
  const all = createSeed(now);
  const customer: Customer = { id: northwindIds.customer, companyId: northwindIds.companyId, name: 'Northwind Traders BV', country: 'NL' };
  const termStart = addDays(addMonths(today, -4), -3);
  const termEnd = addMonths(termStart, 12);
  const subscription: Subscription = {
    id: northwindIds.subscription,
    productId: seedIds.products.workplace,
    customerId: customer.id,
    name: 'Workplace SaaS (Northwind Traders)',
    planId: 'wp-standard',
    status: 'active',
    cycleId: 'm12',
    quantity: 1,
    services: [{ serviceId: 'wp-accounts', quantity: 40 }],
    termStart,
    termEnd,
    minimumTermEnd: termEnd,
    nextPaymentAt: startOfDateTime(termEnd),
    registeredAt: `${termStart}T09:00:00.000Z`,
    autoRenew: true,
    paidThisTerm: { amount: cycleAmount(600, 40, 12, 10), currency: 'USD' },
  };
  const contact: Contact = {
    id: northwindIds.contact,
    name: 'Eva de Vries',
    email: 'eva.devries@northwind.example',
    company: 'Northwind Traders BV',
    address: { line1: 'Keizersgracht 1', city: 'Amsterdam', postalCode: '1015 CJ' },
    country: 'NL',
    vatId: 'NL123456789B01',
    isDefault: true,
  };
  return {
    catalogs: all.catalogs.filter((catalog) => catalog.productId === seedIds.products.workplace),
    customers: [customer],
    subscriptions: [subscription],
    contacts: [contact],
    promotions: all.promotions,
  };
}

/** The seed of every account, by account id. */
export function serverSeed(now: Date): Record<string, RepositoryContents> {
  return { [seedAccounts.demo.id]: createSeed(now), [seedAccounts.northwind.id]: northwind(now) };
}

/**
 * Fills an empty database; a database with any account is left as it is (so a restart keeps
 * its orders, and processes starting together on one PostgreSQL seed it once). Answers whether
 * it seeded.
 */
/**
 * Adds `count` generated KooPhone resources (`mocks/seed.ts`' `generateResources`) to the demo
 * account, by multi-row inserts: the renewal center at scale (`npm run server -- --resources 100000`).
 * Resources it already has are skipped, so a restart with the same count adds nothing.
 */
export async function addGeneratedResources(store: ServerStore, count: number, now: Date): Promise<number> {
  const resources = generateResources(count, now);
  return store.transaction(async (trx) => {
    let added = 0;
    for (let start = 0; start < resources.length; start += 400) {
      const chunk = resources.slice(start, start + 400);
      const result = await trx
        .insertInto('subscriptions')
        .values(
          chunk.map((subscription, index) => ({
            id: subscription.id,
            account_id: seedAccounts.demo.id,
            // Listed after every other row by `seq`, far above what the id counter reaches.
            seq: 1_000_000_000 + start + index,
            product_id: subscription.productId,
            customer_id: subscription.customerId,
            ...subscriptionColumns(subscription),
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  });
}

export async function seedIfEmpty(store: ServerStore, now: Date): Promise<boolean> {
  return store.transaction(async (trx) => {
    const existing = await trx.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
    if (existing) return false;
    const seeds = serverSeed(now);
    await trx
      .insertInto('accounts')
      .values(Object.values(seedAccounts).map(({ id, role, name }) => ({ id, role, name })))
      .execute();
    // Seeded rows take `seq` 1, 2, …: below every number the id counter (from 1001) hands out.
    let seq = 0;
    for (const [accountId, seed] of Object.entries(seeds)) {
      for (const catalog of seed.catalogs) {
        await trx
          .insertInto('catalogs')
          .values({ account_id: accountId, product_id: catalog.productId, currency: catalog.currency, data: JSON.stringify(catalog) })
          .execute();
      }
      for (const customer of seed.customers) {
        await trx
          .insertInto('customers')
          .values({ id: customer.id, account_id: accountId, company_id: customer.companyId, name: customer.name, country: customer.country })
          .execute();
      }
      for (const promotion of seed.promotions) {
        await trx
          .insertInto('promotions')
          .values({ account_id: accountId, code: promotion.code, data: JSON.stringify(promotion) })
          .execute();
      }
      for (const subscription of seed.subscriptions) {
        await trx
          .insertInto('subscriptions')
          .values({
            id: subscription.id,
            account_id: accountId,
            seq: (seq += 1),
            product_id: subscription.productId,
            customer_id: subscription.customerId,
            ...subscriptionColumns(subscription),
          })
          .execute();
      }
      if (seed.renewalSettings) {
        await trx.insertInto('renewal_settings').values({ account_id: accountId, standard_renewal_day: seed.renewalSettings.standardRenewalDay }).execute();
      }
      for (const contact of seed.contacts) {
        await trx
          .insertInto('contacts')
          .values({ id: contact.id, account_id: accountId, seq: (seq += 1), email: contact.email, data: JSON.stringify(contact) })
          .execute();
      }
    }
    return true;
  });
}
