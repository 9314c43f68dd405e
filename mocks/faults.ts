/**
 * Fault switches per endpoint, so tests and the demo's fault panel can make any call slow,
 * fail, answer garbage or never answer, and check that the SDK copes:
 *
 * ```ts
 * faults.set('createQuote', { status: 500, times: 1 });      // the next quote fails once
 * faults.set('getCatalog', { latencyMs: 800 });              // every catalog load is slow
 * faults.set('listContacts', { status: 401, body: 'html' }); // a login proxy's page
 * faults.set('createQuote', { status: 429, retryAfter: 30 }); // "ask again in 30 s"
 * faults.latencyMs = 150;                                     // every call is slow
 * faults.clear();                                             // all back to normal
 * ```
 */
import type { EndpointName } from '../src/api/endpoints.js';

export interface Fault {
  /** Wait this long before answering (replaces the global latency for this endpoint). */
  latencyMs?: number;
  /** Answer with this HTTP status and an `ErrorBody`. */
  status?: number;
  /** The error message sent with `status`. */
  message?: string;
  /**
   * Field path -> message, sent with `status` in the `ErrorBody`, as the backend's 422
   * `invalid_request` does. The code stays the status's own; a status without one gets
   * `invalid_request`.
   */
  fields?: Record<string, string>;
  /**
   * What is sent with `status`: the contract's `ErrorBody` (`json`, the default), an HTML page (a
   * proxy's or a login page, as a 401 or 403 often is), or nothing at all.
   */
  body?: 'json' | 'html' | 'empty';
  /** `Retry-After` sent with `status`: seconds, or a string as is (an HTTP date). */
  retryAfter?: number | string;
  /** Answer 200 with a body that is not valid JSON. */
  malformed?: boolean;
  /** Answer 200 with valid JSON of the wrong shape. */
  wrongShape?: boolean;
  /** Fail at the network level (`HttpResponse.error()`): fetch rejects. */
  network?: boolean;
  /** Never answer, until the fault is cleared (the client's timeout or abort has to act). */
  hang?: boolean;
  /** Apply to the next N calls only, then clear itself. */
  times?: number;
}

type Listener = () => void;

export class FaultSwitches {
  /** Latency added to every call that has no `latencyMs` of its own. */
  latencyMs: number;
  private readonly faults = new Map<EndpointName, Fault>();
  /** Release functions of requests held by `hang`, so clearing the fault ends them. */
  private readonly held = new Map<EndpointName, Set<() => void>>();
  private readonly listeners = new Set<Listener>();
  private readonly holdWaiters = new Map<EndpointName, (() => void)[]>();

  constructor(options: { latencyMs?: number } = {}) {
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** Switches a fault on for one endpoint, replacing any it had. */
  set(name: EndpointName, fault: Fault): void {
    if (fault.status !== undefined && (!Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599)) {
      throw new RangeError(`Fault status must be an HTTP status, got ${fault.status}`);
    }
    if (fault.times !== undefined && (!Number.isInteger(fault.times) || fault.times < 1)) {
      throw new RangeError(`Fault times must be a positive integer, got ${fault.times}`);
    }
    for (const option of ['fields', 'body', 'retryAfter'] as const) {
      if (fault[option] !== undefined && fault.status === undefined) throw new TypeError(`Fault ${option} is sent only with a status`);
    }
    this.faults.set(name, fault.fields ? { ...fault, fields: { ...fault.fields } } : { ...fault });
    this.notify();
  }

  /** The fault of an endpoint (with the calls it has left in `times`), if any. */
  get(name: EndpointName): Fault | undefined {
    const fault = this.faults.get(name);
    return fault && { ...fault };
  }

  /** Every endpoint with a fault switched on. */
  entries(): [EndpointName, Fault][] {
    return [...this.faults].map(([name, fault]) => [name, { ...fault }]);
  }

  /** Clears one endpoint's fault, or all of them and the global latency; held requests fail. */
  clear(name?: EndpointName): void {
    if (name === undefined) {
      this.faults.clear();
      this.latencyMs = 0;
      for (const endpoint of [...this.held.keys()]) this.release(endpoint);
    } else {
      this.faults.delete(name);
      this.release(name);
    }
    this.notify();
  }

  /** Called by the fault panel to redraw; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The fault to apply to the call being answered, counting it against `times` (the handlers
   * call this once per request).
   */
  take(name: EndpointName): Fault | undefined {
    const fault = this.faults.get(name);
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      const left = fault.times - 1;
      if (left <= 0) this.faults.delete(name);
      else fault.times = left;
      this.notify();
    }
    return { ...fault };
  }

  /** The latency for a call: the fault's own, else the global one. */
  latencyFor(fault: Fault | undefined): number {
    return Math.max(0, fault?.latencyMs ?? this.latencyMs);
  }

  /** A promise that settles only when the endpoint's fault is cleared (or the backend reset). */
  hold(name: EndpointName): Promise<void> {
    const held = new Promise<void>((resolve) => {
      let set = this.held.get(name);
      if (!set) this.held.set(name, (set = new Set()));
      set.add(resolve);
    });
    const waiters = this.holdWaiters.get(name) ?? [];
    this.holdWaiters.delete(name);
    for (const wake of waiters) wake();
    return held;
  }

  /**
   * Resolves once a request to the endpoint is being held by `hang`. In a browser the service
   * worker may deliver a request some milliseconds after `fetch` was called, and a request
   * aborted before it arrived still reaches the handler later (and would take the next test's
   * fault), so a test aborts a hanging call only after awaiting this.
   */
  whenHeld(name: EndpointName): Promise<void> {
    if ((this.held.get(name)?.size ?? 0) > 0) return Promise.resolve();
    return new Promise((resolve) => {
      const waiters = this.holdWaiters.get(name) ?? [];
      waiters.push(resolve);
      this.holdWaiters.set(name, waiters);
    });
  }

  private release(name: EndpointName): void {
    const set = this.held.get(name);
    if (!set) return;
    this.held.delete(name);
    for (const resolve of set) resolve();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
