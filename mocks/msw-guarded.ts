/**
 * `msw.ts` for Node's build of `upcart/mocks` (the `node` condition of its export): msw is an
 * optional peer dependency of upcart (only the mocks need it), so a vendor without it gets a
 * message that names the package, the range the mocks are tested with (package.json's
 * `peerDependencies.msw`; test/package/pack.mjs checks they agree) and the command, instead of
 * Node's bare `Cannot find package 'msw'`. A top-level await, which Node and Vitest run; browsers'
 * builds keep the static import, which bundlers of every target understand.
 */
import type * as Msw from 'msw';

let msw: typeof Msw;
try {
  msw = await import('msw');
} catch (cause) {
  const message = 'upcart/mocks needs msw ^2.15 (an optional peer dependency of upcart): npm install --save-dev msw@^2.15';
  throw new Error(`${message} (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
}

export const { delay, getResponse, http, HttpResponse } = msw;
