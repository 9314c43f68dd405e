/**
 * MSW, loaded once for every module of `upcart/mocks`. It is an optional peer dependency of
 * upcart (only the mocks need it), so a vendor without it gets a message that names the package
 * and the major the mocks are tested with, instead of Node's bare `Cannot find package 'msw'`.
 * Types stay `import type { ... } from 'msw'` where they are used.
 */
import type * as Msw from 'msw';

/** What a vendor reads when msw is missing: the package, the range and the command. */
export const MSW_MISSING = 'upcart/mocks needs msw ^2.15 (an optional peer dependency of upcart): npm install --save-dev msw@^2.15';

let msw: typeof Msw;
try {
  msw = await import('msw');
} catch (cause) {
  throw new Error(`${MSW_MISSING} (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
}

export const { http, HttpResponse, delay, getResponse } = msw;
