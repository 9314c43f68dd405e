/**
 * The renewal center's calls over HTTP. `httpBackend` carries only the checkout's routes (its
 * entry is the checkout's); `<renewal-center>` adds these, built on the same request function, so
 * they send the same headers and are parsed and failed the same way.
 */
import type { CheckoutBackend, RenewalBackend } from './backend.js';
import { httpRequest, type HttpRequest } from './http-backend.js';
import { renewalEndpoints as routes } from './renewal-endpoints.js';

const METHODS = ['listRenewals', 'countRenewals', 'setRenewalMode', 'setRenewalDay', 'getRenewalSettings', 'updateRenewalSettings', 'listQuoteItems'] as const;

const text = (value: string | number | undefined) => (value === undefined ? undefined : String(value));

/**
 * The renewal calls of a backend: its own when it has them all (a vendor's adapter), else over
 * HTTP when it is an `httpBackend`, else null (a backend without a renewal center).
 */
export function renewalBackend(backend: CheckoutBackend): RenewalBackend | null {
  const own = backend as CheckoutBackend & Partial<RenewalBackend>;
  if (METHODS.every((name) => typeof own[name] === 'function')) return own as RenewalBackend;
  const request = (backend as { [httpRequest]?: HttpRequest })[httpRequest];
  if (!request) return null;
  return {
    listRenewals: (q, o) =>
      request(
        routes.listRenewals,
        {
          query: {
            mode: q.mode,
            search: q.search || undefined,
            productId: q.productId,
            planId: q.planId,
            expires: q.expires,
            sort: q.sort,
            limit: text(q.limit),
            cursor: q.cursor,
          },
        },
        o,
      ),
    countRenewals: (c, o) =>
      request(routes.countRenewals, { query: { search: c.search || undefined, productId: c.productId, planId: c.planId, expires: c.expires } }, o),
    setRenewalMode: (selection, mode, o) => request(routes.setRenewalMode, { body: { selection, mode } }, o),
    setRenewalDay: (selection, renewalDay, o) => request(routes.setRenewalDay, { body: { selection, renewalDay } }, o),
    getRenewalSettings: (o) => request(routes.getRenewalSettings, {}, o),
    updateRenewalSettings: (settings, o) => request(routes.updateRenewalSettings, { body: settings }, o),
    listQuoteItems: (quoteId, q = {}, o) => request(routes.listQuoteItems, { params: { quoteId }, query: { limit: text(q.limit), cursor: q.cursor } }, o),
  };
}
