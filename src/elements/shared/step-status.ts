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
export type StepHost = Pick<HostContext, 't' | 'store'> & Partial<Pick<HostContext, 'errorText'>>;

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
  /** The step that failed, and how: Try again shows only where it can help (`retryHelps`). */
  step?: AsyncStep;
  error?: CheckoutError | undefined;
  /** What failed, as the buyer reads it; the element's words for `error` by default. */
  message?: string | TemplateResult | readonly TemplateResult[];
  /** Asks again; the store's `retry(step)` by default. Without it and a step, the alert has no button. */
  retry?: (() => void) | undefined;
  retryDisabled?: boolean;
  /** Part names an element documented for its Try again before this renderer, kept beside `retry`. */
  retryParts?: string;
  id?: string;
}

/** A failure's alert: the message in one paragraph, then Try again where it can help. */
export function renderAlert(host: StepHost, options: AlertOptions): TemplateResult {
  const { step, error, message = (error && host.errorText?.(error)) || host.t('common.error.http'), retryParts = '' } = options;
  const retry = step && !retryHelps(step, error) ? undefined : (options.retry ?? (step && (() => void host.store()?.retry(step))));
  return html`<div id=${options.id ?? nothing} part="error" class="alert" role="alert"><p>${message}</p> ${
    retry
      ? html`<button part="retry ${retryParts}" class="button retry" type="button" ?disabled=${options.retryDisabled} @click=${retry}>${host.t('common.retry')}</button>`
      : nothing
  }</div>`;
}

/** A step under way: a polite status, "Loading…" unless the element has its own words. */
export function renderLoading(host: StepHost, text = host.t('common.loading')): TemplateResult {
  return html`<p class="muted status" role="status">${text}</p>`;
}
