/**
 * Renders one of Upcart's elements by the tag it is registered under (see `tagOf`): a template
 * cannot write that tag literally, since on a page that took the default one it is
 * `upcart-<tag>`. The element is made once per place in the template and kept; its attributes
 * and properties are set on every render, as a template's bindings would set them.
 */
import { nothing } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';

/** Attribute values: a string, `true` for an empty boolean attribute, absent for null, undefined or false. */
type Attributes = Record<string, string | boolean | null | undefined>;

class RegisteredElement extends Directive {
  private element: HTMLElement | undefined;

  render(_tag: string, _attributes?: Attributes, _properties?: object): unknown {
    return nothing;
  }

  override update(_part: Part, [tag, attributes, properties]: Parameters<this['render']>): HTMLElement {
    if (this.element?.localName !== tag) this.element = document.createElement(tag);
    const element = this.element;
    for (const [name, value] of Object.entries(attributes ?? {})) {
      if (value == null || value === false) element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : value);
    }
    return Object.assign(element, properties);
  }
}

export const registeredElement = directive(RegisteredElement);
