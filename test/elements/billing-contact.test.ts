import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import type { MockBackend } from '../../mocks/index.js';
import '../../src/elements/billing-contact/billing-contact.js';
import type { BillingContact } from '../../src/elements/billing-contact/billing-contact.component.js';
import type { ContactFormClass } from '../../src/elements/billing-contact/form-context.js';
import { formLoaders } from '../../src/elements/billing-contact/form-loaders.js';
import type { UpcartContactChangeEvent } from '../../src/events/contact-change.js';
import type { UpcartInputInvalidEvent } from '../../src/events/input-invalid.js';
import { loadLocale } from '../../src/i18n/messages.js';
import { checkoutContext } from '../../src/store/checkout-context.js';
import type { CheckoutStore } from '../../src/store/checkout-store.js';
import { createLoadedStore, createTestStore, flows, startMockBackend, until } from '../fixtures/mock-session.js';
import { runFormControlTests } from './form-control-tests.js';

type Field = 'name' | 'email' | 'company' | 'line1' | 'line2' | 'city' | 'postalCode' | 'region' | 'country' | 'vatId';
type Control = HTMLInputElement | HTMLSelectElement;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const VALID: Readonly<Partial<Record<Field, string>>> = {
  name: 'Jane Doe',
  email: 'jane.doe@example.com',
  company: 'Doe Consulting Ltd',
  line1: '10 Downing Street',
  city: 'London',
  postalCode: 'SW1A 2AA',
  country: 'GB',
  vatId: 'GB123456789',
};

const MARKUP = '<img src=x onerror=alert(1)>';
const LONG = 'x'.repeat(10_000);

describe('<billing-contact>', () => {
  let mock: MockBackend;
  let store: CheckoutStore;
  const stores: CheckoutStore[] = [];
  /** createContact requests that reached the mock backend. */
  let saveRequests = 0;

  async function loaded(config: Parameters<typeof createLoadedStore>[1] = flows.expand): Promise<CheckoutStore> {
    const created = await createLoadedStore(mock, config);
    stores.push(created);
    return created;
  }

  async function render(target: CheckoutStore = store, theme: 'light' | 'dark' = 'light'): Promise<BillingContact> {
    const el = await fixture<BillingContact>(html`<billing-contact style="width: 640px" theme=${theme} .store=${target}></billing-contact>`);
    await el.updateComplete;
    return el;
  }

  const $ = <T extends Element = HTMLElement>(el: BillingContact, selector: string) => el.shadowRoot!.querySelector<T>(selector);
  const control = (el: BillingContact, field: Field) => $<Control>(el, `#field-${field}`)!;
  const select = (el: BillingContact) => $<HTMLSelectElement>(el, '[part="select"]')!;
  const active = (el: BillingContact) => el.shadowRoot!.activeElement;

  async function openForm(el: BillingContact): Promise<void> {
    $(el, '[part="add-button"]')!.click();
    await el.updateComplete;
  }

  /** Types values the way the browser reports them: the value, then an `input` event. */
  async function fill(el: BillingContact, values: Partial<Record<Field, string>>): Promise<void> {
    for (const [field, value] of Object.entries(values) as [Field, string][]) {
      const target = control(el, field);
      target.value = value;
      target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
  }

  async function submit(el: BillingContact): Promise<void> {
    $(el, '[part="save-button"]')!.click();
    await el.updateComplete;
  }

  function fieldError(el: BillingContact, field: Field): string | null {
    const node = $(el, `#field-${field}-error`);
    return node ? text(node) : null;
  }

  before(async () => {
    mock = await startMockBackend();
  });

  beforeEach(async () => {
    mock.reset();
    saveRequests = 0;
    const original = mock.db.createContact.bind(mock.db);
    mock.db.createContact = (body: unknown) => {
      saveRequests += 1;
      return original(body);
    };
    store = await loaded();
  });

  afterEach(() => {
    delete (mock.db as Partial<typeof mock.db>).createContact;
    for (const created of stores.splice(0)) created.destroy();
  });

  it('is accessible in light and dark', async () => {
    const light = await render(store, 'light');
    await expect(light).to.be.accessible();
    const dark = await render(store, 'dark');
    await expect(dark).to.be.accessible();
  });

  it('is accessible with the form open and with errors shown, in light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await render(store, theme);
      await openForm(el);
      await expect(el).to.be.accessible();
      await fill(el, { email: 'nope', vatId: 'bad' });
      await submit(el);
      expect(fieldError(el, 'name')).to.not.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('lists the customer’s contacts with the default one chosen and shows it as the invoice reads', async () => {
    const el = await render();
    const options = [...select(el).options];
    expect(options.map((option) => option.value)).to.deep.equal(['contact-anna', 'contact-luc', 'contact-li']);
    expect(options.map((option) => text(option))).to.deep.equal(['Anna Schmidt (Acme Telecom GmbH) – default', 'Luc Martin (Martin SARL)', 'Li Wei']);
    expect(select(el).value).to.equal('contact-anna');
    expect(text($(el, 'label[for="contact-select"]'))).to.equal('Billing contact');
    const card = $(el, '[part="summary"]')!;
    expect(text(card.querySelector('.name'))).to.equal('Anna Schmidt');
    expect(text(card.querySelector('.company'))).to.equal('Acme Telecom GmbH');
    expect(text(card.querySelector('.line1'))).to.equal('Friedrichstraße 123');
    expect(text(card.querySelector('.city'))).to.equal('10117 Berlin');
    expect(text(card.querySelector('.country'))).to.equal('Germany');
    expect(text(card.querySelector('.email'))).to.equal('anna.schmidt@acme-telecom.example');
    expect(text(card.querySelector('.vat-id'))).to.equal('DE811907980');
    expect(el.value).to.equal('contact-anna');
  });

  it('chooses another contact: the store, the events and the card follow', async () => {
    const el = await render();
    const changes: Event[] = [];
    el.addEventListener('change', (event) => changes.push(event));
    const picked = oneEvent(el, 'upcart-contact-change') as Promise<UpcartContactChangeEvent>;
    select(el).value = 'contact-luc';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    const event = await picked;
    await el.updateComplete;
    expect(store.getState().contactId).to.equal('contact-luc');
    expect(event.detail.contact.id).to.equal('contact-luc');
    expect(event.detail.contact.vatId).to.equal('FR40303265045');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(changes).to.have.length(1);
    const card = $(el, '[part="summary"]')!;
    expect(text(card.querySelector('.name'))).to.equal('Luc Martin');
    expect(text(card.querySelector('.country'))).to.equal('France');
    expect(text(card.querySelector('.vat-id'))).to.equal('FR40303265045');
    // Li has neither company nor VAT id: nothing empty is shown for them.
    select(el).value = 'contact-li';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(text($(el, '[part="summary"] .line2'))).to.equal('Pudong');
    expect(text($(el, '[part="summary"] .country'))).to.equal('China');
    expect($(el, '[part="summary"] .vat-id')).to.equal(null);
    expect($(el, '[part="summary"] .company')).to.equal(null);
  });

  it('is usable by keyboard: arrows choose, Add new opens the form with focus in it, Escape closes it', async () => {
    const el = await render();
    select(el).focus();
    const picked = oneEvent(el, 'upcart-contact-change') as Promise<UpcartContactChangeEvent>;
    await sendKeys({ press: 'ArrowDown' });
    expect((await picked).detail.contact.id).to.equal('contact-luc');
    expect(store.getState().contactId).to.equal('contact-luc');

    await sendKeys({ press: 'Tab' });
    const add = $(el, '[part="add-button"]')!;
    expect(active(el)).to.equal(add);
    expect(add.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(add.getAttribute('aria-expanded')).to.equal('true');
    expect(add.getAttribute('aria-controls')).to.equal('contact-form');
    expect($(el, '#contact-form')).to.not.equal(null);
    await waitUntil(() => active(el) === control(el, 'name'), 'focus never reached the name field');
    await sendKeys({ type: 'Jane' });
    expect(control(el, 'name').value).to.equal('Jane');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="form"]')).to.equal(null);
    expect(add.getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => active(el) === add, 'focus did not return to Add new');
    expect(saveRequests).to.equal(0);
    expect(store.getState().contacts).to.have.length(3);
  });

  it('renders the form with visible labels and the autocomplete tokens browsers fill', async () => {
    const el = await render();
    await openForm(el);
    const expected: Record<Field, [string, string]> = {
      name: ['Full name', 'name'],
      email: ['Email', 'email'],
      company: ['Company (optional)', 'organization'],
      line1: ['Address line 1', 'address-line1'],
      line2: ['Address line 2 (optional)', 'address-line2'],
      city: ['City', 'address-level2'],
      postalCode: ['Postal code', 'postal-code'],
      region: ['State / region (optional)', 'address-level1'],
      country: ['Country', 'country'],
      vatId: ['VAT / tax ID (optional)', 'off'],
    };
    for (const [field, [label, autocomplete]] of Object.entries(expected) as [Field, [string, string]][]) {
      expect(text($(el, `label[for="field-${field}"]`)), field).to.equal(label);
      expect(control(el, field).getAttribute('autocomplete'), field).to.equal(autocomplete);
    }
    // A text field with the email keyboard: a browser's type=email would rewrite or refuse internationalized addresses.
    expect(control(el, 'email').getAttribute('type')).to.equal('text');
    expect(control(el, 'email').getAttribute('inputmode')).to.equal('email');
    expect(text($(el, '#field-vatId-hint'))).to.equal('e.g. DE123456789');
    expect(control(el, 'vatId').getAttribute('aria-describedby')).to.equal('field-vatId-hint');
    // Countries: every code of the contract, named in the locale, sorted by that name.
    const countries = [...(control(el, 'country') as HTMLSelectElement).options].slice(1);
    expect(countries).to.have.length(249);
    const names = countries.map((option) => option.textContent!.trim());
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('en-US').compare));
    expect(countries.find((option) => option.value === 'DE')!.textContent!.trim()).to.equal('Germany');
    expect(text((control(el, 'country') as HTMLSelectElement).options[0])).to.equal('Choose a country…');
  });

  it('adds a new contact: saved on the server, chosen, announced, and the form closes with focus on the list', async () => {
    const el = await render();
    await openForm(el);
    await fill(el, { ...VALID, vatId: 'gb 123 456 789', region: '   ' });
    const changed = oneEvent(el, 'upcart-contact-change') as Promise<UpcartContactChangeEvent>;
    await submit(el);
    const event = await changed;
    await el.updateComplete;

    expect(saveRequests).to.equal(1);
    const saved = mock.db.listContacts().find((contact) => contact.name === 'Jane Doe')!;
    expect(saved).to.include({ email: 'jane.doe@example.com', country: 'GB', vatId: 'GB123456789', company: 'Doe Consulting Ltd' });
    expect(saved.address).to.deep.equal({ line1: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA' });
    const response = (await (await fetch('/api/contacts')).json()) as { contacts: { id: string }[] };
    expect(response.contacts.map((contact) => contact.id)).to.include(saved.id);

    expect(store.getState().contactId).to.equal(saved.id);
    expect(store.getState().contacts).to.have.length(4);
    expect(event.detail.contact.id).to.equal(saved.id);
    expect(el.value).to.equal(saved.id);
    expect($(el, '[part="form"]')).to.equal(null);
    expect(select(el).value).to.equal(saved.id);
    expect(text($(el, '[part="summary"] .name'))).to.equal('Jane Doe');
    expect(text($(el, '[part="summary"] .country'))).to.equal('United Kingdom');
    expect(text($(el, '[role="status"]'))).to.equal('Jane Doe was saved and chosen as the billing contact.');
    await waitUntil(() => active(el) === select(el), 'focus did not return to the list');
  });

  describe('a contact the customer has already', () => {
    /** Anna Schmidt of the seed, typed again with other spaces and case. */
    const ANNA_AGAIN: Partial<Record<Field, string>> = {
      name: ' Anna Schmidt ',
      email: 'Anna.Schmidt@ACME-Telecom.example',
      company: 'Acme Telecom GmbH',
      line1: 'Friedrichstraße  123',
      city: 'Berlin',
      postalCode: '10117',
      country: 'DE',
      vatId: 'de 811 907 980',
    };
    const notice = (el: BillingContact) => $(el, '[part="duplicate"]');
    const useButton = (el: BillingContact) => $<HTMLButtonElement>(el, '[part="use-existing-button"]');
    const unisolated = (value: string) => value.replace(/[\u2068\u2069]/g, '');

    it('is not saved again: the form offers it, and Enter on the offer chooses it and closes the form', async () => {
      expect(store.selectContact('contact-luc').ok).to.equal(true);
      const el = await render();
      await openForm(el);
      await fill(el, ANNA_AGAIN);
      await submit(el);
      await waitUntil(() => notice(el) !== null, 'no notice of the existing contact');
      expect(saveRequests, 'nothing sent').to.equal(0);
      expect(notice(el)!.getAttribute('role')).to.equal('alert');
      expect(unisolated(text(notice(el)!.querySelector('p')))).to.equal(
        'This contact exists already: Anna Schmidt (Acme Telecom GmbH). Use it instead of saving it a second time.',
      );
      await waitUntil(() => active(el) === useButton(el), 'the focus is not on the offer');
      expect(text(useButton(el))).to.equal('Use this contact');
      await expect(el).to.be.accessible();

      const changed = oneEvent(el, 'upcart-contact-change') as Promise<UpcartContactChangeEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await changed).detail.contact.id).to.equal('contact-anna');
      await el.updateComplete;
      expect(store.getState().contactId).to.equal('contact-anna');
      expect(store.getState().contacts).to.have.length(3);
      expect(mock.db.listContacts()).to.have.length(3);
      expect(saveRequests).to.equal(0);
      expect($(el, '[part="form"]')).to.equal(null);
      expect(text($(el, '[role="status"]'))).to.equal('Anna Schmidt was saved before and is now the billing contact.');
      await waitUntil(() => active(el) === select(el), 'focus did not return to the list');
    });

    it('goes once the buyer edits the draft, and a contact that differs is saved', async () => {
      const el = await render();
      await openForm(el);
      await fill(el, ANNA_AGAIN);
      await submit(el);
      await waitUntil(() => notice(el) !== null, 'no notice of the existing contact');
      await fill(el, { line1: 'Friedrichstraße 124' });
      expect(notice(el)).to.equal(null);
      const changed = oneEvent(el, 'upcart-contact-change') as Promise<UpcartContactChangeEvent>;
      await submit(el);
      const saved = (await changed).detail.contact;
      expect(saved.id).to.not.equal('contact-anna');
      expect(saveRequests).to.equal(1);
      expect(store.getState().contacts).to.have.length(4);
    });

    it('is offered in German too', async () => {
      await loadLocale('de');
      const german = await loaded({ ...flows.expand, locale: 'de-DE' });
      const el = await render(german);
      await openForm(el);
      await fill(el, ANNA_AGAIN);
      await submit(el);
      await waitUntil(() => notice(el) !== null, 'no notice of the existing contact');
      expect(unisolated(text(notice(el)!.querySelector('p')))).to.equal(
        'Dieser Kontakt ist bereits gespeichert: Anna Schmidt (Acme Telecom GmbH). Verwenden Sie ihn, statt ihn ein zweites Mal zu speichern.',
      );
      expect(text(useButton(el))).to.equal('Diesen Kontakt verwenden');
    });
  });

  it('saves internationalized email addresses as typed, and still refuses malformed ones', async () => {
    const el = await render();
    await openForm(el);
    await fill(el, { ...VALID, email: 'a@b' });
    await submit(el);
    expect(fieldError(el, 'email')).to.equal('Enter an email address such as name@example.com.');
    expect(saveRequests).to.equal(0);
    await fill(el, { email: 'josé@bücher.de' });
    const changed = oneEvent(el, 'upcart-contact-change') as Promise<UpcartContactChangeEvent>;
    await submit(el);
    expect((await changed).detail.contact.email).to.equal('josé@bücher.de');
    expect(mock.db.listContacts().find((contact) => contact.name === 'Jane Doe')?.email).to.equal('josé@bücher.de');
    await el.updateComplete;
    expect(text($(el, '[part="summary"] .email'))).to.equal('josé@bücher.de');
  });

  it('shows the busy state while saving and sends one request for a double submit', async () => {
    mock.faults.set('createContact', { latencyMs: 150 });
    const el = await render();
    await openForm(el);
    await fill(el, VALID);
    const button = $<HTMLButtonElement>(el, '[part="save-button"]')!;
    await submit(el);
    expect(button.disabled).to.equal(true);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(text(button)).to.equal('Saving…');
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await until(store, (state) => state.status.saveContact.state === 'done');
    await el.updateComplete;
    expect(saveRequests).to.equal(1);
    expect(store.getState().contacts).to.have.length(4);
  });

  describe('refuses hostile or wrong input beside the right field, sending nothing', () => {
    const cases: { field: Field; value: string; message: string; why: string }[] = [
      { field: 'name', value: '   \t ', message: 'Enter the contact’s name.', why: 'whitespace only' },
      { field: 'name', value: LONG, message: 'Use at most 120 characters.', why: '10,000 characters' },
      { field: 'name', value: 'Anna\u202Egnp.exe', message: 'Remove the control or text-direction characters; they are not allowed.', why: 'a bidi override' },
      { field: 'name', value: 'Anna\u0007Bell', message: 'Remove the control or text-direction characters; they are not allowed.', why: 'a control character' },
      { field: 'email', value: 'anna@', message: 'Enter an email address such as name@example.com.', why: 'an incomplete email' },
      { field: 'email', value: MARKUP, message: 'Enter an email address such as name@example.com.', why: 'markup as email' },
      { field: 'email', value: `${'a'.repeat(10_000)}@example.com`, message: 'Use at most 254 characters.', why: 'a 10,000-character email' },
      { field: 'email', value: '', message: 'Enter an email address.', why: 'no email' },
      { field: 'company', value: LONG, message: 'Use at most 200 characters.', why: '10,000 characters' },
      { field: 'company', value: '\u202EACME', message: 'Remove the control or text-direction characters; they are not allowed.', why: 'a bidi override' },
      { field: 'line1', value: '\t  \t', message: 'Enter the street and number.', why: 'whitespace only' },
      { field: 'line1', value: LONG, message: 'Use at most 200 characters.', why: '10,000 characters' },
      { field: 'line2', value: '\u2066Hof\u2069', message: 'Remove the control or text-direction characters; they are not allowed.', why: 'bidi isolates' },
      { field: 'city', value: '', message: 'Enter the city.', why: 'empty' },
      { field: 'city', value: LONG, message: 'Use at most 100 characters.', why: '10,000 characters' },
      { field: 'postalCode', value: MARKUP, message: 'Use at most 20 characters.', why: 'markup too long for a postal code' },
      { field: 'postalCode', value: '   ', message: 'Enter the postal code.', why: 'whitespace only' },
      { field: 'region', value: '\u202BBayern', message: 'Remove the control or text-direction characters; they are not allowed.', why: 'a bidi embedding' },
      { field: 'region', value: LONG, message: 'Use at most 100 characters.', why: '10,000 characters' },
      { field: 'country', value: '', message: 'Choose a country from the list.', why: 'no country' },
      { field: 'country', value: 'XX', message: 'Choose a country from the list.', why: 'an unknown country injected into the list' },
      { field: 'vatId', value: MARKUP, message: 'Enter the ID with its two-letter prefix, e.g. DE123456789.', why: 'markup as VAT id' },
      { field: 'vatId', value: '123456789', message: 'Enter the ID with its two-letter prefix, e.g. DE123456789.', why: 'no country prefix' },
      { field: 'vatId', value: 'DE\u202E123456', message: 'Enter the ID with its two-letter prefix, e.g. DE123456789.', why: 'a bidi override' },
    ];

    for (const { field, value, message, why } of cases) {
      it(`${field}: ${why}`, async () => {
        const el = await render();
        const contactsBefore = store.getState().contacts;
        await openForm(el);
        await fill(el, VALID);
        if (value === 'XX') {
          // Someone edits the page: an option the contract does not know.
          const option = document.createElement('option');
          option.value = 'XX';
          option.textContent = 'Nowhere';
          control(el, 'country').append(option);
        }
        const invalid = oneEvent(el, 'upcart-input-invalid') as Promise<UpcartInputInvalidEvent>;
        await fill(el, { [field]: value });
        await submit(el);
        const reported = await invalid;
        await el.updateComplete;

        expect(fieldError(el, field)).to.equal(message);
        const target = control(el, field);
        expect(target.getAttribute('aria-invalid')).to.equal('true');
        expect(target.getAttribute('aria-describedby')!.split(' ')).to.include(`field-${field}-error`);
        expect($(el, `[part="field"][data-field="${field}"] [part="error"]`)).to.equal($(el, `#field-${field}-error`));
        const others = [...el.shadowRoot!.querySelectorAll('[aria-invalid="true"]')].filter((node) => node !== target);
        expect(others, 'only the hostile field is marked').to.have.length(0);
        expect(reported.detail.name).to.equal(field);
        expect(reported.detail.message).to.equal(message);
        await waitUntil(() => active(el) === target, 'focus did not move to the invalid field');
        // What was typed stays; nothing was sent.
        expect(target.value).to.equal(value);
        expect(saveRequests).to.equal(0);
        expect(mock.db.listContacts()).to.have.length(3);
        expect(store.getState().contacts).to.equal(contactsBefore);
        expect(store.getState().status.saveContact.state).to.equal('idle');
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      });
    }
  });

  it('shows markup as text, both in the form and once saved', async () => {
    const el = await render();
    await openForm(el);
    await fill(el, { ...VALID, name: MARKUP, company: `<b>${MARKUP}</b>` });
    await submit(el);
    await until(store, (state) => state.contacts.length === 4);
    await el.updateComplete;
    expect(text($(el, '[part="summary"] .name'))).to.equal(MARKUP);
    expect(text($(el, '[part="summary"] .company'))).to.equal(`<b>${MARKUP}</b>`);
    expect([...select(el).options].some((option) => option.textContent!.includes(MARKUP))).to.equal(true);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
  });

  it('marks every missing field on an empty submit, focuses the first, and validates a field on blur', async () => {
    const el = await render();
    await openForm(el);
    const reported: string[] = [];
    el.addEventListener('upcart-input-invalid', (event) => reported.push(event.detail.name));
    await submit(el);
    expect(reported).to.deep.equal(['name', 'email', 'line1', 'city', 'postalCode', 'country']);
    expect(fieldError(el, 'company')).to.equal(null);
    await waitUntil(() => active(el) === control(el, 'name'));

    // Fixing a field clears its message as it is typed.
    await fill(el, { name: 'Jane' });
    expect(fieldError(el, 'name')).to.equal(null);
    expect(control(el, 'name').getAttribute('aria-invalid')).to.equal('false');

    // A blur checks a field that was edited; an untouched optional one stays quiet.
    await fill(el, { vatId: 'x1' });
    expect(fieldError(el, 'vatId')).to.equal(null);
    control(el, 'vatId').focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(fieldError(el, 'vatId')).to.equal('Enter the ID with its two-letter prefix, e.g. DE123456789.');
    expect(control(el, 'vatId').getAttribute('aria-describedby')).to.equal('field-vatId-hint field-vatId-error');
    control(el, 'region').focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(fieldError(el, 'region')).to.equal(null);
    expect(saveRequests).to.equal(0);
  });

  it('Cancel closes without saving and returns focus to Add new', async () => {
    const el = await render();
    await openForm(el);
    await fill(el, VALID);
    $(el, '[part="cancel-button"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="form"]')).to.equal(null);
    await waitUntil(() => active(el) === $(el, '[part="add-button"]'));
    expect(saveRequests).to.equal(0);
    expect(store.getState().contactId).to.equal('contact-anna');
    // Opening again starts from an empty form.
    await openForm(el);
    expect(control(el, 'name').value).to.equal('');
  });

  it('shows the server’s field refusals (422) beside the fields and keeps everything typed', async () => {
    mock.faults.set('createContact', {
      status: 422,
      message: 'The contact has invalid fields.',
      fields: { 'address.postalCode': `Unknown postal code ${MARKUP}` },
      times: 1,
    });
    const el = await render();
    await openForm(el);
    await fill(el, VALID);
    await submit(el);
    await waitUntil(() => fieldError(el, 'postalCode') !== null, 'no field message from the server');
    expect(fieldError(el, 'postalCode')).to.equal(`Unknown postal code ${MARKUP}`);
    expect(control(el, 'postalCode').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'postalCode').getAttribute('aria-describedby')).to.equal('field-postalCode-error');
    expect(text($(el, '[role="alert"]'))).to.equal('Please check your entries.');
    expect($(el, '#contact-form [part~="retry"]')).to.equal(null);
    await waitUntil(() => active(el) === control(el, 'postalCode'));
    for (const [field, value] of Object.entries(VALID) as [Field, string][]) expect(control(el, field).value, field).to.equal(value);
    expect(store.getState().contacts).to.have.length(3);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    // Editing the field takes the server's message away; saving again goes through.
    await fill(el, { postalCode: 'SW1A 1AA' });
    expect(fieldError(el, 'postalCode')).to.equal(null);
    await submit(el);
    await until(store, (state) => state.contacts.length === 4);
    expect(mock.db.listContacts().at(-1)!.address.postalCode).to.equal('SW1A 1AA');
  });

  it('shows a 422 without fields in the alert, in the client’s words for its code (invalid_request), not the server’s', async () => {
    mock.faults.set('createContact', { status: 422, message: 'This customer cannot add more contacts.', times: 1 });
    const el = await render();
    await openForm(el);
    await fill(el, VALID);
    await submit(el);
    await waitUntil(() => $(el, '[part="form"] [role="alert"]') !== null);
    expect(text($(el, '[part="form"] [role="alert"]'))).to.equal('Some entries were not accepted. Please check them.');
    expect(control(el, 'name').value).to.equal('Jane Doe');
    expect(store.getState().contacts).to.have.length(3);
  });

  it('keeps every value after a failed save (500) and Retry saves them', async () => {
    mock.faults.set('createContact', { status: 500, times: 1 });
    const el = await render();
    await openForm(el);
    await fill(el, VALID);
    await submit(el);
    await waitUntil(() => $(el, '#contact-form [part~="retry"]') !== null, 'no retry after the failure');
    expect(text($(el, '[part="form"] [role="alert"] p'))).to.equal('The checkout service is having trouble. Please try again in a moment.');
    for (const [field, value] of Object.entries(VALID) as [Field, string][]) expect(control(el, field).value, field).to.equal(value);
    expect(store.getState().contacts).to.have.length(3);
    expect(store.getState().contactId).to.equal('contact-anna');
    await waitUntil(() => active(el) === $(el, '#contact-form [part~="retry"]'), 'focus did not go to Retry');

    const changed = oneEvent(el, 'upcart-contact-change') as Promise<UpcartContactChangeEvent>;
    $(el, '#contact-form [part~="retry"]')!.click();
    const event = await changed;
    expect(event.detail.contact.name).to.equal('Jane Doe');
    expect(mock.db.listContacts()).to.have.length(4);
    expect(store.getState().contactId).to.equal(event.detail.contact.id);
    await el.updateComplete;
    expect($(el, '[part="form"]')).to.equal(null);
  });

  it('shows loading, then an error with Retry when the contacts fail to load', async () => {
    mock.faults.set('listContacts', { status: 503, times: 1, latencyMs: 80 });
    const fresh = createTestStore(mock);
    stores.push(fresh);
    fresh.configure({ locale: 'en-US', ...flows.expand });
    const el = await render(fresh);
    // Alone with a store nobody loaded contacts into, the element asks the store for them.
    await waitUntil(() => text($(el, '[role="status"]')) === 'Loading billing contacts…', 'no loading state');
    expect(fresh.getState().status.contacts.state).to.equal('loading');
    await waitUntil(() => $(el, '[role="alert"]') !== null, 'no load error');
    expect(text($(el, '[role="alert"] p'))).to.equal('The checkout service is having trouble. Please try again in a moment.');
    expect($(el, '[part="select"]')).to.equal(null);
    $(el, '[role="alert"] [part~="retry-button"]')!.click();
    await until(fresh, (state) => state.contacts.length === 3);
    await el.updateComplete;
    expect(select(el).value).to.equal('contact-anna');
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('opens the form directly when the customer has no contact yet', async () => {
    mock.db.listContacts = () => [];
    const empty = await loaded();
    delete (mock.db as Partial<typeof mock.db>).listContacts;
    const el = await render(empty);
    expect(text($(el, '.status'))).to.equal('There is no billing contact yet. Add one to receive the invoice.');
    expect($(el, '[part="form"]')).to.not.equal(null);
    expect($(el, '[part="cancel-button"]')).to.equal(null);
    expect($(el, '[part="select"]')).to.equal(null);
    await fill(el, VALID);
    await submit(el);
    await until(empty, (state) => state.contactId !== null);
    await el.updateComplete;
    expect($(el, '[part="form"]')).to.equal(null);
    await waitUntil(() => active(el) === select(el));
    expect(text($(el, '[part="summary"] .name'))).to.equal('Jane Doe');
  });

  it('speaks German when the store’s locale is de-DE, including every message', async () => {
    await loadLocale('de');
    const german = await loaded({ ...flows.expand, locale: 'de-DE' });
    const el = await render(german);
    expect(text($(el, 'label[for="contact-select"]'))).to.equal('Rechnungskontakt');
    expect(text($(el, '[part="add-button"]'))).to.equal('Neu hinzufügen');
    expect(text($(el, '[part="summary"] .country'))).to.equal('Deutschland');
    expect(text(select(el).options[0])).to.equal('Anna Schmidt (Acme Telecom GmbH) – Standard');
    await openForm(el);
    expect(text($(el, 'legend'))).to.equal('Neuer Rechnungskontakt');
    expect(text($(el, 'label[for="field-postalCode"]'))).to.equal('Postleitzahl');
    expect(text($(el, 'label[for="field-company"]'))).to.equal('Firma (optional)');
    const names = [...(control(el, 'country') as HTMLSelectElement).options].slice(1).map((option) => option.textContent!.trim());
    expect(names).to.include('Frankreich');
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('de-DE').compare));
    await fill(el, { name: 'Anna\u202E', email: 'x@', line1: LONG });
    await submit(el);
    expect(fieldError(el, 'name')).to.equal('Entfernen Sie die Steuer- oder Schreibrichtungszeichen; sie sind nicht erlaubt.');
    expect(fieldError(el, 'email')).to.equal('Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.');
    expect(fieldError(el, 'line1')).to.equal('Höchstens 200 Zeichen.');
    expect(fieldError(el, 'city')).to.equal('Geben Sie den Ort ein.');
    expect(fieldError(el, 'country')).to.equal('Wählen Sie ein Land aus der Liste.');
    const shown = [...el.shadowRoot!.querySelectorAll('.field-error')].map((node) => text(node));
    for (const english of ['Required', 'At most', 'Enter a valid email address', 'Contains characters', 'Choose a country from the list']) {
      expect(
        shown.some((message) => message.includes(english)),
        english,
      ).to.equal(false);
    }
  });

  it('speaks Arabic with Arabic country names and plural rules', async () => {
    await loadLocale('ar');
    const arabic = await loaded({ ...flows.expand, locale: 'ar-EG' });
    const el = await fixture<BillingContact>(html`<div dir="rtl"><billing-contact .store=${arabic}></billing-contact></div>`).then((wrapper) =>
      wrapper.querySelector('billing-contact')!,
    );
    await el.updateComplete;
    expect(text($(el, 'label[for="contact-select"]'))).to.equal('جهة اتصال الفوترة');
    expect(text($(el, '[part="summary"] .country'))).to.equal(new Intl.DisplayNames('ar-EG', { type: 'region' }).of('DE'));
    await openForm(el);
    await fill(el, { ...VALID, name: LONG });
    await submit(el);
    // 120 takes the "many" form in Arabic.
    expect(fieldError(el, 'name')).to.equal(`${new Intl.NumberFormat('ar-EG').format(120)} حرفًا كحد أقصى.`);
    await expect(el).to.be.accessible();
  });

  async function contactForm(target: CheckoutStore, required = false): Promise<{ form: HTMLFormElement; control: BillingContact }> {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset><billing-contact name="billingContact" ?required=${required} .store=${target}></billing-contact></fieldset>
    </form>`);
    const control = form.querySelector('billing-contact')!;
    await control.updateComplete;
    return { form, control };
  }

  runFormControlTests<BillingContact>('billing-contact', {
    name: 'billingContact',
    value: 'contact-anna',
    create: () => contactForm(store),
    async change(control) {
      select(control).value = 'contact-li';
      select(control).dispatchEvent(new Event('change', { bubbles: true }));
      await control.updateComplete;
      return 'contact-li';
    },
    async createInvalid() {
      // Nothing to choose: the contacts could not be loaded.
      mock.faults.set('listContacts', { status: 500, times: 1 });
      const failing = createTestStore(mock);
      stores.push(failing);
      failing.configure({ locale: 'en-US', ...flows.expand });
      await failing.loadContacts();
      return contactForm(failing, true);
    },
  });

  it('is a form control: the contact id is submitted, reset returns to the default, required and disabled work', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset>
        <billing-contact name="billingContact" required .store=${store}></billing-contact>
      </fieldset>
    </form>`);
    const el = form.querySelector('billing-contact')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('billingContact')).to.equal('contact-anna');
    expect(el.checkValidity()).to.equal(true);

    select(el).value = 'contact-li';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(new FormData(form).get('billingContact')).to.equal('contact-li');

    await openForm(el);
    await fill(el, { name: 'Half typed' });
    form.reset();
    await el.updateComplete;
    expect(store.getState().contactId).to.equal('contact-anna');
    expect(new FormData(form).get('billingContact')).to.equal('contact-anna');
    expect($(el, '[part="form"]')).to.equal(null);

    form.querySelector('fieldset')!.disabled = true;
    await waitUntil(() => select(el).disabled, 'the select was not disabled with the fieldset');
    expect($<HTMLButtonElement>(el, '[part="add-button"]')!.disabled).to.equal(true);
    expect(el.matches(':disabled')).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await waitUntil(() => !select(el).disabled);

    // Required with nothing chosen: the contacts could not be loaded.
    mock.faults.set('listContacts', { status: 500, times: 1 });
    const failing = createTestStore(mock);
    stores.push(failing);
    failing.configure({ locale: 'en-US', ...flows.expand });
    await failing.loadContacts();
    el.store = failing;
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Choose a billing contact.');
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).has('billingContact')).to.equal(false);
    el.required = false;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('finds the store through the checkout context', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    new ContextProvider(host, { context: checkoutContext, initialValue: store });
    const el = document.createElement('billing-contact');
    host.append(el);
    await el.updateComplete;
    expect(select(el).value).to.equal('contact-anna');
    select(el).value = 'contact-luc';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    expect(store.getState().contactId).to.equal('contact-luc');
  });

  it('keeps typing inside: only a change of the chosen contact is an input event of the element', async () => {
    const el = await render();
    const inputs: Event[] = [];
    el.addEventListener('input', (event) => inputs.push(event));
    await openForm(el);
    await fill(el, { name: 'Jane' });
    expect(inputs).to.have.length(0);
    select(el).value = 'contact-luc';
    select(el).dispatchEvent(new Event('change', { bubbles: true }));
    expect(inputs).to.have.length(1);
    expect(inputs[0]!.target).to.equal(el);
  });

  describe('the new-contact form, a chunk of its own', () => {
    const originals = { ...formLoaders };
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

    afterEach(() => {
      Object.assign(formLoaders, originals);
    });

    it('shows a loading status while the form loads, then the form with focus on its first field', async () => {
      let imports = 0;
      let release: (Form: ContactFormClass) => void = () => {};
      formLoaders.form = () => {
        imports += 1;
        return new Promise((resolve) => (release = resolve));
      };
      const el = await render();
      expect(imports).to.equal(0);
      const add = $(el, '[part="add-button"]')!;
      add.click();
      // Not `el.updateComplete`: it waits for the form, held back here.
      await nextFrame();
      expect(imports).to.equal(1);
      expect(add.getAttribute('aria-expanded')).to.equal('true');
      const status = $(el, '#contact-form')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('Loading…');
      expect($(el, '[part="form"]')).to.equal(null);
      await expect(el).to.be.accessible();

      release(await originals.form());
      await el.updateComplete;
      expect($(el, 'form[part="form"]')!.id).to.equal('contact-form');
      expect(el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
      await waitUntil(() => active(el) === control(el, 'name'), 'focus never reached the name field');
      expect(imports).to.equal(1);
    });

    it('shows a form that failed to load with Try again, which imports it again', async () => {
      let imports = 0;
      formLoaders.form = () => {
        imports += 1;
        return imports === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : originals.form();
      };
      const el = await render();
      await openForm(el);
      const alert = $(el, '#contact-form[role="alert"]')!;
      expect(text(alert.querySelector('p'))).to.equal('The form could not be loaded. Check your connection and try again.');
      expect($(el, '[part="form"]')).to.equal(null);
      await expect(el).to.be.accessible();
      // Another render does not request the failed chunk again; only Try again does.
      el.requestUpdate();
      await el.updateComplete;
      expect(imports).to.equal(1);

      const retry = alert.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
      expect(text(retry)).to.equal('Try again');
      retry.click();
      await el.updateComplete;
      expect(imports).to.equal(2);
      expect($(el, '[role="alert"]')).to.equal(null);
      await waitUntil(() => active(el) === control(el, 'name'), 'focus never reached the name field');
      await fill(el, VALID);
      await submit(el);
      await until(store, (state) => state.contacts.length === 4);
      expect(saveRequests).to.equal(1);
    });

    it('keeps the focus on Try again when the form fails to load again', async () => {
      formLoaders.form = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await render();
      await openForm(el);
      const first = $(el, '#contact-form [part~="retry-button"]') as HTMLButtonElement;
      first.focus();
      first.click();
      await el.updateComplete;
      await waitUntil(() => active(el) === $(el, '#contact-form [part~="retry-button"]'), 'the focus fell off the failed form');
    });

    it('is never imported while the buyer picks an existing contact, and once when the form opens', async () => {
      let imports = 0;
      formLoaders.form = () => {
        imports += 1;
        return originals.form();
      };
      const el = await render();
      select(el).value = 'contact-luc';
      select(el).dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      el.required = true;
      await el.updateComplete;
      expect(el.value).to.equal('contact-luc');
      expect(el.checkValidity()).to.equal(true);
      expect($(el, '#contact-form')).to.equal(null);
      expect(imports).to.equal(0);

      await openForm(el);
      expect($(el, '[part="form"]')).to.not.equal(null);
      $(el, '[part="cancel-button"]')!.click();
      await el.updateComplete;
      await openForm(el);
      expect($(el, '[part="form"]')).to.not.equal(null);
      expect(imports).to.equal(1);
    });

    it('is imported before it is asked for: a pointer over or the focus on Add new fetches it', async () => {
      let imports = 0;
      formLoaders.form = () => {
        imports += 1;
        return originals.form();
      };
      const el = await render();
      const add = $(el, '[part="add-button"]')!;
      add.dispatchEvent(new PointerEvent('pointerenter'));
      expect(imports).to.equal(1);
      add.focus();
      expect(imports).to.equal(1);
      // Only fetched: the form stays closed, and `updateComplete` does not wait for it.
      await el.updateComplete;
      expect($(el, '#contact-form')).to.equal(null);
      await openForm(el);
      expect($(el, '[part="form"]')).to.not.equal(null);
      expect(imports).to.equal(1);
    });

    it('is imported as soon as the contacts are known to be none, and shown without a click', async () => {
      let imports = 0;
      formLoaders.form = () => {
        imports += 1;
        return originals.form();
      };
      mock.db.listContacts = () => [];
      const empty = await loaded();
      delete (mock.db as Partial<typeof mock.db>).listContacts;
      const el = await render(empty);
      expect(imports).to.equal(1);
      expect($(el, '[part="form"]')).to.not.equal(null);
    });
  });
});
