/**
 * What the lazily loaded new-contact form (contact-form.ts) gets from its `<billing-contact>`
 * besides what every lazy view gets (shared/host-context.ts). Types only, so the element can name
 * them without bundling the form.
 */
import type { TemplateResult } from 'lit';
import type { StepStatus } from '../../store/checkout-state.js';
import type { HostContext } from '../shared/host-context.js';

export interface ContactFormContext extends HostContext {
  /** Disabled by the attribute, an ancestor `<fieldset disabled>` or the form. */
  disabled(): boolean;
  /** The store is saving a contact (perhaps one this form sent before a reset). */
  storeSaving(): boolean;
  /** Whether the form can be closed: not when there is no contact to go back to. */
  canCancel(): boolean;
  /** The buyer closed the form (Cancel, Escape); settles once the focus is back on "Add new". */
  cancel(): Promise<void>;
  /**
   * A contact was saved (or an existing one the form repeated) and chosen; settles once the form
   * closed and the change was announced, as `announcement` when given.
   */
  saved(announcement?: string): Promise<void>;
}

/** The new-contact form of one element, created when its module is in (see form-loaders.ts). */
export interface ContactFormView {
  /** Empties the form: no value, no message. */
  reset(): void;
  /** Puts the focus on the first field. */
  focusFirstField(): void;
  /**
   * The store's save status, after every render of the shown form: a save this form did not send
   * itself (the session's `retryFailed()`, a retry waiting for `Retry-After`) ends as its own does.
   */
  followStore(status: StepStatus): void;
  render(): TemplateResult;
}

export type ContactFormClass = new (context: ContactFormContext) => ContactFormView;
