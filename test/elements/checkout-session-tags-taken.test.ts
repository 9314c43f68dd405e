/**
 * A host page that defined some of Upcart's default tags itself, before Upcart: its own file,
 * since a page's custom element registrations cannot be undone.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { ExpandSelection } from '../../src/store/checkout-state.js';
import { startMockBackend } from '../fixtures/mock-session.js';

class HostElement extends HTMLElement {}
for (const tag of ['plan-picker', 'order-summary', 'capacity-stepper']) customElements.define(tag, class extends HostElement {});

const warnings: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
const sdk = await import('../../src/index.js');
await import('../../src/define.js');
console.warn = warn;

let mock: MockBackend;
before(async () => {
  mock = await startMockBackend();
});
beforeEach(() => mock.reset());

/** Every element below `root`, through open shadow roots. */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);
}

describe('<checkout-session> on a page that defined Upcart’s tags itself', () => {
  it('registers Upcart’s classes under fallback names and warns, naming each conflict', () => {
    // Compared as booleans: a failure message that has to print a class never finishes.
    const registered = (tag: string, constructor: CustomElementConstructor) => customElements.get(tag) === constructor;
    expect(registered('upcart-plan-picker', sdk.PlanPicker), 'upcart-plan-picker').to.equal(true);
    expect(registered('upcart-order-summary', sdk.OrderSummary), 'upcart-order-summary').to.equal(true);
    expect(registered('upcart-capacity-stepper', sdk.CapacityStepper), 'upcart-capacity-stepper').to.equal(true);
    expect(registered('billing-contact', sdk.BillingContact), 'billing-contact keeps its tag').to.equal(true);
    expect(warnings.filter((warning) => warning.startsWith('upcart:'))).to.have.members([
      "upcart: <plan-picker> is already defined by another class; Upcart's is <upcart-plan-picker>.",
      "upcart: <order-summary> is already defined by another class; Upcart's is <upcart-order-summary>.",
      "upcart: <capacity-stepper> is already defined by another class; Upcart's is <upcart-capacity-stepper>.",
    ]);
  });

  it('renders its default layout with Upcart’s elements: summary, steppers and all', async () => {
    mock.clock.set(new Date());
    const session = await fixture<CheckoutSession>(
      html`<checkout-session locale="en-US" flow="expand" product="pseries" subscription="sub-pseries"></checkout-session>`,
    );
    const columns = () => [...session.shadowRoot!.querySelectorAll('[part=layout] .column > *')];
    expect(columns().map((el) => el.localName)).to.deep.equal(['upcart-plan-picker', 'billing-contact', 'upcart-order-summary', 'pay-checkout']);
    expect(columns().some((el) => el instanceof HostElement)).to.equal(false);
    const store = session.store!;
    const stepper = () =>
      allElements(session.shadowRoot!).find((el) => el.localName === 'upcart-capacity-stepper' && el.getAttribute('service-id') === 'extensions');
    await waitUntil(() => stepper() !== undefined, 'no stepper in the picker', { timeout: 3000 });
    expect(stepper() instanceof sdk.CapacityStepper).to.equal(true);
    expect(
      allElements(session.shadowRoot!).some((el) => el instanceof HostElement),
      'a host element in the checkout',
    ).to.equal(false);

    // The stepper drives the store, and the summary shows the quote for it.
    stepper()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="increment"]')!.click();
    expect((store.getState().selection as ExpandSelection).quantities['extensions']).to.equal(51);
    const total = () => columns()[2]!.shadowRoot!.querySelector('[part="total"]')?.textContent ?? '';
    await waitUntil(() => store.getState().quote !== null && total() !== '', 'the summary shows no total', { timeout: 3000 });
    expect(total()).to.match(/^\$\d/);
  });
});
