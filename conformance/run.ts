/**
 * One run of the kit: the clients, what was discovered, the quotes and orders made so far, and
 * the results. A check is a named async function; `check()` turns what it throws into a result,
 * so one broken answer fails its own check and the run goes on.
 */
import type { Catalog, Order, SubscriptionList } from '../src/api/schemas.js';
import { Client, expectAnswer, type Answer } from './client.js';
import { CheckFailure, CheckSkipped, type CheckResult, type ConformanceOptions, type Outcome } from './types.js';
import { discover, newKey, quoteFlow, requestsFor, type FlowLabel, type QuoteAttempt, type World } from './world.js';

export class Run {
  readonly client: Client;
  /** The second account's client, when a second token was given. */
  readonly other: Client | undefined;
  readonly results: CheckResult[] = [];
  /** The first quote of each flow (made by the createQuote route check), for the rule checks. */
  readonly quotes = new Map<FlowLabel, QuoteAttempt>();
  /** Orders made by the checks, for the checks that need one (tenancy, unknown ids). */
  readonly orders: Order[] = [];
  private discovered: World | undefined;
  private discoveryError: string | undefined;

  constructor(readonly options: ConformanceOptions) {
    this.client = new Client(options);
    this.other = options.otherToken ? new Client({ ...options, token: options.otherToken }) : undefined;
  }

  /** Runs a check and records its result. */
  async check(name: string, body: () => Promise<Outcome | string | void>): Promise<CheckResult> {
    let result: CheckResult;
    try {
      const outcome = await body();
      result = typeof outcome === 'object' ? { name, ...outcome } : { name, status: 'pass', detail: outcome ?? '' };
    } catch (error) {
      if (error instanceof CheckFailure) result = { name, status: 'fail', detail: error.message };
      else if (error instanceof CheckSkipped) result = { name, status: 'skip', detail: error.message };
      else result = { name, status: 'fail', detail: `the check itself failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    this.results.push(result);
    return result;
  }

  /** The account's subscriptions, catalogs and a contact; a check that needs them fails with discovery's reason. */
  async world(): Promise<World> {
    if (this.discovered) return this.discovered;
    if (this.discoveryError === undefined) {
      try {
        this.discovered = await discover(this.client);
        return this.discovered;
      } catch (error) {
        this.discoveryError = error instanceof Error ? error.message : String(error);
      }
    }
    throw new CheckFailure(`could not discover the account's data: ${this.discoveryError}`);
  }

  /** The world with the subscriptions as they are now (an order paid since has changed them). */
  async freshWorld(): Promise<World> {
    const world = await this.world();
    const listed = await this.client.route('listSubscriptions');
    world.subscriptions = expectAnswer<SubscriptionList>(listed, 'listSubscriptions').subscriptions;
    return world;
  }

  catalog(world: World, productId: string): Catalog {
    const catalog = world.catalogs.get(productId);
    if (!catalog) throw new CheckFailure(`no catalog for product ${productId}`);
    return catalog;
  }

  /** A new quote of a flow, from the subscriptions as they are now; skipped when no data fits. */
  async freshQuote(flow: FlowLabel) {
    const world = await this.freshWorld();
    const attempt = await quoteFlow(this.client, requestsFor(world, flow), flow);
    if ('skipped' in attempt) throw new CheckSkipped(attempt.skipped);
    if ('failed' in attempt) throw new CheckFailure(attempt.failed);
    return attempt.made;
  }

  /** A new quote of the first flow the data allows, in the order given. */
  async anyFreshQuote(order: readonly FlowLabel[] = ['expand', 'renew', 'upgrade', 'renew co-termed']) {
    const reasons: string[] = [];
    for (const flow of order) {
      try {
        return await this.freshQuote(flow);
      } catch (error) {
        if (!(error instanceof CheckSkipped)) throw error;
        reasons.push(error.message);
      }
    }
    throw new CheckSkipped(`no quote of any flow could be made: ${reasons.join('; ')}`);
  }

  /** The order body for a quote: offline payment where the product takes it (no provider step). */
  async orderBody(quoteId: string, productId: string) {
    const world = await this.world();
    const methods = this.catalog(world, productId).paymentMethods;
    const paymentMethod = methods.includes('offline') ? 'offline' : (methods[0] ?? 'offline');
    return { quoteId, contactId: world.contact.id, paymentMethod, autoRenew: false };
  }

  /** The product a quote request is for. */
  async productOf(subscriptionId: string): Promise<string> {
    const subscription = (await this.world()).subscriptions.find((one) => one.id === subscriptionId);
    if (!subscription) throw new CheckFailure(`subscription ${subscriptionId} was not listed`);
    return subscription.productId;
  }

  /** Creates an order for a new quote of the first workable flow; answers the order and its call. */
  async newOrder(order: readonly FlowLabel[] = ['expand', 'renew', 'upgrade', 'renew co-termed']): Promise<{ order: Order; answer: Answer }> {
    const made = await this.anyFreshQuote(order);
    const subscriptionId = made.request.flow === 'renew' ? made.request.subscriptionIds?.[0] : made.request.subscriptionId;
    const body = await this.orderBody(made.raw.id, await this.productOf(subscriptionId ?? ''));
    const answer = await this.client.route('createOrder', {}, { body, headers: { 'Idempotency-Key': newKey() } });
    const created = expectAnswer<Order>(answer, 'createOrder');
    this.orders.push(created);
    return { order: created, answer };
  }

  /** Any order of the account: one made earlier in the run, or a new one. */
  async someOrder(): Promise<Order> {
    return this.orders[0] ?? (await this.newOrder()).order;
  }
}
