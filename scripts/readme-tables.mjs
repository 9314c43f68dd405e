// `node scripts/readme-tables.mjs [custom-elements.json]`: prints the reference tables of docs/reference.md
// (attributes, events, global tokens, component tokens, CSS parts and slots) as Markdown, from
// the custom-elements manifest, so the reference says what the JSDoc says.
import { readFileSync } from 'node:fs';

import { TAGS } from './tags.mjs';
const manifest = JSON.parse(readFileSync(process.argv[2] ?? 'custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = TAGS.map((tag) => {
  const element = declarations.find((declaration) => declaration.tagName === tag);
  if (!element) throw new Error(`<${tag}> is missing from the manifest`);
  return element;
});

/** One table cell: no line breaks, and pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** A code span (escaped by `cell` with the rest of its table cell). */
function code(text) {
  return text ? `\`${String(text).replace(/\s+/g, ' ').replace(/`/g, "'")}\`` : '';
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

const out = [];

out.push('### Attributes', '');
out.push(
  table(
    ['element', 'attribute', 'property', 'type', 'default', 'description'],
    elements.flatMap((element) =>
      (element.attributes ?? []).map((attribute) => [
        `\`<${element.tagName}>\``,
        code(attribute.name),
        attribute.fieldName && attribute.fieldName !== attribute.name ? code(attribute.fieldName) : '',
        code(attribute.type?.text),
        code(attribute.default),
        attribute.description,
      ]),
    ),
  ),
  '',
);

// An event several elements fire is listed once, with every element that fires it.
const events = new Map();
for (const element of elements) {
  for (const event of element.events ?? []) {
    if (!event.name) continue;
    const entry = events.get(event.name) ?? { description: event.description, tags: [] };
    entry.tags.push(`\`<${element.tagName}>\``);
    events.set(event.name, entry);
  }
}
out.push('### Events', '');
out.push(
  "Every `upcart-*` event bubbles and is composed (it leaves the shadow roots); its `detail` is typed in `upcart`'s `GlobalEventHandlersEventMap`. Form-like elements also fire the native `input` and `change`.",
  '',
);
out.push(
  table(
    ['event', 'fired by', 'detail and meaning'],
    [...events].filter(([name]) => name.startsWith('upcart-')).map(([name, { description, tags }]) => [code(name), tags.join(', '), description]),
  ),
  '',
);

// The global tokens every element reads are documented on <checkout-session>, beside its own
// `--upcart-session-*` ones; any other element's `--upcart-<element>-*` are component tokens.
const globals = new Map(
  (elements[0].cssProperties ?? [])
    .filter((property) => !property.name.startsWith('--upcart-session-'))
    .map((property) => [property.name, property.description]),
);
const isGlobal = (name) => globals.has(name);
out.push('### Design tokens', '');
out.push("Set them on any ancestor of the elements (they inherit through shadow roots); the demo's designer panel exports them.", '');
out.push(
  table(
    ['token', 'what it sets'],
    [...globals].map(([name, description]) => [code(name), description]),
  ),
  '',
);

out.push('### Component tokens', '');
out.push(
  table(
    ['element', 'custom property', 'what it sets'],
    elements.flatMap((element) =>
      (element.cssProperties ?? [])
        .filter((property) => !isGlobal(property.name))
        .map((property) => [`\`<${element.tagName}>\``, code(property.name), property.description]),
    ),
  ),
  '',
);

out.push('### CSS parts', '');
out.push('Style the inside of an element with `::part()`, e.g. `order-summary::part(total) { font-size: 1.5rem; }`.', '');
out.push(
  table(
    ['element', 'part', 'what it is'],
    elements.flatMap((element) => (element.cssParts ?? []).map((part) => [`\`<${element.tagName}>\``, code(part.name), part.description])),
  ),
  '',
);

const slotted = elements.filter((element) => (element.slots ?? []).length > 0);
if (slotted.length > 0) {
  out.push('### Slots', '');
  out.push(
    table(
      ['element', 'slot', 'what goes there'],
      slotted.flatMap((element) => element.slots.map((slot) => [`\`<${element.tagName}>\``, slot.name ? code(slot.name) : '(default)', slot.description])),
    ),
    '',
  );
}

process.stdout.write(out.join('\n'));
