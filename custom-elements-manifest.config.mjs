// Reads the JSDoc of src/ (@summary @slot @fires @csspart @cssprop) into custom-elements.json.
import { upcartDefineCallsPlugin } from './scripts/cem-define-calls.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/i18n/locales/**'],
  litelement: true,
  outdir: '.',
  // The analyzer would otherwise write its --outdir into package.json's `customElements` on every
  // run, and `manifest.mjs --check` analyzes into a temporary folder.
  packagejson: false,
  plugins: [
    upcartDefineCallsPlugin(),
    {
      // The analyzer also guesses events from `dispatchEvent(new X(...))` calls, without a name or
      // with a variable's name; the documented `@fires` entries are the ones vendors read.
      name: 'upcart-stable-documented-manifest',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer's module order depends on how it was started; sort so the file is stable.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
          }
        }
      },
    },
  ],
};
