import { property } from 'lit/decorators.js';
import { UpcartElement } from './upcart-element.js';

/**
 * What every Upcart form control shares: form association through `ElementInternals`, the
 * `name`, `required` and `disabled` attributes, and the validity API of a native control. A
 * subclass sets its form value and validity through `internals` (`setFormValue`,
 * `setValidity`) and adds the form callbacks it needs.
 */
export class UpcartFormElement extends UpcartElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals;

  /** Form field name; the form submits `name=value`. */
  @property({ reflect: true }) name = '';

  /** Without a value the element is invalid (`valueMissing`). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Turns the whole control off. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements that label the element. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}
