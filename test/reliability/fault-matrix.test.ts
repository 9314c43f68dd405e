/**
 * The fault matrix: every backend call crossed with every fault, driven through the real elements
 * of a `<checkout-session>` (its default layout) on the MSW mock backend.
 *
 * Each cell asserts that the buyer reads a clear message in an alert, the session fires a typed
 * `upcart-error` for the right step and code, the element's Retry button (or doing the action
 * again) recovers, no money figure on screen is one the server did not quote for the current
 * selection, and the mock database holds at most one order per order attempt. The last column is
 * a slow answer overtaken by a newer request (for the calls a buyer can only repeat, a repeat
 * while the first is in flight): no error, the newest answer wins, the late one changes nothing.
 *
 * Three columns are answers that used to tell the buyer the wrong thing: a 401 with a proxy's HTML
 * page and a 403 with no body ask the buyer to sign in again and fire `upcart-auth-required` (the
 * 401 recovers the way a host page does, with `retryFailed()` after signing in); a 429 with
 * `Retry-After` says how long to wait, and its Retry waits that long, sending one request however
 * often it is asked.
 *
 * The matrix of outcomes is printed at the end (browser logs are part of the runner's output).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import type { Fault, MockBackend } from '../../mocks/index.js';
import type { CheckoutBackend } from '../../src/api/backend.js';
import type { checkoutEndpoints } from '../../src/api/checkout-endpoints.js';
import type { CheckoutErrorCode } from '../../src/api/errors.js';
import { httpBackend } from '../../src/api/http-backend.js';
import type { ContactInput } from '../../src/api/schemas.js';
import '../../src/define.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import { UpcartAuthRequiredEvent } from '../../src/events/auth-required.js';
import { UpcartErrorEvent } from '../../src/events/error.js';
import { en } from '../../src/i18n/locales/en.js';
import { configurePayments } from '../../src/payments/payment-config.js';
import type { AsyncStep, CheckoutState } from '../../src/store/checkout-state.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import { startMockBackend } from '../fixtures/mock-session.js';
import { fillCard } from '../payments/stand-in-helpers.js';
import {
  alertSaying,
  controlledBackend,
  deepQuery,
  printTable,
  retryButtonOf,
  textOf,
  unquotedPrices,
  visibleAlerts,
  type ControlledBackend,
} from './helpers.js';

/** The store's timeout in these tests, and when a "timed out" answer really arrives (the server acts). */
const TIMEOUT_MS = 300;
const LATE_MS = 450;
/** How long an overtaken answer is held back. */
const HOLD_MS = 400;

type FaultKind = '500' | '4xx' | '401' | '403' | '429' | 'network' | 'timeout' | 'malformed' | 'wrongShape' | 'overtaken';

const COLUMNS: readonly { kind: FaultKind; title: string }[] = [
  { kind: '500', title: 'HTTP 500' },
  { kind: '4xx', title: '4xx+message' },
  { kind: '401', title: '401 HTML' },
  { kind: '403', title: '403 empty' },
  { kind: '429', title: '429 Retry-After' },
  { kind: 'network', title: 'network' },
  { kind: 'timeout', title: 'timeout' },
  { kind: 'malformed', title: 'malformed JSON' },
  { kind: 'wrongShape', title: 'wrong shape' },
  { kind: 'overtaken', title: 'slow, overtaken' },
];

const CONTACT: ContactInput = {
  name: 'Jane Doe',
  email: 'jane.doe@example.com',
  address: { line1: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA' },
  country: 'GB',
};

interface Context {
  session: CheckoutSession;
  store: CheckoutStore;
  control: ControlledBackend;
}

interface Attributes {
  flow: 'expand' | 'upgrade' | 'renew';
  product: string;
  subscription?: string;
  companyId?: string;
  companyLookup?: boolean;
}

interface Row {
  call: string;
  /** The checkout's routes: the renewal center's are not the checkout's steps. */
  endpoint: keyof typeof checkoutEndpoints;
  step: AsyncStep;
  /** The 4xx this call gets, with a message the buyer must read as sent. */
  refusal: number;
  attributes: Attributes;
  /** The call happens while the session loads, so its fault is set before the session exists. */
  duringLoad: boolean;
  /** Brings a loaded session to where the call is the next one (after-load calls). */
  prepare?(ctx: Context): Promise<void>;
  /** Makes the call (after-load calls). */
  act?(ctx: Context): Promise<void>;
  /** Orders the database must hold once the call recovered. */
  orders: number;
  /** After recovery: the call's result is in the store and on screen. */
  recovered(ctx: Context): Promise<void>;
  /** The slow answer overtaken by a newer one (or repeated action), asserted in full. */
  overtaken(start: (attributes: Partial<Attributes>, control: ControlledBackend) => Promise<Context>): Promise<void>;
}

let mock: MockBackend;
const errors: UpcartErrorEvent[] = [];
const recordError = (event: Event) => errors.push(event as UpcartErrorEvent);
const authRequired: UpcartAuthRequiredEvent[] = [];
const recordAuth = (event: Event) => authRequired.push(event as UpcartAuthRequiredEvent);
/** What `Retry-After: 1` reads as. */
const WAIT_A_SECOND = en['common.error.retryAfter'].replace('{when}', 'in 1 second');
const outcomes = new Map<string, Map<FaultKind, 'ok' | 'FAIL'>>();

// ------------------------------------------------------------ driving the elements

const state = (ctx: Context): CheckoutState => ctx.store.getState();

/** Waits for the state; the cap is far above what a case takes, so a busy machine does not fail it. */
function until(ctx: Context, predicate: (state: CheckoutState) => boolean, message: string, timeout = 8000): Promise<unknown> {
  return waitUntil(() => predicate(state(ctx)), message, { timeout });
}

/** Everything in the session has rendered what the store says now. */
async function settled(ctx: Context): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const elements = [ctx.session, ...deepAll(ctx.session)];
    await Promise.all(elements.map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

function deepAll(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if ((element as { updateComplete?: unknown }).updateComplete) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root.shadowRoot!);
  visit(root);
  return found;
}

const pay = (ctx: Context) => deepQuery(ctx.session, 'pay-checkout')!;
const payButton = (ctx: Context) => pay(ctx).shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
const contactElement = (ctx: Context) => deepQuery(ctx.session, 'billing-contact')!;
const inContact = <T extends Element>(ctx: Context, selector: string) => contactElement(ctx).shadowRoot!.querySelector<T>(selector);

async function loaded(ctx: Context): Promise<void> {
  await until(ctx, (s) => s.selection !== null && s.status.contacts.state === 'done', 'the session never loaded');
  await settled(ctx);
}

/** One step more on the first stepper of the expand flow, as a click on its plus button. */
async function stepUp(ctx: Context): Promise<void> {
  await waitUntil(() => deepQuery(ctx.session, 'capacity-stepper')?.shadowRoot?.querySelector('[part="increment"]'), 'no stepper');
  deepQuery(ctx.session, 'capacity-stepper')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
  await settled(ctx);
}

async function quoted(ctx: Context): Promise<void> {
  await until(ctx, (s) => s.quote !== null, 'no quote arrived');
  await settled(ctx);
  expect(textOf(deepQuery(deepQuery(ctx.session, 'order-summary')!.shadowRoot!, '[part="total"]'))).to.equal(
    new Intl.NumberFormat(state(ctx).config!.locale, { style: 'currency', currency: state(ctx).quote!.total.currency }).format(
      state(ctx).quote!.total.amount / 100,
    ),
  );
}

async function chooseMethod(ctx: Context, method: 'offline' | 'card'): Promise<void> {
  pay(ctx).shadowRoot!.querySelector<HTMLInputElement>(`input[name="method"][value="${method}"]`)!.click();
  await settled(ctx);
}

/** Card chosen and Stripe's (stand-in) element mounted, ready to pay with a good card. */
async function cardReady(ctx: Context): Promise<void> {
  await chooseMethod(ctx, 'card');
  const mount = await waitUntilValue(() => ctx.session.querySelector<HTMLElement>(':scope > [slot]'), 'the card mount');
  await waitUntilValue(() => mount.querySelector('iframe'), 'the card element');
  await waitUntil(() => payButton(ctx).getAttribute('aria-disabled') === 'false', 'the card form was never ready', { timeout: 8000 });
  fillCard(mount, '4242 4242 4242 4242');
}

async function waitUntilValue<T>(read: () => T | null | undefined, what: string): Promise<T> {
  let value: T | null | undefined;
  await waitUntil(() => (value = read()), `no ${what}`, { timeout: 8000 });
  return value!;
}

async function openContactForm(ctx: Context): Promise<void> {
  inContact<HTMLButtonElement>(ctx, '[part="add-button"]')!.click();
  await settled(ctx);
  const values: Record<string, string> = {
    name: CONTACT.name,
    email: CONTACT.email,
    line1: CONTACT.address.line1,
    city: CONTACT.address.city,
    postalCode: CONTACT.address.postalCode,
    country: CONTACT.country,
  };
  for (const [field, value] of Object.entries(values)) {
    const control = inContact<HTMLInputElement>(ctx, `#field-${field}`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await settled(ctx);
}

const saveContact = async (ctx: Context) => {
  inContact<HTMLButtonElement>(ctx, '[part="save-button"]')!.click();
  await settled(ctx);
};

const janes = () => mock.db.listContacts().filter((contact) => contact.email === CONTACT.email);

/** What is true once a contact was saved: one on the server, chosen, the form closed. */
async function contactSaved(ctx: Context): Promise<void> {
  await until(ctx, (s) => s.status.saveContact.state === 'done', 'the contact was never saved');
  await settled(ctx);
  expect(janes(), 'one contact on the server').to.have.length(1);
  expect(state(ctx).contacts.find((contact) => contact.id === state(ctx).contactId)?.email).to.equal(CONTACT.email);
  expect(inContact(ctx, '[part="form"]'), 'the form closed').to.equal(null);
  expect(textOf(inContact(ctx, '[part="summary"]'))).to.contain(CONTACT.name);
}

async function orderShown(ctx: Context, status: 'awaiting_offline_payment' | 'paid'): Promise<void> {
  await until(ctx, (s) => s.order?.status === status, `the order never became ${status}`);
  await settled(ctx);
  const order = state(ctx).order!;
  expect(textOf(pay(ctx).shadowRoot!.querySelector('[part="result"] .order-id'))).to.equal(order.id);
  expect(mock.db.listOrders().map((stored) => stored.id)).to.deep.equal([order.id]);
}

// ------------------------------------------------------------ the rows

const expandPseries: Attributes = { flow: 'expand', product: 'pseries', subscription: 'sub-pseries' };

const ROWS: Row[] = [
  {
    call: 'getCatalog',
    endpoint: 'getCatalog',
    step: 'catalog',
    refusal: 404,
    attributes: expandPseries,
    duringLoad: true,
    orders: 0,
    async recovered(ctx) {
      await loaded(ctx);
      await stepUp(ctx);
      await quoted(ctx);
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const held = control.holdNext('getCatalog', HOLD_MS);
      const c = await start({}, control);
      await held.answered;
      // The price changes between the two loads: only the newer catalog may show.
      mock.db.setUnitPrice('pseries', 'extensions', { amount: 300, currency: 'USD' });
      c.session.setAttribute('locale', 'en');
      await loaded(c);
      await held.delivered;
      await settled(c);
      expect(state(c).catalog!.services.find((service) => service.id === 'extensions')!.unitPrice.amount).to.equal(300);
      expect(textOf(deepQuery(c.session, 'capacity-stepper')!.shadowRoot!.querySelector('[part="unit-price"]'))).to.contain('$3.00');
      await stepUp(c);
      await quoted(c);
    },
  },
  {
    call: 'getSubscription',
    endpoint: 'getSubscription',
    step: 'subscriptions',
    refusal: 404,
    attributes: expandPseries,
    duringLoad: true,
    orders: 0,
    async recovered(ctx) {
      await loaded(ctx);
      await stepUp(ctx);
      await quoted(ctx);
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const held = control.holdNext('getSubscription', HOLD_MS);
      const c = await start({}, control);
      await held.answered;
      // The capacity grows between the two loads (bought elsewhere): the newer 60 must show.
      mock.db.patchSubscription('sub-pseries', { services: [{ serviceId: 'extensions', quantity: 60 }] });
      // Another configuration (the currency, as the catalog's) loads everything again; a new locale only reloads the catalog.
      c.session.setAttribute('currency', 'USD');
      await loaded(c);
      await held.delivered;
      await settled(c);
      expect(state(c).subscriptions[0]!.services[0]!.quantity).to.equal(60);
      expect(textOf(deepQuery(c.session, 'capacity-stepper')!.shadowRoot!.querySelector('[part="current"]'))).to.contain('60');
      await stepUp(c);
      await quoted(c);
    },
  },
  {
    call: 'listSubscriptions',
    endpoint: 'listSubscriptions',
    step: 'subscriptions',
    refusal: 400,
    attributes: { flow: 'renew', product: 'koophone', subscription: 'phone-01' },
    duringLoad: true,
    orders: 0,
    async recovered(ctx) {
      await loaded(ctx);
      // phone-01 is preselected, so the renewal is priced at once.
      await quoted(ctx);
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const held = control.holdNext('listSubscriptions', HOLD_MS);
      const c = await start({}, control);
      await held.answered;
      mock.db.patchSubscription('phone-01', { name: 'Reception phone (renamed)' });
      // Another configuration (the currency, as the catalog's) loads everything again; a new locale only reloads the catalog.
      c.session.setAttribute('currency', 'USD');
      await loaded(c);
      await held.delivered;
      await settled(c);
      expect(state(c).subscriptions.find((subscription) => subscription.id === 'phone-01')!.name).to.equal('Reception phone (renamed)');
      expect(textOf(deepQuery(c.session, 'plan-picker')!.shadowRoot)).to.contain('Reception phone (renamed)');
      await quoted(c);
    },
  },
  {
    call: 'lookupCompany',
    endpoint: 'lookupCompany',
    step: 'lookup',
    refusal: 400,
    attributes: { flow: 'expand', product: 'workplace', companyId: 'WP-100234' },
    duringLoad: true,
    orders: 0,
    async recovered(ctx) {
      await loaded(ctx);
      expect(state(ctx).customer?.name).to.equal('Globex Trading Ltd');
      await stepUp(ctx);
      await quoted(ctx);
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const c = await start({ flow: 'expand', product: 'workplace', companyLookup: true }, control);
      const search = async (companyId: string) => {
        const root = c.session.shadowRoot!;
        const input = root.querySelector<HTMLInputElement>('#company-id')!;
        input.value = companyId;
        input.dispatchEvent(new Event('input'));
        root.querySelector<HTMLFormElement>('form[part="company-search"]')!.requestSubmit();
        await settled(c);
      };
      const held = control.holdNext('lookupCompany', HOLD_MS);
      await search('WP-200777');
      await held.answered;
      // The buyer corrects the company id before the first answer came.
      await search('WP-100234');
      await loaded(c);
      await held.delivered;
      await settled(c);
      expect(state(c).customer?.name).to.equal('Globex Trading Ltd');
      expect(state(c).subscriptions.map((subscription) => subscription.id)).to.deep.equal(['sub-workplace']);
      await stepUp(c);
      await quoted(c);
    },
  },
  {
    call: 'createQuote',
    endpoint: 'createQuote',
    step: 'quote',
    refusal: 400,
    attributes: expandPseries,
    duringLoad: false,
    orders: 0,
    prepare: loaded,
    act: stepUp,
    async recovered(ctx) {
      await quoted(ctx);
      expect(state(ctx).quoteRequest).to.deep.include({ items: [{ serviceId: 'extensions', quantity: 51 }] });
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const c = await start({}, control);
      await loaded(c);
      const held = control.holdNext('createQuote', HOLD_MS);
      await stepUp(c);
      await waitUntil(() => control.count('createQuote') === 1, 'the first quote was never asked');
      await held.answered;
      await stepUp(c);
      await quoted(c);
      await held.delivered;
      await settled(c);
      expect(control.count('createQuote')).to.equal(2);
      expect(state(c).quoteRequest).to.deep.include({ items: [{ serviceId: 'extensions', quantity: 52 }] });
      await quoted(c);
    },
  },
  {
    call: 'listContacts',
    endpoint: 'listContacts',
    step: 'contacts',
    refusal: 429,
    attributes: expandPseries,
    duringLoad: true,
    orders: 0,
    async recovered(ctx) {
      await loaded(ctx);
      await settled(ctx);
      expect(inContact<HTMLSelectElement>(ctx, '[part="select"]')!.options).to.have.length(3);
      await stepUp(ctx);
      await quoted(ctx);
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const held = control.holdNext('listContacts', HOLD_MS);
      const c = await start({}, control);
      await held.answered;
      mock.db.createContact(CONTACT);
      // Another configuration (the currency, as the catalog's) loads everything again; a new locale only reloads the catalog.
      c.session.setAttribute('currency', 'USD');
      await loaded(c);
      await held.delivered;
      await settled(c);
      expect(state(c).contacts).to.have.length(4);
      expect(inContact<HTMLSelectElement>(c, '[part="select"]')!.options).to.have.length(4);
    },
  },
  {
    call: 'createContact',
    endpoint: 'createContact',
    step: 'saveContact',
    refusal: 400,
    attributes: expandPseries,
    duringLoad: false,
    orders: 0,
    async prepare(ctx) {
      await loaded(ctx);
      await openContactForm(ctx);
    },
    act: saveContact,
    async recovered(ctx) {
      await contactSaved(ctx);
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const c = await start({}, control);
      await loaded(c);
      await openContactForm(c);
      const held = control.holdNext('createContact', HOLD_MS);
      await saveContact(c);
      await saveContact(c);
      inContact<HTMLFormElement>(c, 'form[part="form"]')?.requestSubmit();
      await held.delivered;
      await contactSaved(c);
      expect(control.count('createContact')).to.equal(1);
    },
  },
  {
    call: 'createOrder',
    endpoint: 'createOrder',
    step: 'order',
    refusal: 409,
    attributes: expandPseries,
    duringLoad: false,
    orders: 1,
    async prepare(ctx) {
      await loaded(ctx);
      await stepUp(ctx);
      await quoted(ctx);
      await chooseMethod(ctx, 'offline');
    },
    async act(ctx) {
      payButton(ctx).click();
      await settled(ctx);
    },
    async recovered(ctx) {
      await orderShown(ctx, 'awaiting_offline_payment');
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const c = await start({}, control);
      await loaded(c);
      await stepUp(c);
      await quoted(c);
      await chooseMethod(c, 'offline');
      const held = control.holdNext('createOrder', HOLD_MS);
      payButton(c).click();
      await settled(c);
      payButton(c).click();
      payButton(c).click();
      await held.delivered;
      await orderShown(c, 'awaiting_offline_payment');
      expect(control.count('createOrder')).to.equal(1);
    },
  },
  {
    call: 'confirmOrder',
    endpoint: 'confirmOrder',
    step: 'order',
    refusal: 402,
    attributes: expandPseries,
    duringLoad: false,
    orders: 1,
    async prepare(ctx) {
      await loaded(ctx);
      await stepUp(ctx);
      await quoted(ctx);
      await cardReady(ctx);
    },
    async act(ctx) {
      payButton(ctx).click();
      await settled(ctx);
    },
    async recovered(ctx) {
      await orderShown(ctx, 'paid');
    },
    async overtaken(start) {
      const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
      const c = await start({}, control);
      await loaded(c);
      await stepUp(c);
      await quoted(c);
      await cardReady(c);
      const confirmations = window.__upcartStripeStandIn!.confirmations;
      const held = control.holdNext('confirmOrder', HOLD_MS);
      payButton(c).click();
      await waitUntil(() => control.count('confirmOrder') === 1, 'the order was never confirmed');
      payButton(c).click();
      payButton(c).click();
      await held.delivered;
      await orderShown(c, 'paid');
      expect(control.count('confirmOrder')).to.equal(1);
      expect(window.__upcartStripeStandIn!.confirmations - confirmations).to.equal(1);
    },
  },
];

// ------------------------------------------------------------ faults

interface Expected {
  fault: Fault;
  code: CheckoutErrorCode;
  status: number | undefined;
  message: string;
}

function expectedFor(kind: Exclude<FaultKind, 'overtaken'>, row: Row): Expected {
  switch (kind) {
    case '500':
      return { fault: { status: 500, times: 1 }, code: 'http', status: 500, message: en['common.error.http'] };
    case '4xx': {
      // The mock sends the contract's generic code of the status with the server's own (English)
      // words; the buyer reads that code's message in their language, never the server's words.
      const serverCode = ({ 404: 'not_found', 409: 'conflict', 429: 'rate_limited' } as const)[row.refusal as 404 | 409 | 429] ?? 'invalid_request';
      const serverWords = `Refused by the server (${row.call}, HTTP ${row.refusal}): please ask your account manager.`;
      return { fault: { status: row.refusal, message: serverWords, times: 1 }, code: 'http', status: row.refusal, message: en[`errors.${serverCode}`] };
    }
    case '401':
      return { fault: { status: 401, body: 'html', times: 1 }, code: 'auth', status: 401, message: en['common.error.auth'] };
    case '403':
      return { fault: { status: 403, body: 'empty', times: 1 }, code: 'auth', status: 403, message: en['common.error.auth'] };
    case '429':
      return { fault: { status: 429, retryAfter: 1, times: 1 }, code: 'http', status: 429, message: WAIT_A_SECOND };
    case 'network':
      return { fault: { network: true, times: 1 }, code: 'network', status: undefined, message: en['common.error.network'] };
    case 'timeout':
      // The server still acts, after the client gave up: the answer is lost, not the work.
      return { fault: { latencyMs: LATE_MS, times: 1 }, code: 'timeout', status: undefined, message: en['common.error.timeout'] };
    case 'malformed':
      return { fault: { malformed: true, times: 1 }, code: 'bad_response', status: 200, message: en['common.error.bad_response'] };
    case 'wrongShape':
      return { fault: { wrongShape: true, times: 1 }, code: 'bad_response', status: 200, message: en['common.error.bad_response'] };
  }
}

// ------------------------------------------------------------ the suite

describe('fault matrix: every call × every fault, through the elements', function () {
  this.timeout(10_000);
  let current: Context | undefined;

  before(async () => {
    mock = await startMockBackend();
    document.addEventListener('upcart-error', recordError);
    document.addEventListener('upcart-auth-required', recordAuth);
  });

  beforeEach(() => {
    mock.reset();
    // The session's store checks quote expiry against real time: the backend runs on it too.
    mock.clock.set(new Date());
    mock.db.reset();
    sessionStorage.clear();
    errors.length = 0;
    authRequired.length = 0;
    configurePayments({ stripeScriptUrl: '/public/stand-ins/stripe.js', paypalSdkBaseUrl: '/public/stand-ins/paypal.js' });
  });

  afterEach(() => {
    current?.session.remove();
    current = undefined;
    for (const overlay of document.querySelectorAll('[data-upcart-stand-in]')) overlay.remove();
  });

  after(() => {
    document.removeEventListener('upcart-error', recordError);
    document.removeEventListener('upcart-auth-required', recordAuth);
    const rows = ROWS.map((row) => [row.call, ...COLUMNS.map((column) => outcomes.get(row.call)?.get(column.kind) ?? 'not run')]);
    const cells = rows.flatMap((row) => row.slice(1));
    const count = (value: string) => cells.filter((cell) => cell === value).length;
    printTable(
      `Fault matrix (${ROWS.length} calls × ${COLUMNS.length} faults = ${cells.length} cases)`,
      ['call', ...COLUMNS.map((column) => column.title)],
      rows,
      `ok ${count('ok')}, FAIL ${count('FAIL')}, not run ${count('not run')}`,
    );
  });

  async function start(attributes: Attributes, control: ControlledBackend): Promise<Context> {
    const session = await fixture<CheckoutSession>(html`<checkout-session
      locale="en-US"
      flow=${attributes.flow}
      product=${attributes.product}
      subscription=${attributes.subscription ?? nothing}
      company-id=${attributes.companyId ?? nothing}
      ?company-lookup=${attributes.companyLookup ?? false}
      .backend=${control.backend as CheckoutBackend}
    ></checkout-session>`);
    current = { session, store: session.store!, control };
    return current;
  }

  function checkPrices(ctx: Context, when: string): void {
    const problems = unquotedPrices(ctx.session, (id) => mock.db.getQuote(id), state(ctx).config?.locale ?? 'en-US');
    expect(problems, `prices ${when}`).to.deep.equal([]);
  }

  function record(row: Row, kind: FaultKind, result: 'ok' | 'FAIL'): void {
    if (!outcomes.has(row.call)) outcomes.set(row.call, new Map());
    outcomes.get(row.call)!.set(kind, result);
  }

  for (const row of ROWS) {
    describe(row.call, () => {
      for (const { kind, title } of COLUMNS) {
        it(`${title}`, async () => {
          record(row, kind, 'FAIL');
          if (kind === 'overtaken') {
            await row.overtaken((overrides, control) => start({ ...row.attributes, ...overrides }, control));
            const ctx = current!;
            expect(errors, 'no upcart-error').to.have.length(0);
            expect(visibleAlerts(ctx.session).map(textOf), 'no alert').to.deep.equal([]);
            checkPrices(ctx, 'after the late answer');
            expect(mock.db.listOrders(), 'orders').to.have.length(row.orders);
            record(row, kind, 'ok');
            return;
          }

          const expected = expectedFor(kind, row);
          const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
          let armedAt = performance.now();
          if (row.duringLoad) mock.faults.set(row.endpoint, expected.fault);
          const ctx = await start(row.attributes, control);
          if (!row.duringLoad) {
            await row.prepare!(ctx);
            expect(errors, 'no error before the fault').to.have.length(0);
            armedAt = performance.now();
            mock.faults.set(row.endpoint, expected.fault);
            await row.act!(ctx);
          }

          // 1. The buyer reads what happened.
          const alert = await alertSaying(ctx.session, expected.message);
          await settled(ctx);
          // 2. The host page hears one typed event for the step.
          await waitUntil(() => errors.length > 0, 'no upcart-error');
          expect(errors, 'one upcart-error').to.have.length(1);
          const [event] = errors;
          expect(event).to.be.instanceOf(UpcartErrorEvent);
          expect(event!.detail).to.deep.include({ step: row.step, code: expected.code, status: expected.status });
          expect(event!.detail.message).to.equal(expected.message);
          // A refused session also asks the host page to sign the buyer in again.
          const auth = expected.code === 'auth';
          expect(
            authRequired.map((e) => e.detail),
            'upcart-auth-required',
          ).to.deep.equal(auth ? [{ step: row.step, status: expected.status }] : []);
          if (auth) expect(authRequired[0]).to.be.instanceOf(UpcartAuthRequiredEvent);
          // 3. No figure the server did not quote for this selection.
          checkPrices(ctx, 'while failed');
          expect(mock.db.listOrders().length, 'orders while failed').to.be.at.most(row.orders);

          // A timed-out call lands on the server later; retry after that, as a buyer would.
          if (kind === 'timeout') await aTimeout(Math.max(0, armedAt + LATE_MS + 60 - performance.now()));

          // 4. Retry recovers: the alert's own button, or the action again where there is none; for
          // the 401, the host page's retryFailed() once it signed the buyer in again.
          const sentBefore = control.count(row.endpoint);
          const retry = retryButtonOf(alert);
          if (kind === '401') void ctx.session.retryFailed();
          else if (retry) retry.click();
          else if (row.act) await row.act(ctx);
          else throw new Error('nothing to retry with');
          if (kind === '429') {
            // The Retry waits for the second the server asked for, visibly, and more clicks add nothing.
            void ctx.store.retry(row.step);
            void ctx.store.retry(row.step);
            expect(state(ctx).status[row.step].retryAt, 'waiting until').to.be.a('number');
            await settled(ctx);
            expect(textOf(ctx.session.shadowRoot!.querySelector('[part="status"]'))).to.match(/^The checkout service asked us to wait\. Trying again at /);
            expect(control.count(row.endpoint), 'nothing sent before Retry-After').to.equal(sentBefore);
          }
          await row.recovered(ctx);
          expect(control.count(row.endpoint), 'one retry').to.equal(sentBefore + 1);
          await settled(ctx);
          expect(visibleAlerts(ctx.session).map(textOf), 'no alert left').to.deep.equal([]);
          expect(errors, 'no further error').to.have.length(1);
          checkPrices(ctx, 'after recovery');
          expect(mock.db.listOrders(), 'orders').to.have.length(row.orders);
          record(row, kind, 'ok');
        });
      }
    });
  }

  it('an expired pending order: after a declined card the price expires and changes, and a good card pays a new order at the new price', async () => {
    const control = controlledBackend(httpBackend({ baseUrl: '/api', timeoutMs: TIMEOUT_MS }));
    // The first price lasts two seconds, as if the buyer had spent fifteen minutes on the declined card.
    let shortLived = true;
    const backend: CheckoutBackend = {
      ...control.backend,
      createQuote: async (request, options) => {
        const quote = await control.backend.createQuote(request, options);
        if (!shortLived) return quote;
        shortLived = false;
        return { ...quote, expiresAt: new Date(Date.now() + 2000).toISOString() };
      },
    };
    const ctx = await start(expandPseries, { ...control, backend });
    await loaded(ctx);
    await stepUp(ctx);
    await quoted(ctx);
    await chooseMethod(ctx, 'card');
    const mount = await waitUntilValue(() => ctx.session.querySelector<HTMLElement>(':scope > [slot]'), 'the card mount');
    await waitUntilValue(() => mount.querySelector('iframe'), 'the card element');
    await waitUntil(() => payButton(ctx).getAttribute('aria-disabled') === 'false', 'the card form was never ready', { timeout: 3000 });
    fillCard(mount, '4000 0000 0000 0002');
    payButton(ctx).click();
    await alertSaying(ctx.session, 'Your card was declined');
    const stale = state(ctx).order!;
    expect(stale.status).to.equal('pending_payment');
    mock.db.setUnitPrice('pseries', 'extensions', { amount: 300, currency: 'USD' });

    // The price expires by itself: re-quoted, and the new total must be confirmed before paying.
    await until(ctx, (s) => s.quote !== null && s.quote.id !== stale.quoteId && s.priceChange !== null, 'the expired price was never re-quoted');
    await settled(ctx);
    expect(payButton(ctx).getAttribute('aria-disabled')).to.equal('true');
    const summary = deepQuery(ctx.session, 'order-summary')!;
    [...summary.shadowRoot!.querySelectorAll<HTMLButtonElement>('.notice button')].find((button) => textOf(button) === 'Confirm new total')!.click();
    await settled(ctx);
    const fresh = state(ctx).quote!;
    expect(fresh.total.amount).to.be.above(stale.total.amount);

    fillCard(mount, '4242 4242 4242 4242');
    await waitUntil(() => payButton(ctx).getAttribute('aria-disabled') === 'false', 'Pay never enabled again', { timeout: 3000 });
    payButton(ctx).click();
    await until(ctx, (s) => s.order?.status === 'paid', 'the new order was never paid');
    const paid = state(ctx).order!;
    expect(paid.id).to.not.equal(stale.id);
    expect(paid.total).to.deep.equal(fresh.total);
    await waitUntil(() => mock.db.getOrder(stale.id).status === 'cancelled', 'the stale order was left pending');
    expect(
      mock.db
        .listOrders()
        .filter((order) => order.status === 'paid')
        .map((order) => order.id),
    ).to.deep.equal([paid.id]);
    checkPrices(ctx, 'on the receipt');
  });
});
