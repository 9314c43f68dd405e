/**
 * An open-loop load: request `i` is due at `start + i / rate` and is sent then whatever earlier
 * requests are doing, so a slow server meets the same arrivals as a fast one. Its latency runs
 * from the time it was due, not from when it left: a stall of the server, of this process or of
 * the in-flight bound is counted, not hidden (no coordinated omission). At most `maxInFlight`
 * requests are outstanding; the rest wait, in order, their wait counted in their latency.
 */
export interface OpenLoopOptions {
  /** Requests per second. */
  rate: number;
  seconds: number;
  maxInFlight: number;
  /** Sends request `index`; resolves to its HTTP status (rejects on a network error or timeout). */
  send(index: number): Promise<number>;
}

export interface OpenLoopResult {
  /** Requests due in the window (rate × seconds). */
  scheduled: number;
  /** Answered with a 2xx. */
  ok: number;
  /** Non-2xx answers and failed requests, by status or error name. */
  errors: Map<string, number>;
  /** Latency of every answered request (2xx or not), ms from the time it was due, sorted. */
  latencies: number[];
  /** From the first due time to the last answer, ms. */
  elapsedMs: number;
  /** Answers per second over `elapsedMs`. */
  achievedRate: number;
  /** The most requests outstanding at once, and how many had to wait for the bound. */
  peakInFlight: number;
  held: number;
}

export function openLoop({ rate, seconds, maxInFlight, send }: OpenLoopOptions): Promise<OpenLoopResult> {
  const scheduled = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  let ok = 0;
  let next = 0;
  let done = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  let held = 0;
  let heldUpTo = -1;
  const start = performance.now() + 5;
  const dueAt = (index: number) => start + index * interval;

  return new Promise((resolve) => {
    if (scheduled === 0) throw new Error('open loop: no request is due (rate × seconds rounds to 0)');
    const finish = () =>
      resolve({
        scheduled,
        ok,
        errors,
        latencies: latencies.sort((a, b) => a - b),
        elapsedMs: performance.now() - start,
        achievedRate: done / ((performance.now() - start) / 1000),
        peakInFlight,
        held,
      });
    const fire = (index: number) => {
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      send(index)
        .then(
          (status) => {
            latencies.push(performance.now() - dueAt(index));
            if (status >= 200 && status < 300) ok += 1;
            else errors.set(String(status), (errors.get(String(status)) ?? 0) + 1);
          },
          (error: unknown) => {
            const name = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name ?? 'error';
            errors.set(name, (errors.get(name) ?? 0) + 1);
          },
        )
        .finally(() => {
          inFlight -= 1;
          done += 1;
          if (done === scheduled) finish();
          else pump();
        });
    };
    // Sends every request that is due, up to the bound; then sleeps until the next one is due.
    let timer: NodeJS.Timeout | undefined;
    function pump(): void {
      const now = performance.now();
      while (next < scheduled && dueAt(next) <= now) {
        if (inFlight >= maxInFlight) {
          if (heldUpTo < next) held += 1;
          heldUpTo = next;
          return; // an answer calls pump again
        }
        fire(next);
        next += 1;
      }
      if (next < scheduled && timer === undefined) {
        timer = setTimeout(
          () => {
            timer = undefined;
            pump();
          },
          Math.max(0, dueAt(next) - performance.now()),
        );
      }
    }
    pump();
  });
}
