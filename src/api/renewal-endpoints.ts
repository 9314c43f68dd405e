/**
 * The renewal center's HTTP routes (part of the route table, `endpoints.ts`). Apart from the
 * checkout's so that its schemas load with `<renewal-center>`, not with the checkout.
 */
import type { Endpoint } from './checkout-endpoints.js';
import { QuoteItemPage, RenewalCounts, RenewalPage, RenewalSettings, RenewalUpdate, SetRenewalDayRequest, SetRenewalModeRequest } from './renewal-schemas.js';

export const renewalEndpoints = {
  listQuoteItems: {
    method: 'GET',
    path: '/quotes/{quoteId}/items',
    query: ['limit', 'cursor'],
    response: QuoteItemPage,
  },
  listRenewals: {
    method: 'GET',
    path: '/renewals',
    query: ['mode', 'search', 'productId', 'planId', 'expires', 'sort', 'limit', 'cursor'],
    response: RenewalPage,
  },
  countRenewals: {
    method: 'GET',
    path: '/renewals/counts',
    query: ['search', 'productId', 'planId', 'expires'],
    response: RenewalCounts,
  },
  setRenewalMode: {
    method: 'POST',
    path: '/renewals/mode',
    request: SetRenewalModeRequest,
    response: RenewalUpdate,
  },
  setRenewalDay: {
    method: 'POST',
    path: '/renewals/renewal-day',
    request: SetRenewalDayRequest,
    response: RenewalUpdate,
  },
  getRenewalSettings: { method: 'GET', path: '/renewals/settings', response: RenewalSettings },
  updateRenewalSettings: {
    method: 'PATCH',
    path: '/renewals/settings',
    request: RenewalSettings,
    response: RenewalSettings,
  },
} as const satisfies Record<string, Endpoint>;
