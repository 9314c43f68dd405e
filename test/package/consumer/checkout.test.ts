/**
 * A vendor's test of Upcart's checkout in a simulated DOM (jsdom or happy-dom, see
 * vitest.config.ts): the mock backend answers in Node through MSW with the vendor's own product,
 * and `<checkout-session>` is driven through its shadow roots as a buyer would. Any console
 * error fails the test.
 */
import { setupServer } from 'msw/node';
import type { CheckoutOrder, Quote } from 'upcart';
import 'upcart/define';
import { catalog, contact, createMockBackend, customer, subscription } from 'upcart/mocks';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';

// The vendor's own product, buyer and subscription; the clock is pinned, so every price is the
// same on every run. Prices are cents in the catalog's currency.
const mock = createMockBackend({
  now: '2026-11-23T10:00:00Z',
  seed: (now) => {
    const telephony = catalog({
      productId: 'telephony',
      productName: 'Nordwind Telephony',
      currency: 'EUR',
      plans: [
        { id: 'basic', name: 'Basic', unitPrice: 900 },
        { id: 'pro', name: 'Pro', unitPrice: 1500, tier: 2 },
      ],
      services: [
        { id: 'seats', name: 'Seats', unitPrice: 1200, min: 1, max: 500 },
        { id: 'recording', name: 'Call recording', unitPrice: 300 },
      ],
      cycles: [{ months: 12, discountPercent: 10 }],
    });
    const buyer = customer({ id: 'cust-nordwind', name: 'Nordwind GmbH' });
    return {
      catalogs: [telephony],
      customers: [buyer],
      contacts: [contact({ name: 'Jana Nord', isDefault: true })],
      subscriptions: [subscription({ id: 'sub-1', catalog: telephony, customer: buyer, services: [{ serviceId: 'seats', quantity: 10 }], now })],
    };
  },
});
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// The DOM reports errors in listeners and element callbacks to the console or the window.
const errors: unknown[] = [];
const onError = (event: ErrorEvent) => errors.push(event.error);
const onRejection = (reason: unknown) => errors.push(reason);
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
  window.addEventListener('error', onError);
  process.on('unhandledRejection', onRejection);
});
afterEach(() => {
  document.body.replaceChildren();
  mock.reset();
  vi.restoreAllMocks();
  window.removeEventListener('error', onError);
  process.off('unhandledRejection', onRejection);
  expect(errors.splice(0)).toEqual([]);
});

/** How long a wait may take: a simulated DOM on a busy machine is slower than a browser. */
const patience = { timeout: 5000 };

/** The first element matching `selector` under `root`, looking inside every shadow root. */
function find<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T | undefined {
  const match = root.querySelector<T>(selector);
  if (match) return match;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && find<T>(selector, element.shadowRoot);
    if (inner) return inner;
  }
  return undefined;
}

/** Waits until `selector` matches (see `find`), and returns the element. */
function waitFor<T extends Element = HTMLElement>(selector: string, root?: ParentNode): Promise<T> {
  return vi.waitFor(() => find<T>(selector, root) ?? Promise.reject(new Error(`no ${selector} yet`)), patience);
}

/** Renders a checkout on the mock backend. */
function renderCheckout(attributes: string): HTMLElement {
  document.body.innerHTML = `<checkout-session ${attributes} api-base="/api"></checkout-session>`;
  return document.querySelector('checkout-session')!;
}

it('places an offline order for two more seats', async () => {
  const session = renderCheckout('flow="expand" product="telephony" subscription="sub-1"');
  let quote: Quote | null = null;
  session.addEventListener('upcart-quote-change', (event) => (quote = event.detail.quote));
  const completed = new Promise<CheckoutOrder>((resolve) => {
    session.addEventListener('upcart-order-complete', (event) => resolve(event.detail.order));
  });

  // The subscription has 10 seats: two more with the stepper's + button, then a new quote.
  const stepper = await waitFor('capacity-stepper[service-id=seats]');
  const increment = await waitFor<HTMLButtonElement>('[part~=increment]', stepper.shadowRoot!);
  increment.click();
  increment.click();
  await vi.waitFor(() => expect(quote?.lines.find((line) => line.refId === 'seats')?.toQuantity).toBe(12), patience);
  // The term runs 2026-07-13 to 2027-07-13, 232 of 365 days left: 2 × 12.00 × 12 months × 0.9 × 232 / 365.
  expect(quote!.lines.find((line) => line.refId === 'seats')?.amount).toEqual({ amount: 16_475, currency: 'EUR' });

  // Pay offline with the sales team's PI number; the billing contact is the account's default.
  (await waitFor<HTMLInputElement>('input[type=radio][value=offline]')).click();
  const piNumber = await waitFor<HTMLInputElement>('input[part~=pi-number]');
  piNumber.value = 'PI-2026-0042';
  piNumber.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const pay = await waitFor<HTMLButtonElement>('[part~=pay-button]');
  await vi.waitFor(() => expect(pay.disabled).toBe(false), patience);
  pay.click();

  const order = await completed;
  expect(order.status).toBe('awaiting_offline_payment');
  expect(order.total).toEqual(quote!.total);
  // The checkout is now the order's receipt.
  expect((await waitFor('[part~=result] .order-id')).textContent).toBe(order.id);
});

it('adds a service to the subscription and removes it again', async () => {
  renderCheckout('flow="expand" product="telephony" subscription="sub-1"');
  const add = await waitFor('button.add');
  const service = `[data-service-id="${add.closest<HTMLElement>('[data-service-id]')!.dataset['serviceId']}"]`;
  add.click();
  (await waitFor(`${service} button.remove`)).click();
  await waitFor(`${service} button.add`);
});

it('shows the plan details in a dialog and closes it', async () => {
  renderCheckout('flow="upgrade" product="telephony" subscription="sub-1"');
  const opener = await waitFor<HTMLButtonElement>('button.view-details');
  opener.click();
  const dialog = await waitFor<HTMLDialogElement>('dialog.details-dialog[open]');
  find('button.close', dialog)!.click();
  await vi.waitFor(() => expect(dialog.open).toBe(false), patience);
  // Closing gives the focus back to the button that opened the dialog.
  await vi.waitFor(() => expect((opener.getRootNode() as ShadowRoot).activeElement).toBe(opener), patience);
});
