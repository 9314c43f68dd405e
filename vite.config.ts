/**
 * The builds of one config:
 * - `vite` / `vite build --mode demo`: the demo page in demo/, on the MSW mock backend
 *   (the service worker is served from public/ at the origin root);
 * - `vite build`: the library, one ES module per entry, dependencies left to the host's bundler;
 * - `vite build --mode bundle` / `--mode bundle-mocks`: one self-contained file each, for a page
 *   without a bundler (examples/html): dist/upcart.bundle.js (the public API with Lit, zod and the
 *   locale catalogs inlined, every tag defined) and dist/upcart-mocks.bundle.js (the mock backend
 *   with MSW, started by `startMockBackend()`);
 * - `vite build --mode mocks-browser`: dist/mocks.browser.js, `upcart/mocks` for browsers and
 *   bundlers (MSW imported statically; Node's dist/mocks.js names MSW when it is missing);
 * - `vite build --mode conformance`: the conformance kit for Node, dist/conformance.js (the
 *   library) and dist/conformance-cli.js (the `upcart-conformance` command), dependencies external.
 * Every build minifies the text of Lit's templates in src/ (scripts/minify-literals.mjs); the dev
 * server serves them as written.
 *
 * `UPCART_BACKEND=server npm run demo` runs the demo against the reference server instead of MSW
 * (docs/server.md): the dev server proxies `/api` to `UPCART_SERVER_URL` (`http://127.0.0.1:8787`
 * by default, what `npm run server` listens on) and mints a bearer token for the seeded demo
 * account with `UPCART_TOKEN_SECRET` (the server's development secret without it), which the page
 * sends through `httpBackend`'s `headers`.
 */
import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { TAGS } from './scripts/tags.mjs';
import { seedAccounts } from './server/seed.js';
import { DEV_TOKEN_SECRET, mintToken } from './server/tokens.js';

const root = import.meta.dirname;
const elements = TAGS;

/** What the demo page runs on: the MSW mock backend (null), or the reference server with a token. */
async function demoServer(command: string): Promise<{ token: string } | null> {
  if (command !== 'serve' || process.env['UPCART_BACKEND'] !== 'server') return null;
  const token = await mintToken({ accountId: seedAccounts.demo.id, secret: process.env['UPCART_TOKEN_SECRET'] || DEV_TOKEN_SECRET, expiresIn: '7d' });
  return { token };
}

export default defineConfig(async ({ command, mode }): Promise<UserConfig> => {
  if (command === 'serve' || mode === 'demo') {
    const server = await demoServer(command);
    const target = process.env['UPCART_SERVER_URL'] ?? 'http://127.0.0.1:8787';
    return {
      root: resolve(root, 'demo'),
      publicDir: resolve(root, 'public'),
      plugins: [minifyLiterals()],
      define: { __UPCART_DEMO_SERVER__: JSON.stringify(server) },
      server: { port: 5173, strictPort: false, ...(server ? { proxy: { '/api': { target, changeOrigin: false } } } : {}) },
      preview: { port: 4173 },
      // The demo carries MSW and the mock backend's seed data in its one script.
      build: { outDir: resolve(root, 'dist-demo'), emptyOutDir: true, chunkSizeWarningLimit: 1024 },
    };
  }
  const bundles: Record<string, [name: string, entry: string]> = {
    bundle: ['upcart.bundle', 'src/bundle.ts'],
    'bundle-mocks': ['upcart-mocks.bundle', 'mocks/browser.ts'],
  };
  if (mode === 'conformance') {
    return {
      publicDir: false,
      build: {
        outDir: resolve(root, 'dist'),
        emptyOutDir: false,
        ssr: true,
        target: 'node20',
        rolldownOptions: {
          input: { conformance: resolve(root, 'conformance/index.ts'), 'conformance-cli': resolve(root, 'conformance/cli.ts') },
          external: [/^zod(\/|$)/, /^node:/],
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: '[name]-[hash].js',
            banner: (chunk) => (chunk.name === 'conformance-cli' ? '#!/usr/bin/env node' : ''),
          },
        },
      },
    };
  }
  const bundle = bundles[mode];
  if (bundle) {
    const [name, entry] = bundle;
    return {
      publicDir: false,
      plugins: [minifyLiterals()],
      build: {
        outDir: resolve(root, 'dist'),
        emptyOutDir: false,
        // The mocks bundle carries MSW and the seed data: large, and only for demos and tests.
        chunkSizeWarningLimit: 1024,
        lib: { entry: { [name]: resolve(root, entry) }, formats: ['es'] },
        // Nothing external and no chunks: one file a page can load as it is.
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    };
  }
  // `upcart/mocks` for browsers and bundlers (its `default` export condition): MSW imported
  // statically, no top-level await.
  if (mode === 'mocks-browser') {
    return {
      publicDir: false,
      build: {
        outDir: resolve(root, 'dist'),
        emptyOutDir: false,
        lib: { entry: { 'mocks.browser': resolve(root, 'mocks/index.ts') }, formats: ['es'] },
        rolldownOptions: { external: [/^zod(\/|$)/, /^msw(\/|$)/], output: { minify: true } },
      },
    };
  }
  return {
    publicDir: false,
    plugins: [minifyLiterals()],
    // Node's `upcart/mocks` (dist/mocks.js) loads MSW through the guard that names it when missing.
    resolve: { alias: [{ find: /^\.\/msw\.js$/, replacement: resolve(root, 'mocks/msw-guarded.ts') }] },
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      lib: {
        entry: {
          upcart: resolve(root, 'src/index.ts'),
          define: resolve(root, 'src/define.ts'),
          contract: resolve(root, 'src/contract.ts'),
          mocks: resolve(root, 'mocks/index.ts'),
          ...Object.fromEntries(elements.map((tag) => [tag, resolve(root, `src/elements/${tag}/${tag}.ts`)])),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^msw(\/|$)/, /^@stripe\//, /^@paypal\//],
        output: { minify: true },
      },
    },
  };
});
