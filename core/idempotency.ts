/**
 * Exactly-once for requests a client may repeat (a retried order, a double-clicked save): the
 * first answer is recorded under the client's key with the body it came with, a repeat of the same
 * body answers it again, and the same key with another body is a conflict.
 */
import { ApiError } from './errors.js';
import type { IdempotencyScope, RepositoryTransaction } from './repository.js';
import { wait, type Work } from './run.js';

/** JSON with sorted keys: two bodies with the same content give the same text. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * The id of what `key` made before, for the same body; `undefined` for a key not used yet.
 * `conflict` is the message of a key used for another body (422 `idempotency_conflict`).
 */
export function* replayed(tx: RepositoryTransaction, scope: IdempotencyScope, key: string, print: string, conflict: string): Work<string | undefined> {
  const seen = yield* wait(tx.getIdempotencyKey(scope, key));
  if (!seen) return undefined;
  if (seen.fingerprint !== print) throw new ApiError(422, 'idempotency_conflict', conflict);
  return seen.resourceId;
}
