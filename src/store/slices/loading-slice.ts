/** Loading what a flow is about: the catalog, and the subscription(s) or a partner's customer. */
import { CheckoutError } from '../../api/errors.js';
import type { Catalog, Subscription } from '../../api/schemas.js';
import { OK, refuse, type ActionResult } from '../action-result.js';
import { withStatus } from '../checkout-state.js';
import { pickSubscriptions } from '../checkout-config.js';
import { subscriptionsLoaded, withFreshSelection } from '../initial-selection.js';
import { buyerLocale, localeOption } from '../selectors/buyer-locale.js';
import type { StoreKit } from './store-kit.js';

export interface LoadingActions {
  /** Loads the catalog and the flow's subscription(s); with a company id, through a lookup. */
  load(): Promise<ActionResult>;
  /** Partner portals: finds the customer by company id and takes its subscriptions of this product. */
  lookupCompany(companyId: string): Promise<ActionResult>;
}

export const loadingActions: LoadingActions & ThisType<StoreKit> = {
  async load() {
    if (this.container.destroyed) return refuse('destroyed');
    if (this.container.get().config === null) return refuse('not_configured');
    // Subscriptions first: for a partner portal the lookup decides which ones there are.
    const results = await Promise.all([loadSubscriptions(this), loadCatalog(this)]);
    return results.find((result) => !result.ok) ?? OK;
  },

  lookupCompany(companyId) {
    return lookupCompany(this, companyId);
  },
};

function lookupCompany(kit: StoreKit, companyId: string): Promise<ActionResult> {
  if (kit.container.destroyed) return Promise.resolve(refuse('destroyed'));
  const current = kit.container.get();
  if (current.config === null) return Promise.resolve(refuse('not_configured'));
  const id = typeof companyId === 'string' ? companyId.trim() : '';
  if (id === '') {
    const error = new CheckoutError('validation', 'Enter a company ID.', { fields: { companyId: 'Required' } });
    kit.container.commit({ ...current, status: withStatus(current.status, 'lookup', { state: 'error', error }) });
    return Promise.resolve(refuse('invalid_input', { error }));
  }
  kit.runner.repeatWith('lookup', () => lookupCompany(kit, id));
  return kit.runner.call(
    'lookup',
    (signal) => kit.backend.lookupCompany(id, { signal, ...localeOption(kit.container.get()) }),
    (found, state) => {
      if (state.config === null) return null;
      const config = { ...state.config, companyId: id };
      const subscriptions = pickSubscriptions(config, found.subscriptions);
      return withFreshSelection({ ...state, config, customer: found.customer, subscriptions, productSubscriptions: found.subscriptions }, true);
    },
  );
}

/** Reads the flow's subscription(s), also after a complete order to show their new state. */
export function loadSubscriptions(kit: StoreKit): Promise<ActionResult> {
  const config = kit.container.get().config;
  if (config === null) return Promise.resolve(refuse('not_configured'));
  if (config.companyId !== undefined) return lookupCompany(kit, config.companyId);
  kit.runner.repeatWith('subscriptions', () => loadSubscriptions(kit));
  const list = (signal: AbortSignal) => kit.backend.listSubscriptions({ productId: config.productId }, { signal, ...localeOption(kit.container.get()) });
  const one = (signal: AbortSignal) => kit.backend.getSubscription(config.subscriptionId ?? '', { signal, ...localeOption(kit.container.get()) });
  const fetchSubscriptions = async (signal: AbortSignal): Promise<[Subscription | Subscription[], Subscription[] | undefined]> => {
    // The renewal center's selection may be 100,000 resources: its quote names them, not a list.
    if (config.renewal) return [[], undefined];
    if (config.flow === 'renew') return [await list(signal), undefined];
    if (config.flow !== 'upgrade') return [await one(signal), undefined];
    // Upgrade: the product's list holds the subscription and feeds the packages' registered accounts.
    // Without the list (it failed) the upgrade still loads, from the subscription alone, with no counts.
    const all = await list(signal).catch(() => undefined);
    return [all?.find((subscription) => subscription.id === config.subscriptionId) ?? (await one(signal)), all];
  };
  return kit.runner.call('subscriptions', fetchSubscriptions, ([found, productSubscriptions], state) => {
    if (state.config === null) return null;
    // Counts from an earlier read are not kept when the list could not be read again.
    const { productSubscriptions: _earlier, ...rest } = state;
    const subscriptions = pickSubscriptions(state.config, [found].flat());
    return withFreshSelection({ ...rest, subscriptions, ...(productSubscriptions ? { productSubscriptions } : {}) }, true);
  });
}

function loadCatalog(kit: StoreKit): Promise<ActionResult> {
  const config = kit.container.get().config;
  if (config === null) return Promise.resolve(refuse('not_configured'));
  kit.runner.repeatWith('catalog', () => loadCatalog(kit));
  return kit.runner.call(
    'catalog',
    (signal) => kit.backend.getCatalog(config.productId, { signal, ...localeOption(kit.container.get()) }),
    (catalog, state) => withFreshSelection({ ...state, catalog }, subscriptionsLoaded(state)),
  );
}

/** What a catalog offers, without its words: a catalog in another language must offer the same. */
function offer(catalog: Catalog): string {
  const priced = (items: readonly { id: string; unitPrice?: unknown; monthlyPrice?: unknown }[]) =>
    items.map((item) => [item.id, item.unitPrice ?? item.monthlyPrice]);
  return JSON.stringify([
    catalog.productId,
    catalog.currency,
    priced(catalog.plans),
    priced(catalog.services),
    priced(catalog.slaLevels),
    catalog.cycles,
    catalog.renewalDurations,
  ]);
}

/**
 * The buyer's language changed: the catalog is asked for again in it. A catalog still loading is
 * asked for anew; a loaded one stays on screen (no loading state) and the answer replaces it
 * when it comes, the selection kept, as only its words differ. A failed or different answer
 * (another offer, a language changed again meanwhile) keeps the catalog there is.
 */
export function followLocale(kit: StoreKit): void {
  kit.languageReload?.abort();
  kit.languageReload = null;
  const state = kit.container.get();
  if (state.config === null || kit.container.destroyed) return;
  if (kit.runner.busy('catalog')) {
    void loadCatalog(kit);
    return;
  }
  const shown = state.catalog;
  if (shown === null) return;
  const { productId } = state.config;
  const locale = buyerLocale(state);
  const controller = new AbortController();
  kit.languageReload = controller;
  kit.backend
    .getCatalog(productId, { signal: controller.signal, ...localeOption(state) })
    .then((catalog) => {
      if (kit.languageReload !== controller || kit.container.destroyed) return;
      const now = kit.container.get();
      if (now.catalog !== shown || now.config?.productId !== productId || buyerLocale(now) !== locale || offer(catalog) !== offer(shown)) return;
      kit.container.commit({ ...now, catalog });
    })
    .catch(() => {
      // The catalog in the earlier language is still right in every figure: it stays.
    })
    .finally(() => {
      if (kit.languageReload === controller) kit.languageReload = null;
    });
}
