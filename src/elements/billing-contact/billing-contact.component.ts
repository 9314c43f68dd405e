import { addEnglish } from '../../i18n/messages.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { Contact } from '../../api/schemas.js';
import { UpcartContactChangeEvent } from '../../events/contact-change.js';
import { isOrderComplete } from '../../store/checkout-state.js';
import { StoreController } from '../../store/store-controller.js';
import type { LoadingPart } from '../shared/import-once.js';
import { LazyViews } from '../shared/lazy-views.js';
import { breakable } from '../shared/breakable.js';
import { textDirection } from '../shared/text-direction.js';
import { renderAlert, renderLoading, type AlertOptions } from '../shared/step-status.js';
import { FormControl, type Validator } from '../shared/form-control.js';
import { styles } from './billing-contact.styles.js';
import { countryName } from './country-name.js';
import type { ContactFormContext } from './form-context.js';
import { formLoaders } from './form-loaders.js';
import { billingContact as english } from '../../i18n/locales/en/billing-contact.js';

/** The contact a store preselects: the default one, else the first. */
function defaultContactId(contacts: readonly Contact[]): string | null {
  return (contacts.find((contact) => contact.isDefault) ?? contacts[0])?.id ?? null;
}

/**
 * @tagname billing-contact
 * @summary The billing contact of the order: one of the customer's existing contacts, chosen from
 * a list and shown as the invoice will read, or a new one added through a validated form and saved
 * to the backend. A form-associated control: its form value is the chosen contact's id.
 *
 * The form's code (its validation with the contract's schemas, the country list) is a chunk of its
 * own, loaded when the form is shown, so a buyer who picks an existing contact never downloads it;
 * `updateComplete` waits for it too.
 *
 * @fires upcart-contact-change - The billing contact changed, picked from the list or newly saved: `{ contact }`.
 * @fires upcart-input-invalid - A field of the new-contact form was refused; nothing was sent: `{ name, value, message }`.
 * @fires change - The chosen contact (the form value) changed by the buyer's hand.
 * @fires input - The chosen contact (the form value) changed by the buyer's hand.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart label - The label of the contact list.
 * @csspart select - The native select of existing contacts.
 * @csspart add-button - The "Add new" button that opens the form.
 * @csspart summary - The read-only card of the chosen contact.
 * @csspart form - The new-contact form.
 * @csspart field - One field of the form: label, input, hint and message.
 * @csspart input - A text input or the country select of the form.
 * @csspart error - A field's message, or the alert of a failed load or save.
 * @csspart duplicate - The notice that the new contact exists already, offering the existing one.
 * @csspart use-existing-button - The notice's button that chooses the existing contact instead.
 * @csspart save-button - The form's submit button.
 * @csspart cancel-button - The form's cancel button.
 * @csspart retry-button - The button that repeats a failed load or save.
 *
 * @cssprop --upcart-contact-background - Background of the element (default: the surface color).
 * @cssprop --upcart-contact-border-color - Border of the element.
 * @cssprop --upcart-contact-gap - Space between the list, the card and the form.
 * @cssprop --upcart-contact-card-background - Background of the chosen contact's card.
 * @cssprop --upcart-contact-card-border - Border color of the chosen contact's card.
 * @cssprop --upcart-contact-input-background - Background of the select and the form's inputs.
 * @cssprop --upcart-contact-input-border - Border color of the select and the form's inputs.
 * @cssprop --upcart-contact-error-color - Color of field messages and alerts.
 */
export class BillingContact extends FormControl {
  static {
    addEnglish(english);
  }

  static override styles = [FormControl.styles, styles];

  private readonly slice = new StoreController(
    this,
    (s) => ({
      configured: s.config !== null,
      contacts: s.contacts,
      contactId: s.contactId,
      status: s.status.contacts,
      saveStatus: s.status.saveContact,
      // A complete order's contact is part of its receipt.
      complete: isOrderComplete(s),
    }),
    { store: () => this.store },
  );

  private readonly formContext: ContactFormContext = {
    ...this.hostContext(),
    disabled: () => this.isDisabled,
    storeSaving: () => this.slice.value.saveStatus.state === 'loading',
    canCancel: () => this.canCancel,
    cancel: () => this.cancel(),
    saved: (announcement) => this.handleSaved(announcement),
  };

  /**
   * The new-contact form, a chunk of its own imported as soon as the form is to be shown (opened
   * with "Add new", or the customer has no contact yet).
   */
  private readonly lazyForm = new LazyViews(this.formContext, formLoaders, () => (this.formShown ? 'form' : undefined));

  @query('#contact-select') private selectElement: HTMLSelectElement | null | undefined;
  @query('[part="add-button"]') private addButton: HTMLButtonElement | null | undefined;

  /** The new-contact form was opened with "Add new". */
  @state() private formOpen = false;
  /** Said once through the polite live region, e.g. after a contact was saved. */
  @state() private announcement = '';

  /** The store that last got a `loadContacts()` from this element, so it is asked only once. */
  private loadRequestedFrom: unknown;

  // ------------------------------------------------------------ lifecycle

  protected override get loadingParts(): readonly LoadingPart[] {
    return [this.lazyForm];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.loadContactsIfNeeded();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.formShown) this.lazyForm.view('form')?.followStore(this.slice.value.saveStatus);
  }

  /** Alone with a store nobody loaded contacts into, the element asks for them itself. */
  private loadContactsIfNeeded(): void {
    const store = this.slice.store;
    const { configured, status } = this.slice.value;
    if (!store || !configured || status.state !== 'idle' || this.loadRequestedFrom === store) return;
    this.loadRequestedFrom = store;
    void store.loadContacts();
  }

  protected override get formValue(): string | null {
    return this.slice.value.contactId;
  }

  protected override get validators(): readonly Validator[] {
    return [
      () => (this.required && this.formValue === null ? { flags: { valueMissing: true }, message: this.t('billingContact.validity.valueMissing') } : undefined),
    ];
  }

  protected override get validityAnchor(): HTMLElement | undefined {
    return this.selectElement ?? this.addButton ?? undefined;
  }

  // ------------------------------------------------------------ form-associated callbacks

  /** The owning form was reset: back to the store's default contact, the new-contact form closed. */
  formResetCallback(): void {
    this.closeForm();
    const id = defaultContactId(this.slice.value.contacts);
    if (id !== null) this.slice.store?.selectContact(id);
  }

  /** The browser restores the chosen contact (back/forward navigation, autofill of the form). */
  formStateRestoreCallback(restored: unknown): void {
    if (typeof restored === 'string') this.slice.store?.selectContact(restored);
  }

  // ------------------------------------------------------------ handlers

  protected override get isDisabled(): boolean {
    return super.isDisabled || this.slice.value.complete;
  }

  private chosenContact(): Contact | undefined {
    const { contacts, contactId } = this.slice.value;
    return contacts.find((contact) => contact.id === contactId);
  }

  /**
   * Inner controls' `input` events are composed and would leave the shadow root as the host's; the
   * host's own `input` means only that the chosen contact changed.
   */
  private handleInnerInput(event: Event): void {
    event.stopPropagation();
  }

  private handleSelectChange(event: Event): void {
    const store = this.slice.store;
    const select = event.target as HTMLSelectElement;
    if (!store || !store.selectContact(select.value).ok) {
      // Refused (an order is being placed): the list shows the contact that still applies.
      select.value = this.slice.value.contactId ?? '';
      return;
    }
    this.announceContactChange();
  }

  private announceContactChange(): void {
    const contact = this.chosenContact();
    if (!contact) return;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.dispatchEvent(new UpcartContactChangeEvent({ contact }));
  }

  private async handleAddClick(): Promise<void> {
    if (this.formOpen) {
      this.closeForm();
      return;
    }
    const focused = deepActiveElement();
    this.openForm();
    await this.updateComplete;
    // Its module may have taken a while: the focus goes to the form unless the buyer moved on.
    if (this.formOpen && this.focusStayed(focused)) this.lazyForm.view('form')?.focusFirstField();
  }

  /** A pointer over or the focus on "Add new": the form is likely next, so it is loaded already (shown only once opened). */
  private handleAddIntent(): void {
    this.lazyForm.load('form');
  }

  private async handleFormRetry(): Promise<void> {
    const focused = deepActiveElement();
    this.lazyForm.load('form');
    await this.updateComplete;
    if (!this.formShown || !this.focusStayed(focused)) return;
    // Loaded: its first field; failed again: the new Try again, rather than the page.
    const form = this.lazyForm.view('form');
    if (form) form.focusFirstField();
    else this.renderRoot.querySelector<HTMLElement>('#contact-form [part~="retry-button"]')?.focus();
  }

  /** The new form was saved and its contact chosen: the form closes, the list gets the focus, the change is announced. */
  private async handleSaved(announcement?: string): Promise<void> {
    const contact = this.chosenContact();
    this.closeForm();
    this.announcement = announcement ?? (contact ? this.t('billingContact.saved', { name: contact.name }) : '');
    await this.updateComplete;
    this.selectElement?.focus();
    this.announceContactChange();
  }

  // ------------------------------------------------------------ form logic

  /** Whether the form can be closed: not when there is no contact to go back to. */
  private get canCancel(): boolean {
    return this.formOpen && this.slice.value.contacts.length > 0;
  }

  private get formShown(): boolean {
    const { contacts, status } = this.slice.value;
    return this.formOpen || (contacts.length === 0 && status.state === 'done');
  }

  private openForm(): void {
    // The import starts now, before the render that shows the form.
    this.lazyForm.load('form');
    this.lazyForm.view('form')?.reset();
    this.announcement = '';
    this.formOpen = true;
  }

  private closeForm(): void {
    this.lazyForm.view('form')?.reset();
    this.formOpen = false;
  }

  private async cancel(): Promise<void> {
    this.closeForm();
    await this.updateComplete;
    this.addButton?.focus();
  }

  /**
   * Whether the focus is still where it was before waiting for the form's module (`before`), or
   * nowhere: then moving it into the form does not pull the buyer away from what they went on to.
   */
  private focusStayed(before: Element | null): boolean {
    const now = deepActiveElement();
    return now === before || now === null || now === document.body || now === this;
  }

  // ------------------------------------------------------------ public API (form control)

  /** The chosen contact's id, the value submitted with the form; null when none is chosen. */
  get value(): string | null {
    return this.slice.value.contactId;
  }

  // ------------------------------------------------------------ rendering

  /** How a Try again of this element looks: `retry-button` is its documented part, beside the shared `retry`. */
  private get retryLook(): AlertOptions {
    return { retryDisabled: this.isDisabled, retryParts: 'retry-button' };
  }

  private optionLabel(contact: Contact): string {
    const named = contact.company ? this.t('billingContact.option.company', { name: contact.name, company: contact.company }) : contact.name;
    return contact.isDefault ? this.t('billingContact.option.default', { label: named }) : named;
  }

  private renderOption(contact: Contact, chosenId: string | null): TemplateResult {
    return html`<option value=${contact.id} .selected=${contact.id === chosenId}>${this.optionLabel(contact)}</option>`;
  }

  /** Names, address lines, email and VAT id are isolated: "10117 Berlin" keeps its order in right-to-left text. */
  private renderSummary(contact: Contact): TemplateResult {
    const { address } = contact;
    return html`<section part="summary" class="card" aria-label=${this.t('billingContact.summary.label')}>
      <p class="name"><bdi>${contact.name}</bdi></p>
      ${contact.company ? html`<p class="company"><bdi>${contact.company}</bdi></p>` : nothing}
      <address>
        <span class="line1"><bdi>${address.line1}</bdi></span>
        ${address.line2 ? html`<span class="line2"><bdi>${address.line2}</bdi></span>` : nothing}
        <span class="city"><bdi>${address.postalCode} ${address.city}</bdi></span>
        ${address.region ? html`<span class="region"><bdi>${address.region}</bdi></span>` : nothing}
        <span class="country">${countryName(contact.country, this.locale)}</span>
      </address>
      <dl>
        <dt>${this.t('billingContact.summary.email')}</dt>
        <dd class="email">${breakable(contact.email)}</dd>
        ${
          contact.vatId
            ? html`<dt>${this.t('billingContact.summary.vatId')}</dt>
              <dd class="vat-id">${breakable(contact.vatId)}</dd>`
            : nothing
        }
      </dl>
      <p class="muted hint">${this.t('billingContact.summary.hint')}</p>
    </section>`;
  }

  private renderPicker(): TemplateResult | typeof nothing {
    const { contacts, contactId, status } = this.slice.value;
    const failed = status.state === 'error' ? renderAlert(this.formContext, { step: 'contacts', error: status.error, ...this.retryLook }) : nothing;
    if (contacts.length === 0) {
      if (status.state === 'error') return failed;
      if (status.state === 'done') return html`<p class="muted status">${this.t('billingContact.empty')}</p>`;
      return renderLoading(this.formContext, this.t('billingContact.loading'));
    }
    const chosen = this.chosenContact();
    return html`<div class="picker">
        <label part="label" for="contact-select">${this.t('billingContact.label')}</label>
        <div class="row">
          <select
            id="contact-select"
            part="select"
            dir=${(chosen && textDirection(this.optionLabel(chosen))) ?? nothing}
            ?disabled=${this.isDisabled}
            ?required=${this.required}
            @change=${this.handleSelectChange}
          >
            ${contactId === null ? html`<option value="" disabled .selected=${true}>${this.t('billingContact.choose')}</option>` : nothing}
            ${contacts.map((contact) => this.renderOption(contact, contactId))}
          </select>
          <button
            part="add-button"
            class="button"
            type="button"
            aria-expanded=${this.formOpen ? 'true' : 'false'}
            aria-controls="contact-form"
            ?disabled=${this.isDisabled}
            @click=${this.handleAddClick}
            @pointerenter=${this.handleAddIntent}
            @focus=${this.handleAddIntent}
          >
            ${this.t('billingContact.addNew')}
          </button>
        </div>
      </div>
      ${failed} ${chosen ? this.renderSummary(chosen) : nothing}`;
  }

  /** The new-contact form when it is shown; while its module loads, a status in its place. */
  private renderForm(): TemplateResult | typeof nothing {
    if (!this.formShown) return nothing;
    const form = this.lazyForm.view('form');
    if (form) return form.render();
    if (this.lazyForm.hasFailed('form')) {
      return renderAlert(this.formContext, {
        id: 'contact-form',
        message: this.t('billingContact.form.loadError'),
        retry: this.handleFormRetry,
        ...this.retryLook,
      });
    }
    return html`<p id="contact-form" class="muted status" role="status">${this.t('common.loading')}</p>`;
  }

  override render() {
    const loading = this.slice.value.status.state === 'loading';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'} @input=${this.handleInnerInput}>
      ${this.renderPicker()} ${this.renderForm()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

/** The focused element, through open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
