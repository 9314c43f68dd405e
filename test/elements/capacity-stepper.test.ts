import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockBackend } from '../../mocks/index.js';
import { httpBackend } from '../../src/api/http-backend.js';
import type { QuoteRequest } from '../../src/api/schemas.js';
import type { CapacityStepper } from '../../src/elements/capacity-stepper/capacity-stepper.component.js';
import '../../src/elements/capacity-stepper/capacity-stepper.js';
import { parseQuantity } from '../../src/elements/capacity-stepper/parse-quantity.js';
import type { UpcartInputInvalidEvent, UpcartQuantityChangeEvent } from '../../src/events/index.js';
import { CheckoutStore, type CheckoutConfigInput, type ExpandSelection, type UpgradeSelection } from '../../src/store/index.js';
import { flows, quoteSettled, startMockBackend, until } from '../fixtures/mock-session.js';
import { runFormControlTests } from './form-control-tests.js';

// ------------------------------------------------------------ helpers

/**
 * A fixture whose root is not a Lit element: `fixture()` would wait for an animation frame, which a
 * background page (two test files run at once) may never get; wait for the steppers instead.
 */
async function plainFixture<T extends Element>(template: unknown): Promise<T> {
  const root = fixtureSync<T>(template as Parameters<typeof fixtureSync>[0]);
  await Promise.all([...root.querySelectorAll('capacity-stepper')].map((el) => el.updateComplete));
  return root;
}

interface CountedStore {
  store: CheckoutStore;
  /** Every quote request that reached the backend, in order. */
  quotes: QuoteRequest[];
}

/** A store on the mock backend whose quote requests are recorded before they are sent. */
async function countedStore(mock: MockBackend, config: CheckoutConfigInput, load = true): Promise<CountedStore> {
  const http = httpBackend({ baseUrl: '/api', timeoutMs: 2000 });
  const quotes: QuoteRequest[] = [];
  const backend = {
    ...http,
    createQuote: (request: QuoteRequest, options?: { signal?: AbortSignal }) => {
      quotes.push(request);
      return http.createQuote(request, options);
    },
  };
  const store = new CheckoutStore({ backend, quoteDebounceMs: 10, now: () => mock.clock.now().getTime() });
  store.configure({ locale: 'en-US', ...config });
  if (load) await store.load();
  return { store, quotes };
}

const root = (el: CapacityStepper) => el.shadowRoot!;
const inputOf = (el: CapacityStepper) => root(el).querySelector('input')!;
const part = (el: CapacityStepper, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const expandQuantity = (store: CheckoutStore, serviceId: string) => (store.getState().selection as ExpandSelection).quantities[serviceId];
const planQuantity = (store: CheckoutStore) => (store.getState().selection as UpgradeSelection).quantity;

/** Types `value` into the field as a buyer would and presses Enter; text with line breaks is pasted. */
async function enter(el: CapacityStepper, value: string): Promise<void> {
  const input = inputOf(el);
  input.focus();
  if (/[\r\n]/.test(value)) {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    input.dispatchEvent(paste);
    if (!paste.defaultPrevented) {
      // What the browser does with a paste the stepper lets through: it inserts the text, line breaks dropped.
      input.select();
      document.execCommand('insertText', false, value);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    }
  } else {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
  }
  await el.updateComplete;
}

async function escape(el: CapacityStepper): Promise<void> {
  inputOf(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }));
  await el.updateComplete;
}

/** Records the events an element fires, as a host page would hear them. */
function record(el: CapacityStepper) {
  const log = {
    input: 0,
    change: 0,
    changes: [] as UpcartQuantityChangeEvent['detail'][],
    invalid: [] as UpcartInputInvalidEvent['detail'][],
  };
  const host = document.body;
  const onInput = (event: Event) => event.composedPath()[0] === el && (log.input += 1);
  const onChange = (event: Event) => event.composedPath()[0] === el && (log.change += 1);
  const onQuantity = (event: UpcartQuantityChangeEvent) => log.changes.push(event.detail);
  const onInvalid = (event: UpcartInputInvalidEvent) => log.invalid.push(event.detail);
  host.addEventListener('input', onInput);
  host.addEventListener('change', onChange);
  host.addEventListener('upcart-quantity-change', onQuantity);
  host.addEventListener('upcart-input-invalid', onInvalid);
  const stop = () => {
    host.removeEventListener('input', onInput);
    host.removeEventListener('change', onChange);
    host.removeEventListener('upcart-quantity-change', onQuantity);
    host.removeEventListener('upcart-input-invalid', onInvalid);
  };
  return { log, stop };
}

const RANGE_EXTENSIONS = 'Enter a whole number from 50 to 1,000.';
const NOT_WHOLE = `Use digits only, without signs, decimals or letters. ${RANGE_EXTENSIONS}`;

async function steppersForm(markup: ReturnType<typeof html>): Promise<{ form: HTMLFormElement; control: CapacityStepper }> {
  const form = await plainFixture<HTMLFormElement>(markup);
  return { form, control: form.querySelector<CapacityStepper>('capacity-stepper')! };
}

runFormControlTests<CapacityStepper>('capacity-stepper', {
  name: 'seats',
  value: '5',
  create: () =>
    steppersForm(html`<form><fieldset><capacity-stepper name="seats" label="Seats" min="1" max="20" value="5"></capacity-stepper></fieldset></form>`),
  async change(control) {
    control.stepUp();
    await control.updateComplete;
    return '6';
  },
  createInvalid: () => steppersForm(html`<form><capacity-stepper name="seats" label="Seats" required></capacity-stepper></form>`),
  customState: {
    name: 'at-max',
    async reach(control) {
      control.value = 20;
      await control.updateComplete;
    },
  },
});

describe('<capacity-stepper>', () => {
  let mock: MockBackend;

  before(async () => {
    mock = await startMockBackend();
  });

  beforeEach(() => mock.reset());

  it('is accessible in light and dark, with details and with an error shown', async () => {
    const el = await fixture<CapacityStepper>(html`<capacity-stepper
      theme="light"
      name="extensions"
      label="Extensions"
      unit="extension"
      current="50"
      value="60"
      max="1000"
      required
      .unitPrice=${{ amount: 250, currency: 'USD' }}
    ></capacity-stepper>`);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await enter(el, '1e3');
    expect(part(el, 'error')).to.exist;
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  // ------------------------------------------------------------ standalone

  it('renders spinbutton semantics, current → new, unit price and locale-formatted numbers', async () => {
    const el = await fixture<CapacityStepper>(html`<capacity-stepper
      label="Extensions"
      unit="extension"
      current="50"
      value="1200"
      max="5000"
      .unitPrice=${{ amount: 250, currency: 'USD' }}
    ></capacity-stepper>`);
    const input = inputOf(el);
    expect(input.getAttribute('role')).to.equal('spinbutton');
    expect(input.value).to.equal('1200');
    expect(input.getAttribute('aria-valuenow')).to.equal('1200');
    expect(input.getAttribute('aria-valuemin')).to.equal('50');
    expect(input.getAttribute('aria-valuemax')).to.equal('5000');
    expect(input.getAttribute('aria-valuetext')).to.equal('1,200 extensions');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Extensions');
    expect(text(part(el, 'current')?.querySelector('[aria-hidden]') ?? null)).to.equal('50 → 1,200 extensions');
    expect(text(part(el, 'unit-price'))).to.equal('$2.50 per extension / month');
    const decrement = part(el, 'decrement') as HTMLButtonElement;
    const increment = part(el, 'increment') as HTMLButtonElement;
    expect(decrement.tabIndex).to.equal(-1);
    expect(increment.tabIndex).to.equal(-1);
    expect(decrement.getAttribute('aria-label')).to.equal('Decrease Extensions');
    expect(increment.getAttribute('aria-label')).to.equal('Increase Extensions');
    // Touch-friendly at density 1.
    expect(increment.getBoundingClientRect().width).to.be.at.least(40);
    expect(increment.getBoundingClientRect().height).to.be.at.least(40);
    el.value = 50;
    await el.updateComplete;
    expect(decrement.disabled, 'minus at current').to.equal(true);
    expect(text(part(el, 'current'))).to.equal('You have 50 extensions');
    el.value = 5000;
    await el.updateComplete;
    expect(increment.disabled, 'plus at max').to.equal(true);
    expect(decrement.disabled).to.equal(false);
  });

  it('formats numbers in the locale (German), while the field keeps plain digits', async () => {
    const wrapper = await plainFixture<HTMLDivElement>(html`<div lang="de-DE">
      <capacity-stepper value="1500" max="5000" unit="Lizenz" unit-plural="Lizenzen" .unitPrice=${{ amount: 250, currency: 'EUR' }}></capacity-stepper>
    </div>`);
    const el = wrapper.querySelector('capacity-stepper')!;
    await waitUntil(() => part(el, 'decrement')?.getAttribute('aria-label') === 'Menge verringern', 'German catalog never loaded');
    expect(inputOf(el).value).to.equal('1500');
    expect(inputOf(el).getAttribute('aria-valuetext')).to.equal('1.500 Lizenzen');
    expect(text(part(el, 'unit-price'))).to.equal('2,50 € pro Lizenz / Monat');
    await enter(el, '5.001');
    expect(text(part(el, 'error'))).to.equal('Geben Sie eine ganze Zahl von 0 bis 5.000 ein.');
  });

  it('works in a native form: FormData, reset, required, step mismatch, disabled fieldset, state restore', async () => {
    const form = await plainFixture<HTMLFormElement>(html`<form>
      <fieldset>
        <label for="seats-field">Seats of the team</label>
        <capacity-stepper id="seats-field" name="seats" label="Seats" unit="seat" min="1" max="20" value="5"></capacity-stepper>
      </fieldset>
      <capacity-stepper name="needed" label="Needed" required></capacity-stepper>
      <capacity-stepper name="blocks" label="Blocks" min="0" max="1000" step="100" value="150"></capacity-stepper>
    </form>`);
    const [seats, needed, blocks] = [...form.querySelectorAll('capacity-stepper')] as CapacityStepper[];
    await Promise.all([seats!.updateComplete, needed!.updateComplete, blocks!.updateComplete]);
    expect(seats!.form).to.equal(form);
    // A page label pointing at the host puts focus in the field, not on a button.
    form.querySelector('label')!.click();
    expect(seats!.shadowRoot!.activeElement).to.equal(inputOf(seats!));
    expect(new FormData(form).get('seats')).to.equal('5');

    (part(seats!, 'increment') as HTMLButtonElement).click();
    await seats!.updateComplete;
    expect(new FormData(form).get('seats')).to.equal('6');
    await enter(seats!, '30');
    expect(new FormData(form).get('seats'), 'a refused value is not submitted').to.equal('6');
    expect(seats!.validity.rangeOverflow).to.equal(true);
    form.reset();
    await seats!.updateComplete;
    expect(seats!.value).to.equal(5);
    expect(inputOf(seats!).value).to.equal('5');
    expect(seats!.validity.valid).to.equal(true);
    expect(part(seats!, 'error')).to.equal(null);
    expect(new FormData(form).get('seats')).to.equal('5');

    // required + empty
    expect(needed!.checkValidity()).to.equal(false);
    expect(needed!.validity.valueMissing).to.equal(true);
    expect(needed!.validationMessage).to.equal('Enter a whole number of 0 or more.');
    expect(new FormData(form).has('needed')).to.equal(false);
    expect(needed!.willValidate).to.equal(true);

    // off step: reportValidity is false and the message shows next to the field
    expect(blocks!.validity.stepMismatch).to.equal(true);
    expect(blocks!.reportValidity()).to.equal(false);
    await blocks!.updateComplete;
    expect(text(part(blocks!, 'error'))).to.equal('Choose steps of 100: 100 or 200.');
    expect(inputOf(blocks!).getAttribute('aria-invalid')).to.equal('true');
    expect(inputOf(blocks!).getAttribute('aria-describedby')).to.contain('error');
    expect(form.checkValidity()).to.equal(false);

    // a disabled fieldset disables the control and takes it out of the form
    form.querySelector('fieldset')!.disabled = true;
    await seats!.updateComplete;
    expect(inputOf(seats!).disabled).to.equal(true);
    expect((part(seats!, 'increment') as HTMLButtonElement).disabled).to.equal(true);
    expect(seats!.willValidate).to.equal(false);
    expect(new FormData(form).has('seats')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await seats!.updateComplete;
    expect(inputOf(seats!).disabled).to.equal(false);

    // the browser restoring form state after navigation
    seats!.formStateRestoreCallback('12');
    await seats!.updateComplete;
    expect(seats!.value).to.equal(12);
    expect(new FormData(form).get('seats')).to.equal('12');
  });

  it('fires input, change and upcart-quantity-change like a native input, once each', async () => {
    const el = await fixture<CapacityStepper>(html`<capacity-stepper name="seats" label="Seats" min="1" max="10" value="3"></capacity-stepper>`);
    const { log, stop } = record(el);
    try {
      const changed = oneEvent(el, 'upcart-quantity-change');
      (part(el, 'increment') as HTMLButtonElement).click();
      const event = await changed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ serviceId: null, value: 4, previous: 3 });
      expect(log).to.deep.include({ input: 1, change: 1 });

      (part(el, 'decrement') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(log.changes.at(-1)).to.deep.equal({ serviceId: null, value: 3, previous: 4 });
      expect(log).to.deep.include({ input: 2, change: 2 });

      // Typing: one host `input` per keystroke (the inner one does not leak), change on Enter.
      const input = inputOf(el);
      input.focus();
      input.select();
      await sendKeys({ type: '7' });
      expect(log.input).to.equal(3);
      expect(log.change).to.equal(2);
      expect(log.changes).to.have.length(2);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(log.change).to.equal(3);
      expect(log.changes.at(-1)).to.deep.equal({ serviceId: null, value: 7, previous: 3 });

      // Refusal: upcart-input-invalid with name, raw text and the message; no change.
      const refused = oneEvent(el, 'upcart-input-invalid');
      await enter(el, '11');
      const invalid = await refused;
      expect(invalid.bubbles && invalid.composed).to.equal(true);
      expect(invalid.detail).to.deep.equal({ name: 'seats', value: '11', message: 'Enter a whole number from 1 to 10.' });
      expect(log.change).to.equal(3);
      expect(el.value).to.equal(7);

      // Blur keeps the refused text and its message; it is not clamped, nor reported twice.
      input.blur();
      await el.updateComplete;
      expect(input.value).to.equal('11');
      expect(text(part(el, 'error'))).to.equal('Enter a whole number from 1 to 10.');
      expect(log.invalid).to.have.length(1);
      // Escape restores the last valid value.
      await escape(el);
      expect(input.value).to.equal('7');
      expect(part(el, 'error')).to.equal(null);
      expect(el.validity.valid).to.equal(true);

      // A typed value committed on blur.
      input.focus();
      input.value = '9';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      input.blur();
      await el.updateComplete;
      expect(log.changes.at(-1)).to.deep.equal({ serviceId: null, value: 9, previous: 7 });
    } finally {
      stop();
    }
  });

  // ------------------------------------------------------------ store-bound

  it('expand: shows current 50 and $2.50, plus asks one quote for 51, minus stops at current', async () => {
    const { store, quotes } = await countedStore(mock, flows.expand);
    const el = await fixture<CapacityStepper>(html`<capacity-stepper service-id="extensions" .store=${store}></capacity-stepper>`);
    const input = inputOf(el);
    expect(text(part(el, 'label'))).to.equal('Extensions');
    expect(input.value).to.equal('50');
    expect(el.value).to.equal(50);
    expect(text(part(el, 'current'))).to.equal('You have 50 extensions');
    expect(text(part(el, 'unit-price'))).to.equal('$2.50 per extension / month');
    expect(input.getAttribute('aria-valuemin')).to.equal('50');
    expect(input.getAttribute('aria-valuemax')).to.equal('1000');
    expect(input.getAttribute('aria-valuetext')).to.equal('50 extensions');
    const decrement = part(el, 'decrement') as HTMLButtonElement;
    expect(decrement.disabled).to.equal(true);
    expect(decrement.getAttribute('aria-label')).to.equal('Decrease Extensions');

    const changed = oneEvent(el, 'upcart-quantity-change');
    (part(el, 'increment') as HTMLButtonElement).click();
    expect((await changed).detail).to.deep.equal({ serviceId: 'extensions', value: 51, previous: 50 });
    expect(expandQuantity(store, 'extensions')).to.equal(51);
    await quoteSettled(store);
    expect(quotes).to.have.length(1);
    expect(quotes[0]).to.deep.include({ flow: 'expand', subscriptionId: 'sub-pseries', items: [{ serviceId: 'extensions', quantity: 51 }] });
    await el.updateComplete;
    expect(text(part(el, 'current')?.querySelector('[aria-hidden]') ?? null)).to.equal('50 → 51 extensions');
    expect(text(part(el, 'current')?.querySelector('.visually-hidden') ?? null)).to.equal('Now 50, after this order 51 extensions');
    expect(decrement.disabled).to.equal(false);
    expect(el.validity.valid).to.equal(true);

    decrement.click();
    await el.updateComplete;
    expect(expandQuantity(store, 'extensions')).to.equal(50);
    expect(decrement.disabled).to.equal(true);
    // Back at what the buyer has: nothing to price, no new request.
    await aTimeout(40);
    expect(quotes).to.have.length(1);
  });

  it('expand: steps of 100 count from the current capacity and off-step text offers both neighbours', async () => {
    const { store, quotes } = await countedStore(mock, flows.expand);
    const el = await fixture<CapacityStepper>(html`<capacity-stepper service-id="recording-minutes" .store=${store}></capacity-stepper>`);
    const { log, stop } = record(el);
    try {
      await enter(el, '1150');
      expect(text(part(el, 'error'))).to.equal('Choose steps of 100: 1,100 or 1,200.');
      expect(el.validity.stepMismatch).to.equal(true);
      expect(log.invalid[0]).to.deep.equal({ name: 'recording-minutes', value: '1150', message: 'Choose steps of 100: 1,100 or 1,200.' });
      // ArrowUp from the typed 1150 goes to the next valid value.
      inputOf(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
      await el.updateComplete;
      expect(expandQuantity(store, 'recording-minutes')).to.equal(1200);
      expect(part(el, 'error')).to.equal(null);
      await enter(el, '950');
      expect(text(part(el, 'error'))).to.equal('You have 1,000 now and can only add more. Enter a whole number from 1,000 to 100,000.');
      expect(el.validity.rangeUnderflow).to.equal(true);
      await enter(el, '100,100');
      expect(text(part(el, 'error'))).to.equal('Enter a whole number from 1,000 to 100,000.');
      expect(expandQuantity(store, 'recording-minutes')).to.equal(1200);
      await quoteSettled(store);
      expect(quotes.flatMap((quote) => (quote.flow === 'expand' ? quote.items.map((item) => item.quantity) : []))).to.deep.equal([1200]);
    } finally {
      stop();
    }
  });

  it('keyboard: arrows, Shift+arrows, PageUp/PageDown, Home/End, typed Enter and Escape', async () => {
    const { store } = await countedStore(mock, flows.expand);
    const el = await fixture<CapacityStepper>(html`<capacity-stepper service-id="extensions" .store=${store}></capacity-stepper>`);
    const input = inputOf(el);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input);
    const value = () => expandQuantity(store, 'extensions');
    await sendKeys({ press: 'ArrowUp' });
    expect(value()).to.equal(51);
    await sendKeys({ press: 'PageUp' });
    expect(value()).to.equal(61);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Shift' });
    expect(value()).to.equal(71);
    await sendKeys({ press: 'ArrowDown' });
    expect(value()).to.equal(70);
    await sendKeys({ press: 'PageDown' });
    expect(value()).to.equal(60);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    expect(value()).to.equal(50);
    await sendKeys({ press: 'ArrowDown' });
    expect(value(), 'never below current').to.equal(50);
    await sendKeys({ press: 'End' });
    expect(value()).to.equal(1000);
    await sendKeys({ press: 'ArrowUp' });
    expect(value(), 'never above max').to.equal(1000);
    await el.updateComplete;
    expect((part(el, 'increment') as HTMLButtonElement).disabled).to.equal(true);
    await sendKeys({ press: 'Home' });
    expect(value()).to.equal(50);
    input.select();
    await sendKeys({ type: '75' });
    expect(value(), 'typing alone sends nothing').to.equal(50);
    await sendKeys({ press: 'Enter' });
    expect(value()).to.equal(75);
    await el.updateComplete;
    expect(input.getAttribute('aria-valuenow')).to.equal('75');
    expect(input.getAttribute('aria-valuetext')).to.equal('75 extensions');
    input.select();
    await sendKeys({ type: '2000' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.value).to.equal('2000');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('75');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(value()).to.equal(75);
    expect(document.activeElement).to.equal(el);
  });

  it('refuses hostile typed values and never lets one reach the backend', async () => {
    const { store, quotes } = await countedStore(mock, flows.expand);
    const el = await fixture<CapacityStepper>(html`<capacity-stepper service-id="extensions" .store=${store}></capacity-stepper>`);
    const { log, stop } = record(el);
    type Row = { typed: string; accept: number } | { typed: string; message: string; flag: keyof ValidityState };
    const refuse = (typed: string, message = NOT_WHOLE, flag: keyof ValidityState = 'badInput'): Row => ({ typed, message, flag });
    const rows: Row[] = [
      refuse('', RANGE_EXTENSIONS),
      refuse(' ', RANGE_EXTENSIONS),
      refuse('-5'),
      refuse('+5'),
      refuse('1.5'),
      refuse('1e3'),
      refuse('0x10'),
      refuse('abc'),
      { typed: '١٢٠', accept: 120 },
      { typed: '６０', accept: 60 },
      { typed: '1,000', accept: 1000 },
      { typed: '۶۵', accept: 65 },
      { typed: '1 000', accept: 1000 },
      refuse('10\n20', `Paste a single number, not several lines. ${RANGE_EXTENSIONS}`),
      refuse('99999999999999999999', RANGE_EXTENSIONS, 'rangeOverflow'),
      refuse('-0'),
      refuse('60abc'),
      refuse('<b>60</b>'),
      refuse('NaN'),
      refuse('Infinity'),
      refuse('1001', RANGE_EXTENSIONS, 'rangeOverflow'),
      refuse('49', `You have 50 now and can only add more. ${RANGE_EXTENSIONS}`, 'rangeUnderflow'),
      refuse('0', `You have 50 now and can only add more. ${RANGE_EXTENSIONS}`, 'rangeUnderflow'),
      { typed: '६०', accept: 60 },
      { typed: '  75  ', accept: 75 },
      { typed: "1'000", accept: 1000 },
      { typed: '0080', accept: 80 },
      { typed: '1\u202F000', accept: 1000 },
      { typed: '𝟗𝟎', accept: 90 },
      { typed: '1.000', accept: 1000 },
      { typed: '١٬٠٠٠', accept: 1000 },
      refuse('1,00'),
      refuse('1,0000'),
      refuse('1,000.5'),
      refuse('５e２'),
      refuse('٣٫٥'),
      refuse('  6 0 '),
      refuse('\u200B60'),
      { typed: '\u00A0\u00A055', accept: 55 },
      // A spreadsheet cell, pasted with its trailing line break.
      { typed: '70\r\n', accept: 70 },
      { typed: '\t85\u00A0\n', accept: 85 },
    ];
    const accepted = new Set<number>();
    try {
      for (const row of rows) {
        const label = JSON.stringify(row.typed);
        const before = expandQuantity(store, 'extensions');
        const events = { invalid: log.invalid.length, changes: log.changes.length };
        await enter(el, row.typed);
        const input = inputOf(el);
        if ('accept' in row) {
          accepted.add(row.accept);
          expect(expandQuantity(store, 'extensions'), label).to.equal(row.accept);
          expect(el.value, label).to.equal(row.accept);
          expect(input.value, `${label} shows plain digits`).to.equal(String(row.accept));
          expect(input.getAttribute('aria-invalid'), label).to.equal('false');
          expect(part(el, 'error'), label).to.equal(null);
          expect(el.validity.valid, label).to.equal(true);
          if (row.accept !== before) expect(log.changes.at(-1), label).to.deep.equal({ serviceId: 'extensions', value: row.accept, previous: before });
          expect(log.invalid.length, label).to.equal(events.invalid);
        } else {
          expect(expandQuantity(store, 'extensions'), `${label} leaves the store`).to.equal(before);
          expect(el.value, label).to.equal(before);
          expect(text(part(el, 'error')), label).to.equal(row.message);
          expect(part(el, 'error')!.getAttribute('role'), label).to.equal('alert');
          expect(input.getAttribute('aria-invalid'), label).to.equal('true');
          expect(el.validity[row.flag], `${label} ${row.flag}`).to.equal(true);
          expect(el.validationMessage, label).to.equal(row.message);
          expect(el.matches(':state(invalid)'), label).to.equal(true);
          expect(log.invalid.length, label).to.equal(events.invalid + 1);
          expect(log.invalid.at(-1), label).to.deep.equal({ name: 'extensions', value: row.typed, message: row.message });
          expect(log.changes.length, label).to.equal(events.changes);
          await escape(el);
          expect(input.value, `${label} restored`).to.equal(String(before));
          expect(input.getAttribute('aria-invalid')).to.equal('false');
        }
      }
    } finally {
      stop();
    }
    await aTimeout(30);
    await until(store, (state) => state.status.quote.state !== 'loading');
    const sent = quotes.flatMap((quote) =>
      quote.flow === 'expand' ? quote.items.filter((item) => item.serviceId === 'extensions').map((item) => item.quantity) : [],
    );
    expect(sent.length, 'at least one accepted value was quoted').to.be.greaterThan(0);
    for (const quantity of sent) expect(accepted.has(quantity), `backend saw ${quantity}`).to.equal(true);
    expect(rows.length).to.be.at.least(20);
  });

  it('parses digits of any script and refuses everything else', () => {
    const cases: [string, number | string][] = [
      ['60', 60],
      ['٦٠', 60],
      ['۶۰', 60],
      ['६०', 60],
      ['৬০', 60],
      ['６０', 60],
      ['𝟔𝟎', 60],
      ['1,234,567', 1234567],
      ['1 234', 1234],
      ['1.234.567', 1234567],
      ['1,234.567', 'not_whole'],
      ['12,34', 'not_whole'],
      ['10\r\n20', 'multiline'],
      // A copied spreadsheet cell: line breaks, tabs and no-break spaces around the number.
      ['50\n', 50],
      ['50\r\n', 50],
      ['\t50\u00A0\r\n', 50],
      ['\r\n 1,000\t', 1000],
      ['\n10\n20\n', 'multiline'],
      ['\r\n', 'empty'],
      ['', 'empty'],
      ['9007199254740993', 'too_large'],
      ['Ⅻ', 'not_whole'],
      ['²', 'not_whole'],
    ];
    for (const [input, expected] of cases) {
      const parsed = parseQuantity(input);
      if (typeof expected === 'number') expect(parsed, input).to.deep.equal({ ok: true, value: expected });
      else expect(parsed, input).to.deep.equal({ ok: false, problem: expected });
    }
  });

  it('upgrade: plan-quantity binds the accounts of the chosen package', async () => {
    const { store, quotes } = await countedStore(mock, flows.upgrade);
    const el = await fixture<CapacityStepper>(html`<capacity-stepper plan-quantity .store=${store}></capacity-stepper>`);
    expect(text(part(el, 'label'))).to.equal('Number of accounts');
    expect(inputOf(el).value).to.equal('100');
    expect(text(part(el, 'current'))).to.equal('You have 100 accounts');
    expect(text(part(el, 'unit-price'))).to.equal('€25.00 per account / month');
    expect((part(el, 'decrement') as HTMLButtonElement).disabled).to.equal(true);
    expect(inputOf(el).getAttribute('aria-valuemax')).to.equal('200');

    const changed = oneEvent(el, 'upcart-quantity-change');
    (part(el, 'increment') as HTMLButtonElement).click();
    expect((await changed).detail).to.deep.equal({ serviceId: null, value: 101, previous: 100 });
    expect(planQuantity(store)).to.equal(101);
    await quoteSettled(store);
    expect(quotes).to.have.length(1);
    expect(quotes[0]).to.deep.include({ flow: 'upgrade', planId: 'cc-2', quantity: 101 });

    await enter(el, '250');
    expect(text(part(el, 'error'))).to.equal('Enter a whole number from 100 to 200.');
    expect(planQuantity(store)).to.equal(101);

    // Another package: its own range, no current to keep.
    store.selectPlan('cc-3');
    await el.updateComplete;
    await escape(el);
    expect(part(el, 'current')).to.equal(null);
    expect(inputOf(el).getAttribute('aria-valuemax')).to.equal('500');
    expect(text(part(el, 'unit-price'))).to.equal('€35.00 per account / month');
  });

  it('names the real minimum, and says "you have N now" only where the buyer has N', async () => {
    const { store } = await countedStore(mock, flows.upgrade);
    const plan = await fixture<CapacityStepper>(html`<capacity-stepper plan-quantity .store=${store}></capacity-stepper>`);
    // Another package: the buyer has no accounts on it yet, and it starts at 1.
    expect(store.selectPlan('cc-3').ok).to.equal(true);
    await plan.updateComplete;
    await enter(plan, '0');
    expect(text(part(plan, 'error'))).to.equal('Enter a whole number from 1 to 500.');
    expect(plan.validity.rangeUnderflow).to.equal(true);
    await escape(plan);
    // The current package: the buyer really has 100 accounts.
    expect(store.selectPlan('cc-2').ok).to.equal(true);
    await plan.updateComplete;
    await enter(plan, '0');
    expect(text(part(plan, 'error'))).to.equal('You have 100 now and can only add more. Enter a whole number from 100 to 200.');

    // Alone, with nothing yet: the minimum, not a current capacity.
    const alone = await fixture<CapacityStepper>(html`<capacity-stepper label="Seats" min="1" max="20"></capacity-stepper>`);
    await enter(alone, '0');
    expect(text(part(alone, 'error'))).to.equal('Enter a whole number from 1 to 20.');
    expect(alone.validity.rangeUnderflow).to.equal(true);

    // A current capacity above a lowered maximum is the only value left: the range says so.
    const kept = await fixture<CapacityStepper>(html`<capacity-stepper label="Lines" current="120" max="100" value="120"></capacity-stepper>`);
    expect(inputOf(kept).getAttribute('aria-valuemax')).to.equal('120');
    await enter(kept, '121');
    expect(text(part(kept, 'error'))).to.equal('Enter a whole number from 120 to 120.');
    await escape(kept);
    await enter(kept, '119');
    expect(text(part(kept, 'error'))).to.equal('You have 120 now and can only add more. Enter a whole number from 120 to 120.');
  });

  it('shows why the store refused a value and keeps the last one', async () => {
    const { store } = await countedStore(mock, flows.expand);
    const el = await fixture<CapacityStepper>(html`<capacity-stepper service-id="extensions" .store=${store}></capacity-stepper>`);
    const { log, stop } = record(el);
    store.setQuantity = () => ({ ok: false, reason: 'not_ready' });
    try {
      (part(el, 'increment') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.equal('The catalog is still loading. Try again in a moment.');
      expect(inputOf(el).getAttribute('aria-invalid')).to.equal('true');
      expect(el.validity.customError).to.equal(true);
      expect(log.invalid).to.deep.equal([{ name: 'extensions', value: '51', message: 'The catalog is still loading. Try again in a moment.' }]);
      expect(log.changes).to.have.length(0);
      expect(log.change).to.equal(0);
      expect(expandQuantity(store, 'extensions')).to.equal(50);
      expect(inputOf(el).value).to.equal('50');
    } finally {
      stop();
    }
  });

  it('renders loading, empty, and a load error with a working Retry', async () => {
    const pending = await countedStore(mock, flows.expand, false);
    const loading = await fixture<CapacityStepper>(html`<capacity-stepper service-id="extensions" .store=${pending.store}></capacity-stepper>`);
    expect(text(part(loading, 'base'))).to.equal('Loading…');
    expect(part(loading, 'base')!.getAttribute('aria-busy')).to.equal('true');

    const loaded = await countedStore(mock, flows.expand);
    const empty = await fixture<CapacityStepper>(html`<capacity-stepper service-id="fax-lines" .store=${loaded.store}></capacity-stepper>`);
    expect(text(part(empty, 'base'))).to.equal('This service is not offered for this product.');
    const wrongFlow = await fixture<CapacityStepper>(html`<capacity-stepper plan-quantity .store=${loaded.store}></capacity-stepper>`);
    expect(text(part(wrongFlow, 'base'))).to.equal('This quantity cannot be changed in this checkout.');

    mock.faults.set('getCatalog', { status: 503, times: 1 });
    const failing = await countedStore(mock, flows.expand);
    const el = await fixture<CapacityStepper>(html`<capacity-stepper service-id="extensions" .store=${failing.store}></capacity-stepper>`);
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert.querySelector('p'))).to.equal('The checkout service is having trouble. Please try again in a moment.');
    expect(inputOf(el)).to.equal(null);
    expect(text(alert.querySelector('[part~="retry"]'))).to.equal('Try again');
    (part(el, 'retry') as HTMLButtonElement).click();
    await until(failing.store, (state) => state.status.catalog.state === 'done');
    await el.updateComplete;
    expect(inputOf(el).value).to.equal('50');
    expect(part(el, 'error')).to.equal(null);
  });

  it('announces numbers in Arabic with the arrow reading right to left', async () => {
    const wrapper = await plainFixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
      <capacity-stepper label="الخطوط" unit="خط" current="50" value="60" max="100"></capacity-stepper>
    </div>`);
    const el = wrapper.querySelector('capacity-stepper')!;
    await waitUntil(() => part(el, 'decrement')?.getAttribute('aria-label') === 'إنقاص الخطوط', 'Arabic catalog never loaded');
    const digits = new Intl.NumberFormat('ar');
    expect(inputOf(el).value).to.equal('60');
    expect(text(part(el, 'current')?.querySelector('[aria-hidden]') ?? null)).to.equal(`${digits.format(50)} ← ${digits.format(60)} خط`);
    await enter(el, '٧٠');
    expect(el.value).to.equal(70);
    // The minus sits at the inline start, which is the right in RTL.
    const minus = part(el, 'decrement')!.getBoundingClientRect();
    const plus = part(el, 'increment')!.getBoundingClientRect();
    expect(minus.left).to.be.greaterThan(plus.left);
  });
});
