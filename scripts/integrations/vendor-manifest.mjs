// The manifest as vendors' frameworks and editors should read it. Upcart events are classes
// registered in GlobalEventHandlersEventMap (src/events/), bubbling and composed, so:
// - an event's `type` is dropped: the generators would import a type of that name from the
//   element's module and wrap it in `CustomEvent<...>`; typed-events.mjs types the props instead;
// - `<checkout-session>` also lists the `upcart-` events of the elements it renders (its layout,
//   or account elements placed inside it): that is where a vendor listens to them.

/** The element whose subtree holds the others. */
const CONTAINER = 'checkout-session';

export function vendorManifest(manifest) {
  const copy = structuredClone(manifest);
  const elements = copy.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  for (const event of elements.flatMap((element) => element.events ?? [])) delete event.type;
  const container = elements.find((element) => element.tagName === CONTAINER);
  if (!container) throw new Error(`custom-elements.json has no <${CONTAINER}>`);
  container.events = [...(container.events ?? []), ...bubbledEvents(elements, container)];
  return copy;
}

/** The `upcart-` events the container does not fire itself, each saying which elements fire it. */
function bubbledEvents(elements, container) {
  const own = new Set((container.events ?? []).map((event) => event.name));
  const byName = new Map();
  for (const element of elements) {
    for (const event of element.events ?? []) {
      if (element === container || own.has(event.name) || !event.name.startsWith('upcart-')) continue;
      const entry = byName.get(event.name) ?? { event, tags: [] };
      entry.tags.push(`\`<${element.tagName}>\``);
      byName.set(event.name, entry);
    }
  }
  return [...byName.values()].map(({ event, tags }) => ({ ...event, description: `From ${tags.join(', ')} inside: ${event.description}` }));
}
