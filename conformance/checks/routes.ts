/**
 * Every route of the table answers what its response schema says. The table drives the list: a
 * route added to `endpoints` without an entry here fails the coverage check, so the kit cannot
 * silently stop covering the contract.
 */
import { endpoints, type EndpointName } from '../../src/api/endpoints.js';
import type { Contact, CustomerLookup, Invoice, Order, OrderPage, Quote, Subscription } from '../../src/api/schemas.js';
import type { QuoteItemPage, RenewalCounts, RenewalPage, RenewalSettings, RenewalUpdate } from '../../src/api/renewal-schemas.js';
import { describe, expectAnswer, type Answer } from '../client.js';
import type { Run } from '../run.js';
import { CheckFailure, CheckSkipped, fail, pass } from '../types.js';
import { FLOW_LABELS, newKey, quoteFlow, requestsFor, sampleContact } from '../world.js';

/** Company ids of the demo data, tried only when no `companyId` was given (a last resort). */
const DEMO_COMPANY_IDS = ['ACME-0001', 'WP-100234'];

type RouteCheck = (run: Run) => Promise<string | void>;

/** Calls a route so that it answers 2xx, and checks the answer with the route's schema. */
export const routeChecks: Partial<Record<EndpointName, RouteCheck>> = {
  async getCatalog(run) {
    const world = await run.world();
    for (const productId of world.catalogs.keys()) expectAnswer(await run.client.route('getCatalog', { productId }), 'getCatalog');
    return `${world.catalogs.size} catalog(s)`;
  },
  async getSubscription(run) {
    const world = await run.world();
    for (const subscription of world.subscriptions.slice(0, 20)) {
      const read = expectAnswer<Subscription>(await run.client.route('getSubscription', { subscriptionId: subscription.id }), 'getSubscription');
      if (read.id !== subscription.id) throw new CheckFailure(`GET /subscriptions/${subscription.id} answered subscription ${read.id}`);
    }
  },
  async listSubscriptions(run) {
    const world = await run.world();
    const productId = world.subscriptions[0]?.productId ?? '';
    const answer = await run.client.route('listSubscriptions', {}, { query: { productId } });
    const { subscriptions } = expectAnswer<{ subscriptions: Subscription[] }>(answer, 'listSubscriptions');
    const other = subscriptions.find((subscription) => subscription.productId !== productId);
    if (other) throw new CheckFailure(`${answer.request}: answered subscription ${other.id} of product ${other.productId}`);
  },
  async setAutoRenew(run) {
    const [subscription] = (await run.world()).subscriptions;
    if (!subscription) throw new CheckSkipped('no subscription');
    // Sets the value it has: the route is exercised and the account is left as it was.
    const answer = await run.client.route('setAutoRenew', { subscriptionId: subscription.id }, { body: { autoRenew: subscription.autoRenew } });
    const read = expectAnswer<Subscription>(answer, 'setAutoRenew');
    if (read.autoRenew !== subscription.autoRenew)
      throw new CheckFailure(`${answer.request}: sent autoRenew ${subscription.autoRenew}, answered ${read.autoRenew}`);
  },
  async unsubscribe(run) {
    const world = await run.world();
    // An active subscription only stops renewing; it stays usable for the other flows.
    const subscription = world.subscriptions.find((one) => one.status === 'active') ?? world.subscriptions[0];
    if (!subscription) throw new CheckSkipped('no subscription');
    const read = expectAnswer<Subscription>(await run.client.route('unsubscribe', { subscriptionId: subscription.id }), 'unsubscribe');
    if (read.autoRenew) throw new CheckFailure(`POST /subscriptions/${subscription.id}/unsubscribe: answered autoRenew true`);
  },
  async lookupCompany(run) {
    const candidates = run.options.companyId ? [run.options.companyId] : DEMO_COMPANY_IDS;
    let last: Answer | undefined;
    for (const companyId of candidates) {
      last = await run.client.route('lookupCompany', {}, { query: { companyId } });
      if (last.status === 404 && !run.options.companyId) continue;
      const found = expectAnswer<CustomerLookup>(last, 'lookupCompany');
      if (found.customer.companyId !== companyId) throw new CheckFailure(`${last.request}: answered company ${found.customer.companyId}`);
      return `company ${companyId}`;
    }
    throw new CheckSkipped(`no company id known to this backend (pass --company-id); last: ${last ? describe(last) : 'none'}`);
  },
  async createQuote(run) {
    const world = await run.world();
    const made: string[] = [];
    const problems: string[] = [];
    for (const flow of FLOW_LABELS) {
      const attempt = await quoteFlow(run.client, requestsFor(world, flow), flow);
      run.quotes.set(flow, attempt);
      if ('made' in attempt) {
        expectAnswer(attempt.made.answer, 'createQuote');
        made.push(flow);
      } else if ('failed' in attempt) problems.push(attempt.failed);
    }
    if (problems.length > 0) throw new CheckFailure(problems.join('; '));
    if (made.length === 0) throw new CheckFailure('no quote of any flow could be made');
    return `quoted: ${made.join(', ')}`;
  },
  async listContacts(run) {
    expectAnswer(await run.client.route('listContacts'), 'listContacts');
  },
  async createContact(run) {
    const body = sampleContact();
    const key = newKey();
    const first = expectAnswer<Contact>(await run.client.route('createContact', {}, { body, headers: { 'Idempotency-Key': key } }), 'createContact');
    const again = expectAnswer<Contact>(await run.client.route('createContact', {}, { body, headers: { 'Idempotency-Key': key } }), 'createContact');
    if (again.id !== first.id) throw new CheckFailure(`POST /contacts twice with one Idempotency-Key: expected contact ${first.id} again, got ${again.id}`);
  },
  async createOrder(run) {
    const { order } = await run.newOrder();
    return `order ${order.id} (${order.status})`;
  },
  async listOrders(run) {
    await run.someOrder();
    const page = expectAnswer<OrderPage>(await run.client.route('listOrders'), 'listOrders');
    if (page.orders.length === 0) throw new CheckFailure('GET /orders: lists no order, though this run made one');
    return `${page.orders.length} order(s) on the first page`;
  },
  async getOrder(run) {
    const order = await run.someOrder();
    const read = expectAnswer<Order>(await run.client.route('getOrder', { orderId: order.id }), 'getOrder');
    if (read.id !== order.id) throw new CheckFailure(`GET /orders/${order.id} answered order ${read.id}`);
  },
  async cancelOrder(run) {
    const { order } = await run.newOrder();
    const read = expectAnswer<Order>(await run.client.route('cancelOrder', { orderId: order.id }), 'cancelOrder');
    if (read.status !== 'cancelled') throw new CheckFailure(`POST /orders/${order.id}/cancel: expected status cancelled, got ${read.status}`);
  },
  async confirmOrder(run) {
    // A renewal first: paying it only extends a term, so the other flows' requests stay valid.
    const { order } = await run.newOrder(['renew', 'renew co-termed', 'expand', 'upgrade']);
    const read = expectAnswer<Order>(await run.client.route('confirmOrder', { orderId: order.id }, { body: {} }), 'confirmOrder');
    if (read.id !== order.id) throw new CheckFailure(`POST /orders/${order.id}/confirm answered order ${read.id}`);
    // The browser's word is not payment where the provider (or, offline, the vendor) is the truth:
    // such a backend answers the order as it stands. A mock may mark it paid at once.
    if (read.status !== 'paid' && read.status !== order.status) {
      throw new CheckFailure(`POST /orders/${order.id}/confirm: expected status paid or ${order.status} (unchanged), got ${read.status}`);
    }
  },
  async createInvoiceLink(run) {
    // A paid renewal (it only extends a term), then two fresh links to its invoice.
    const { order } = await run.newOrder(['renew', 'renew co-termed', 'expand', 'upgrade']);
    const paid = expectAnswer<Order>(await run.client.route('confirmOrder', { orderId: order.id }, { body: {} }), 'confirmOrder');
    const request = `POST /orders/${order.id}/invoice-link`;
    const first = expectAnswer<Invoice>(await run.client.route('createInvoiceLink', { orderId: order.id }), 'createInvoiceLink');
    const second = expectAnswer<Invoice>(await run.client.route('createInvoiceLink', { orderId: order.id }), 'createInvoiceLink');
    if (!first.singleUse) throw new CheckFailure(`${request}: answered singleUse false; a fresh invoice link is usable once`);
    if (first.url === second.url) throw new CheckFailure(`${request} twice: answered the same link ${first.url}; each must be a fresh one`);
    if (paid.invoice && (first.url === paid.invoice.url || second.url === paid.invoice.url)) {
      throw new CheckFailure(`${request}: answered the order's own invoice link instead of a fresh one`);
    }
    const validFor = Date.parse(first.expiresAt) - Date.parse(paid.effectiveAt ?? paid.createdAt);
    if (!(validFor > 0 && validFor <= 24 * 3_600_000 + 60_000)) {
      throw new CheckFailure(`${request}: expires at ${first.expiresAt}, not within 24 hours of the payment (${paid.effectiveAt ?? 'no effectiveAt'})`);
    }
  },
  async listRenewals(run) {
    const page = expectAnswer<RenewalPage>(await run.client.route('listRenewals', {}, { query: { mode: 'manual' } }), 'listRenewals');
    return `${page.resources.length} of ${page.total} manual renewals on the first page`;
  },
  async countRenewals(run) {
    const counts = expectAnswer<RenewalCounts>(await run.client.route('countRenewals'), 'countRenewals');
    return Object.entries(counts)
      .map(([mode, count]) => `${mode} ${count}`)
      .join(', ');
  },
  async setRenewalMode(run) {
    // A resource moved to the tab it is in: the route runs and nothing changes.
    const row = await firstRenewalRow(run);
    const body = { selection: { ids: [row.id] }, mode: row.renewalMode };
    const update = expectAnswer<RenewalUpdate>(await run.client.route('setRenewalMode', {}, { body }), 'setRenewalMode');
    if (update.updated !== 1) throw new CheckFailure(`POST /renewals/mode for ${row.id}: updated ${update.updated}, expected 1`);
  },
  async setRenewalDay(run) {
    const row = await firstRenewalRow(run);
    const body = { selection: { ids: [row.id] }, renewalDay: row.renewalDay };
    const update = expectAnswer<RenewalUpdate>(await run.client.route('setRenewalDay', {}, { body }), 'setRenewalDay');
    if (update.updated !== 1) throw new CheckFailure(`POST /renewals/renewal-day for ${row.id}: updated ${update.updated}, expected 1`);
  },
  async getRenewalSettings(run) {
    const settings = expectAnswer<RenewalSettings>(await run.client.route('getRenewalSettings'), 'getRenewalSettings');
    return `standard renewal day ${settings.standardRenewalDay ?? 'none'}`;
  },
  async updateRenewalSettings(run) {
    // Sets what is there: the route runs and the account is left as it was.
    const settings = expectAnswer<RenewalSettings>(await run.client.route('getRenewalSettings'), 'getRenewalSettings');
    const saved = expectAnswer<RenewalSettings>(await run.client.route('updateRenewalSettings', {}, { body: settings }), 'updateRenewalSettings');
    if (saved.standardRenewalDay !== settings.standardRenewalDay) {
      throw new CheckFailure(`PATCH /renewals/settings with day ${settings.standardRenewalDay}: answered ${saved.standardRenewalDay}`);
    }
  },
  async listQuoteItems(run) {
    const made = await run.freshQuote('renew');
    const quote = made.raw as unknown as Quote;
    const page = expectAnswer<QuoteItemPage>(await run.client.route('listQuoteItems', { quoteId: quote.id }), 'listQuoteItems');
    const ids = made.request.flow === 'renew' ? (made.request.subscriptionIds ?? []) : [];
    const listed = page.items.map((item) => item.subscriptionId);
    if (listed.join() !== ids.join()) throw new CheckFailure(`GET /quotes/${quote.id}/items: items ${listed.join(', ')}, the quote renews ${ids.join(', ')}`);
    return `${page.items.length} item(s)`;
  },
};

/** The first row of the first tab that has one. */
async function firstRenewalRow(run: Run) {
  for (const mode of ['manual', 'auto', 'pay_per_use', 'canceled']) {
    const page = expectAnswer<RenewalPage>(await run.client.route('listRenewals', {}, { query: { mode, limit: '1' } }), 'listRenewals');
    if (page.resources[0]) return page.resources[0];
  }
  throw new CheckSkipped('the account has no renewable resource');
}

export function routeCheckName(name: EndpointName): string {
  const endpoint = endpoints[name];
  return `answer parses: ${name} (${endpoint.method} ${endpoint.path})`;
}

export async function checkRoutes(run: Run): Promise<void> {
  await run.check('every route of the table has a check', async () => {
    const missing = (Object.keys(endpoints) as EndpointName[]).filter((name) => !routeChecks[name]);
    return missing.length === 0 ? pass(`${Object.keys(endpoints).length} routes`) : fail(`routes without a conformance check: ${missing.join(', ')}`);
  });
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const body = routeChecks[name];
    if (body) await run.check(routeCheckName(name), () => body(run));
  }
}
