/**
 * MSW, imported once for every module of `upcart/mocks`, as a plain static import: what browsers,
 * dev servers and bundlers of any target take (`upcart/mocks` for them, the mocks bundle, the
 * demo, the tests). Node's build of the entry swaps in `msw-guarded.ts` (vite.config.ts), which
 * names the optional peer when it is missing. Types stay `import type { ... } from 'msw'` where
 * they are used.
 */
export { delay, getResponse, http, HttpResponse } from 'msw';
