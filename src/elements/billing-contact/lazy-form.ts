/**
 * The new-contact form of one `<billing-contact>`, loaded with its module: as soon as the element
 * is to show the form (opened with "Add new", or the customer has no contact yet) the form's chunk
 * is imported, and the form is created for this element when it arrives. A failed import stays
 * failed until `load()` is asked again (Retry, "Add new"), so a broken chunk is not requested on
 * every render.
 */
import type { ReactiveController } from 'lit';
import type { ContactFormContext, ContactFormView } from './form-context.js';
import { loadForm } from './form-loaders.js';

export class LazyContactForm implements ReactiveController {
  private readonly context: ContactFormContext;
  private readonly needed: () => boolean;
  private view: ContactFormView | undefined;
  /** The import under way; settles once the form is created or the failure noted. */
  private loading: Promise<void> | undefined;
  private failedImport = false;

  /** `needed` says whether the host shows the form; the host's store controller must be added before this. */
  constructor(context: ContactFormContext, needed: () => boolean) {
    this.context = context;
    this.needed = needed;
    context.host.addController(this);
  }

  /** Runs after the store controller's `hostUpdate`, so contacts loaded empty are already read. */
  hostUpdate(): void {
    if (!this.failedImport && this.needed()) this.load();
  }

  /** The form, once its module is in. */
  get form(): ContactFormView | undefined {
    return this.view;
  }

  /** Whether the form's module is still loading. */
  get busy(): boolean {
    return this.loading !== undefined;
  }

  /** Whether the last import failed (and nobody asked again since). */
  get failed(): boolean {
    return this.failedImport;
  }

  /** Settles once the module loading now is in or failed; the host has requested an update by then. */
  settled(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** Imports the form's module now, also after a failed import. */
  load(): void {
    if (this.failedImport) {
      this.failedImport = false;
      this.context.host.requestUpdate();
    }
    if (this.view || this.loading) return;
    const settle = (): void => {
      this.loading = undefined;
      this.context.host.requestUpdate();
    };
    this.loading = loadForm()
      .then((Form) => void (this.view = new Form(this.context)))
      // A module that did not load, or a form that could not be made, is a failure to retry.
      .catch(() => void (this.failedImport = true))
      .finally(settle);
  }

  /** Starts the import before the form is asked for (a pointer or the focus on "Add new"); a failure is left to `load()`. */
  preload(): void {
    if (this.view || this.loading) return;
    loadForm().catch(() => undefined);
  }
}
