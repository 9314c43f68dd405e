/**
 * One body of service rules for a repository that answers now (in memory: the mocks, whose
 * test helpers answer synchronously) and one that answers later (a database). An operation is a
 * generator that yields what it waits for, `yield* wait(tx.getQuote(id))`; `runSync` hands each
 * value straight back, `runAsync` awaits it. Babel's gensync works the same way.
 */

/** A value now (memory) or later (a database). */
export type Awaitable<T> = T | PromiseLike<T>;

/** An operation of the core, run by `runSync` or `runAsync`. */
export type Work<T> = Generator<unknown, T, unknown>;

/** Waits for one value of the repository. */
export function* wait<T>(value: Awaitable<T>): Generator<unknown, T, unknown> {
  return (yield value) as T;
}

/** A unit of work whose writes all happen or none do (see `CheckoutRepository.transaction`). */
export interface Transactional<Tx> {
  transaction<T>(work: (tx: Tx) => Awaitable<T>): Awaitable<T>;
}

class InTransaction<Tx> {
  constructor(
    readonly repository: Transactional<Tx>,
    readonly work: (tx: Tx) => Work<unknown>,
  ) {}
}

/** Runs `work` inside one transaction of the repository, with the caller's runner. */
export function* transaction<Tx, T>(repository: Transactional<Tx>, work: (tx: Tx) => Work<T>): Work<T> {
  return (yield new InTransaction(repository, work)) as T;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Runs an operation over a repository that answers synchronously; a promise is a mistake. */
export function runSync<T>(work: Work<T>): T {
  let step = work.next();
  while (!step.done) {
    const yielded = step.value;
    let value: unknown;
    try {
      if (yielded instanceof InTransaction) value = yielded.repository.transaction((tx) => runSync(yielded.work(tx)));
      else value = yielded;
      if (isThenable(value)) throw new TypeError('runSync met a promise: run this repository with runAsync');
    } catch (error) {
      step = work.throw(error);
      continue;
    }
    step = work.next(value);
  }
  return step.value;
}

/** Runs an operation over any repository, waiting for each answer. */
export async function runAsync<T>(work: Work<T>): Promise<T> {
  let step = work.next();
  while (!step.done) {
    const yielded = step.value;
    let value: unknown;
    try {
      value = await (yielded instanceof InTransaction ? yielded.repository.transaction((tx) => runAsync(yielded.work(tx))) : yielded);
    } catch (error) {
      step = work.throw(error);
      continue;
    }
    step = work.next(value);
  }
  return step.value;
}
