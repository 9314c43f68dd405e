// Types of scripts/minify-literals.mjs for vite.config.ts.
import type { Plugin } from 'vite';

/** Minifies the text of Lit's `css`, `html` and `svg` templates in `.ts` files under `include` (src/). */
export function minifyLiterals(options?: { include?: string }): Plugin;
