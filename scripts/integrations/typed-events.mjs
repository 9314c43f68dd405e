// The JSX and Vue generators write each documented event as
// `"on<event>"?: (e: CustomEvent<never>) => void` (vendor-manifest.mjs drops the event types they
// would misuse). Upcart's events are their own classes, registered by name in
// GlobalEventHandlersEventMap, so each listener gets the class of its event.

const GENERATED_LISTENER = /"?on([a-z][a-z-]*)"?\?: \(e: CustomEvent<never>\) => void;/g;

/**
 * `source` with every generated listener typed by its event's class, under `propName(event)`;
 * throws unless exactly `expected` listeners were found, so a generator that changes its output
 * fails the build instead of shipping untyped events.
 */
export function typeEventProps(source, expected, propName) {
  let found = 0;
  const typed = source.replace(GENERATED_LISTENER, (_, event) => {
    found += 1;
    return `${JSON.stringify(propName(event))}?: (event: GlobalEventHandlersEventMap[${JSON.stringify(event)}]) => void;`;
  });
  if (found !== expected) throw new Error(`expected ${expected} generated event listeners, found ${found}: has the generator's output changed?`);
  return typed;
}
