/**
 * Who may ask: a backend that wants a token refuses none or a bad one with 401 `unauthorized`;
 * and one account never reaches another's data: every id read with the first token answers 404
 * `not_found` to the second (never 403, which would confirm the id exists).
 */
import type { RenewalPage } from '../../src/api/renewal-schemas.js';
import { endpoints, type EndpointName } from '../../src/api/endpoints.js';
import type { ContactList, SubscriptionList } from '../../src/api/schemas.js';
import { expectAnswer, expectError, pathParams, type Client } from '../client.js';
import type { Run } from '../run.js';
import { CheckFailure, CheckSkipped, skip } from '../types.js';
import { newKey } from '../world.js';
import { checkHistoryTenancy } from './history.js';

const NO_AUTH = 'the backend answers without a token, so it does not require auth';

export async function checkAuth(run: Run): Promise<void> {
  let required = false;
  await run.check('auth: no token -> 401 unauthorized', async () => {
    const probe = await run.client.route('listSubscriptions', {}, { token: null });
    required = probe.status === 401;
    return required ? expectError(probe, 401, 'unauthorized') : skip(`${NO_AUTH} (${probe.request} without one answered ${probe.status})`);
  });
  await run.check('auth: a bad token -> 401 unauthorized', async () => {
    if (!required) return skip(NO_AUTH);
    return expectError(await run.client.route('listSubscriptions', {}, { token: 'conformance-not-a-valid-token' }), 401, 'unauthorized');
  });
}

/** Valid bodies for the routes with an id and a body: only whose id it is is at fault. */
const tenancyBodies: Partial<Record<EndpointName, unknown>> = { setAutoRenew: { autoRenew: false }, confirmOrder: {} };

/** Catalogs are the vendor's, the same for every account: not a tenant's data. */
const SHARED: readonly EndpointName[] = ['getCatalog'];

function otherClient(run: Run): Client {
  if (!run.other) throw new CheckSkipped('no --other-token: tenancy needs a second account');
  return run.other;
}

export async function checkTenancy(run: Run): Promise<void> {
  const routes = (Object.keys(endpoints) as EndpointName[]).filter((name) => pathParams(name).length > 0 && !SHARED.includes(name));

  for (const name of routes) {
    await run.check(`tenancy: another account's id -> 404 not_found (${name})`, async () => {
      const other = otherClient(run);
      const params: Record<string, string> = {};
      for (const param of pathParams(name)) {
        if (param === 'orderId') params[param] = (await run.someOrder()).id;
        else if (param === 'subscriptionId') params[param] = (await run.world()).subscriptions[0]?.id ?? '';
        else if (param === 'quoteId') params[param] = (await run.anyFreshQuote()).raw.id;
        else throw new CheckFailure(`the kit has no id of the first account for {${param}} of ${name}`);
      }
      const body = 'request' in endpoints[name] ? tenancyBodies[name] : undefined;
      return expectError(await other.route(name, params, { body }), 404, 'not_found');
    });
  }

  await run.check("tenancy: another account's subscription -> 404 not_found (createQuote)", async () => {
    const other = otherClient(run);
    const made = await run.anyFreshQuote();
    return expectError(await other.route('createQuote', {}, { body: made.request }), 404, 'not_found');
  });
  await run.check("tenancy: another account's quote -> 404 not_found (createOrder)", async () => {
    const other = otherClient(run);
    const made = await run.anyFreshQuote();
    // The second account's own contact, so that only the quote is foreign.
    const contacts = expectAnswer<ContactList>(await other.route('listContacts'), 'listContacts').contacts;
    const body = {
      ...(await run.orderBody(
        made.raw.id,
        await run.productOf(made.request.flow === 'renew' ? (made.request.subscriptionIds?.[0] ?? '') : made.request.subscriptionId),
      )),
    };
    if (contacts[0]) body.contactId = contacts[0].id;
    return expectError(await other.route('createOrder', {}, { body, headers: { 'Idempotency-Key': newKey() } }), 404, 'not_found');
  });
  await run.check("tenancy: another account's resources -> 404 not_found (setRenewalMode by ids), and never in its renewal center", async () => {
    const other = otherClient(run);
    const world = await run.world();
    const mine = world.subscriptions.find((one) => one.status !== 'trial');
    if (!mine) throw new CheckSkipped('the first account has no renewable resource');
    expectError(await other.route('setRenewalMode', {}, { body: { selection: { ids: [mine.id] }, mode: 'canceled' } }), 404, 'not_found');
    for (const mode of ['manual', 'auto', 'pay_per_use', 'canceled']) {
      const answer = await other.route('listRenewals', {}, { query: { mode, search: mine.id } });
      const leaked = expectAnswer<RenewalPage>(answer, 'listRenewals').resources.find((one) => one.id === mine.id);
      if (leaked) throw new CheckFailure(`${answer.request} with the second token lists the first account's ${leaked.id}`);
    }
  });
  await run.check("tenancy: order history never lists another account's orders", () => checkHistoryTenancy(run, otherClient(run)));
  await run.check("tenancy: lists never show another account's subscriptions or contacts", async () => {
    const other = otherClient(run);
    const world = await run.world();
    const mine = new Set([...world.subscriptions.map((one) => one.id)]);
    const theirs = expectAnswer<SubscriptionList>(await other.route('listSubscriptions'), 'listSubscriptions').subscriptions;
    const leaked = theirs.find((one) => mine.has(one.id));
    if (leaked) throw new CheckFailure(`GET /subscriptions with the second token lists the first account's ${leaked.id}`);
    const contacts = expectAnswer<ContactList>(await other.route('listContacts'), 'listContacts').contacts;
    const leakedContact = contacts.find((one) => one.id === world.contact.id);
    if (leakedContact) throw new CheckFailure(`GET /contacts with the second token lists the first account's contact ${leakedContact.id}`);
  });
}
