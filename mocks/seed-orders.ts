/**
 * The demo account's past orders, so an order history has something to show: paid by card, paid
 * by PayPal, one placed offline and awaiting payment (PI number `PI-2026-0042`), one cancelled and
 * one whose card payment failed. Each is made through the core's own service, at its own past
 * instant, so it carries what a real order does: the server's quote lines and total, a numbered
 * invoice or proforma (and its mail), and links that follow the 24-hour, use-once rule.
 *
 * One routine for the mock backend (`createMockBackend({ seedOrders: true })`, the demo) and the
 * reference server (`startServer({ seedOrders: true })`, `npm run server`); it is opt-in, so the
 * tests that count orders start from none.
 *
 * The seed's subscriptions already are what these orders bought: paying applies an order to its
 * subscriptions, so they are put back as the seed has them once the orders are made.
 */
import type { Clock } from '../src/api/calendar.js';
import type { CreateOrderRequest, Order, OrderStatus, PaymentMethod, QuoteRequest } from '../src/api/schemas.js';
import type { InvoiceLinkIssuer } from '../core/invoices.js';
import type { CheckoutRepository } from '../core/repository.js';
import { transaction, wait, type Work } from '../core/run.js';
import { CheckoutService } from '../core/service.js';
import { seedIds } from './seed.js';

/** The PI number the vendor's sales team gave the offline order. */
export const SEED_PI_NUMBER = 'PI-2026-0042';

interface PastOrder {
  /** How long before now the order was placed. */
  daysAgo: number;
  request: QuoteRequest;
  paymentMethod: PaymentMethod;
  /** What became of it. */
  outcome: Extract<OrderStatus, 'paid' | 'awaiting_offline_payment' | 'cancelled' | 'failed'>;
  piNumber?: string;
}

const { subscriptions: s, phones, contacts } = seedIds;

/** Oldest first, the order they were placed in. */
const PAST_ORDERS: readonly PastOrder[] = [
  {
    daysAgo: 41,
    request: { flow: 'expand', subscriptionId: s.pseries, items: [{ serviceId: 'extensions', quantity: 60 }] },
    paymentMethod: 'card',
    outcome: 'paid',
  },
  {
    daysAgo: 26,
    request: { flow: 'expand', subscriptionId: s.workplace, items: [{ serviceId: 'wp-accounts', quantity: 30 }] },
    paymentMethod: 'card',
    outcome: 'cancelled',
  },
  {
    daysAgo: 19,
    // Two Standard phones and a Pro: the renewal's lines are one per plan.
    request: { flow: 'renew', subscriptionIds: [phones[4]!, phones[5]!, phones[20]!], durationId: 'r12', coterm: false },
    paymentMethod: 'paypal',
    outcome: 'paid',
  },
  {
    daysAgo: 9,
    request: { flow: 'expand', subscriptionId: s.pseries, items: [{ serviceId: 'ha', quantity: 1 }] },
    paymentMethod: 'card',
    outcome: 'failed',
  },
  {
    daysAgo: 3,
    request: { flow: 'expand', subscriptionId: s.pseries, items: [{ serviceId: 'recording-minutes', quantity: 3000 }] },
    paymentMethod: 'offline',
    outcome: 'awaiting_offline_payment',
    piNumber: SEED_PI_NUMBER,
  },
];

const DAY_MS = 86_400_000;
/** Minutes between placing an order and its payment's outcome. */
const SETTLE_MS = 4 * 60_000;

/** A clock the routine moves to each order's instant. */
class PastClock implements Clock {
  instant: Date;
  constructor(instant: Date) {
    this.instant = instant;
  }
  now(): Date {
    return new Date(this.instant);
  }
}

/**
 * Makes the past orders on `repository` relative to `now` and answers them, oldest first. Run it
 * with `runSync` (memory) or `runAsync` (a database) on a repository just seeded.
 */
export function* seedOrderHistory(repository: CheckoutRepository, now: Date, invoiceLinks?: InvoiceLinkIssuer): Work<Order[]> {
  const clock = new PastClock(now);
  // The stand-in payment (no provider): a confirmation pays at once, as in the mock backend.
  const service = new CheckoutService({ repository, clock, providerSettles: false, ...(invoiceLinks ? { invoiceLinks } : {}) });
  const bought = yield* transaction(repository, (tx) => wait(tx.listSubscriptions({})));
  const made: Order[] = [];
  for (const [index, past] of PAST_ORDERS.entries()) {
    // Mid-morning UTC, a few minutes apart, so the dates read like real ones.
    const day = new Date(now.getTime() - past.daysAgo * DAY_MS);
    day.setUTCHours(9, 12 + index * 7, 0, 0);
    clock.instant = day;
    const quote = yield* service.createQuote({ ...past.request, contactId: contacts.anna });
    const body: CreateOrderRequest = {
      quoteId: quote.id,
      contactId: contacts.anna,
      paymentMethod: past.paymentMethod,
      autoRenew: past.paymentMethod !== 'offline',
      ...(past.piNumber ? { piNumber: past.piNumber } : {}),
    };
    let order = yield* service.createOrder(body, `seed-order-${index + 1}`);
    clock.instant = new Date(day.getTime() + SETTLE_MS);
    if (past.outcome === 'paid') order = yield* service.confirmOrder(order.id, {});
    if (past.outcome === 'cancelled') order = yield* service.cancelOrder(order.id);
    if (past.outcome === 'failed' && order.payment?.provider === 'stripe') {
      // The stand-in card payment's id, as the provider would report its decline.
      const paymentIntentId = order.payment.clientSecret.split('_secret_')[0]!;
      const settled = yield* service.settlePayment('paymentIntentId', paymentIntentId, 'failed');
      if ('order' in settled) order = settled.order;
    }
    if (order.status !== past.outcome) throw new Error(`seed order ${index + 1} is ${order.status}, expected ${past.outcome}`);
    made.push(order);
  }
  yield* transaction(repository, function* (tx) {
    for (const subscription of bought) yield* wait(tx.putSubscription(subscription));
  });
  return made;
}
