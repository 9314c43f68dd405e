/**
 * A mount point in the document's light DOM for SDKs that refuse shadow roots (Stripe Elements,
 * PayPal buttons), shown inside a host that may sit in any number of nested shadow roots.
 *
 * The host's own shadow root renders `<slot name=${slotName}>`. For every shadow root above the
 * host, a `<slot name="upcart-mount-N" slot=...>` is appended as a light child of the element
 * inside it, so each level forwards the next one's content; the last level, in the document,
 * gets the `<div slot=...>` that is returned. The flat tree then shows the div in the host's
 * slot, while its root node is the document. Lit never owns these light children, so they keep
 * their identity across re-renders (bennypowers/stripe-elements uses the same technique).
 */

export interface LightDomMount {
  /** The mount point: in the document's light DOM, rendered in the host's slot. */
  readonly element: HTMLElement;
  /** Removes every element this mount created. */
  remove(): void;
}

let nextId = 0;

export function createLightDomMount(host: HTMLElement, slotName: string): LightDomMount {
  const created: Element[] = [];
  let node: Element = host;
  let name = slotName;
  let root = node.getRootNode();

  while (root instanceof ShadowRoot) {
    const forwarded = `upcart-mount-${++nextId}`;
    const slot = document.createElement('slot');
    slot.name = forwarded;
    slot.slot = name;
    node.append(slot);
    created.push(slot);
    node = root.host;
    name = forwarded;
    root = node.getRootNode();
  }

  if (root !== document) {
    for (const el of created) el.remove();
    throw new Error('createLightDomMount: the host must be connected to the document.');
  }

  const element = document.createElement('div');
  element.slot = name;
  node.append(element);
  created.push(element);

  return {
    element,
    remove() {
      for (const el of created) el.remove();
      created.length = 0;
    },
  };
}
