/**
 * What the checks work on, found through the backend's own routes (a vendor's server holds its
 * own data): the account's subscriptions, their catalogs and a billing contact; and, from them,
 * quote requests for each flow that the data allows.
 */
import type { Catalog, Contact, SubscriptionList, QuoteRequest, Subscription } from '../src/api/schemas.js';
import { canExpand } from '../src/api/rules.js';
import { describe, expectAnswer, type Answer, type Client } from './client.js';
import { CheckFailure } from './types.js';

export interface World {
  subscriptions: Subscription[];
  catalogs: Map<string, Catalog>;
  contact: Contact;
}

/** Lists subscriptions, reads each product's catalog and a contact (adding one if there is none). */
export async function discover(client: Client): Promise<World> {
  const listed = await client.route('listSubscriptions');
  const { subscriptions } = expectAnswer<SubscriptionList>(listed, 'listSubscriptions');
  if (subscriptions.length === 0) throw new CheckFailure(`${listed.request}: the account has no subscription; the checks need at least one`);
  const catalogs = new Map<string, Catalog>();
  for (const productId of new Set(subscriptions.map((subscription) => subscription.productId))) {
    const answer = await client.route('getCatalog', { productId });
    catalogs.set(productId, expectAnswer<Catalog>(answer, 'getCatalog'));
  }
  const contacts = await client.route('listContacts');
  let contact = expectAnswer<{ contacts: Contact[] }>(contacts, 'listContacts').contacts[0];
  if (!contact) {
    const made = await client.route('createContact', {}, { body: sampleContact(), headers: { 'Idempotency-Key': newKey() } });
    contact = expectAnswer<Contact>(made, 'createContact');
  }
  return { subscriptions, catalogs, contact };
}

/** A fresh idempotency key. */
export function newKey(): string {
  return `conformance-${crypto.randomUUID()}`;
}

/** A new, valid billing contact (a unique email, so it is saved, not matched to an existing one). */
export function sampleContact() {
  return {
    name: 'Conformance Check',
    email: `conformance+${crypto.randomUUID().slice(0, 8)}@example.com`,
    company: 'Conformance Ltd',
    address: { line1: '1 Test Street', city: 'Berlin', postalCode: '10115' },
    country: 'DE',
  };
}

export type FlowLabel = 'expand' | 'upgrade' | 'renew' | 'renew co-termed';
export const FLOW_LABELS: readonly FlowLabel[] = ['expand', 'upgrade', 'renew', 'renew co-termed'];

/** Expand requests the data allows: each active subscription's services, one step more. */
export function expandRequests(world: World): QuoteRequest[] {
  const requests: QuoteRequest[] = [];
  for (const subscription of world.subscriptions) {
    const catalog = world.catalogs.get(subscription.productId);
    if (!catalog || !canExpand(subscription)) continue;
    for (const service of catalog.services) {
      const before = subscription.services.find((entry) => entry.serviceId === service.id)?.quantity ?? 0;
      for (const quantity of new Set([before + service.step, Math.max(service.min, before + service.step)])) {
        if (quantity <= service.max && quantity > before) {
          requests.push({ flow: 'expand', subscriptionId: subscription.id, items: [{ serviceId: service.id, quantity }] });
        }
      }
    }
  }
  return requests;
}

/**
 * Upgrade requests: a plan above the current one (or more of it), trials first (no credit to
 * muddle the figures), the longest cycle first (a credit never exceeds it).
 */
export function upgradeRequests(world: World): Extract<QuoteRequest, { flow: 'upgrade' }>[] {
  const requests: Extract<QuoteRequest, { flow: 'upgrade' }>[] = [];
  const ordered = [...world.subscriptions].sort((a, b) => Number(b.status === 'trial') - Number(a.status === 'trial'));
  for (const subscription of ordered) {
    const catalog = world.catalogs.get(subscription.productId);
    if (!catalog || catalog.plans.length === 0 || catalog.cycles.length === 0) continue;
    const current = catalog.plans.find((plan) => plan.id === subscription.planId);
    const cycle = [...catalog.cycles].sort((a, b) => b.months - a.months)[0];
    if (!cycle) continue;
    const plans = [...catalog.plans].filter((plan) => !current || plan.tier > current.tier || plan.id === current.id).sort((a, b) => b.tier - a.tier);
    for (const plan of plans) {
      const more = plan.id === current?.id && subscription.status === 'active' ? 1 : 0;
      const quantity = Math.min(Math.max(plan.minQuantity, subscription.quantity + more), plan.maxQuantity);
      requests.push({ flow: 'upgrade', subscriptionId: subscription.id, planId: plan.id, cycleId: cycle.id, quantity });
    }
  }
  return requests;
}

/**
 * Renew requests: subscriptions that are not trials, a batch of up to three of one product and
 * customer, then each alone; co-termed only where the catalog has a standard renewal day.
 */
export function renewRequests(world: World, coterm: boolean): QuoteRequest[] {
  const groups = new Map<string, Subscription[]>();
  for (const subscription of world.subscriptions) {
    const catalog = world.catalogs.get(subscription.productId);
    if (!catalog || subscription.status === 'trial' || catalog.renewalDurations.length === 0) continue;
    if (coterm && catalog.standardRenewalDay === undefined) continue;
    const key = `${subscription.productId}\u0000${subscription.customerId}`;
    groups.set(key, [...(groups.get(key) ?? []), subscription]);
  }
  const requests: QuoteRequest[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    const duration = first && world.catalogs.get(first.productId)?.renewalDurations[0];
    if (!duration) continue;
    const batches = [group.slice(0, 3), ...group.slice(0, 3).map((one) => [one])];
    for (const batch of batches) requests.push({ flow: 'renew', subscriptionIds: batch.map((one) => one.id), durationId: duration.id, coterm });
  }
  return requests;
}

export function requestsFor(world: World, flow: FlowLabel): QuoteRequest[] {
  if (flow === 'expand') return expandRequests(world);
  if (flow === 'upgrade') return upgradeRequests(world);
  return renewRequests(world, flow === 'renew co-termed');
}

export interface QuoteMade {
  request: QuoteRequest;
  answer: Answer;
  /** The answer's JSON as it came: the rule checks judge it even when the schema refuses it. */
  raw: RawQuote;
}

/** The fields of a quote the rule checks read, without trusting the schema. */
export interface RawQuote {
  id: string;
  currency: string;
  lines: { kind?: string; amount: { amount: number; currency: string }; unitPrice?: { amount: number; currency: string }; months?: unknown }[];
  subtotal: { amount: number; currency: string };
  discount: { amount: { amount: number; currency: string } } | null;
  tax: { amount: { amount: number; currency: string } };
  total: { amount: number; currency: string };
  expiresAt: string;
}

/** The quote that a flow's first workable request gets; refusals by 4xx try the next request. */
export type QuoteAttempt = { made: QuoteMade } | { skipped: string } | { failed: string };

export async function quoteFlow(client: Client, requests: readonly QuoteRequest[], flow: string): Promise<QuoteAttempt> {
  if (requests.length === 0) return { skipped: `no subscription of the account fits a ${flow} quote` };
  let last: Answer | undefined;
  for (const request of requests.slice(0, 12)) {
    const answer = await client.route('createQuote', {}, { body: request });
    if (answer.status >= 200 && answer.status < 300) {
      if (!looksLikeQuote(answer.json)) return { failed: `${answer.request} (${flow}): expected a quote, got ${describe(answer)}` };
      return { made: { request, answer, raw: answer.json } };
    }
    last = answer;
    if (answer.status >= 500 || answer.status < 400) break;
  }
  if (last && last.status >= 400 && last.status < 500) return { skipped: `the backend refused every ${flow} request the kit tried; last: ${describe(last)}` };
  return { failed: `${flow} quote: expected 200, got ${last ? describe(last) : 'nothing'}` };
}

function isMoney(value: unknown): value is { amount: number; currency: string } {
  return typeof value === 'object' && value !== null && typeof (value as { amount?: unknown }).amount === 'number';
}

function looksLikeQuote(json: unknown): json is RawQuote {
  const quote = json as Partial<RawQuote> | null;
  return (
    typeof quote === 'object' &&
    quote !== null &&
    typeof quote.id === 'string' &&
    Array.isArray(quote.lines) &&
    quote.lines.every((line) => isMoney(line?.amount)) &&
    isMoney(quote.subtotal) &&
    isMoney(quote.total) &&
    isMoney(quote.tax?.amount)
  );
}
