/**
 * From state to the `QuoteRequest` it stands for. Pure, so the store, a local preview and a
 * test all agree on what "the current selection" is. Two states ask for the same price exactly
 * when their request keys are equal.
 */
import type { Quote, QuoteRequest, ServiceQuantity, Subscription } from '../api/schemas.js';
import type { CheckoutState, QuantityMap, UpgradeSelection } from './checkout-state.js';
import { currentServiceQuantity } from './quantity-rules.js';

export type QuoteInputs = Pick<CheckoutState, 'config' | 'subscriptions' | 'selection' | 'promoCode' | 'contactId'>;

/** The request for the current selection, or null when there is nothing to price. */
export function buildQuoteRequest(state: QuoteInputs): QuoteRequest | null {
  const { config, selection } = state;
  if (config === null || selection === null || selection.flow !== config.flow) return null;
  // The contact decides the tax country, so it is part of what is priced.
  const common = {
    ...(state.promoCode !== null ? { promoCode: state.promoCode } : {}),
    ...(state.contactId !== null ? { contactId: state.contactId } : {}),
    ...(config.currency !== undefined ? { currency: config.currency } : {}),
  };
  switch (selection.flow) {
    case 'expand': {
      const subscription = state.subscriptions[0];
      if (!subscription) return null;
      // Only services that grow; the contract wants totals, not deltas.
      const items = toItems(selection.quantities).filter((item) => item.quantity > currentServiceQuantity(subscription, item.serviceId));
      if (items.length === 0) return null;
      return { flow: 'expand', subscriptionId: subscription.id, items, ...common };
    }
    case 'upgrade': {
      const subscription = state.subscriptions[0];
      if (!subscription || selection.planId === null || isUnchanged(subscription, selection)) return null;
      const services = toItems(selection.services).filter((item) => item.quantity > 0);
      return {
        flow: 'upgrade',
        subscriptionId: subscription.id,
        planId: selection.planId,
        cycleId: selection.cycleId,
        quantity: selection.quantity,
        ...(selection.slaId !== null ? { slaId: selection.slaId } : {}),
        ...(services.length > 0 ? { services } : {}),
        ...common,
      };
    }
    case 'renew': {
      const { renewal } = config;
      if (!(renewal || selection.subscriptionIds.length) || selection.durationId === null) return null;
      return {
        flow: 'renew',
        ...(renewal ? { selection: renewal } : { subscriptionIds: [...selection.subscriptionIds] }),
        durationId: selection.durationId,
        coterm: selection.coterm,
        ...common,
      };
    }
  }
}

/** A stable string for a request; null for no request. */
export function quoteRequestKey(request: QuoteRequest | null): string | null {
  return request === null ? null : JSON.stringify(request);
}

/** Whether the state's quote prices its current selection and has not expired at `now` (ms). */
export function isQuoteCurrent(state: QuoteInputs & Pick<CheckoutState, 'quote' | 'quoteRequest'>, now: number): boolean {
  return state.quote !== null && quoteMatches(state) && !isQuoteExpired(state.quote, now);
}

/** Whether the state's quote was asked for its current selection, expired or not. */
export function quoteMatches(state: QuoteInputs & Pick<CheckoutState, 'quote' | 'quoteRequest'>): boolean {
  if (state.quote === null || state.quoteRequest === null) return false;
  return quoteRequestKey(state.quoteRequest) === quoteRequestKey(buildQuoteRequest(state));
}

export function isQuoteExpired(quote: Quote, now: number): boolean {
  const expiresAt = Date.parse(quote.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt <= now;
}

function toItems(quantities: QuantityMap): ServiceQuantity[] {
  return Object.entries(quantities).map(([serviceId, quantity]) => ({ serviceId, quantity }));
}

/** A paid subscription asking for what it already has is no upgrade; a trial's is (it converts). */
function isUnchanged(subscription: Subscription, selection: UpgradeSelection): boolean {
  if (subscription.status === 'trial') return false;
  const current = Object.fromEntries(subscription.services.map((item) => [item.serviceId, item.quantity]));
  const serviceIds = new Set([...Object.keys(current), ...Object.keys(selection.services)]);
  return (
    selection.planId === (subscription.planId ?? null) &&
    selection.cycleId === subscription.cycleId &&
    selection.quantity === subscription.quantity &&
    selection.slaId === (subscription.slaId ?? null) &&
    [...serviceIds].every((id) => (current[id] ?? 0) === (selection.services[id] ?? 0))
  );
}
