/**
 * The new-contact form of `<billing-contact>`: its fields, validation as the buyer types and on
 * submit, the country list, saving through the store, and the messages of a refused or failed
 * save beside the fields. A chunk of its own (see form-loaders.ts), rendered into the element's
 * shadow root through its `ContactFormContext`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { findSameContact } from '../../api/contact-identity.js';
import type { CheckoutError } from '../../api/errors.js';
import type { Contact } from '../../api/schemas.js';
import { UpcartInputInvalidEvent } from '../../events/input-invalid.js';
import { contactForm as english } from '../../i18n/locales/en/contact-form.js';
import { addEnglish, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import type { ActionRefusal } from '../../store/action-result.js';
import type { StepStatus } from '../../store/checkout-state.js';
import {
  EMPTY_DRAFT,
  FIELD_SPECS,
  countryOptions,
  fieldOfPath,
  validateDraft,
  type Draft,
  type Field,
  type FieldSpec,
  type Problem,
  type Problems,
} from './contact-form-model.js';
import { renderAlert } from '../shared/step-status.js';
import type { ContactFormContext, ContactFormView } from './form-context.js';

interface FormState {
  readonly draft: Draft;
  /** Client-side problems per field, kept as message keys so a locale change re-translates them. */
  readonly problems: Problems;
  /** The server's refusals per field, in its own words, until the field is edited again. */
  readonly serverProblems: Partial<Record<Field, string>>;
  /** Fields edited since the form opened; a blur validates only these (or those already wrong). */
  readonly edited: ReadonlySet<Field>;
  /** The last failed save of this form, shown in its alert. */
  readonly saveError: CheckoutError | null;
  /** The existing contact the draft repeats, offered instead of saving it again. */
  readonly duplicate: Contact | null;
}

const EMPTY_FORM: FormState = { draft: EMPTY_DRAFT, problems: {}, serverProblems: {}, edited: new Set(), saveError: null, duplicate: null };

export class ContactForm implements ContactFormView {
  static {
    addEnglish(english);
  }

  private readonly context: ContactFormContext;
  private state: FormState = EMPTY_FORM;
  /** This form's save is under way (kept across a reset: the request is still out). */
  private saving = false;
  /** The store's save status at the host's last render (see `followStore`). */
  private storeStatus: StepStatus | undefined;

  constructor(context: ContactFormContext) {
    this.context = context;
  }

  /** Changes the state and renders the host again, as a `@state` of the element would. */
  private update(patch: Partial<FormState>): void {
    this.state = { ...this.state, ...patch };
    this.context.host.requestUpdate();
  }

  private t(key: MessageKey, params?: MessageParams): string {
    return this.context.t(key, params);
  }

  private setSaving(saving: boolean): void {
    this.saving = saving;
    this.context.host.requestUpdate();
  }

  // ------------------------------------------------------------ handlers

  private readonly handleFieldInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const field = target.dataset['field'] as Field | undefined;
    const { draft, edited, serverProblems, problems } = this.state;
    if (field === undefined || draft[field] === target.value) return;
    this.update({
      draft: { ...draft, [field]: target.value },
      edited: new Set(edited).add(field),
      serverProblems: serverProblems[field] !== undefined ? without(serverProblems, field) : serverProblems,
      // Edited, the draft may no longer be the contact offered.
      duplicate: null,
    });
    // A field already marked wrong is checked as it is typed, so the message goes once it is fixed.
    if (problems[field] !== undefined) this.validateField(field);
  };

  private readonly handleFieldBlur = (event: Event): void => {
    const field = (event.target as HTMLElement).dataset['field'] as Field | undefined;
    if (field === undefined) return;
    if (this.state.edited.has(field) || this.state.problems[field] !== undefined) this.validateField(field, true);
  };

  private readonly handleFormKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.context.canCancel()) return;
    event.preventDefault();
    event.stopPropagation();
    void this.context.cancel();
  };

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    void this.save();
  };

  private readonly handleCancelClick = (): void => {
    void this.context.cancel();
  };

  private readonly handleUseExisting = (): void => {
    void this.useExisting();
  };

  private readonly handleSaveRetry = (): void => {
    // The server asked for a pause (429, 503): the store's retry waits for it, with what was sent.
    if (this.state.saveError?.retryAfterMs !== undefined) {
      this.update({ saveError: null });
      void this.context.store()?.retry('saveContact');
      return;
    }
    // The values as they are now, which the buyer may have corrected since the failure.
    void this.save();
  };

  // ------------------------------------------------------------ form logic

  private get busy(): boolean {
    return this.saving || this.context.storeSaving();
  }

  reset(): void {
    this.storeStatus = undefined;
    this.update(EMPTY_FORM);
  }

  followStore(status: StepStatus): void {
    const last = this.storeStatus;
    this.storeStatus = status;
    if (this.saving || last?.state !== 'loading' || status === last) return;
    if (status.state === 'done') void this.context.saved();
    else if (status.state === 'error' && status.error) void this.showSaveFailure({ ok: false, reason: 'failed', error: status.error });
  }

  focusFirstField(): void {
    this.fieldElement(FIELD_SPECS[0]!.field)?.focus();
  }

  private validateField(field: Field, report = false): void {
    const result = validateDraft(this.state.draft);
    const problem = result.ok ? undefined : result.problems[field];
    const { problems } = this.state;
    if (problem === undefined) {
      if (problems[field] !== undefined) this.update({ problems: without(problems, field) });
      return;
    }
    const changed = problems[field]?.key !== problem.key;
    this.update({ problems: { ...problems, [field]: problem } });
    if (report && changed) this.reportInvalid(field, problem);
  }

  private reportInvalid(field: Field, problem: Problem): void {
    const message = this.t(problem.key, problem.params);
    this.context.host.dispatchEvent(new UpcartInputInvalidEvent({ name: field, value: this.state.draft[field], message }));
  }

  /** Validates everything, then saves through the store; nothing is sent while a field is wrong. */
  private async save(): Promise<void> {
    const store = this.context.store();
    if (!store || this.busy || this.context.disabled()) return;
    const result = validateDraft(this.state.draft);
    this.update({ serverProblems: {}, saveError: null });
    if (!result.ok) {
      this.update({ problems: result.problems });
      for (const spec of FIELD_SPECS) {
        const problem = result.problems[spec.field];
        if (problem) this.reportInvalid(spec.field, problem);
      }
      await this.focusFirstInvalid();
      return;
    }
    // The account has this contact already: offer it rather than save it twice.
    const existing = findSameContact(store.getState().contacts, result.input);
    this.update({ problems: {}, duplicate: existing ?? null });
    if (existing) {
      await this.context.host.updateComplete;
      this.context.root().querySelector<HTMLElement>('#use-existing')?.focus();
      return;
    }
    this.setSaving(true);
    const saved = await store.addContact(result.input);
    if (saved.ok) {
      // Still "saving" until the form closed, so `followStore` leaves this save to this method.
      await this.context.saved();
      this.setSaving(false);
      return;
    }
    this.setSaving(false);
    await this.showSaveFailure(saved);
  }

  /** Chooses the existing contact the draft repeats; the form closes as after a save. */
  private async useExisting(): Promise<void> {
    const existing = this.state.duplicate;
    const store = this.context.store();
    if (!existing || !store || this.context.disabled() || !store.selectContact(existing.id).ok) return;
    await this.context.saved(this.t('billingContact.duplicate.chosen', { name: existing.name }));
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
      this.update({ problems, saveError: error });
    } else {
      this.update({ serverProblems: Object.fromEntries(fields), saveError: error });
    }
    await this.context.host.updateComplete;
    if (!(await this.focusFirstInvalid())) {
      const root = this.context.root();
      (root.querySelector<HTMLElement>('#contact-form [part~="retry"]') ?? root.querySelector<HTMLElement>('[part="save-button"]'))?.focus();
    }
  }

  private async focusFirstInvalid(): Promise<boolean> {
    await this.context.host.updateComplete;
    const first = FIELD_SPECS.find((spec) => this.problemText(spec.field) !== undefined);
    if (!first) return false;
    this.fieldElement(first.field)?.focus();
    return true;
  }

  private fieldElement(field: Field): HTMLInputElement | HTMLSelectElement | null {
    return this.context.root().querySelector(`#field-${field}`);
  }

  /** The message beside a field: ours first, else the server's. */
  private problemText(field: Field): string | undefined {
    const problem = this.state.problems[field];
    if (problem) return this.t(problem.key, problem.params);
    return this.state.serverProblems[field];
  }

  // ------------------------------------------------------------ rendering

  private renderCountryOptions(): TemplateResult[] {
    const chosen = this.state.draft.country;
    return countryOptions(this.context.locale()).map(({ code, name }) => html`<option value=${code} .selected=${code === chosen}>${name}</option>`);
  }

  private renderField(spec: FieldSpec): TemplateResult {
    const { draft } = this.state;
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
            <option value="" .selected=${draft.country === ''}>${this.t('billingContact.country.choose')}</option>
            ${this.renderCountryOptions()}
          </select>`
        : html`<input
            id=${id}
            part="input"
            name=${field}
            data-field=${field}
            type=${spec.type}
            inputmode=${spec.inputmode ?? nothing}
            dir=${field === 'email' || field === 'vatId' ? 'ltr' : nothing}
            autocomplete=${spec.autocomplete}
            spellcheck="false"
            ?required=${!spec.optional}
            .value=${live(draft[field])}
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
    const { problems, serverProblems } = this.state;
    const hasFieldMessages = Object.keys(serverProblems).length > 0 || Object.keys(problems).length > 0;
    const text = hasFieldMessages ? this.t('common.error.validation') : this.context.errorText(error);
    return renderAlert(this.context, {
      step: 'saveContact',
      error,
      retry: this.handleSaveRetry,
      message: text,
      retryDisabled: this.busy,
      retryParts: 'retry-button',
    });
  }

  private renderDuplicate(contact: Contact, disabled: boolean): TemplateResult {
    const label = contact.company ? this.t('billingContact.option.company', { name: contact.name, company: contact.company }) : contact.name;
    return html`<div part="duplicate" class="alert notice" role="alert">
      <p>${this.t('billingContact.duplicate', { contact: `\u2068${label}\u2069` })}</p>
      <button id="use-existing" part="use-existing-button" class="button primary" type="button" ?disabled=${disabled} @click=${this.handleUseExisting}>
        ${this.t('billingContact.duplicate.use')}
      </button>
    </div>`;
  }

  render(): TemplateResult {
    const busy = this.busy;
    const disabled = this.context.disabled();
    const { saveError, duplicate } = this.state;
    return html`<form
      id="contact-form"
      part="form"
      class="form"
      novalidate
      @submit=${this.handleSubmit}
      @keydown=${this.handleFormKeydown}
    >
      <fieldset ?disabled=${disabled}>
        <legend>${this.t('billingContact.form.title')}</legend>
        ${FIELD_SPECS.map((spec) => this.renderField(spec))}
      </fieldset>
      ${saveError ? this.renderSaveError(saveError) : nothing} ${duplicate ? this.renderDuplicate(duplicate, disabled) : nothing}
      <div class="actions">
        <button part="save-button" class="button primary" type="submit" ?disabled=${busy || disabled} aria-busy=${busy ? 'true' : 'false'}>
          ${busy ? this.t('billingContact.saving') : this.t('billingContact.save')}
        </button>
        ${
          this.context.canCancel()
            ? html`<button part="cancel-button" class="button" type="button" ?disabled=${disabled} @click=${this.handleCancelClick}>
              ${this.t('common.cancel')}
            </button>`
            : nothing
        }
      </div>
    </form>`;
  }
}

function without<T extends object, K extends keyof T>(record: T, key: K): T {
  const { [key]: _removed, ...rest } = record;
  return rest as T;
}
