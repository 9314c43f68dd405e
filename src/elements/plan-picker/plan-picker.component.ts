import { html, nothing, type TemplateResult } from 'lit';
import type { CheckoutError } from '../../api/errors.js';
import { addEnglish, isRtl, type MessageKey } from '../../i18n/messages.js';
import type { AsyncStep } from '../../store/checkout-state.js';
import { StoreController } from '../../store/store-controller.js';
import { UpcartSelectionChangeEvent } from '../../events/selection-change.js';
import { CapacityStepper } from '../capacity-stepper/capacity-stepper.component.js';
import type { LoadingPart } from '../shared/import-once.js';
import { LazyViews } from '../shared/lazy-views.js';
import { renderAlert, retryHelps } from '../shared/step-status.js';
import { UpcartElement } from '../upcart-element.js';
import { styles } from './plan-picker.styles.js';
import { stepperTag } from './service-controls.js';
import { flowOf, selectPickerSlice, type PickerSlice, type ViewContext } from './view-context.js';
import { viewLoaders } from './view-loaders.js';
import { planPicker as english } from '../../i18n/locales/en/plan-picker.js';

type LoadStep = Extract<AsyncStep, 'catalog' | 'subscriptions' | 'lookup'>;

const LOAD_ERROR_TITLES: Record<LoadStep, MessageKey> = {
  catalog: 'planPicker.error.catalog',
  subscriptions: 'planPicker.error.subscriptions',
  lookup: 'planPicker.error.lookup',
};

/**
 * What the buyer chooses before paying; the mode follows the session's flow.
 * - **upgrade**: the current package's details (price this term, cycle, status, next payment,
 *   registered from, accounts, a minimum contract term beyond the billing term) with View details
 *   (a modal dialog, features included) and Unsubscribe; the packages as a radio group of cards,
 *   each with the accounts the customer has registered on it; the
 *   billing cycle with its discount (a cycle costing less than the credit for the unused term is
 *   unavailable, with the reason); the accounts with a labelled "price × quantity" preview; the
 *   SLA level and the services booked with the package; when the server prices added licenses
 *   into the running term (pascom inside its minimum term), a note that no new minimum term starts.
 * - **expand**: the subscription's services (current → new) and "Other services" to add or
 *   remove; for a customer found by company id (a partner portal), the customer, the subscription
 *   details (the plan with a disclosure of every service's current capacity, the chosen services'
 *   steppers), Plan and Service tabs (Subscribe on each service) and "Other services" added through
 *   a modal dialog that sets the capacity and previews its price; for a trial or inactive subscription, which the backend
 *   does not expand, the reason and a button for the flow it needs first.
 * - **renew**: the renewable subscriptions in a table (select, select all, auto-renew switch, new
 *   end date), the renewal duration and "renew on the standard renewal date".
 *
 * Quantities are `<capacity-stepper>` elements bound to the same store; `PlanPicker.define(tag)`
 * registers `<capacity-stepper>` too when it is not defined yet.
 *
 * Each mode's code is a chunk of its own, loaded when the flow is known (alongside the catalog),
 * so a page pays only for the flow it uses; `updateComplete` waits for it too.
 *
 * @tagname plan-picker
 * @summary Packages, billing cycles, SLA, services to add, and subscriptions to renew.
 *
 * @fires upcart-plan-change - The buyer chose another package (`detail.planId`).
 * @fires upcart-cycle-change - The buyer chose another billing cycle (`detail.cycleId`, `months`, `discountPercent`).
 * @fires upcart-selection-change - SLA level, a service added or removed, subscriptions to renew, duration or co-terming changed (`detail.selection`).
 * @fires upcart-unsubscribe - The current subscription was unsubscribed (`detail.subscription`, as the server answered).
 * @fires upcart-auto-renew-change - A subscription's auto-renew was switched on the server (`detail.subscription`).
 * @fires upcart-flow-request - Expand of a subscription the backend does not expand: the buyer asked for the flow it needs first (`detail.subscriptionId`, `flow`: `upgrade` for a trial, `renew` or `upgrade` for an inactive one). Cancelable; `<checkout-session>` switches to that flow unless `preventDefault()` is called.
 *
 * @csspart base - The wrapper of every state and mode.
 * @csspart error - A failed load or action, with its Retry button.
 * @csspart current-details - Upgrade: the current package's details and Unsubscribe.
 * @csspart view-details - Upgrade: the View details button.
 * @csspart details-dialog - Upgrade: the current package's details dialog.
 * @csspart registered - Upgrade: a package card's registered accounts.
 * @csspart term-note - Upgrade: the note that added licenses start no new minimum contract term (empty otherwise).
 * @csspart unsubscribe - Upgrade: the Unsubscribe button.
 * @csspart dialog - Upgrade: the unsubscribe confirmation dialog.
 * @csspart plans - Upgrade: the radio group of package cards.
 * @csspart plan - Upgrade: a package card.
 * @csspart plan-selected - Upgrade: the chosen package's card (with `plan`).
 * @csspart plan-current - Upgrade: the subscription's current package's card (with `plan`).
 * @csspart plan-disabled - Upgrade: a card that cannot be chosen, a lower tier of a paid subscription (with `plan`).
 * @csspart badge - The "Current · status" badge of a card, and the status badges.
 * @csspart cycles - Upgrade: the billing cycle group.
 * @csspart cycle - Upgrade: a billing cycle option; the chosen one also `cycle-selected`, one whose new term would cost less than the credit for the unused term also `cycle-unavailable`.
 * @csspart cycles-note - Upgrade: why some cycles are unavailable (the unused credit is more than they cost).
 * @csspart quantity - Upgrade: the accounts stepper and the total preview.
 * @csspart total - Upgrade: the "price × quantity" preview.
 * @csspart sla-levels - Upgrade: the SLA group.
 * @csspart sla - Upgrade: an SLA option; the chosen one also `sla-selected`.
 * @csspart services - Upgrade: the services booked with the package.
 * @csspart service - A service row (upgrade and expand).
 * @csspart customer - Expand: the customer found by company id.
 * @csspart subscription-details - Expand by company id: the plan, its capacity disclosure and the chosen services.
 * @csspart capacity-toggle - Expand by company id: the disclosure button in front of the plan.
 * @csspart capacity - Expand by company id: every service's current capacity, shown by the disclosure.
 * @csspart selected-services - Expand by company id: the steppers of the services in the order.
 * @csspart tabs - Expand by company id: the Plan and Service tab list.
 * @csspart tab - Expand by company id: a tab; the selected one also `tab-selected`.
 * @csspart tab-panel - Expand by company id: a tab's panel.
 * @csspart subscribe - Expand by company id: a service's Subscribe (or Set capacity) button in the Service tab.
 * @csspart service-dialog - Expand by company id: the dialog that adds another service at a chosen capacity.
 * @csspart price-preview - Expand by company id: the dialog's catalog price per unit and month (the charge for the rest of the term is the order summary's, once confirmed).
 * @csspart other-services - Expand: the services the subscription does not have yet.
 * @csspart next-step - Expand of a trial or inactive subscription: why it cannot be expanded and the Upgrade (or Renew) button.
 * @csspart renew-table - Renew: the table of subscriptions.
 * @csspart renew-row - Renew: a subscription's row.
 * @csspart renew-row-selected - Renew: a row selected for renewal (with `renew-row`).
 * @csspart durations - Renew: the renewal duration group.
 * @csspart duration - Renew: a duration option; the chosen one also `duration-selected`.
 * @csspart coterm - Renew: the "renew on the standard renewal date" checkbox and its label.
 *
 * @cssprop --upcart-plan-background - Background of the whole picker (default: the surface color).
 * @cssprop --upcart-plan-card-background - Cards and options (default: the surface color).
 * @cssprop --upcart-plan-card-border - Border of cards and options (default: the border color).
 * @cssprop --upcart-plan-card-radius - Corner radius of cards and options (default: `--upcart-radius`).
 * @cssprop --upcart-plan-card-selected-border - Border of the chosen card or option (default: the primary color).
 * @cssprop --upcart-plan-card-selected-background - Background of the chosen card, option or row.
 * @cssprop --upcart-plan-badge-background - Background of the "Current" badge.
 * @cssprop --upcart-plan-save-color - The "save 15%" text (default: the success color).
 * @cssprop --upcart-plan-switch-on - An auto-renew switch that is on (default: the primary color).
 * @cssprop --upcart-plan-skeleton-height - Height kept while loading (default: 22rem).
 * @cssprop --upcart-plan-table-max-height - Height of the renew table before it scrolls (default: 28rem).
 */
export class PlanPicker extends UpcartElement {
  static {
    addEnglish(english);
  }

  static override styles = [UpcartElement.styles, styles];

  /** Registers the element and the `<capacity-stepper>` it renders (the class stays free of side effects). */
  static override define(tag: string, constructor: CustomElementConstructor = this): void {
    CapacityStepper.define('capacity-stepper');
    super.define(tag, constructor);
  }

  private readonly slice = new StoreController(this, selectPickerSlice, { store: () => this.store });

  private readonly context: ViewContext = {
    ...this.hostContext(),
    theme: () => this.theme,
    emit: (event) => this.dispatchEvent(event),
    selectionChanged: () => {
      const selection = this.activeStore?.getState().selection;
      if (selection) this.dispatchEvent(new UpcartSelectionChangeEvent({ selection }));
    },
  };

  /** Each flow's view, a chunk of its own imported as soon as the flow is known. */
  private readonly views = new LazyViews(this.context, viewLoaders, () => flowOf(this.slice.value));

  protected override get loadingParts(): readonly LoadingPart[] {
    return [this.views];
  }

  /** The load steps that failed, in the order they are retried. */
  private failedSteps(slice: PickerSlice): { step: LoadStep; error: CheckoutError }[] {
    const statuses: [LoadStep, PickerSlice['catalogStatus']][] = [
      ['subscriptions', slice.subscriptionsStatus],
      ['lookup', slice.lookupStatus],
      ['catalog', slice.catalogStatus],
    ];
    return statuses.flatMap(([step, status]) => (status.state === 'error' && status.error ? [{ step, error: status.error }] : []));
  }

  private isLoading(slice: PickerSlice): boolean {
    if (slice.config === null || slice.catalog === null) return true;
    if ([slice.catalogStatus, slice.subscriptionsStatus, slice.lookupStatus].some((status) => status.state === 'loading')) return true;
    return slice.subscriptionsStatus.state !== 'done' && slice.lookupStatus.state !== 'done';
  }

  private readonly handleRetry = (): void => {
    const store = this.activeStore;
    if (!store) return;
    for (const { step } of this.failedSteps(this.slice.value)) void store.retry(step);
  };

  private readonly handleViewRetry = async (): Promise<void> => {
    const flow = flowOf(this.slice.value);
    if (flow === undefined) return;
    this.views.load(flow);
    await this.updateComplete;
    // The Try again button is gone: the focus goes to what took its place, not to the page.
    if (this.shadowRoot?.activeElement == null) this.focusMode();
  };

  /** The first control of the mode area (a new Try again after another failure), else the area itself. */
  private focusMode(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    const control = base?.querySelector<HTMLElement>(
      `button:not([disabled]), input:not([disabled]), select:not([disabled]), ${stepperTag()}:not([disabled]), [tabindex="0"]`,
    );
    (control ?? base)?.focus();
  }

  private renderSkeleton(): TemplateResult {
    return html`
      <div class="skeleton" role="status">
        <span class="visually-hidden">${this.t('common.loading')}</span>
        <div class="bar short" aria-hidden="true"></div>
        <div class="bar card" aria-hidden="true"></div>
        <div class="bar" aria-hidden="true"></div>
        <div class="bar card" aria-hidden="true"></div>
      </div>
    `;
  }

  /** The failures, with Try again when `retry` is given: only for a failure that asking again can fix. */
  private renderError(failures: readonly { title: MessageKey; text: string }[], retry: (() => void) | undefined): TemplateResult {
    return renderAlert(this.context, {
      message: failures.map(({ title, text }) => html`<strong>${this.t(title)}</strong><span>${text}</span>`),
      retry,
    });
  }

  private loadErrorText(step: LoadStep, error: CheckoutError, slice: PickerSlice): string {
    // No customer has the company id: said as such, in the buyer's language.
    if (step === 'lookup' && error.status === 404) return this.t('common.customerNotFound', { companyId: slice.config?.companyId ?? '' });
    return this.errorText(error);
  }

  private renderMode(slice: PickerSlice): TemplateResult | typeof nothing {
    const failed = this.failedSteps(slice);
    if (failed.length > 0) {
      return this.renderError(
        failed.map(({ step, error }) => ({ title: LOAD_ERROR_TITLES[step], text: this.loadErrorText(step, error, slice) })),
        // The company id is the buyer's to correct: no Try again for one that cannot be found.
        failed.some(({ step, error }) => retryHelps(step, error)) ? this.handleRetry : undefined,
      );
    }
    if (this.isLoading(slice)) return this.renderSkeleton();
    const flow = flowOf(slice);
    if (slice.selection === null) {
      return html`<p class="empty" role="status">${this.t(flow === 'renew' ? 'planPicker.empty.renew' : 'planPicker.empty.subscription')}</p>`;
    }
    if (flow === undefined) return nothing;
    if (this.views.hasFailed(flow)) {
      return this.renderError([{ title: 'planPicker.error.view', text: this.t('planPicker.error.viewHint') }], this.handleViewRetry);
    }
    // The flow's module still loading looks like the catalog loading.
    const view = this.views.view(flow)?.render(slice) ?? this.renderSkeleton();
    if (!slice.complete) return view;
    // After a complete order the picker shows what was ordered beside the subscriptions' new state,
    // every control off (a disabled fieldset reaches native controls and the steppers alike).
    return html`<p class="locked-note" role="status">${this.t('planPicker.locked')}</p>
      <fieldset class="locked" disabled>${view}</fieldset>`;
  }

  override render(): TemplateResult {
    const slice = this.slice.value;
    const flow = flowOf(slice);
    return html`
      <div part="base" class="base ${flow ? `mode-${flow}` : ''}" tabindex="-1" dir=${isRtl(this.locale) ? 'rtl' : nothing}>${this.renderMode(slice)}</div>
    `;
  }
}
