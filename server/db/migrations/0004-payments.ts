/**
 * Payments on the server: the payment providers' webhook events handled, one row per provider
 * and event id. The primary key is what makes a webhook count once: a redelivered event (or two
 * deliveries racing) meets the row the first one wrote in the same transaction as its order
 * change, and changes nothing.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const payments = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('payment_events')
      .addColumn('provider', 'text', (col) => col.notNull())
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('received_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('payment_events_pk', ['provider', 'event_id'])
      .execute();
  },
});
