/**
 * `upcart/mocks`: the whole checkout backend in memory, served by MSW, for the demo, Upcart's
 * tests and vendors' own tests: the backend core (`core/`: pricing that can be checked by hand,
 * idempotent orders) on an in-memory repository, realistic seed data for every flow, and fault
 * switches.
 *
 * In a browser (demo, @web/test-runner), with `mockServiceWorker.js` served at the origin root:
 * ```ts
 * import { setupWorker } from 'msw/browser';
 * import { createMockBackend } from 'upcart/mocks';
 *
 * const mock = createMockBackend({ baseUrl: '/api', now: '2026-11-23T10:00:00Z' });
 * const worker = setupWorker(...mock.handlers);
 * await worker.start({ quiet: true, onUnhandledRequest: 'error' });
 * mock.faults.set('createQuote', { status: 500, times: 1 }); // the next quote fails once
 * mock.clock.advanceMinutes(16);                             // every open quote has expired
 * mock.reset();                                              // seed, clock and faults as new
 * ```
 *
 * With the vendor's own data instead of the demo's (builders in `builders.ts`, docs/testing.md):
 * ```ts
 * const mock = createMockBackend({ seed: (now) => ({ catalogs: [catalog({ productId: 'telephony', currency: 'EUR' })] }) });
 * ```
 *
 * In Node (vitest, jest) a relative `baseUrl` matches any host (the client then needs an
 * absolute one, e.g. `httpBackend({ baseUrl: 'http://localhost/api' })`):
 * ```ts
 * import { setupServer } from 'msw/node';
 * const mock = createMockBackend();
 * const server = setupServer(...mock.handlers);
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => mock.reset());
 * afterAll(() => server.close());
 * ```
 */
import type { HttpHandler } from 'msw';
import { MockClock, type ClockSource } from './clock.js';
import { MockDb } from './db.js';
import { FaultSwitches } from './faults.js';
import { createHandlers } from './handlers.js';
import { vendorSeed, type SeedSource } from './vendor-seed.js';

export interface MockBackendOptions {
  /** Where the routes live; `/api` by default. */
  baseUrl?: string;
  /**
   * "Now" for the backend: an instant to pin it to, or a function that returns it. Real time
   * when missing. Seed dates are relative to it.
   */
  now?: ClockSource;
  /** Latency of every answer, in milliseconds (0 by default). */
  latencyMs?: number;
  /**
   * The vendor's own data, or a function of the backend's now returning it (run at the start and
   * by every `reset()`): the tables given, every other one empty, and no demo record at all.
   * The demo seed (`mocks/seed.ts`, ids in `seedIds`) when missing.
   */
  seed?: SeedSource;
  /**
   * Start (and reset) with the demo account's past orders: paid by card and by PayPal, one
   * offline awaiting payment, one cancelled, one failed (seed-orders.ts). Off by default.
   */
  seedOrders?: boolean;
  /**
   * KooPhone resources generated into the seed's account on top of its 30 phones (the renewal
   * center at scale: `100_000`), deterministic, kept by `reset()`. `mock.db.generateResources(n)`
   * adds more later (the demo's switch).
   */
  generatedResources?: number;
}

export interface MockBackend {
  handlers: HttpHandler[];
  db: MockDb;
  faults: FaultSwitches;
  /** The backend's clock: move it to expire quotes or reach a term end. */
  clock: MockClock;
  /** Back to the seed data (the vendor's, if given), the initial clock and no faults (the initial latency stays). */
  reset(): void;
}

/** The mock backend on the demo seed, or on the vendor's own `seed`. */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  if (options.seed !== undefined && (options.seedOrders || options.generatedResources)) {
    throw new TypeError('seedOrders and generatedResources add to the demo seed; they cannot be combined with your own seed');
  }
  const clock = new MockClock(options.now);
  const db = new MockDb({
    clock,
    seedOrders: options.seedOrders ?? false,
    generatedResources: options.generatedResources ?? 0,
    ...(options.seed === undefined ? {} : { seed: vendorSeed(options.seed) }),
  });
  const faults = new FaultSwitches({ latencyMs: options.latencyMs ?? 0 });
  const handlerOptions = options.baseUrl === undefined ? { db, faults } : { db, faults, baseUrl: options.baseUrl };
  return {
    handlers: createHandlers(handlerOptions),
    db,
    faults,
    clock,
    reset() {
      clock.reset();
      faults.clear();
      faults.latencyMs = options.latencyMs ?? 0;
      db.reset();
    },
  };
}

export { MockClock, type ClockSource } from './clock.js';
export { MockDb, QUOTE_TTL_MS } from './db.js';
export { FaultSwitches, type Fault } from './faults.js';
export { createHandlers, type HandlerOptions } from './handlers.js';
export { createSeed, generateResources, seedIds, type SeedData } from './seed.js';
export type { SeedSource, VendorSeed } from './vendor-seed.js';
export * from './builders.js';
export { SEED_PI_NUMBER, seedOrderHistory } from './seed-orders.js';
export { seedTranslations } from './seed-translations.js';
export { localizeCatalog, type CatalogTranslations } from '../core/catalog-language.js';
/** The core's refusal, under the name the mocks always gave it. */
export { ApiError as MockApiError } from '../core/index.js';
// The core's pricing rules and calendar, so a vendor's test can work out by hand a figure the mocks answer.
export * from '../core/pricing.js';
export { addDays, addMonths, daysBetween, nextDayOfMonthOnOrAfter, toIsoDate, type Clock } from '../src/api/calendar.js';
