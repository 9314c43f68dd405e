/**
 * Orders carry their quote's subtotal, discount and tax (issue 16: a receipt shows every row of
 * the quote it came from), and the contract's `Order` requires them. Orders made before this
 * migration have only their lines and total in `data`: each gets the figures of the quote it was
 * made for (`quotes.data.quote`, which has always had them; every order names its quote). Read in
 * pages by id, so a large history is never in memory at once.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

interface Figures {
  subtotal?: unknown;
  discount?: unknown;
  tax?: unknown;
}

const PAGE = 500;

export const orderFigures = (): Migration => ({
  async up(db: Kysely<unknown>) {
    const raw = db as unknown as Kysely<{ orders: { id: string; quote_id: string; data: string }; quotes: { id: string; data: string } }>;
    let after = '';
    for (;;) {
      const page = await raw.selectFrom('orders').select(['id', 'quote_id', 'data']).where('id', '>', after).orderBy('id').limit(PAGE).execute();
      const last = page.at(-1);
      if (!last) break;
      after = last.id;
      for (const row of page) {
        const record = JSON.parse(row.data) as { order?: Figures & Record<string, unknown> };
        const order = record.order;
        if (!order || order.subtotal !== undefined) continue;
        const quoteRow = await raw.selectFrom('quotes').select('data').where('id', '=', row.quote_id).executeTakeFirst();
        const quote = quoteRow ? (JSON.parse(quoteRow.data) as { quote?: Figures }).quote : undefined;
        if (!quote || quote.subtotal === undefined || quote.tax === undefined) continue;
        // In the order's own key order: the figures sit between its lines and its total, as `openOrder` writes them.
        const filled: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(order)) {
          if (key === 'total') Object.assign(filled, { subtotal: quote.subtotal, discount: quote.discount ?? null, tax: quote.tax });
          filled[key] = value;
        }
        if (filled['subtotal'] === undefined) Object.assign(filled, { subtotal: quote.subtotal, discount: quote.discount ?? null, tax: quote.tax });
        await raw
          .updateTable('orders')
          .set({ data: JSON.stringify({ ...record, order: filled }) })
          .where('id', '=', row.id)
          .execute();
      }
    }
  },
});
