// Builds the React and Vue examples into dist-examples/ (`vite build --config examples/vite.config.mjs`);
// `npm run examples` serves the repository root for development: /examples/react/, /examples/vue/
// and /examples/html/ (which needs no build of its own, only `npm run build`'s dist/upcart.bundle.js).
//
// `upcart`, `upcart/define` and `upcart/mocks` resolve to this repository's sources here; in your
// app they come from the npm package. JSX is compiled by Vite's own Oxc transform (React 19's
// automatic runtime), so no React plugin is needed.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const here = import.meta.dirname;
const repo = resolve(here, '..');

export default defineConfig({
  root: repo,
  base: './',
  publicDir: resolve(repo, 'public'),
  resolve: {
    alias: [
      { find: /^upcart$/, replacement: resolve(repo, 'src/index.ts') },
      { find: /^upcart\/define$/, replacement: resolve(repo, 'src/define.ts') },
      { find: /^upcart\/mocks$/, replacement: resolve(repo, 'mocks/index.ts') },
      // The Vue build with the template compiler, so `compilerOptions.isCustomElement` applies
      // to the example's template string (with single-file components, set it in @vitejs/plugin-vue).
      { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' },
    ],
  },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: { port: 5174, strictPort: false },
  build: {
    outDir: resolve(repo, 'dist-examples'),
    emptyOutDir: true,
    // The examples carry the mock backend (MSW and seed data) along with Upcart.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: { react: resolve(here, 'react/index.html'), vue: resolve(here, 'vue/index.html') },
    },
  },
});
