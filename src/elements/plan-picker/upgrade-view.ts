/**
 * Upgrade mode (contact-center Plans page, pascom trial): the current package's details with
 * Unsubscribe, the packages as a radio group of cards, the billing cycle, the accounts with a
 * labelled local "price × quantity" preview, the SLA level and the services booked with the plan.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isolated } from '../shared/isolated.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BillingCycle, Catalog, Plan, Service, SlaLevel, Subscription } from '../../api/schemas.js';
import { UpcartCycleChangeEvent } from '../../events/cycle-change.js';
import { UpcartPlanChangeEvent } from '../../events/plan-change.js';
import { UpcartUnsubscribeEvent } from '../../events/unsubscribe.js';
import { unitName } from '../../i18n/units.js';
import { formatCount, formatDate, formatMoney, formatPercent } from '../../i18n/format.js';
import type { UpgradeSelection } from '../../store/checkout-state.js';
import { isLowerTier } from '../../store/selectors/plan-tier.js';
import { registeredAccounts } from '../../store/selectors/registered-accounts.js';
import { cyclesBelowCredit } from '../../store/upgrade-credit.js';
import { RovingTabindex } from '../shared/roving-tabindex.js';
import { renderAlert } from '../shared/step-status.js';
import { renderAddService, renderStepper } from './service-controls.js';
import { planPickerViews as english } from '../../i18n/locales/en/plan-picker-views.js';
import { upgradeView } from '../../i18n/locales/en/upgrade-view.js';
import { addEnglish } from '../../i18n/messages.js';
import type { PickerSlice, ViewContext } from './view-context.js';
import { styles } from './upgrade-view.styles.js';
import { closeDialog, openModal } from '../shared/modal-dialog.js';

/** A paid or trial subscription that still renews can be unsubscribed. */
function canUnsubscribe(subscription: Subscription): boolean {
  return subscription.status !== 'inactive' && subscription.nextPaymentAt !== null;
}

export class UpgradeView {
  /** Added to the picker's own when the view loads (see shared/lazy-views.ts). */
  static readonly styles = styles;

  static {
    // Its words load with it, like its styles.
    addEnglish({ ...english, ...upgradeView });
  }

  private readonly context: ViewContext;
  private readonly roving: RovingTabindex;
  /** Set while the buyer's own unsubscribe request runs, so the result shows only after one. */
  private unsubscribeAsked = false;

  constructor(context: ViewContext) {
    this.context = context;
    this.roving = new RovingTabindex(context.host, {
      items: () => [...context.root().querySelectorAll<HTMLElement>('[role="radio"][data-plan-id]')],
      onSelect: (item) => this.selectPlan(item.dataset['planId'] ?? ''),
    });
  }

  // ------------------------------------------------------------ actions

  private selection(): UpgradeSelection | null {
    const selection = this.context.store()?.getState().selection;
    return selection?.flow === 'upgrade' ? selection : null;
  }

  private selectPlan(planId: string): void {
    const store = this.context.store();
    if (!store || this.selection()?.planId === planId) return;
    if (store.selectPlan(planId).ok) this.context.emit(new UpcartPlanChangeEvent({ planId }));
  }

  private readonly handleCycleChange = (event: Event): void => {
    const store = this.context.store();
    const cycleId = (event.target as HTMLInputElement).value;
    const cycle = store?.getState().catalog?.cycles.find((candidate) => candidate.id === cycleId);
    if (!store || !cycle || this.selection()?.cycleId === cycleId) return;
    if (store.setCycle(cycleId).ok) {
      this.context.emit(new UpcartCycleChangeEvent({ cycleId, months: cycle.months, discountPercent: cycle.discountPercent }));
    }
    this.context.host.requestUpdate();
  };

  private readonly handleSlaChange = (event: Event): void => {
    const store = this.context.store();
    const slaId = (event.target as HTMLInputElement).value;
    if (!store || this.selection()?.slaId === slaId) return;
    if (store.setSla(slaId).ok) this.context.selectionChanged();
    this.context.host.requestUpdate();
  };

  private addService(serviceId: string): void {
    const store = this.context.store();
    if (store?.addService(serviceId).ok) this.context.selectionChanged();
  }

  private dialog(): HTMLDialogElement | null {
    return this.context.root().querySelector<HTMLDialogElement>('dialog.unsubscribe-dialog');
  }

  private detailsDialog(): HTMLDialogElement | null {
    return this.context.root().querySelector<HTMLDialogElement>('dialog.details-dialog');
  }

  private readonly handleDetailsClick = (): void => {
    openModal(this.detailsDialog());
  };

  private readonly handleDetailsClose = (): void => {
    closeDialog(this.detailsDialog());
  };

  /** Closed by Close or Escape: the focus goes back to the button that opened it. */
  private readonly handleDetailsClosed = (): void => {
    this.context.root().querySelector<HTMLElement>('button.view-details')?.focus();
  };

  private readonly handleUnsubscribeClick = (): void => {
    openModal(this.dialog());
  };

  private readonly handleKeep = (): void => {
    closeDialog(this.dialog());
  };

  private readonly handleConfirmUnsubscribe = async (): Promise<void> => {
    const store = this.context.store();
    const subscription = store?.getState().subscriptions[0];
    closeDialog(this.dialog());
    if (!store || !subscription) return;
    this.unsubscribeAsked = true;
    this.context.host.requestUpdate();
    const result = await store.unsubscribe(subscription.id);
    if (result.ok) this.emitUnsubscribed();
  };

  private readonly handleRetryUnsubscribe = async (): Promise<void> => {
    const store = this.context.store();
    if (!store) return;
    if ((await store.retry('unsubscribe')).ok) this.emitUnsubscribed();
  };

  private emitUnsubscribed(): void {
    const subscription = this.context.store()?.getState().subscriptions[0];
    if (subscription) this.context.emit(new UpcartUnsubscribeEvent({ subscription }));
  }

  // ------------------------------------------------------------ rendering

  private statusText(subscription: Subscription): string {
    return this.context.t(`common.status.${subscription.status}`);
  }

  private cycleText(cycle: BillingCycle): string {
    return this.context.t('common.months', { count: cycle.months });
  }

  private renderCurrent(subscription: Subscription, catalog: Catalog, slice: PickerSlice): TemplateResult {
    const { t, locale } = this.context;
    const lang = locale();
    const plan = catalog.plans.find((candidate) => candidate.id === subscription.planId);
    const cycle = catalog.cycles.find((candidate) => candidate.id === subscription.cycleId);
    const status = slice.unsubscribeStatus;
    const busy = status.state === 'loading';
    const trialEnded = subscription.status === 'inactive';
    return html`
      <section part="current-details" class="current" aria-labelledby="current-title">
        <h2 id="current-title" class="title">${t('planPicker.current.title')}</h2>
        <p class="current-name">
          <bdi>${plan?.name ?? subscription.name}</bdi>
          <span part="badge" class="badge status-${subscription.status}">${this.statusText(subscription)}</span>
        </p>
        ${this.renderDetailsList(subscription, cycle)}
        <div class="current-actions">
          <button type="button" part="view-details" class="button view-details" aria-haspopup="dialog" @click=${this.handleDetailsClick}>
            ${t('planPicker.details.open')}
          </button>
          ${
            canUnsubscribe(subscription) || busy
              ? html`<button
                type="button"
                part="unsubscribe"
                class="button unsubscribe"
                aria-haspopup="dialog"
                aria-busy=${busy ? 'true' : 'false'}
                ?disabled=${busy}
                @click=${this.handleUnsubscribeClick}
              >
                ${busy ? t('planPicker.unsubscribe.busy') : t('planPicker.unsubscribe')}
              </button>`
              : nothing
          }
          <div role="status" class="unsubscribe-result">
            ${
              this.unsubscribeAsked && status.state === 'done'
                ? trialEnded
                  ? t('planPicker.unsubscribe.doneTrial')
                  : t('planPicker.unsubscribe.done', { date: formatDate(subscription.termEnd, lang) })
                : nothing
            }
          </div>
        </div>
        ${
          status.state === 'error' && status.error
            ? renderAlert(this.context, {
                step: 'unsubscribe',
                error: status.error,
                retry: this.handleRetryUnsubscribe,
                message: `${t('planPicker.unsubscribe.error')} ${this.context.errorText(status.error)}`,
              })
            : nothing
        }
        <dialog class="unsubscribe-dialog" part="dialog" aria-labelledby="unsubscribe-title" aria-describedby="unsubscribe-body">
          <h2 id="unsubscribe-title" class="title">${t('planPicker.unsubscribe.title', { name: plan?.name ?? subscription.name })}</h2>
          <p id="unsubscribe-body">
            ${
              subscription.status === 'trial'
                ? t('planPicker.unsubscribe.bodyTrial')
                : t('planPicker.unsubscribe.body', { date: formatDate(subscription.termEnd, lang) })
            }
          </p>
          <div class="dialog-actions">
            <button type="button" class="button keep" autofocus @click=${this.handleKeep}>${t('planPicker.unsubscribe.keep')}</button>
            <button type="button" class="button danger confirm" @click=${this.handleConfirmUnsubscribe}>${t('planPicker.unsubscribe.confirm')}</button>
          </div>
        </dialog>
        ${this.renderDetailsDialog(subscription, plan, cycle)}
      </section>
    `;
  }

  /**
   * The current package's details, one list for the section and its "View details" dialog: price,
   * cycle, status, next payment, the credit an upgrade gets, registration, quantity, and a minimum
   * contract term longer than the billing term (pascom), which is worth knowing.
   */
  private renderDetailsList(subscription: Subscription, cycle: BillingCycle | undefined): TemplateResult {
    const { t, locale } = this.context;
    const lang = locale();
    const rows: [label: string, value: string, className?: string][] = [
      [t('planPicker.current.price'), subscription.paidThisTerm ? formatMoney(subscription.paidThisTerm, lang) : t('planPicker.current.priceTrial')],
      [t('planPicker.current.cycle'), cycle ? this.cycleText(cycle) : subscription.cycleId],
      [t('planPicker.current.status'), this.statusText(subscription)],
      [
        t('planPicker.current.nextPayment'),
        subscription.nextPaymentAt ? formatDate(subscription.nextPaymentAt, lang) : t('planPicker.current.noNextPayment'),
        'next-payment',
      ],
    ];
    if (subscription.upgradeCredit) rows.push([t('planPicker.current.credit'), formatMoney(subscription.upgradeCredit, lang), 'credit']);
    rows.push([t('planPicker.current.registered'), formatDate(subscription.registeredAt, lang), 'registered']);
    rows.push([t('planPicker.current.quantity'), formatCount(subscription.quantity, lang)]);
    if (subscription.minimumTermEnd > subscription.termEnd) {
      rows.push([t('planPicker.current.minimumTerm'), formatDate(subscription.minimumTermEnd, lang), 'minimum-term']);
    }
    return html`<dl class="details">
      ${rows.map(([term, value, className]) => html`<div><dt>${term}</dt><dd class=${className ?? nothing}>${value}</dd></div>`)}
    </dl>`;
  }

  /** "View details" of the current package: the seed's bulletin board, as a modal dialog. */
  private renderDetailsDialog(subscription: Subscription, plan: Plan | undefined, cycle: BillingCycle | undefined): TemplateResult {
    const { t } = this.context;
    const features = plan?.features ?? [];
    return html`
      <dialog class="details-dialog" part="details-dialog" aria-labelledby="details-title" @close=${this.handleDetailsClosed}>
        <h2 id="details-title" class="title">${t('planPicker.details.title', { name: plan?.name ?? subscription.name })}</h2>
        ${this.renderDetailsList(subscription, cycle)}
        ${
          features.length > 0
            ? html`<h3 id="details-features" class="subtitle">${t('planPicker.details.features')}</h3>
              <ul class="features" aria-labelledby="details-features">
                ${features.map((feature) => html`<li><bdi>${feature}</bdi></li>`)}
              </ul>`
            : nothing
        }
        <div class="dialog-actions">
          <button type="button" class="button close" autofocus @click=${this.handleDetailsClose}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }

  private renderPlan(
    plan: Plan,
    index: number,
    selection: UpgradeSelection,
    subscription: Subscription,
    catalog: Catalog,
    registered: ReadonlyMap<string, number> | null,
  ): TemplateResult {
    const { t, locale } = this.context;
    const checked = selection.planId === plan.id;
    const current = subscription.planId === plan.id;
    const disabled = isLowerTier(plan, subscription, catalog);
    const id = `plan-${index}`;
    const describedBy = [current ? `${id}-badge` : '', `${id}-price`, registered ? `${id}-accounts` : '', disabled ? `${id}-hint` : '']
      .filter(Boolean)
      .join(' ');
    const parts = ['plan', checked ? 'plan-selected' : '', current ? 'plan-current' : '', disabled ? 'plan-disabled' : ''].filter(Boolean).join(' ');
    return html`
      <div
        role="radio"
        part=${parts}
        class="plan"
        data-plan-id=${plan.id}
        aria-checked=${checked ? 'true' : 'false'}
        aria-disabled=${disabled ? 'true' : 'false'}
        aria-labelledby=${`${id}-name`}
        aria-describedby=${describedBy}
      >
        <div class="plan-head">
          <span id=${`${id}-name`} class="plan-name"><bdi>${plan.name}</bdi></span>
          ${
            current
              ? html`<span id=${`${id}-badge`} part="badge" class="badge current-badge status-${subscription.status}"
                >${t('planPicker.plan.current')} · <span class="badge-status">${this.statusText(subscription)}</span></span
              >`
              : nothing
          }
        </div>
        <p id=${`${id}-price`} class="plan-price">${isolated((params) => t('common.perUnitMonth', params), { price: formatMoney(plan.unitPrice, locale()), unit: unitName(plan, 1, locale(), catalog.language) })}</p>
        ${
          registered
            ? html`<p id=${`${id}-accounts`} part="registered" class="registered-accounts">
                ${t('planPicker.plan.registered', { count: registered.get(plan.id) ?? 0 })}
              </p>`
            : nothing
        }
        ${plan.description ? html`<p class="muted plan-description"><bdi>${plan.description}</bdi></p>` : nothing}
        ${plan.features.length > 0 ? html`<ul class="features">${plan.features.map((feature) => html`<li><bdi>${feature}</bdi></li>`)}</ul>` : nothing}
        ${disabled ? html`<p id=${`${id}-hint`} class="muted plan-hint">${t('planPicker.plan.lowerTier')}</p>` : nothing}
      </div>
    `;
  }

  /**
   * The cycles, those whose new term would cost less than the credit for the unused term disabled
   * (the backend refuses them), with the reason; said again as an error when a change of plan or
   * quantity made the chosen cycle one of them.
   */
  private renderCycles(catalog: Catalog, subscription: Subscription, selection: UpgradeSelection): TemplateResult | typeof nothing {
    const { cycles } = catalog;
    if (cycles.length === 0) return nothing;
    const { t, locale } = this.context;
    const below = cyclesBelowCredit(catalog, subscription, selection);
    const longestBelow = cycles.filter((cycle) => below.has(cycle.id)).sort((a, b) => b.months - a.months)[0];
    const chosenBelow = below.has(selection.cycleId);
    const reason =
      longestBelow && subscription.upgradeCredit
        ? t('planPicker.cycles.belowCredit', { credit: formatMoney(subscription.upgradeCredit, locale()), cycle: this.cycleText(longestBelow) })
        : '';
    return html`
      <fieldset part="cycles" class="options-group">
        <legend class="title">${t('planPicker.cycles.label')}</legend>
        <p class="muted hint">${t('planPicker.cycles.hint')}</p>
        <div class="options" @change=${this.handleCycleChange}>
          ${cycles.map((cycle) => {
            const unavailable = below.has(cycle.id);
            const parts = ['cycle', selection.cycleId === cycle.id ? 'cycle-selected' : '', unavailable ? 'cycle-unavailable' : ''].filter(Boolean).join(' ');
            return html`
              <label part=${parts} class="option ${unavailable ? 'unavailable' : ''}" data-cycle-id=${cycle.id}>
                <input
                  type="radio"
                  name="cycle"
                  value=${cycle.id}
                  .checked=${live(selection.cycleId === cycle.id)}
                  ?disabled=${unavailable}
                  aria-describedby=${ifDefined(unavailable ? 'cycles-credit' : undefined)}
                />
                <span class="option-name">${this.cycleText(cycle)}</span>
                ${
                  cycle.discountPercent > 0
                    ? html`<span class="save">${t('common.save.percent', { percent: formatPercent(cycle.discountPercent, locale()) })}</span>`
                    : nothing
                }
                ${unavailable ? html`<span class="muted option-note">${t('planPicker.cycle.belowCredit')}</span>` : nothing}
              </label>
            `;
          })}
        </div>
        <p id="cycles-credit" part="cycles-note" class=${chosenBelow ? 'field-error' : 'muted hint'} role="status">${reason}</p>
      </fieldset>
    `;
  }

  /** `rejected`: the field shows a number the store refused, so no total is previewed for another. */
  private renderQuantity(plan: Plan | undefined, selection: UpgradeSelection, rejected: boolean): TemplateResult {
    const { t, locale } = this.context;
    const lang = locale();
    return html`
      <section part="quantity" class="quantity">
        ${renderStepper(this.context)}
        ${
          plan && !rejected
            ? html`<p part="total" class="total" aria-live="polite">
                <span class="total-label">${t('planPicker.total.label')}</span>
                <span class="total-formula"
                  >${t('planPicker.total.formula', {
                    price: formatMoney(plan.unitPrice, lang),
                    quantity: formatCount(selection.quantity, lang),
                    // A labelled local preview: the order summary shows the server's quote.
                    total: formatMoney({ amount: plan.unitPrice.amount * selection.quantity, currency: plan.unitPrice.currency }, lang),
                  })}</span
                >
              </p>
              <p class="muted hint">${t('planPicker.total.note')}</p>`
            : nothing
        }
      </section>
    `;
  }

  /**
   * The server's quote says the order adds to the running term (`addsToCurrentTerm`: pascom's
   * licenses inside the minimum contract term): said in words, with the date the minimum term still ends.
   */
  private renderTermNote(subscription: Subscription, slice: PickerSlice): TemplateResult {
    const note = slice.quote?.addsToCurrentTerm
      ? this.context.t('planPicker.licenses.note', { date: formatDate(subscription.minimumTermEnd, this.context.locale()) })
      : nothing;
    // No whitespace inside, so an empty note is :empty and takes no room.
    return html`<p part="term-note" class="term-note" role="status">${note}</p>`;
  }

  private renderSla(levels: readonly SlaLevel[], selection: UpgradeSelection): TemplateResult | typeof nothing {
    if (levels.length === 0) return nothing;
    const { t, locale } = this.context;
    return html`
      <fieldset part="sla-levels" class="options-group">
        <legend class="title">${t('planPicker.sla.label')}</legend>
        <div class="options sla-options" @change=${this.handleSlaChange}>
          ${levels.map(
            (level) => html`
              <label part=${selection.slaId === level.id ? 'sla sla-selected' : 'sla'} class="option sla-option" data-sla-id=${level.id}>
                <input type="radio" name="sla" value=${level.id} .checked=${live(selection.slaId === level.id)} />
                <span class="option-name"><bdi>${level.name}</bdi></span>
                <span class="option-price"
                  >${
                    level.monthlyPrice.amount === 0 ? t('planPicker.sla.included') : t('common.perMonth', { price: formatMoney(level.monthlyPrice, locale()) })
                  }</span
                >
                ${level.description ? html`<span class="muted option-description"><bdi>${level.description}</bdi></span>` : nothing}
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderServices(services: readonly Service[], selection: UpgradeSelection): TemplateResult | typeof nothing {
    if (services.length === 0) return nothing;
    const { t } = this.context;
    return html`
      <section part="services" class="services" aria-labelledby="services-title">
        <h2 id="services-title" class="title">${t('planPicker.services.label')}</h2>
        ${services.map((service) => {
          const booked = Object.hasOwn(selection.services, service.id);
          // The catalog's words and the server's description each in their own direction: in one
          // isolate, "2 مشمولة · Usable line channels…." took the Arabic direction and moved the period.
          const included = service.included > 0 ? t('planPicker.service.included', { count: service.included }) : '';
          const description = service.description ? html`<bdi>${service.description}</bdi>` : '';
          const notes = included && description ? html`${included} · ${description}` : included || description;
          return html`
            <div part="service" class="service" data-service-id=${service.id}>
              <div class="service-main">
                ${booked ? renderStepper(this.context, service.id) : renderAddService(this.context, service, () => this.addService(service.id))}
              </div>
              ${notes ? html`<p class="muted service-description">${notes}</p>` : nothing}
            </div>
          `;
        })}
      </section>
    `;
  }

  render(slice: PickerSlice): TemplateResult | typeof nothing {
    const { catalog, selection } = slice;
    const subscription = slice.subscriptions[0];
    if (catalog === null || selection?.flow !== 'upgrade' || subscription === undefined) return nothing;
    const { t } = this.context;
    const plan = catalog.plans.find((candidate) => candidate.id === selection.planId);
    // No counts without the product's subscriptions (their list could not be read): nothing rather than zeros.
    const registered = slice.productSubscriptions ? registeredAccounts(subscription, slice.productSubscriptions) : null;
    return html`
      ${this.renderCurrent(subscription, catalog, slice)}
      <section class="plans-section" aria-labelledby="plans-title">
        <h2 id="plans-title" class="title">${t('planPicker.plans.label')}</h2>
        <div
          role="radiogroup"
          part="plans"
          class="plans"
          aria-labelledby="plans-title"
          @keydown=${this.roving.handleKeydown}
          @click=${this.roving.handleClick}
        >
          ${catalog.plans.map((candidate, index) => this.renderPlan(candidate, index, selection, subscription, catalog, registered))}
        </div>
      </section>
      ${this.renderCycles(catalog, subscription, selection)} ${this.renderQuantity(plan, selection, slice.rejectedInputs['quantity'] !== undefined)}
      ${this.renderTermNote(subscription, slice)}
      ${this.renderSla(catalog.slaLevels, selection)}
      ${this.renderServices(catalog.services, selection)}
    `;
  }
}
