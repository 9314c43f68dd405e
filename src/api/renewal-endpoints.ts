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
    summary: "A renewal quote's resources with their new end dates and charges, a page at a time",
    query: ['limit', 'cursor'],
    response: QuoteItemPage,
  },
  listRenewals: {
    method: 'GET',
    path: '/renewals',
    summary: "One tab of the renewal center: the account's resources that renew in `mode`, searched, sorted by term end, a page at a time",
    query: ['mode', 'search', 'productId', 'planId', 'expires', 'sort', 'limit', 'cursor'],
    response: RenewalPage,
  },
  countRenewals: {
    method: 'GET',
    path: '/renewals/counts',
    summary: "The renewal center's tab counts under the same search criteria",
    query: ['search', 'productId', 'planId', 'expires'],
    response: RenewalCounts,
  },
  setRenewalMode: {
    method: 'POST',
    path: '/renewals/mode',
    summary: 'Move the selected resources to manual or auto renewal, pay-per-use after expiration, or cancel their renewal (and back)',
    request: SetRenewalModeRequest,
    response: RenewalUpdate,
  },
  setRenewalDay: {
    method: 'POST',
    path: '/renewals/renewal-day',
    summary: 'Set (or clear) the renewal day of the selected resources',
    request: SetRenewalDayRequest,
    response: RenewalUpdate,
  },
  getRenewalSettings: { method: 'GET', path: '/renewals/settings', summary: "The account's standard renewal day", response: RenewalSettings },
  updateRenewalSettings: {
    method: 'PATCH',
    path: '/renewals/settings',
    summary: "Set (or clear) the account's standard renewal day",
    request: RenewalSettings,
    response: RenewalSettings,
  },
} as const satisfies Record<string, Endpoint>;
