// `npx vite --config vite.csp.config.mjs`: the demo as `npm run demo` serves it, under a strict
// Content-Security-Policy (the header on every dev-server response):
//   script-src 'self' 'nonce-…' — no 'unsafe-inline', no 'unsafe-eval';
//   require-trusted-types-for 'script'; trusted-types lit-html upcart default.
// Upcart itself needs only `lit-html` (Lit's templates) and `upcart` (the payment scripts' URLs).
// The allowances, none of them for Upcart's code:
// - a `default` Trusted Types policy, added to the page by this config, that vouches for exactly two
//   URLs: MSW's `/mockServiceWorker.js` (MSW registers its worker with a plain string) and the PayPal
//   stand-in (`@paypal/paypal-js` sets `script.src` to a plain string; with the real PayPal a portal's
//   default policy must allow https://www.paypal.com/sdk/js the same way);
// - `style-src-attr 'unsafe-inline'` for the demo's designer panel, whose swatches use style
//   attributes (Upcart's elements use none);
// - the nonce is fixed per server start, which is fine for a local demo only: a production page
//   must mint a fresh nonce for every response.
// The test suite checks Upcart under the same policy, without the PayPal and style allowances, on a
// page of its own (test/reliability/csp.test.ts).
import { randomBytes } from 'node:crypto';
import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config.ts';

const nonce = randomBytes(18).toString('base64');
const DEFAULT_POLICY_PATH = '/@upcart-csp/default-policy.js';

export const demoPolicy = [
  "default-src 'self'",
  `script-src 'self' 'nonce-${nonce}'`,
  `style-src 'self' 'nonce-${nonce}'`,
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html upcart default',
].join('; ');

const defaultPolicy = `// The demo page's Trusted Types default policy: MSW's worker and the PayPal stand-in only.
const allowed = new Set(['/mockServiceWorker.js', '/stand-ins/paypal.js']);
globalThis.trustedTypes?.createPolicy('default', {
  createScriptURL: (url) => {
    const parsed = new URL(url, location.href);
    return parsed.origin === location.origin && allowed.has(parsed.pathname) ? url : null;
  },
});
`;

/** Serves the default policy and puts it first on the page, before the demo's own module. */
function trustedTypesDefaultPolicy() {
  return {
    name: 'upcart-demo-csp',
    configureServer(server) {
      server.middlewares.use(DEFAULT_POLICY_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(defaultPolicy);
      });
    },
    transformIndexHtml() {
      return [{ tag: 'script', attrs: { type: 'module', src: DEFAULT_POLICY_PATH, nonce }, injectTo: 'head-prepend' }];
    },
  };
}

export default defineConfig((env) =>
  mergeConfig(base(env), {
    server: { headers: { 'Content-Security-Policy': demoPolicy } },
    html: { cspNonce: nonce },
    plugins: [trustedTypesDefaultPolicy()],
  }),
);
