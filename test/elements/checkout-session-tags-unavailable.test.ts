/**
 * A host page that took both the default tag of an Upcart element and its fallback: its own
 * file, since a page's custom element registrations cannot be undone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import { startMockBackend } from '../fixtures/mock-session.js';

for (const tag of ['pay-checkout', 'upcart-pay-checkout']) customElements.define(tag, class extends HTMLElement {});

const warnings: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
await import('../../src/define.js');
console.warn = warn;

before(() => startMockBackend());

describe('<checkout-session> on a page that took a tag and its fallback', () => {
  it('shows an error naming the conflict instead of a layout that cannot work, and warns', async () => {
    expect(warnings).to.include("upcart: <pay-checkout> is already defined by another class; Upcart's is not defined.");
    const session = await fixture<CheckoutSession>(
      html`<checkout-session locale="en-US" flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`,
    );
    const error = session.shadowRoot!.querySelector('[part="error"]');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(error?.textContent).to.equal('This checkout cannot be shown: the page uses <pay-checkout> for elements of its own.');
    expect(session.shadowRoot!.querySelector('[part="layout"]')).to.equal(null);
    await expect(session).to.be.accessible();
  });
});
