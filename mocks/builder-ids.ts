/**
 * Readable ids for what a builder makes without one: `plan-1`, `plan-2`, `customer-1`... counted
 * per kind. `createMockBackend` restarts the counts before each run of a seed function, so
 * `reset()` gives the same ids as the start.
 */
const counts = new Map<string, number>();

/** The next id of a kind: `${kind}-${n}`. */
export function nextId(kind: string): string {
  const count = (counts.get(kind) ?? 0) + 1;
  counts.set(kind, count);
  return `${kind}-${count}`;
}

/** Every kind counts from 1 again. */
export function restartIds(): void {
  counts.clear();
}

/** A name for an id nobody named: `call-minutes` -> `Call minutes`, `plan-2` -> `Plan 2`. */
export function nameOf(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
