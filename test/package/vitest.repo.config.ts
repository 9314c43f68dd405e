/**
 * The vendor's Vitest suite (consumer/) run inside this repository on the sources instead of the
 * installed package: a quick stage that needs no build or tarball.
 * `node_modules/.bin/vitest run --config test/package/vitest.repo.config.ts`
 *
 * `upcart`, `upcart/define` and `upcart/mocks` resolve as tsconfig.json's `paths` map them (which
 * also type-checks the suite against the sources), read from there so the mapping is written once.
 * They are aliases, not Vite's `tsconfigPaths`: that reads the nearest tsconfig, and consumer/ has
 * its own, for the installed package.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import consumer from './consumer/vitest.config.js';

const repo = new URL('../../', import.meta.url);
// tsconfig.json is JSON with line comments: drop them before parsing.
const tsconfig = readFileSync(new URL('tsconfig.json', repo), 'utf8').replace(/^\s*\/\/.*$/gm, '');
const { compilerOptions } = JSON.parse(tsconfig) as {
  compilerOptions: { paths: Record<string, [string]> };
};

export default mergeConfig(consumer, {
  root: fileURLToPath(new URL('consumer/', import.meta.url)),
  resolve: {
    alias: Object.entries(compilerOptions.paths).map(([specifier, [path]]) => ({
      find: new RegExp(`^${specifier}$`),
      replacement: fileURLToPath(new URL(path, repo)),
    })),
  },
});
