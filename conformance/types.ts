/** What a run of the conformance kit is given and what it answers. */

export interface ConformanceOptions {
  /** Where the contract's routes live, e.g. `http://127.0.0.1:8787/api`. */
  baseUrl: string;
  /** Bearer token of the account the checks run as; sent as `Authorization: Bearer …`. */
  token?: string;
  /** A second account's token: with it, the tenancy checks ask for the first account's ids. */
  otherToken?: string;
  /** A company id the account may look up (`GET /customers?companyId=`); the route is skipped without one it finds. */
  companyId?: string;
  /** The `fetch` to call the backend with (tests pass their own); the global one by default. */
  fetch?: typeof fetch;
  /** Milliseconds before one request is given up (10 000 by default). */
  timeoutMs?: number;
}

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  /** Stable, human-readable name; tests and vendors find a check by it. */
  name: string;
  status: CheckStatus;
  /** For a failure, one line: what was expected and what came back; for a skip, why. */
  detail: string;
}

/** What a check concludes; a thrown `CheckFailure` is a failure with its message as the detail. */
export type Outcome = { status: CheckStatus; detail: string };

export const pass = (detail = ''): Outcome => ({ status: 'pass', detail });
export const fail = (detail: string): Outcome => ({ status: 'fail', detail });
export const skip = (detail: string): Outcome => ({ status: 'skip', detail });

/** Thrown inside a check to end it as failed with one clear line. */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
}

/** Thrown inside a check to end it as skipped, with the reason. */
export class CheckSkipped extends Error {
  override readonly name = 'CheckSkipped';
}
