/**
 * What every Upcart form control shares, after Web Awesome's form-associated element: form
 * association through `ElementInternals` (`name`, `required`, `disabled`, the form value, the
 * validity API of a native control), a list of validators whose first broken rule sets the
 * validity, the form callbacks, and custom states for CSS (`:state(x)`, `:--x` in older engines).
 * Where there is no `attachInternals` (happy-dom) or no `setFormValue` (jsdom) the element still
 * works, unassociated.
 */
import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { UpcartElement } from '../upcart-element.js';

/** A broken rule: the validity flags it sets and the message that says what to do. */
export interface Invalid {
  readonly flags: ValidityStateFlags;
  readonly message: string;
}

/** One rule of a control's validity: what is wrong now, or undefined. */
export type Validator = () => Invalid | undefined;

export abstract class FormControl extends UpcartElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /** Form field name; the form submits `name=value`. */
  @property({ reflect: true }) name = '';

  /** Without a value the element is invalid (`valueMissing`). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Turns the whole control off. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set by a disabled `<fieldset>` around the element, or its form. */
  @state() private formDisabled = false;

  /** The value the form submits; null for none. */
  protected abstract get formValue(): string | null;

  /** What the browser restores with the page (`formStateRestoreCallback`); the value unless the field shows more. */
  protected get formState(): string | null {
    return this.formValue;
  }

  /** The rules of the value, in order; the first broken one is the validity. */
  protected get validators(): readonly Validator[] {
    return [];
  }

  /** Where the browser points its validity message. */
  protected get validityAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** The custom states that are on now, by name. */
  protected get customStates(): Readonly<Record<string, boolean>> {
    return {};
  }

  /** Off by `disabled`, a disabled fieldset or form. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Hands the form value, validity and custom states to the browser; also before validity is asked, which may come before the next render. */
  protected syncForm(): void {
    const internals = this.internals;
    internals?.setFormValue?.(this.formValue, this.formState);
    const broken = this.validators.map((validator) => validator()).find(Boolean);
    if (broken) internals?.setValidity?.(broken.flags, broken.message, this.validityAnchor);
    else internals?.setValidity?.({});
    const states = internals?.states as CustomStateSet | undefined;
    for (const [name, on] of Object.entries(this.customStates)) {
      for (const candidate of [name, `--${name}`]) {
        try {
          if (on) states?.add(candidate);
          else states?.delete(candidate);
          break;
        } catch {
          // Older engines accept only `--name` states.
        }
      }
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The `<label>` elements that label the element. */
  get labels(): NodeList {
    return this.internals?.labels as NodeList;
  }

  get validity(): ValidityState {
    return this.internals?.validity as ValidityState;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  /** Whether the value is valid; fires `invalid` when it is not. */
  checkValidity(): boolean {
    this.syncForm();
    return this.internals?.checkValidity?.() ?? true;
  }

  /** As `checkValidity`, and shows what is wrong (the control's own message and the browser's bubble) when invalid. */
  reportValidity(): boolean {
    this.syncForm();
    return this.internals?.reportValidity?.() ?? true;
  }
}
