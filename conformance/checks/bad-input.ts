/**
 * Bad input gets the contract's refusals: invalid JSON is 400, a body the schema refuses is
 * 400/422 `invalid_request`, an unknown id is 404 `not_found`; every error body is an `ErrorBody`.
 */
import { safeParse } from 'zod/mini';
import { endpoints, type Endpoint, type EndpointName } from '../../src/api/endpoints.js';
import { expectError, pathParams } from '../client.js';
import type { Run } from '../run.js';
import { CheckFailure } from '../types.js';
import { newKey } from '../world.js';

/** Real ids for a route's path parameters, so that only the body is at fault. */
async function realParams(run: Run, name: EndpointName): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  for (const param of pathParams(name)) {
    if (param === 'orderId') params[param] = (await run.someOrder()).id;
    else if (param === 'subscriptionId' || param === 'productId') {
      const [subscription] = (await run.world()).subscriptions;
      if (!subscription) throw new CheckFailure('no subscription to address');
      params[param] = param === 'productId' ? subscription.productId : subscription.id;
    } else throw new CheckFailure(`the kit has no id for path parameter {${param}} of ${name}`);
  }
  return params;
}

/** Headers a route needs besides its body: a fresh key where one is required. */
function headersFor(name: EndpointName): Record<string, string> {
  const endpoint: Endpoint = endpoints[name];
  return endpoint.idempotent === true ? { 'Idempotency-Key': newKey() } : {};
}

/** Bodies each route's request schema refuses; a route with a body and none here fails its check. */
const invalidBodies: Partial<Record<EndpointName, (run: Run) => Promise<unknown>>> = {
  setAutoRenew: async () => ({ autoRenew: 'yes' }),
  createQuote: async (run) => ({ flow: 'expand', subscriptionId: (await run.world()).subscriptions[0]?.id ?? 'x', items: [] }),
  createContact: async () => ({ name: '', email: 'not an email', address: {}, country: 'XX' }),
  createOrder: async (run) => ({ quoteId: 42, contactId: (await run.world()).contact.id, paymentMethod: 'barter', autoRenew: 'no' }),
  confirmOrder: async () => ({ paymentIntentId: 42 }),
  setRenewalMode: async () => ({ selection: { ids: [] }, mode: 'often' }),
  setRenewalDay: async (run) => ({ selection: { ids: [(await run.world()).subscriptions[0]?.id ?? 'x'] }, renewalDay: 31 }),
  updateRenewalSettings: async () => ({ standardRenewalDay: 0 }),
};

/** Valid bodies for the routes with a body and an id, so that only the id is at fault. */
const validBodies: Partial<Record<EndpointName, unknown>> = {
  setAutoRenew: { autoRenew: false },
  confirmOrder: {},
};

const UNKNOWN = 'conformance-unknown-id';

export async function checkBadInput(run: Run): Promise<void> {
  const withBody = (Object.keys(endpoints) as EndpointName[]).filter((name) => 'request' in endpoints[name]);

  for (const name of withBody) {
    await run.check(`bad input: invalid JSON -> 400 (${name})`, async () => {
      const answer = await run.client.route(name, await realParams(run, name), { raw: '{"this is": not json', headers: headersFor(name) });
      return expectError(answer, 400, ['invalid_json', 'invalid_request']);
    });
  }

  for (const name of withBody) {
    await run.check(`bad input: schema-invalid body -> 400/422 invalid_request (${name})`, async () => {
      const make = invalidBodies[name];
      if (!make) throw new CheckFailure(`the kit has no invalid body for ${name}: add one to conformance/checks/bad-input.ts`);
      const body = await make(run);
      const schema = (endpoints[name] as { request: Parameters<typeof safeParse>[0] }).request;
      if (safeParse(schema, body).success) throw new CheckFailure(`the kit's invalid body for ${name} passes the schema: fix conformance/checks/bad-input.ts`);
      const answer = await run.client.route(name, await realParams(run, name), { body, headers: headersFor(name) });
      return expectError(answer, [400, 422], 'invalid_request');
    });
  }

  for (const name of (Object.keys(endpoints) as EndpointName[]).filter((one) => pathParams(one).length > 0)) {
    await run.check(`unknown id -> 404 not_found (${name})`, async () => {
      const params = Object.fromEntries(pathParams(name).map((param) => [param, `${UNKNOWN}-${param}`]));
      const body = 'request' in endpoints[name] ? validBodies[name] : undefined;
      if ('request' in endpoints[name] && body === undefined)
        throw new CheckFailure(`the kit has no valid body for ${name}: add one to conformance/checks/bad-input.ts`);
      return expectError(await run.client.route(name, params, { body, headers: headersFor(name) }), 404, 'not_found');
    });
  }

  await run.check('unknown id -> 404 not_found (createQuote with an unknown subscriptionId)', async () => {
    const body = { flow: 'renew', subscriptionIds: [UNKNOWN], durationId: 'any', coterm: false };
    return expectError(await run.client.route('createQuote', {}, { body }), 404, 'not_found');
  });
  await run.check('unknown id -> 404 not_found (createOrder with an unknown quoteId)', async () => {
    const body = { quoteId: UNKNOWN, contactId: (await run.world()).contact.id, paymentMethod: 'offline', autoRenew: false };
    return expectError(await run.client.route('createOrder', {}, { body, headers: { 'Idempotency-Key': newKey() } }), 404, 'not_found');
  });
  await run.check('unknown id -> 404 not_found (setRenewalMode with an unknown id)', async () => {
    const body = { selection: { ids: [UNKNOWN] }, mode: 'manual' };
    return expectError(await run.client.route('setRenewalMode', {}, { body }), 404, 'not_found');
  });
  await run.check('unknown id -> 404 not_found (lookupCompany with an unknown companyId)', async () =>
    expectError(await run.client.route('lookupCompany', {}, { query: { companyId: UNKNOWN } }), 404, 'not_found'),
  );
}
