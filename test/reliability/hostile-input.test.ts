/**
 * Hostile input through a whole `<checkout-session>` (its default layout, on the mock backend):
 * typed and pasted quantities into the `<capacity-stepper>`s, and hostile fields into
 * `<billing-contact>`'s Add new form. Every request the session sends is recorded by a wrapping
 * `fetch`.
 *
 * For every value: nothing invalid reaches the backend, markup stays text (no element is made from
 * it), nothing throws or logs an error, and a refused value is explained beside its field. The
 * element tests hold the detailed per-element tables (messages, validity flags, events); this suite
 * checks the same promises end to end and prints one input table.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../mocks/index.js';
import { httpBackend } from '../../src/api/http-backend.js';
import { ContactInput, QuoteRequest, type Quote } from '../../src/api/schemas.js';
import { en } from '../../src/i18n/locales/en.js';
import '../../src/define.js';
import type { CapacityStepper } from '../../src/elements/capacity-stepper/capacity-stepper.component.js';
import type { CheckoutSession } from '../../src/elements/checkout-session/checkout-session.component.js';
import type { ExpandSelection } from '../../src/store/checkout-state.js';
import { startMockBackend } from '../fixtures/mock-session.js';
import { alertSaying, deepQuery, pricesOnScreen, printTable, textOf, visible } from './helpers.js';

interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

const MARKUP_TAGS = 'img, script, b, svg, iframe, object, style, a[href^="javascript"]';

let mock: MockBackend;
let session: CheckoutSession;
const sent: SentRequest[] = [];
const crashes: string[] = [];

/** A hostile server: rewrites the mock's quote answers before the checkout reads them. */
let tamperQuote: ((quote: Quote) => void) | null = null;

const recordingFetch: typeof fetch = async (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
  const text = typeof init?.body === 'string' ? init.body : '';
  sent.push({ method: init?.method ?? 'GET', path: url.pathname, body: text ? JSON.parse(text) : undefined });
  const response = await fetch(input, init);
  if (!tamperQuote || url.pathname !== '/api/quotes' || !response.ok) return response;
  const quote = (await response.json()) as Quote;
  tamperQuote(quote);
  return new Response(JSON.stringify(quote), { status: response.status, headers: response.headers });
};

const onError = (event: ErrorEvent) => crashes.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => crashes.push(`unhandled rejection: ${String(event.reason)}`);
const realConsoleError = console.error;

async function settle(): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const hosts = [
      session,
      ...[session.shadowRoot!, ...[...session.shadowRoot!.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))].flatMap((root) => [
        ...root.querySelectorAll('*'),
      ]),
    ];
    await Promise.all(hosts.map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

/** Elements made from markup anywhere in the checkout (its own markup has none of these tags). */
function markupElements(): string[] {
  const found: string[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll(MARKUP_TAGS)) found.push(el.outerHTML.slice(0, 60));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(session.shadowRoot!);
  visit(session);
  // The stepper icons are Upcart's own inline SVGs.
  return found.filter((html) => !html.startsWith('<svg viewBox="0 0 16 16"'));
}

before(async () => {
  mock = await startMockBackend();
});

beforeEach(async () => {
  mock.reset();
  mock.clock.set(new Date());
  mock.db.reset();
  sessionStorage.clear();
  sent.length = 0;
  crashes.length = 0;
  tamperQuote = null;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => {
    crashes.push(`console.error: ${args.map(String).join(' ')}`);
    realConsoleError(...args);
  };
  const backend = httpBackend({ baseUrl: '/api', fetch: recordingFetch });
  session = await fixture<CheckoutSession>(
    html`<checkout-session locale="en-US" flow="expand" product="pseries" subscription="sub-pseries" .backend=${backend}></checkout-session>`,
  );
  await waitUntil(() => session.store?.getState().selection != null && session.store.getState().status.contacts.state === 'done', 'the session never loaded', {
    timeout: 3000,
  });
  await settle();
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.error = realConsoleError;
});

// ------------------------------------------------------------ quantities

type StepperRow = { service: 'extensions' | 'recording-minutes'; typed: string; how?: 'enter' | 'blur' | 'paste' } & ({ accept: number } | { refuse: string });

const RANGE = 'Enter a whole number from 50 to 1,000.';
const NOT_WHOLE = `Use digits only, without signs, decimals or letters. ${RANGE}`;
const refuse = (typed: string, message = NOT_WHOLE, how?: StepperRow['how']): StepperRow => ({
  service: 'extensions',
  typed,
  refuse: message,
  ...(how ? { how } : {}),
});
const accept = (typed: string, value: number, how?: StepperRow['how']): StepperRow => ({
  service: 'extensions',
  typed,
  accept: value,
  ...(how ? { how } : {}),
});

const QUANTITIES: StepperRow[] = [
  refuse('', RANGE),
  refuse('   ', RANGE, 'blur'),
  refuse('-5'),
  refuse('+60'),
  refuse('−60'),
  refuse('60.5'),
  refuse('60,5'),
  refuse('6e1'),
  refuse('1e3', NOT_WHOLE, 'blur'),
  refuse('0x3C'),
  refuse('99999999999999999999', RANGE),
  refuse('9007199254740993', RANGE),
  refuse('sixty'),
  refuse('60 extensions'),
  refuse('NaN'),
  refuse('Infinity'),
  accept('６０', 60),
  accept('٦٥', 65),
  accept('۷۰', 70, 'blur'),
  accept('७५', 75),
  accept('๘๐', 80),
  refuse('٣٫٥'),
  accept('1,000', 1000, 'paste'),
  accept('1 000', 1000),
  refuse('60\n70', `Paste a single number, not several lines. ${RANGE}`, 'paste'),
  // A spreadsheet cell: its line break and spaces are no part of the number.
  accept('60\r\n', 60, 'paste'),
  accept('\t65\u00A0\n', 65, 'paste'),
  refuse('\n60\n70\n', `Paste a single number, not several lines. ${RANGE}`, 'paste'),
  refuse('60;70', NOT_WHOLE, 'paste'),
  refuse('6\u200B0'),
  refuse('<b>60</b>'),
  refuse('<img src=x onerror=alert(1)>'),
  refuse('1001', RANGE),
  refuse('49', `You have 50 now and can only add more. ${RANGE}`),
  refuse('0', `You have 50 now and can only add more. ${RANGE}`),
  accept('  55  ', 55),
  { service: 'recording-minutes', typed: '1150', refuse: 'Choose steps of 100: 1,100 or 1,200.' },
  { service: 'recording-minutes', typed: '1,250', refuse: 'Choose steps of 100: 1,200 or 1,300.' },
  { service: 'recording-minutes', typed: '1.200', accept: 1200 },
  { service: 'recording-minutes', typed: '100001', refuse: 'Enter a whole number from 1,000 to 100,000.' },
];

/** Commits text into a stepper as a buyer would: type and Enter, type and leave, or paste. */
async function commit(el: CapacityStepper, row: StepperRow): Promise<void> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  const how = row.how ?? 'enter';
  if (how === 'paste' && /[\r\n]/.test(row.typed)) {
    // A browser drops line breaks from a single-line field; the stepper refuses several lines whole.
    const data = new DataTransfer();
    data.setData('text/plain', row.typed);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    input.dispatchEvent(paste);
    await el.updateComplete;
    if (paste.defaultPrevented) return;
    // Let through: the browser inserts the text as it does a real paste, then the buyer presses Enter.
    input.select();
    document.execCommand('insertText', false, row.typed);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    await el.updateComplete;
    return;
  }
  input.value = row.typed;
  input.dispatchEvent(new InputEvent('input', { inputType: how === 'paste' ? 'insertFromPaste' : 'insertText', bubbles: true, composed: true }));
  // The test files share one browser, and a page without the window's focus gets no focus events:
  // then the blur a buyer's leaving the field makes is sent by hand.
  if (how === 'blur') {
    if (document.hasFocus()) input.blur();
    else input.dispatchEvent(new FocusEvent('blur'));
  } else input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
  await el.updateComplete;
}

describe('hostile input, end to end', function () {
  this.timeout(20_000);
  const quantityTable: string[][] = [];
  const contactTable: string[][] = [];

  after(() => {
    const refused = (table: string[][]) => table.filter((row) => row[3]!.startsWith('refused')).length;
    printTable(
      `Hostile quantities into <capacity-stepper> (${quantityTable.length} values: ${quantityTable.length - refused(quantityTable)} accepted, ${refused(quantityTable)} refused)`,
      ['#', 'service', 'typed', 'how', 'outcome', 'message'],
      quantityTable.map(([n, service, typed, outcome, message, how]) => [n!, service!, typed!, how!, outcome!, message!]),
    );
    printTable(
      `Hostile contact fields into <billing-contact> Add new (${contactTable.length} values: ${contactTable.length - refused(contactTable)} saved as text, ${refused(contactTable)} refused)`,
      ['#', 'field', 'value', 'outcome', 'message'],
      contactTable.map(([n, field, value, outcome, message]) => [n!, field!, value!, outcome!, message!]),
    );
  });

  it(`quantities: ${QUANTITIES.length} typed or pasted values; only valid ones reach the store and the backend`, async () => {
    const store = session.store!;
    const accepted = new Map<string, Set<number>>([
      ['extensions', new Set([50])],
      ['recording-minutes', new Set([1000])],
    ]);
    const failures: string[] = [];
    for (const [index, row] of QUANTITIES.entries()) {
      const label = `${row.service} ${JSON.stringify(row.typed)}`;
      const el = deepQuery<CapacityStepper>(session, `capacity-stepper[service-id="${row.service}"]`)!;
      const quantity = () => (store.getState().selection as ExpandSelection).quantities[row.service];
      const before = quantity();
      await commit(el, row);
      await settle();
      const input = el.shadowRoot!.querySelector('input')!;
      const error = el.shadowRoot!.querySelector('[part~="error"]');
      const message = textOf(error);
      const check = (ok: boolean, what: string) => ok || failures.push(`${label}: ${what}`);
      if ('accept' in row) {
        accepted.get(row.service)!.add(row.accept);
        check(quantity() === row.accept, `store has ${quantity()}, not ${row.accept}`);
        check(input.value === String(row.accept), `field shows ${input.value}`);
        check(error === null, `says "${message}"`);
        quantityTable.push([String(index + 1), row.service, visible(row.typed), `accepted ${row.accept}`, '', row.how ?? 'enter']);
      } else {
        check(quantity() === before, `store changed to ${quantity()}`);
        check(message === row.refuse, `says "${message}", not "${row.refuse}"`);
        check(error?.getAttribute('role') === 'alert', 'the message is no alert');
        check(input.getAttribute('aria-invalid') === 'true', 'the field is not marked invalid');
        check(!el.validity.valid, 'the control is valid');
        quantityTable.push([String(index + 1), row.service, visible(row.typed), 'refused', message, row.how ?? 'enter']);
        // Escape puts the last accepted value back.
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }));
        await el.updateComplete;
        check(input.value === String(before), `Escape left ${input.value}`);
      }
      check(markupElements().length === 0, `markup became elements: ${markupElements().join(', ')}`);
    }
    expect(failures).to.deep.equal([]);
    expect(QUANTITIES.length).to.be.at.least(20);

    // Every quote the backend was asked for is a valid request for values the stepper accepted.
    await waitUntil(() => store.getState().status.quote.state !== 'loading' && store.getState().quote !== null, 'no final quote', { timeout: 3000 });
    const quotes = sent.filter((request) => request.path === '/api/quotes');
    expect(quotes.length).to.be.greaterThan(0);
    for (const { body } of quotes) {
      expect(QuoteRequest.safeParse(body).success, JSON.stringify(body)).to.equal(true);
      for (const item of (body as { items: { serviceId: string; quantity: number }[] }).items) {
        expect(accepted.get(item.serviceId)?.has(item.quantity), `backend saw ${item.serviceId} ${item.quantity}`).to.equal(true);
      }
    }
    expect(crashes).to.deep.equal([]);
  });

  // ------------------------------------------------------------ contact fields

  type Field = 'name' | 'email' | 'company' | 'line1' | 'line2' | 'city' | 'postalCode' | 'region' | 'country' | 'vatId';
  const VALID: Record<Field, string> = {
    name: 'Jane Doe',
    email: 'jane.doe@example.com',
    company: '',
    line1: '10 Downing Street',
    line2: '',
    city: 'London',
    postalCode: 'SW1A 2AA',
    region: '',
    country: 'GB',
    vatId: '',
  };
  const LONG = 'x'.repeat(10_000);
  const BIDI = 'Remove the control or text-direction characters; they are not allowed.';
  const EMAIL = 'Enter an email address such as name@example.com.';
  /** `saved` means valid by the contract: sent exactly as normalized, shown as text. */
  const CONTACTS: { field: Field; value: string; refuse?: string; saved?: string }[] = [
    { field: 'name', value: '<script>alert(1)</script>', saved: '<script>alert(1)</script>' },
    { field: 'name', value: '<img src=x onerror=alert(1)>', saved: '<img src=x onerror=alert(1)>' },
    { field: 'company', value: '"><svg onload=alert(1)>', saved: '"><svg onload=alert(1)>' },
    { field: 'line1', value: "{{constructor.constructor('alert(1)')()}}", saved: "{{constructor.constructor('alert(1)')()}}" },
    { field: 'city', value: '<a href="javascript:alert(1)">London</a>', saved: '<a href="javascript:alert(1)">London</a>' },
    { field: 'name', value: 'Zoë Ørsted-Łukasiewicz 王小明', saved: 'Zoë Ørsted-Łukasiewicz 王小明' },
    { field: 'vatId', value: 'gb 123 456 789', saved: 'GB123456789' },
    { field: 'email', value: 'jane@bücher.de', saved: 'jane@bücher.de' },
    { field: 'email', value: 'josé@example.com', saved: 'josé@example.com' },
    { field: 'email', value: 'jose\u0301@例子.广告', saved: 'josé@例子.广告' },
    { field: 'name', value: LONG, refuse: 'Use at most 120 characters.' },
    { field: 'email', value: `${'a'.repeat(10_000)}@example.com`, refuse: 'Use at most 254 characters.' },
    { field: 'line1', value: LONG, refuse: 'Use at most 200 characters.' },
    { field: 'company', value: LONG, refuse: 'Use at most 200 characters.' },
    { field: 'name', value: 'Anna\u202Egnp.exe', refuse: BIDI },
    { field: 'city', value: '\u2067Berlin\u2069', refuse: BIDI },
    { field: 'line2', value: 'Hof\u202B2', refuse: BIDI },
    { field: 'name', value: 'Anna\u0000Bell', refuse: BIDI },
    { field: 'email', value: 'anna@', refuse: EMAIL },
    { field: 'email', value: 'anna.example.com', refuse: EMAIL },
    { field: 'email', value: 'anna@exa mple.com', refuse: EMAIL },
    { field: 'email', value: '<script>@example.com', refuse: EMAIL },
    { field: 'email', value: 'a@b', refuse: EMAIL },
    { field: 'email', value: 'jane@@bücher.de', refuse: EMAIL },
    { field: 'email', value: 'jane doe@bücher.de', refuse: EMAIL },
    { field: 'country', value: 'XX', refuse: 'Choose a country from the list.' },
    { field: 'country', value: 'gb', refuse: 'Choose a country from the list.' },
    { field: 'name', value: ' \t\u00A0 ', refuse: 'Enter the contact’s name.' },
    { field: 'postalCode', value: '   ', refuse: 'Enter the postal code.' },
    { field: 'city', value: '', refuse: 'Enter the city.' },
    { field: 'vatId', value: '<b>DE1</b>', refuse: 'Enter the ID with its two-letter prefix, e.g. DE123456789.' },
  ];

  it(`contacts: ${CONTACTS.length} hostile fields; refused ones send nothing, markup stays text`, async () => {
    const contact = deepQuery(session, 'billing-contact')!;
    const $ = <T extends Element>(selector: string) => contact.shadowRoot!.querySelector<T>(selector);
    const failures: string[] = [];
    for (const [index, row] of CONTACTS.entries()) {
      const label = `${row.field} ${visible(row.value)}`;
      const check = (ok: boolean, what: string) => ok || failures.push(`${label}: ${what}`);
      const posts = () => sent.filter((request) => request.method === 'POST' && request.path === '/api/contacts');
      const postsBefore = posts().length;
      const contactsBefore = mock.db.listContacts().length;
      $<HTMLButtonElement>('[part="add-button"]')!.click();
      await settle();
      const values = { ...VALID, [row.field]: row.value };
      for (const [field, value] of Object.entries(values)) {
        const control = $<HTMLInputElement | HTMLSelectElement>(`#field-${field}`)!;
        if (field === 'country' && value !== '' && ![...(control as HTMLSelectElement).options].some((option) => option.value === value)) {
          // Someone edits the page: an option the contract does not know.
          control.append(Object.assign(document.createElement('option'), { value, textContent: 'Nowhere' }));
        }
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await settle();
      $<HTMLButtonElement>('[part="save-button"]')!.click();
      await settle();
      if (row.saved !== undefined) {
        await waitUntil(() => session.store!.getState().status.saveContact.state === 'done' && $('[part="form"]') === null, `${label} was never saved`, {
          timeout: 3000,
        });
        await settle();
        const body = posts().at(-1)?.body as ContactInput | undefined;
        check(posts().length === postsBefore + 1, 'not sent once');
        check(ContactInput.safeParse(body).success, 'sent a body the contract refuses');
        const sentValue =
          row.field === 'line1' || row.field === 'city'
            ? (body?.address as Record<string, string>)[row.field]
            : (body as Record<string, unknown> | undefined)?.[row.field];
        check(sentValue === row.saved, `sent ${JSON.stringify(sentValue)}`);
        check(mock.db.listContacts().length === contactsBefore + 1, 'not saved once');
        // Shown as text in the chosen contact's card.
        check(textOf($('[part="summary"]')).includes(row.saved), 'not shown as text');
        contactTable.push([String(index + 1), row.field, visible(row.value), 'saved as text', row.saved === row.value ? '' : `normalized to ${row.saved}`]);
      } else {
        const message = textOf($(`#field-${row.field}-error`));
        check(message === row.refuse, `says "${message}", not "${row.refuse}"`);
        check($(`#field-${row.field}`)?.getAttribute('aria-invalid') === 'true', 'the field is not marked invalid');
        check(posts().length === postsBefore, 'a request was sent');
        check(mock.db.listContacts().length === contactsBefore, 'the server saved something');
        contactTable.push([String(index + 1), row.field, visible(row.value), 'refused', message]);
        $<HTMLButtonElement>('[part="cancel-button"]')!.click();
        await settle();
      }
      check(markupElements().length === 0, `markup became elements: ${markupElements().join(', ')}`);
    }
    expect(failures).to.deep.equal([]);
    expect(CONTACTS.filter((row) => row.refuse).length).to.be.at.least(15);
    // The saved contacts' markup is text in the list too.
    const options = [...$<HTMLSelectElement>('[part="select"]')!.options].map((option) => option.textContent ?? '');
    expect(options.some((text) => text.includes('<script>alert(1)</script>'))).to.equal(true);
    expect(crashes).to.deep.equal([]);
  });
});

// ------------------------------------------------------------ a hostile server's quotes

describe('hostile server: a quote that must never be paid', function () {
  this.timeout(10_000);

  /** Each quote still adds up: only the rule it breaks tells it from a real one. */
  const QUOTES: { what: string; tamper: (quote: Quote) => void; reason: string }[] = [
    {
      what: 'a negative total (a credit larger than the charge)',
      tamper: (quote) => {
        const credit = -(quote.subtotal.amount + 1117);
        quote.lines.push({
          id: 'hostile-credit',
          kind: 'credit',
          description: 'Credit',
          quantity: 1,
          unitPrice: { ...quote.total, amount: credit },
          amount: { ...quote.total, amount: credit },
        });
        quote.subtotal.amount += credit;
        quote.discount = null;
        quote.tax.amount.amount = 0;
        quote.total.amount = quote.subtotal.amount;
      },
      reason: 'total.amount: A total is never negative',
    },
    {
      what: 'tax in EUR while the total is in USD',
      tamper: (quote) => void (quote.tax.amount.currency = 'EUR'),
      reason: 'tax.amount.currency: In EUR, not USD',
    },
    {
      what: 'a unit price in EUR',
      tamper: (quote) => void (quote.lines[0]!.unitPrice.currency = 'EUR'),
      reason: 'lines.0.unitPrice.currency: In EUR, not USD',
    },
  ];

  for (const { what, tamper, reason } of QUOTES) {
    it(`refuses ${what} as a bad_response before anything is shown`, async () => {
      const store = session.store!;
      tamperQuote = tamper;
      deepQuery(session, 'capacity-stepper')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="increment"]')!.click();
      await waitUntil(() => store.getState().status.quote.state === 'error', 'the quote was never refused', { timeout: 3000 });
      await settle();
      const error = store.getState().status.quote.error!;
      expect(error.code).to.equal('bad_response');
      expect(error.message).to.contain(reason);
      expect(store.getState().quote, 'no quote in the store').to.equal(null);
      // The buyer reads a clear message and sees no price and nothing to pay.
      await alertSaying(session, en['common.error.bad_response']);
      expect(pricesOnScreen(session), 'no price on screen').to.deep.equal([]);
      expect((await store.placeOrder()).ok).to.equal(false);
      expect(
        sent.filter((request) => request.path === '/api/orders'),
        'no order sent',
      ).to.deep.equal([]);
      expect(mock.db.listOrders()).to.deep.equal([]);
      expect(crashes).to.deep.equal([]);
    });
  }
});
