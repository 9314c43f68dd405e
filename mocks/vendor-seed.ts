/**
 * A vendor's own seed (`createMockBackend({ seed })`) as the database loads it: the tables given,
 * every other one empty, so a vendor's test sees only its own products, customers and contacts
 * and never a demo record.
 */
import { restartIds } from './builder-ids.js';
import type { SeedData } from './seed.js';

/** The tables a vendor seeds; any left out start empty (no account renewal settings: no standard renewal day). */
export type VendorSeed = Partial<SeedData>;

/**
 * A vendor's data: the tables themselves, or a function of the backend's "now" that returns them
 * (so term dates follow the clock), run at the start and at every `reset()`.
 */
export type SeedSource = VendorSeed | ((now: Date) => VendorSeed);

/** What `MockDb` loads from a vendor's seed, at the start and at every reset. */
export function vendorSeed(source: SeedSource): (now: Date) => SeedData {
  return (now) => {
    // Builders' default ids count from 1 on every run, so a reset gives the ids the start gave.
    if (typeof source === 'function') restartIds();
    const given = typeof source === 'function' ? source(now) : source;
    return { catalogs: [], customers: [], subscriptions: [], contacts: [], promotions: [], ...given };
  };
}
