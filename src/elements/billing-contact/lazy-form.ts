/**
 * The new-contact form of one `<billing-contact>`, loaded with its module: as soon as the element
 * is to show the form (opened with "Add new", or the customer has no contact yet) the form's chunk
 * is imported, and the form is created for this element when it arrives. A failed import stays
 * failed until `load()` is asked again (Retry, "Add new"), so a broken chunk is not requested on
 * every render.
 */
import type { ReactiveController } from 'lit';
import { LazyPart } from '../lazy-part.js';
import type { ContactFormContext, ContactFormView } from './form-context.js';
import { loadForm } from './form-loaders.js';

export class LazyContactForm extends LazyPart<ContactFormView> implements ReactiveController {
  private readonly needed: () => boolean;

  /** `needed` says whether the host shows the form; the host's store controller must be added before this. */
  constructor(context: ContactFormContext, needed: () => boolean) {
    super(context.host, () => loadForm().then((Form) => new Form(context)));
    this.needed = needed;
    context.host.addController(this);
  }

  /** Runs after the store controller's `hostUpdate`, so contacts loaded empty are already read. */
  hostUpdate(): void {
    if (!this.failed && this.needed()) this.load();
  }

  /** The form, once its module is in. */
  get form(): ContactFormView | undefined {
    return this.value;
  }

  /** Starts the import before the form is asked for (a pointer or the focus on "Add new"); a failure is left to `load()`. */
  preload(): void {
    if (this.value || this.busy) return;
    loadForm().catch(() => undefined);
  }
}
