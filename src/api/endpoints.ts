/**
 * The HTTP routes of the contract, in one table: `httpBackend` calls them, the mock backend and
 * the reference server serve them, and the OpenAPI document is generated from them, so they
 * cannot drift apart. Kept in two parts so that each element's entry carries only its own: the
 * checkout's routes, and the renewal center's.
 */
import { checkoutEndpoints } from './checkout-endpoints.js';
import { renewalEndpoints } from './renewal-endpoints.js';

export { buildPath, type Endpoint } from './checkout-endpoints.js';

export const endpoints = { ...checkoutEndpoints, ...renewalEndpoints } as const;

export type EndpointName = keyof typeof endpoints;
