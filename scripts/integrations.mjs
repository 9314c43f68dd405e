// `node scripts/integrations.mjs [outdir]` (part of `npm run build`, after the types are emitted to
// dist/types): writes what vendors' frameworks and editors read, generated from custom-elements.json
// by the custom-element-*-integration generators, into outdir (dist/ by default):
//   jsx-react.d.ts (+ jsx-elements.d.ts)                      React 19 JSX intrinsic elements
//   vue.d.ts                                                  Vue 3 global components
//   vscode.html-custom-data.json, vscode.css-custom-data.json VS Code custom data
//   web-types.json                                            JetBrains web-types
// The .d.ts files import the element classes from outdir/types (tsc -p tsconfig.build.json), the
// paths the package ships.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { vendorManifest } from './integrations/vendor-manifest.mjs';
import { typeEventProps } from './integrations/typed-events.mjs';
import { reactTypes } from './integrations/react-types.mjs';

const outdir = process.argv[2] ?? 'dist';
const manifest = vendorManifest(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const eventCount = elements.reduce((sum, element) => sum + (element.events?.length ?? 0), 0);
const common = { outdir, hideLogs: true, componentTypePath: (_name, tag) => `./types/src/elements/${tag}/${tag}.component.js` };

// The listeners' types are Upcart's event classes, which their modules register globally.
const EVENTS = "// Upcart's events, registered in GlobalEventHandlersEventMap, type the listeners below.\nimport './types/src/events/index.js';\n";

/** Runs a type generator that writes `fileName` into outdir, then rewrites the file with `edit`. */
function generateAndEdit(generate, fileName, edit) {
  generate(manifest, { ...common, fileName });
  const path = join(outdir, fileName);
  writeFileSync(path, EVENTS + edit(readFileSync(path, 'utf8')));
}

// React 19 binds a custom element's `on<name>` prop as a listener for the event `<name>`, which is
// the prop name the JSX generator writes.
generateAndEdit(generateJsxTypes, 'jsx-elements.d.ts', (source) => typeEventProps(source, eventCount, (event) => `on${event}`));
writeFileSync(join(outdir, 'jsx-react.d.ts'), reactTypes(elements));

// Vue compiles `@upcart-order-complete` to the prop `onUpcartOrderComplete`. The generator also
// declares a global `JSX` namespace, which would collide with React's in a project that has both.
const GLOBAL_JSX = /declare global \{\s*namespace JSX \{[\s\S]*?\n\}\n/;
generateAndEdit(generateVuejsTypes, 'vue.d.ts', (source) => {
  if (!GLOBAL_JSX.test(source)) throw new Error('the Vue generator no longer declares a global JSX namespace: check its output');
  return typeEventProps(source.replace(GLOBAL_JSX, ''), eventCount, vueListener);
});

generateVsCodeCustomElementData(manifest, { outdir, hideLogs: true, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' });
// The package ships src/, so the IDE can take a vendor from a tag to its class.
const modulePathTemplate = (_name, modulePath) => `./${modulePath}`;
generateJetBrainsWebTypes(manifest, { outdir, hideLogs: true, webTypesFileName: 'web-types.json', packageJson: false, modulePathTemplate });

// Each .d.ts entry gets an empty module beside it, so `import 'upcart/jsx-react'` also resolves at run time.
for (const entry of ['jsx-react', 'vue']) writeFileSync(join(outdir, `${entry}.js`), 'export {};\n');
console.log(`integrations: wrote React, Vue, VS Code and JetBrains data for ${elements.length} elements to ${outdir}/`);

function vueListener(event) {
  return `on${event.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase())}`;
}
