/**
 * Orders carry their quote's subtotal, discount and tax (issue 16: a receipt shows every row of
 * the quote it came from), and the contract's `Order` requires them. Orders made before this
 * migration have only their lines and total in `data`: each gets the figures of the quote it was
 * made for (`quotes.data.quote`, which has always had them; every order names its quote), read
 * with the order in one join per page of 500 orders, so a large history is never in memory at once.
 *
 * An order whose quote is gone (or has no figures) would fail the required `Order` on every read
 * and break its account's order list, so it gets figures from itself where they are certain: the
 * subtotal is its lines' sum, and when its total is that sum there was no discount and no tax (a
 * zero tax in the buyer's country: the order's billing contact's, else its subscriptions'
 * customer's, else the account's customer's). When the total differs, how it splits into discount
 * and tax cannot be known: the migration stops, naming the order, rather than invent one.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

interface Money {
  amount: number;
  currency: string;
}

interface Figures {
  subtotal?: unknown;
  discount?: unknown;
  tax?: unknown;
}

interface OldOrder extends Figures {
  lines?: { amount?: Money; subscriptionId?: string }[];
  total?: Money;
}

interface Tables {
  orders: { id: string; account_id: string; quote_id: string; data: string };
  quotes: { id: string; data: string };
  subscriptions: { id: string; customer_id: string };
  customers: { id: string; account_id: string; country: string };
}

const PAGE = 500;

/** An order this migration cannot give figures: what is wrong with it, by id. */
function unfillable(orderId: string, why: string): Error {
  return new Error(`0009-order-figures: order ${orderId} ${why}; fix or remove it, then run the migrations again.`);
}

/** The country whose zero tax an order without its quote states: its contact's, its subscriptions' customer's, its account's customer's. */
async function buyerCountry(db: Kysely<Tables>, orderId: string, accountId: string, record: { contact?: { country?: unknown } }, order: OldOrder) {
  if (typeof record.contact?.country === 'string') return record.contact.country;
  const subscriptionIds = [...new Set((order.lines ?? []).flatMap((line) => (typeof line.subscriptionId === 'string' ? [line.subscriptionId] : [])))];
  if (subscriptionIds.length > 0) {
    const customer = await db
      .selectFrom('subscriptions')
      .innerJoin('customers', 'customers.id', 'subscriptions.customer_id')
      .select('customers.country')
      .where('subscriptions.id', 'in', subscriptionIds)
      .orderBy('subscriptions.id')
      .executeTakeFirst();
    if (customer) return customer.country;
  }
  const countries = await db.selectFrom('customers').select('country').distinct().where('account_id', '=', accountId).execute();
  if (countries.length === 1) return countries[0]!.country;
  throw unfillable(
    orderId,
    countries.length === 0
      ? `has no quote, no billing contact and its account ${accountId} no customer, so the country of its zero tax is unknown`
      : `has no quote, no billing contact and no subscription, and its account ${accountId} has customers in ${countries.length} countries`,
  );
}

/** The figures of an order whose quote is gone, from its lines and total; only when the total leaves no doubt. */
async function figuresOf(db: Kysely<Tables>, row: { id: string; account_id: string }, record: { contact?: { country?: unknown } }, order: OldOrder) {
  const lines = order.lines ?? [];
  const total = order.total;
  if (!total || lines.some((line) => typeof line.amount?.amount !== 'number')) throw unfillable(row.id, 'has no quote and a line without an amount');
  const subtotal = { amount: lines.reduce((sum, line) => sum + line.amount!.amount, 0), currency: total.currency };
  if (subtotal.amount !== total.amount) {
    throw unfillable(row.id, `has no quote, and its total ${total.amount} is not its lines' sum ${subtotal.amount}: its discount and tax cannot be told apart`);
  }
  const country = await buyerCountry(db, row.id, row.account_id, record, order);
  return { subtotal, discount: null, tax: { country, ratePercent: 0, reverseCharge: false, amount: { amount: 0, currency: total.currency } } };
}

export const orderFigures = (): Migration => ({
  async up(db: Kysely<unknown>) {
    const raw = db as unknown as Kysely<Tables>;
    let after = '';
    for (;;) {
      const page = await raw
        .selectFrom('orders')
        .leftJoin('quotes', 'quotes.id', 'orders.quote_id')
        .select(['orders.id as id', 'orders.account_id as account_id', 'orders.data as data', 'quotes.data as quote_data'])
        .where('orders.id', '>', after)
        .orderBy('orders.id')
        .limit(PAGE)
        .execute();
      const last = page.at(-1);
      if (!last) break;
      after = last.id;
      for (const row of page) {
        const record = JSON.parse(row.data) as { order?: OldOrder & Record<string, unknown>; contact?: { country?: unknown } };
        const order = record.order;
        if (!order || order.subtotal !== undefined) continue;
        // Not an order as the contract has ever written one (no lines or no total): no figures make it one.
        if (!Array.isArray(order.lines) || order.total === undefined) continue;
        const quote = row.quote_data ? (JSON.parse(row.quote_data) as { quote?: Figures }).quote : undefined;
        const figures =
          quote && quote.subtotal !== undefined && quote.tax !== undefined
            ? { subtotal: quote.subtotal, discount: quote.discount ?? null, tax: quote.tax }
            : await figuresOf(raw, row, record, order);
        // In the order's own key order: the figures sit between its lines and its total, as `openOrder` writes them.
        const filled: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(order)) {
          if (key === 'total') Object.assign(filled, figures);
          filled[key] = value;
        }
        if (filled['subtotal'] === undefined) Object.assign(filled, figures);
        await raw
          .updateTable('orders')
          .set({ data: JSON.stringify({ ...record, order: filled }) })
          .where('id', '=', row.id)
          .execute();
      }
    }
  },
});
