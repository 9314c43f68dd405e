/**
 * An order's life: opened for a quote (awaiting the provider's payment, or the buyer's transfer
 * for offline), then paid (the purchase applies to its subscriptions) or cancelled. Each provider
 * id it is given is its own, so a confirmation naming another order's id is a mix-up.
 */
import type { Catalog, CreateOrderRequest, Order, Quote, Subscription } from '../src/api/schemas.js';
import { toIsoDateTime } from '../src/api/calendar.js';
import { copyPatch, type SubscriptionChange } from './pricing.js';
import { renewalModeOf } from './renewals.js';
import type { ChangeApplication, OrderRecord } from './repository.js';

function randomToken(): string {
  return Math.random().toString(36).slice(2, 12).padEnd(10, '0');
}

/** Not paid yet and still payable: the orders that may be cancelled. */
export function isOpen(order: Order): boolean {
  return order.status === 'pending_payment' || order.status === 'awaiting_offline_payment';
}

export function cancel(order: Order): void {
  order.status = 'cancelled';
  order.payment = null;
}

export interface OpenOrderInput {
  id: string;
  quote: Quote;
  request: CreateOrderRequest;
  catalog: Catalog;
  now: Date;
  /**
   * Give a card or PayPal order the core's stand-in payment ids (the mock backend, whose browser
   * side pays through the stand-in scripts); false where a payment provider makes them after.
   */
  standInPayment?: boolean;
}

/** A new order for a quote, with what its payment method needs to be paid. */
export function openOrder({ id, quote, request, catalog, now, standInPayment = true }: OpenOrderInput): OrderRecord {
  const offline = request.paymentMethod === 'offline';
  const order: Order = {
    id,
    quoteId: quote.id,
    status: offline ? 'awaiting_offline_payment' : 'pending_payment',
    paymentMethod: request.paymentMethod,
    lines: quote.lines,
    subtotal: quote.subtotal,
    discount: quote.discount,
    tax: quote.tax,
    total: quote.total,
    // Offline payment leaves nothing to charge again, so it cannot renew automatically.
    autoRenew: offline ? false : request.autoRenew,
    createdAt: toIsoDateTime(now),
    effectiveAt: null,
    invoice: null,
    payment: null,
  };
  const record: OrderRecord = { order, productId: catalog.productId };
  if (offline) {
    // The proforma and its link are issued by the service (core/invoices.ts) in the same transaction.
    if (request.piNumber) order.piNumber = request.piNumber;
  } else if (!standInPayment) {
    // The provider's payment is attached once it is made (`CheckoutService.attachPayment`).
  } else if (request.paymentMethod === 'card') {
    record.paymentIntentId = `pi_${id.replace(/\W/g, '')}`;
    order.payment = {
      provider: 'stripe',
      clientSecret: `${record.paymentIntentId}_secret_${randomToken()}`,
      publishableKey: catalog.payments?.stripePublishableKey ?? 'pk_test_upcart',
    };
  } else {
    record.paypalOrderId = `PAYPAL-${id.replace(/\W/g, '').toUpperCase()}`;
    order.payment = { provider: 'paypal', paypalOrderId: record.paypalOrderId, clientId: catalog.payments?.paypalClientId ?? 'upcart-sandbox' };
  }
  return record;
}

/** The order paid now: nothing left to pay (the service issues the invoice and its link). */
export function markPaid(order: Order, now: Date): void {
  order.status = 'paid';
  order.effectiveAt = toIsoDateTime(now);
  order.payment = null;
}

/** A subscription as a paid order leaves it. */
/**
 * Whether a paid order's change still fits the subscription: nothing it was priced from has
 * changed since (another paid order would have). Orders made before changes carried their base
 * apply as they always did.
 */
export function stillApplies(subscription: Subscription, change: SubscriptionChange): boolean {
  if (!change.base) return true;
  return Object.entries(change.base).every(([key, value]) => JSON.stringify(subscription[key as keyof Subscription] ?? null) === JSON.stringify(value ?? null));
}

/** How an order's changes apply when it is paid `now` (see `ChangeApplication`). */
export function applicationOf(order: Order, now: Date): ChangeApplication {
  const application: ChangeApplication = { paidAt: toIsoDateTime(now), currency: order.total.currency };
  if (order.paymentMethod !== 'offline') application.autoRenew = order.autoRenew;
  return application;
}

/**
 * A subscription as a paid change leaves it: the change's fields set, `addToPaid` added, a trial
 * that becomes active registered from the payment, and the renewal mode as the order's Auto Renew
 * choice says (on is auto; off moves an auto renewal to manual and leaves pay-per-use or a canceled
 * renewal as it was: paying one more term does not restore it). SQL repositories write the same.
 */
export function applyChange(subscription: Subscription, change: SubscriptionChange, application: ChangeApplication): Subscription {
  const wasTrial = subscription.status === 'trial';
  const changed: Subscription = { ...subscription, ...copyPatch(change.set) };
  if (change.addToPaid !== 0) {
    changed.paidThisTerm = { amount: (changed.paidThisTerm?.amount ?? 0) + change.addToPaid, currency: application.currency };
  }
  if (wasTrial && changed.status === 'active') changed.registeredAt = application.paidAt;
  if (application.autoRenew !== undefined) {
    const mode = renewalModeOf(changed);
    changed.renewalMode = application.autoRenew ? 'auto' : mode === 'auto' ? 'manual' : mode;
    changed.autoRenew = application.autoRenew;
  }
  return changed;
}
