import { addEnglish } from '../../i18n/messages.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { CheckoutError } from '../../api/errors.js';
import type { Contact } from '../../api/schemas.js';
import { UpcartContactChangeEvent } from '../../events/contact-change.js';
import { UpcartInputInvalidEvent } from '../../events/input-invalid.js';
import type { ActionRefusal } from '../../store/action-result.js';
import { StoreController } from '../../store/store-controller.js';
import { UpcartFormElement } from '../upcart-form-element.js';
import { styles } from './billing-contact.styles.js';
import {
  EMPTY_DRAFT,
  FIELD_SPECS,
  countryName,
  countryOptions,
  fieldOfPath,
  validateDraft,
  type Draft,
  type Field,
  type FieldSpec,
  type Problem,
  type Problems,
} from './contact-form-model.js';
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
export class BillingContact extends UpcartFormElement {
  static {
    addEnglish(english);
  }

  static override styles = [UpcartFormElement.styles, styles];

  private readonly slice = new StoreController(
    this,
    (s) => ({
      configured: s.config !== null,
      contacts: s.contacts,
      contactId: s.contactId,
      status: s.status.contacts,
      saveStatus: s.status.saveContact,
    }),
    { store: () => this.store },
  );

  @query('#contact-select') private selectElement: HTMLSelectElement | null | undefined;
  @query('[part="add-button"]') private addButton: HTMLButtonElement | null | undefined;

  /** The new-contact form was opened with "Add new". */
  @state() private formOpen = false;
  @state() private draft: Draft = EMPTY_DRAFT;
  /** Client-side problems per field, kept as message keys so a locale change re-translates them. */
  @state() private problems: Problems = {};
  /** The server's refusals per field, in its own words, until the field is edited again. */
  @state() private serverProblems: Partial<Record<Field, string>> = {};
  /** Fields edited since the form opened; a blur validates only these (or those already wrong). */
  @state() private edited: ReadonlySet<Field> = new Set();
  /** The last failed save of this form, shown in its alert. */
  @state() private saveError: CheckoutError | null = null;
  @state() private saving = false;
  /** Disabled by an ancestor `<fieldset disabled>` or the form. */
  @state() private formDisabled = false;
  /** Said once through the polite live region, e.g. after a contact was saved. */
  @state() private announcement = '';

  /** The store that last got a `loadContacts()` from this element, so it is asked only once. */
  private loadRequestedFrom: unknown;

  // ------------------------------------------------------------ lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.loadContactsIfNeeded();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncFormState();
  }

  /** Alone with a store nobody loaded contacts into, the element asks for them itself. */
  private loadContactsIfNeeded(): void {
    const store = this.slice.store;
    const { configured, status } = this.slice.value;
    if (!store || !configured || status.state !== 'idle' || this.loadRequestedFrom === store) return;
    this.loadRequestedFrom = store;
    void store.loadContacts();
  }

  private syncFormState(): void {
    const { contactId } = this.slice.value;
    this.internals.setFormValue(contactId);
    if (this.required && contactId === null) {
      const anchor = this.selectElement ?? this.addButton ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.t('billingContact.validity.valueMissing'), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  // ------------------------------------------------------------ form-associated callbacks

  /** The owning form was reset: back to the store's default contact, the new-contact form closed. */
  formResetCallback(): void {
    this.closeForm();
    const id = defaultContactId(this.slice.value.contacts);
    if (id !== null) this.slice.store?.selectContact(id);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The browser restores the chosen contact (back/forward navigation, autofill of the form). */
  formStateRestoreCallback(restored: unknown): void {
    if (typeof restored === 'string') this.slice.store?.selectContact(restored);
  }

  // ------------------------------------------------------------ handlers

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get busy(): boolean {
    return this.saving || this.slice.value.saveStatus.state === 'loading';
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
    this.openForm();
    await this.updateComplete;
    this.fieldElement('name')?.focus();
  }

  private handleFieldInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const field = target.dataset['field'] as Field | undefined;
    if (field === undefined || this.draft[field] === target.value) return;
    this.draft = { ...this.draft, [field]: target.value };
    this.edited = new Set(this.edited).add(field);
    if (this.serverProblems[field] !== undefined) this.serverProblems = without(this.serverProblems, field);
    // A field already marked wrong is checked as it is typed, so the message goes once it is fixed.
    if (this.problems[field] !== undefined) this.validateField(field);
  }

  private handleFieldBlur(event: Event): void {
    const field = (event.target as HTMLElement).dataset['field'] as Field | undefined;
    if (field === undefined) return;
    if (this.edited.has(field) || this.problems[field] !== undefined) this.validateField(field, true);
  }

  private handleFormKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.canCancel) return;
    event.preventDefault();
    event.stopPropagation();
    void this.cancel();
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  private handleCancelClick(): void {
    void this.cancel();
  }

  private handleLoadRetry(): void {
    void this.slice.store?.retry('contacts');
  }

  private handleSaveRetry(): void {
    // The values as they are now, which the buyer may have corrected since the failure.
    void this.save();
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
    this.resetForm();
    this.announcement = '';
    this.formOpen = true;
  }

  private closeForm(): void {
    this.resetForm();
    this.formOpen = false;
  }

  private resetForm(): void {
    this.draft = EMPTY_DRAFT;
    this.problems = {};
    this.serverProblems = {};
    this.edited = new Set();
    this.saveError = null;
  }

  private async cancel(): Promise<void> {
    this.closeForm();
    await this.updateComplete;
    this.addButton?.focus();
  }

  private validateField(field: Field, report = false): void {
    const result = validateDraft(this.draft);
    const problem = result.ok ? undefined : result.problems[field];
    if (problem === undefined) {
      if (this.problems[field] !== undefined) this.problems = without(this.problems, field);
      return;
    }
    const changed = this.problems[field]?.key !== problem.key;
    this.problems = { ...this.problems, [field]: problem };
    if (report && changed) this.reportInvalid(field, problem);
  }

  private reportInvalid(field: Field, problem: Problem): void {
    this.dispatchEvent(new UpcartInputInvalidEvent({ name: field, value: this.draft[field], message: this.t(problem.key, problem.params) }));
  }

  /** Validates everything, then saves through the store; nothing is sent while a field is wrong. */
  private async save(): Promise<void> {
    const store = this.slice.store;
    if (!store || this.busy || this.isDisabled) return;
    const result = validateDraft(this.draft);
    this.serverProblems = {};
    this.saveError = null;
    if (!result.ok) {
      this.problems = result.problems;
      for (const spec of FIELD_SPECS) {
        const problem = result.problems[spec.field];
        if (problem) this.reportInvalid(spec.field, problem);
      }
      await this.focusFirstInvalid();
      return;
    }
    this.problems = {};
    this.saving = true;
    const saved = await store.addContact(result.input);
    this.saving = false;
    if (saved.ok) {
      const contact = this.chosenContact();
      this.closeForm();
      this.announcement = contact ? this.t('billingContact.saved', { name: contact.name }) : '';
      await this.updateComplete;
      this.selectElement?.focus();
      this.announceContactChange();
      return;
    }
    await this.showSaveFailure(saved);
  }

  /** A refused or failed save keeps every typed value; its messages go beside the fields named. */
  private async showSaveFailure(refusal: ActionRefusal): Promise<void> {
    const error = refusal.error;
    if (refusal.reason === 'aborted' || refusal.reason === 'destroyed' || refusal.reason === 'busy' || !error) return;
    const fields = Object.entries(error.fields ?? {}).flatMap(([path, message]) => {
      const field = fieldOfPath(path);
      return field === undefined ? [] : [[field, message] as const];
    });
    if (error.status === undefined && error.code === 'validation') {
      // Refused on this side (the store or the client checked again): its text is zod's, not ours.
      const problems: Problems = {};
      for (const [field] of fields) problems[field] = { key: 'billingContact.error.invalid' };
      this.problems = problems;
    } else {
      this.serverProblems = Object.fromEntries(fields);
    }
    this.saveError = error;
    await this.updateComplete;
    if (!(await this.focusFirstInvalid())) {
      (this.renderRoot.querySelector<HTMLElement>('#save-retry') ?? this.renderRoot.querySelector<HTMLElement>('[part="save-button"]'))?.focus();
    }
  }

  private async focusFirstInvalid(): Promise<boolean> {
    await this.updateComplete;
    const first = FIELD_SPECS.find((spec) => this.problemText(spec.field) !== undefined);
    if (!first) return false;
    this.fieldElement(first.field)?.focus();
    return true;
  }

  private fieldElement(field: Field): HTMLInputElement | HTMLSelectElement | null {
    return this.renderRoot.querySelector(`#field-${field}`);
  }

  /** The message beside a field: ours first, else the server's. */
  private problemText(field: Field): string | undefined {
    const problem = this.problems[field];
    if (problem) return this.t(problem.key, problem.params);
    return this.serverProblems[field];
  }

  // ------------------------------------------------------------ public API (form control)

  /** The chosen contact's id, the value submitted with the form; null when none is chosen. */
  get value(): string | null {
    return this.slice.value.contactId;
  }

  // Validity is brought up to date first: it may be asked before the next render.
  override checkValidity(): boolean {
    this.syncFormState();
    return super.checkValidity();
  }

  override reportValidity(): boolean {
    this.syncFormState();
    return super.reportValidity();
  }

  // ------------------------------------------------------------ rendering

  private renderLoadError(error: CheckoutError | undefined): TemplateResult {
    return html`<div part="error" class="alert" role="alert">
      <p>${error ? this.errorText(error) : this.t('common.error.network')}</p>
      <button part="retry-button" class="button" type="button" ?disabled=${this.isDisabled} @click=${this.handleLoadRetry}>
        ${this.t('common.retry')}
      </button>
    </div>`;
  }

  private renderOption(contact: Contact, chosenId: string | null): TemplateResult {
    const named = contact.company ? this.t('billingContact.option.company', { name: contact.name, company: contact.company }) : contact.name;
    const label = contact.isDefault ? this.t('billingContact.option.default', { label: named }) : named;
    return html`<option value=${contact.id} .selected=${contact.id === chosenId}>${label}</option>`;
  }

  private renderSummary(contact: Contact): TemplateResult {
    const { address } = contact;
    return html`<section part="summary" class="card" aria-label=${this.t('billingContact.summary.label')}>
      <p class="name">${contact.name}</p>
      ${contact.company ? html`<p class="company">${contact.company}</p>` : nothing}
      <address>
        <span class="line1">${address.line1}</span>
        ${address.line2 ? html`<span class="line2">${address.line2}</span>` : nothing}
        <span class="city">${address.postalCode} ${address.city}</span>
        ${address.region ? html`<span class="region">${address.region}</span>` : nothing}
        <span class="country">${countryName(contact.country, this.locale)}</span>
      </address>
      <dl>
        <dt>${this.t('billingContact.summary.email')}</dt>
        <dd class="email">${contact.email}</dd>
        ${contact.vatId
          ? html`<dt>${this.t('billingContact.summary.vatId')}</dt>
              <dd class="vat-id">${contact.vatId}</dd>`
          : nothing}
      </dl>
      <p class="muted hint">${this.t('billingContact.summary.hint')}</p>
    </section>`;
  }

  private renderPicker(): TemplateResult {
    const { contacts, contactId, status } = this.slice.value;
    const failed = status.state === 'error' ? this.renderLoadError(status.error) : nothing;
    if (contacts.length === 0) {
      if (status.state === 'error') return this.renderLoadError(status.error);
      if (status.state === 'done') return html`<p class="muted status">${this.t('billingContact.empty')}</p>`;
      return html`<p class="muted status" role="status">${this.t('billingContact.loading')}</p>`;
    }
    const chosen = this.chosenContact();
    return html`<div class="picker">
        <label part="label" for="contact-select">${this.t('billingContact.label')}</label>
        <div class="row">
          <select
            id="contact-select"
            part="select"
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
          >
            ${this.t('billingContact.addNew')}
          </button>
        </div>
      </div>
      ${failed} ${chosen ? this.renderSummary(chosen) : nothing}`;
  }

  private renderCountryOptions(): TemplateResult[] {
    const chosen = this.draft.country;
    return countryOptions(this.locale).map(({ code, name }) => html`<option value=${code} .selected=${code === chosen}>${name}</option>`);
  }

  private renderField(spec: FieldSpec): TemplateResult {
    const { field } = spec;
    const id = `field-${field}`;
    const message = this.problemText(field);
    const hintId = field === 'vatId' ? `${id}-hint` : undefined;
    const errorId = message !== undefined ? `${id}-error` : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ');
    const common = {
      invalid: message !== undefined ? 'true' : 'false',
      describedBy: describedBy === '' ? nothing : describedBy,
    };
    const control =
      spec.type === 'select'
        ? html`<select
            id=${id}
            part="input"
            name=${field}
            data-field=${field}
            autocomplete=${spec.autocomplete}
            required
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
            @input=${this.handleFieldInput}
            @change=${this.handleFieldInput}
            @blur=${this.handleFieldBlur}
          >
            <option value="" .selected=${this.draft.country === ''}>${this.t('billingContact.country.choose')}</option>
            ${this.renderCountryOptions()}
          </select>`
        : html`<input
            id=${id}
            part="input"
            name=${field}
            data-field=${field}
            type=${spec.type}
            dir=${field === 'email' || field === 'vatId' ? 'ltr' : nothing}
            autocomplete=${spec.autocomplete}
            spellcheck="false"
            ?required=${!spec.optional}
            .value=${live(this.draft[field])}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
            @input=${this.handleFieldInput}
            @blur=${this.handleFieldBlur}
          />`;
    return html`<div part="field" class=${spec.wide ? 'field wide' : 'field'} data-field=${field}>
      <label for=${id}>
        ${this.t(`billingContact.field.${field}`)}
        ${spec.optional ? html`<span class="muted">${this.t('common.optional')}</span>` : nothing}
      </label>
      ${hintId ? html`<p id=${hintId} class="hint muted">${this.t('billingContact.hint.vatId')}</p>` : nothing} ${control}
      ${errorId ? html`<p id=${errorId} part="error" class="field-error">${message}</p>` : nothing}
    </div>`;
  }

  private renderSaveError(error: CheckoutError): TemplateResult {
    const hasFieldMessages = Object.keys(this.serverProblems).length > 0 || Object.keys(this.problems).length > 0;
    const text = hasFieldMessages ? this.t('common.error.validation') : this.errorText(error);
    return html`<div part="error" class="alert" role="alert">
      <p>${text}</p>
      ${error.retryable
        ? html`<button id="save-retry" part="retry-button" class="button" type="button" ?disabled=${this.busy} @click=${this.handleSaveRetry}>
            ${this.t('common.retry')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderForm(): TemplateResult | typeof nothing {
    if (!this.formShown) return nothing;
    const busy = this.busy;
    return html`<form
      id="contact-form"
      part="form"
      class="form"
      novalidate
      @submit=${this.handleSubmit}
      @keydown=${this.handleFormKeydown}
    >
      <fieldset ?disabled=${this.isDisabled}>
        <legend>${this.t('billingContact.form.title')}</legend>
        ${FIELD_SPECS.map((spec) => this.renderField(spec))}
      </fieldset>
      ${this.saveError ? this.renderSaveError(this.saveError) : nothing}
      <div class="actions">
        <button part="save-button" class="button primary" type="submit" ?disabled=${busy || this.isDisabled} aria-busy=${busy ? 'true' : 'false'}>
          ${busy ? this.t('billingContact.saving') : this.t('billingContact.save')}
        </button>
        ${this.canCancel
          ? html`<button part="cancel-button" class="button" type="button" ?disabled=${this.isDisabled} @click=${this.handleCancelClick}>
              ${this.t('common.cancel')}
            </button>`
          : nothing}
      </div>
    </form>`;
  }

  override render() {
    const loading = this.slice.value.status.state === 'loading';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'} @input=${this.handleInnerInput}>
      ${this.renderPicker()} ${this.renderForm()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

function without<T extends object, K extends keyof T>(record: T, key: K): T {
  const { [key]: _removed, ...rest } = record;
  return rest as T;
}
