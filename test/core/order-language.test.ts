/**
 * The service answers orders in the buyer's language (issue 16): the past orders were quoted in
 * English, and `getOrder`, `orderHistory` and the operations that make or change an order name
 * their lines' items as the product's catalog does in the `Accept-Language` asked for, and their
 * promotion in the translation's words; the repository keeps the order as quoted.
 */
import { expect } from '@open-wc/testing';
import type { Order } from '../../src/api/schemas.js';
import { MemoryRepository } from '../../core/memory-repository.js';
import { runSync } from '../../core/run.js';
import { CheckoutService } from '../../core/service.js';
import { createSeed, seedIds } from '../../mocks/seed.js';
import { seedOrderHistory } from '../../mocks/seed-orders.js';
import { seedTranslations } from '../../mocks/seed-translations.js';

const NOW = new Date('2026-11-23T10:00:00.000Z');

function setup() {
  const memory = new MemoryRepository(createSeed(NOW));
  runSync(seedOrderHistory(memory, NOW));
  const service = new CheckoutService({ repository: memory, clock: { now: () => NOW }, catalogTranslations: seedTranslations });
  return { memory, service };
}

const names = (order: Pick<Order, 'lines'> | undefined) => order?.lines.map((line) => line.itemName);

describe("service: orders in the buyer's language", () => {
  it('names the English-quoted past orders in German for de and leaves them stored as quoted', () => {
    const { service } = setup();
    const stored = JSON.stringify(runSync(service.listOrders()));
    const german = runSync(service.orderHistory({}, 'de-DE,de;q=0.9'));
    expect(names(german.orders[0])).to.deep.equal(['Minuten Gesprächsaufzeichnung']);
    expect(names(german.orders[4])).to.deep.equal(['Nebenstellen']);
    expect(german.orders[0]?.lines[0]?.description).to.match(/^Call recording minutes/);
    expect(names(runSync(service.getOrder(german.orders[0]!.id, 'de')))).to.deep.equal(['Minuten Gesprächsaufzeichnung']);
    expect(JSON.stringify(runSync(service.listOrders()))).to.equal(stored);
  });

  it('answers English for fr and without a language, the same page and figures', () => {
    const { service } = setup();
    const german = runSync(service.orderHistory({ limit: '2' }, 'de'));
    for (const language of ['fr', undefined]) {
      const page = runSync(service.orderHistory({ limit: '2' }, language));
      expect(names(page.orders[0])).to.deep.equal(['Call recording minutes']);
      expect(page.nextCursor).to.equal(german.nextCursor);
      expect(page.orders.map((order) => [order.id, order.total])).to.deep.equal(german.orders.map((order) => [order.id, order.total]));
    }
  });

  it("answers a new order and its promotion in the order request's language, not the quote's", () => {
    const { service } = setup();
    const quote = runSync(
      service.createQuote(
        { flow: 'expand', subscriptionId: seedIds.subscriptions.pseries, items: [{ serviceId: 'extensions', quantity: 70 }], promoCode: 'WELCOME10' },
        'de',
      ),
    );
    expect(names(quote)).to.deep.equal(['Nebenstellen']);
    const body = { quoteId: quote.id, contactId: seedIds.contacts.anna, paymentMethod: 'card', autoRenew: true };
    const order = runSync(service.createOrder(body, 'key-order-language', 'vi'));
    expect(names(order)).to.deep.equal(['Máy nhánh']);
    // The quote was made in German: its order is stored so, and answered in English for fr.
    const stored = runSync(service.listOrders()).find((one) => one.id === order.id);
    expect(names(stored)).to.deep.equal(['Nebenstellen']);
    expect(stored?.discount?.description).to.equal('Willkommensangebot: 10 % Rabatt');
    expect(names(runSync(service.getOrder(order.id, 'fr')))).to.deep.equal(['Extensions']);
    const paid = runSync(service.confirmOrder(order.id, {}, 'zh-CN'));
    expect(paid.status).to.equal('paid');
    expect(paid.discount?.description).to.equal('新客优惠：9 折');
  });
});
