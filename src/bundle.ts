/**
 * The entry of dist/upcart.bundle.js (`vite build --mode bundle`): Upcart's whole public API in
 * one self-contained ES module, with every default tag defined, for pages without a bundler:
 * `<script type="module" src="upcart.bundle.js"></script>`.
 */
export * from './index.js';
import './define.js';
