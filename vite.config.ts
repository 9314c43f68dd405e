/**
 * Two builds from one config:
 * - `vite` / `vite build --mode demo`: the demo page in demo/, on the MSW mock backend
 *   (the service worker is served from public/ at the origin root);
 * - `vite build`: the library, one ES module per entry, dependencies left to the host's bundler.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const elements = ['checkout-session', 'plan-picker', 'capacity-stepper', 'order-summary', 'billing-contact', 'pay-checkout'];

export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    return {
      root: resolve(root, 'demo'),
      publicDir: resolve(root, 'public'),
      server: { port: 5173, strictPort: false },
      preview: { port: 4173 },
      build: { outDir: resolve(root, 'dist-demo'), emptyOutDir: true },
    };
  }
  return {
    publicDir: false,
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      lib: {
        entry: {
          upcart: resolve(root, 'src/index.ts'),
          define: resolve(root, 'src/define.ts'),
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
