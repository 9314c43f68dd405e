import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { createLightDomMount } from '../../src/payments/light-dom-mount.js';

/** Stands for `<pay-checkout>`: its shadow root renders the named slot, framed so it has a box. */
class MountHost extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const frame = document.createElement('div');
    frame.style.padding = '10px';
    const slot = document.createElement('slot');
    slot.name = 'payment';
    frame.append(slot);
    root.append(frame);
  }
}
/** Stands for a vendor's element that puts the host inside its own shadow root. */
class MountWrapper extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(document.createElement('mount-host'));
  }
}
/** One more shadow root around that. */
class MountOuter extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(document.createElement('mount-wrapper'));
  }
}
/** A Lit host that re-renders its shadow root. */
class LitMountHost extends LitElement {
  static override properties = { label: {} };
  label = 'one';
  override render() {
    return html`<p>${this.label}</p><slot name="payment"></slot>`;
  }
}
/** A Lit element with a re-rendering shadow root around the Lit host. */
class LitMountWrapper extends LitElement {
  static override properties = { label: {} };
  label = 'one';
  override render() {
    return html`<section><h2>${this.label}</h2><lit-mount-host .label=${this.label}></lit-mount-host></section>`;
  }
}
customElements.define('mount-host', MountHost);
customElements.define('mount-wrapper', MountWrapper);
customElements.define('mount-outer', MountOuter);
customElements.define('lit-mount-host', LitMountHost);
customElements.define('lit-mount-wrapper', LitMountWrapper);

const innerOf = (el: Element) => el.shadowRoot!.firstElementChild as HTMLElement;
const hostSlot = (host: Element) => host.shadowRoot!.querySelector('slot[name="payment"]');

/** The chain of slots the element is rendered through, innermost last. */
function assignedSlots(element: Element): HTMLSlotElement[] {
  const slots: HTMLSlotElement[] = [];
  let slot = element.assignedSlot;
  while (slot) {
    slots.push(slot);
    slot = slot.assignedSlot;
  }
  return slots;
}

/** Gives the mount some content and checks it is laid out inside the host's box. */
function expectRenderedInside(element: HTMLElement, host: HTMLElement): void {
  const content = document.createElement('div');
  content.style.height = '24px';
  content.textContent = 'mounted';
  element.append(content);
  const box = element.getBoundingClientRect();
  const hostBox = host.getBoundingClientRect();
  expect(box.height).to.be.greaterThan(0);
  expect(box.width).to.be.greaterThan(0);
  expect(box.top).to.be.at.least(hostBox.top);
  expect(box.bottom).to.be.at.most(hostBox.bottom);
  // The host's frame has 10px padding: the element sits inside it, not beside the host.
  expect(box.left - hostBox.left).to.equal(10);
}

describe('createLightDomMount', () => {
  it('mounts straight into a host that is in the document', async () => {
    const host = await fixture<MountHost>(testHtml`<mount-host></mount-host>`);
    const mount = createLightDomMount(host, 'payment');
    expect(mount.element.getRootNode()).to.equal(document);
    expect(mount.element.parentElement).to.equal(host);
    expect(mount.element.slot).to.equal('payment');
    expect(assignedSlots(mount.element)).to.deep.equal([hostSlot(host)]);
    expectRenderedInside(mount.element, host);
    mount.remove();
    expect(mount.element.isConnected).to.equal(false);
    expect(host.children).to.have.length(0);
  });

  it('reaches the document through one shadow root', async () => {
    const wrapper = await fixture<MountWrapper>(testHtml`<mount-wrapper></mount-wrapper>`);
    const host = innerOf(wrapper);
    const mount = createLightDomMount(host, 'payment');

    expect(mount.element.getRootNode()).to.equal(document);
    expect(mount.element.parentElement).to.equal(wrapper);
    const slots = assignedSlots(mount.element);
    expect(slots).to.have.length(2);
    expect(slots[0]!.getRootNode()).to.equal(wrapper.shadowRoot);
    expect(slots[0]!.parentElement).to.equal(host);
    expect(slots[0]!.slot).to.equal('payment');
    expect(slots[1]).to.equal(hostSlot(host));
    expectRenderedInside(mount.element, host);

    mount.remove();
    expect(mount.element.isConnected).to.equal(false);
    expect(wrapper.children).to.have.length(0);
    expect(host.children).to.have.length(0);
  });

  it('reaches the document through two nested shadow roots', async () => {
    const outer = await fixture<MountOuter>(testHtml`<mount-outer></mount-outer>`);
    const middle = innerOf(outer);
    const host = innerOf(middle);
    expect(host.localName).to.equal('mount-host');
    const mount = createLightDomMount(host, 'payment');

    expect(mount.element.getRootNode()).to.equal(document);
    expect(mount.element.parentElement).to.equal(outer);
    const slots = assignedSlots(mount.element);
    expect(slots).to.have.length(3);
    expect(slots[0]!.parentElement).to.equal(middle);
    expect(slots[1]!.parentElement).to.equal(host);
    expect(slots[2]).to.equal(hostSlot(host));
    expect(new Set(slots.map((s) => s.name)).size).to.equal(3);
    expectRenderedInside(mount.element, host);

    mount.remove();
    for (const el of [outer, middle, host]) expect(el.children).to.have.length(0);
  });

  it('keeps two mounts in one host apart', async () => {
    const wrapper = await fixture<MountWrapper>(testHtml`<mount-wrapper></mount-wrapper>`);
    const host = innerOf(wrapper);
    const a = createLightDomMount(host, 'payment');
    const b = createLightDomMount(host, 'payment');
    expect(a.element.slot).not.to.equal(b.element.slot);
    expect(assignedSlots(a.element).at(-1)).to.equal(hostSlot(host));
    expect(assignedSlots(b.element).at(-1)).to.equal(hostSlot(host));
    a.remove();
    expect(b.element.isConnected).to.equal(true);
    expect(assignedSlots(b.element)).to.have.length(2);
    b.remove();
    expect(host.children).to.have.length(0);
  });

  it('keeps the same element, still slotted, across re-renders of Lit hosts', async () => {
    const wrapper = await fixture<LitMountWrapper>(testHtml`<lit-mount-wrapper></lit-mount-wrapper>`);
    const host = wrapper.shadowRoot!.querySelector<LitMountHost>('lit-mount-host')!;
    await host.updateComplete;
    const mount = createLightDomMount(host, 'payment');
    const { element } = mount;

    wrapper.label = 'two';
    await wrapper.updateComplete;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.contain('two');
    expect(wrapper.shadowRoot!.querySelector('lit-mount-host')).to.equal(host);
    expect(mount.element).to.equal(element);
    expect(element.isConnected).to.equal(true);
    expect(assignedSlots(element).at(-1)).to.equal(hostSlot(host));
    mount.remove();
  });

  it('refuses a host that is not in the document, leaving nothing behind', () => {
    const wrapper = document.createElement('mount-wrapper');
    const host = innerOf(wrapper);
    expect(() => createLightDomMount(host, 'payment')).to.throw(/connected/);
    expect(host.children).to.have.length(0);
    expect(wrapper.children).to.have.length(0);
  });
});
