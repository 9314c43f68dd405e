/**
 * How a store step that is under way or failed looks in every element, the `pending` and `error`
 * halves of `@lit/task`'s `render({ pending, complete, error })` (`complete` is each element's
 * own): while it loads, a polite status; once it failed, an alert (`part="error"`,
 * `role="alert"`) with the element's words for the failure and, where asking again can help, a
 * Try again button (`part="retry"`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { retryCanHelp, type CheckoutError } from '../../api/errors.js';
import type { AsyncStep } from '../../store/checkout-state.js';
import type { HostContext } from './host-context.js';

/** What the renderer reads from the element. */
export type StepHost = Pick<HostContext, 't' | 'errorText' | 'store'>;

/**
 * Steps that load what the portal configured: nothing the buyer could change makes them work, so
 * asking again is the way forward whatever the failure.
 */
const CONFIGURED: readonly AsyncStep[] = ['catalog', 'subscriptions', 'contacts'];

/** Whether a Try again can help `step` after `error` (see `retryCanHelp`). */
export function retryHelps(step: AsyncStep, error: CheckoutError | undefined): boolean {
  return !error || CONFIGURED.includes(step) || retryCanHelp(error);
}

export interface AlertOptions {
  /** What failed, as the buyer reads it. */
  message: string | TemplateResult;
  /** Try again; without it the alert has no button. */
  retry?: (() => void) | undefined;
  retryDisabled?: boolean;
  /** Part names an element documented for its Try again before this renderer, kept beside `retry`. */
  retryParts?: string;
  id?: string;
}

/** A failure's alert: a string message is one paragraph, a template is the element's own markup. */
export function renderAlert(host: StepHost, { message, retry, retryDisabled, retryParts = '', id }: AlertOptions): TemplateResult {
  return html`<div id=${id ?? nothing} part="error" class="alert" role="alert">${typeof message === 'string' ? html`<p>${message}</p>` : message} ${retry
      ? html`<button part="retry ${retryParts}" class="button retry" type="button" ?disabled=${retryDisabled} @click=${retry}>${host.t('common.retry')}</button>`
      : nothing}</div>`;
}

/** What the element says about `error`. */
export function failureText(host: StepHost, error: CheckoutError | undefined): string {
  return (error && host.errorText(error)) || host.t('common.error.http');
}

export type FailureOptions = Omit<AlertOptions, 'message' | 'retry'> & {
  message?: string | TemplateResult;
  /** Asks again; the store's `retry(step)` by default. */
  retry?: () => void;
};

/** The alert of `step` failed with `error`, with Try again where it can help. */
export function renderFailure(host: StepHost, step: AsyncStep, error: CheckoutError | undefined, options: FailureOptions = {}): TemplateResult {
  return renderAlert(host, {
    ...options,
    message: options.message ?? failureText(host, error),
    retry: retryHelps(step, error) ? (options.retry ?? (() => void host.store()?.retry(step))) : undefined,
  });
}

/** A step under way: a polite status, "Loading…" unless the element has its own words. */
export function renderLoading(host: StepHost, text = host.t('common.loading')): TemplateResult {
  return html`<p class="muted status" role="status">${text}</p>`;
}

