/**
 * A checkout's configuration as attributes or a portal give it (loose strings) turned into the
 * `CheckoutConfig` the store keeps, and which subscriptions that configuration is about.
 */
import type { Flow, RenewalSelection, Subscription } from '../api/schemas.js';
import type { CheckoutConfig } from './checkout-state.js';

export interface CheckoutConfigInput {
  flow: Flow;
  productId: string;
  subscriptionId?: string | undefined;
  companyId?: string | undefined;
  /** renew: what `<renewal-center>` renews (see `CheckoutConfig.renewal`). */
  renewal?: RenewalSelection | undefined;
  /** renew from `<renewal-center>`: the account's standard renewal day (see `CheckoutConfig`). */
  standardRenewalDay?: number | undefined;
  locale?: string | undefined;
  currency?: string | undefined;
}

/** The normalized configuration, or null when it is incomplete or malformed. */
export function toConfig(input: CheckoutConfigInput): CheckoutConfig | null {
  if (typeof input !== 'object' || input === null) return null;
  const { flow, productId } = input;
  if (flow !== 'expand' && flow !== 'upgrade' && flow !== 'renew') return null;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const product = text(productId);
  const subscriptionId = text(input.subscriptionId);
  const companyId = text(input.companyId);
  const currency = text(input.currency)?.toUpperCase();
  if (product === undefined) return null;
  if (flow !== 'renew' && subscriptionId === undefined && companyId === undefined) return null;
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) return null;
  return {
    flow,
    productId: product,
    ...(subscriptionId !== undefined ? { subscriptionId } : {}),
    ...(companyId !== undefined ? { companyId } : {}),
    ...(input.renewal ? { renewal: input.renewal, standardRenewalDay: input.standardRenewalDay } : {}),
    locale: text(input.locale) ?? globalThis.navigator?.language ?? 'en',
    ...(currency !== undefined ? { currency } : {}),
  };
}

/** The flow's subscriptions of the configured product: all for renew, else the configured one or the first. */
export function pickSubscriptions(config: CheckoutConfig, subscriptions: readonly Subscription[]): Subscription[] {
  const ofProduct = subscriptions.filter((subscription) => subscription.productId === config.productId);
  if (config.flow === 'renew') return ofProduct;
  const chosen =
    ofProduct.find((subscription) => subscription.id === config.subscriptionId) ?? (config.subscriptionId === undefined ? ofProduct[0] : undefined);
  return chosen ? [chosen] : [];
}
