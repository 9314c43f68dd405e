// Upcart registers tags through `UpcartElement.define(tag)` (safe against a page that took the
// tag), which the analyzer does not read: it records only the generic
// `customElements.define(name, constructor)` inside upcart-element.ts. This plugin records a
// module's top-level `<Class>.define('<tag>')` calls (a module's side effect, not a call inside a
// method) as the definitions they are, in the module that makes them.
import { posix } from 'node:path';

/** The module a class named `name` comes from, as the manifest spells module paths. */
function moduleOf(name, moduleDoc, context) {
  const imported = context.imports?.find((entry) => entry.name === name && !entry.isBareModuleSpecifier);
  if (!imported) return moduleDoc.path;
  return posix.join(posix.dirname(moduleDoc.path), imported.importPath).replace(/\.js$/, '.ts');
}

function isTopLevel(ts, call) {
  return ts.isExpressionStatement(call.parent) && ts.isSourceFile(call.parent.parent);
}

/** A definition is real when it names a class the manifest declares in the module it points at. */
function declaresClass(manifest, { declaration }) {
  const module = manifest.modules.find((candidate) => candidate.path === declaration.module);
  return Boolean(module?.declarations?.some((candidate) => candidate.kind === 'class' && candidate.name === declaration.name));
}

export function upcartDefineCallsPlugin() {
  return {
    name: 'upcart-define-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || !isTopLevel(ts, node)) return;
      const { expression: target, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || target.text === 'customElements' || !tag || !ts.isStringLiteralLike(tag)) return;
      const definition = {
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: target.text, module: moduleOf(target.text, moduleDoc, context) },
      };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        if (!module.exports) continue;
        module.exports = module.exports.filter((entry) => entry.kind !== 'custom-element-definition' || declaresClass(customElementsManifest, entry));
      }
    },
  };
}
