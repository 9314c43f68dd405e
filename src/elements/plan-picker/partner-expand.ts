/**
 * Expand for a customer found by company id (Yeastar Workplace SaaS in a partner portal): the
 * subscription details (the plan, with a disclosure in front of it for every service's current
 * capacity, and the steppers of the services chosen), tabs for the plan and for the services
 * (each service with its price and Subscribe, which puts it into the selection and moves the focus
 * to its stepper), and "Other services" added through a modal `<dialog>` where the buyer sets the
 * capacity, sees its price from the catalog, and confirms. The server's quote stays the price.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isolated } from '../shared/isolated.js';
import type { Catalog, Plan, Service, Subscription } from '../../api/schemas.js';
import { formsFit, unitName } from '../../i18n/units.js';
import { formatCount, formatDate, formatMoney } from '../../i18n/format.js';
import type { ExpandSelection } from '../../store/checkout-state.js';
import type { CapacityStepper } from '../capacity-stepper/capacity-stepper.component.js';
import { registeredElement } from '../shared/registered-element.js';
import { renderRemoveService, renderStepper, stepperTag } from './service-controls.js';
import type { ViewContext } from './view-context.js';
import { cssEscape } from '../shared/css-escape.js';
import { closeDialog, openModal } from '../shared/modal-dialog.js';

type Tab = 'plan' | 'service';
const TABS: readonly Tab[] = ['plan', 'service'];

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M6 3l5 5-5 5" stroke="currentColor" stroke-width="2" fill="none" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** The first quantity that adds something: the catalog's minimum, else one step. */
const firstQuantity = (service: Service): number => (service.min > 0 ? service.min : service.step);

export class PartnerExpand {
  private readonly context: ViewContext;
  /** Focus this once the next render is in (a stepper that just appeared, a tab). */
  private readonly focusAfter: (selector: string) => void;
  private capacityOpen = false;
  private tab: Tab = 'plan';
  /** The service the dialog is for, and the capacity chosen in it. */
  private dialogService: Service | null = null;
  private draft = 0;
  private dialogRefused = false;
  /** Set by Confirm, so closing moves the focus to the new stepper rather than back to the opener. */
  private confirmedId: string | null = null;

  constructor(context: ViewContext, focusAfter: (selector: string) => void) {
    this.context = context;
    this.focusAfter = focusAfter;
  }

  private update(): void {
    this.context.host.requestUpdate();
  }

  private stepperOf(serviceId: string): string {
    return `[part~="selected-services"] [data-service-id="${cssEscape(serviceId)}"] ${stepperTag()}`;
  }

  // ------------------------------------------------------------ actions

  private readonly toggleCapacity = (): void => {
    this.capacityOpen = !this.capacityOpen;
    this.update();
  };

  private selectTab(tab: Tab, focus: boolean): void {
    this.tab = tab;
    if (focus) this.focusAfter(`[role="tab"][data-tab="${tab}"]`);
    this.update();
  }

  /** Tabs after the ARIA pattern: arrows (in reading direction), Home and End move and select. */
  private readonly handleTabKeydown = (event: KeyboardEvent): void => {
    const index = TABS.indexOf(this.tab);
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    const next =
      step !== undefined ? TABS[(index + step + TABS.length) % TABS.length] : event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS.at(-1) : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.selectTab(next, true);
  };

  /** Subscribe: the service joins the selection (at its first quantity) and its stepper takes the focus. */
  private subscribe(service: Service, selection: ExpandSelection): void {
    if (!Object.hasOwn(selection.quantities, service.id)) {
      const store = this.context.store();
      if (!store?.addService(service.id).ok) return;
      this.context.selectionChanged();
    }
    this.focusAfter(this.stepperOf(service.id));
    this.update();
  }

  private remove(service: Service): void {
    const store = this.context.store();
    if (!store?.removeService(service.id).ok) return;
    this.context.selectionChanged();
    this.focusAfter(`[part~="other-services"] [data-service-id="${cssEscape(service.id)}"] button.add`);
    this.update();
  }

  private dialog(): HTMLDialogElement | null {
    return this.context.root().querySelector<HTMLDialogElement>('dialog.service-dialog');
  }

  private openDialog(service: Service): void {
    this.dialogService = service;
    this.draft = firstQuantity(service);
    this.dialogRefused = false;
    this.confirmedId = null;
    this.update();
    // The dialog's content is for this service once rendered; then it opens, focus inside.
    void this.context.host.updateComplete.then(() => {
      const dialog = this.dialog();
      if (!dialog?.open) openModal(dialog);
      const stepper = dialog?.querySelector<CapacityStepper>(stepperTag());
      void stepper?.updateComplete.then(() => stepper.focus());
    });
  }

  private readonly handleDraftChange = (event: Event): void => {
    const value = (event.currentTarget as CapacityStepper).value;
    if (value !== null && value !== this.draft) {
      this.draft = value;
      this.dialogRefused = false;
      this.update();
    }
  };

  private readonly handleConfirm = (): void => {
    const service = this.dialogService;
    const stepper = this.dialog()?.querySelector<CapacityStepper>(stepperTag());
    if (!service || !stepper) return;
    // A typed capacity that is not valid yet is said beside the field; nothing is added.
    if (!stepper.reportValidity()) return;
    const store = this.context.store();
    if (!store?.addService(service.id, this.draft).ok) {
      this.dialogRefused = true;
      this.update();
      return;
    }
    this.confirmedId = service.id;
    this.context.selectionChanged();
    closeDialog(this.dialog());
  };

  private readonly handleCancel = (): void => {
    closeDialog(this.dialog());
  };

  /** Closed by Confirm, Cancel or Escape: the focus goes to the new stepper, else back to the opener. */
  private readonly handleClosed = (): void => {
    const id = this.dialogService?.id;
    if (id === undefined) return;
    const confirmed = this.confirmedId === id;
    this.dialogService = null;
    this.focusAfter(confirmed ? this.stepperOf(id) : `[part~="other-services"] [data-service-id="${cssEscape(id)}"] button.add`);
    this.update();
  };

  /** Tab and Shift+Tab wrap inside the dialog, so the focus never leaves it while it is open. */
  private readonly handleDialogKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const stops = [dialog.querySelector<HTMLElement>(stepperTag()), ...dialog.querySelectorAll<HTMLElement>('.dialog-actions button')].filter(
      (stop): stop is HTMLElement => stop !== null,
    );
    const first = stops[0];
    const last = stops.at(-1);
    const path = event.composedPath();
    if (!event.shiftKey && last && path.includes(last)) {
      event.preventDefault();
      first?.focus();
    } else if (event.shiftKey && first && path.includes(first)) {
      event.preventDefault();
      last?.focus();
    }
  };

  // ------------------------------------------------------------ rendering

  /** "$10.00 per 100 GB / month", the price and the unit isolated (right to left read "GB 100"). */
  private unitPrice(service: Service): TemplateResult {
    return isolated((params) => this.context.t('common.perUnitMonth', params), {
      price: formatMoney(service.unitPrice, this.context.locale()),
      unit: unitName(service, 1, this.context.locale(), this.catalogLanguage),
    });
  }

  /** The catalog's language, so its unit forms are used only in the buyer's (i18n/units.ts). */
  private get catalogLanguage(): string | undefined {
    return this.context.store()?.getState().catalog?.language;
  }

  private renderDetails(subscription: Subscription, plan: Plan | undefined, catalog: Catalog, selection: ExpandSelection): TemplateResult {
    const { t, locale } = this.context;
    const owned = new Map(subscription.services.map((item) => [item.serviceId, item.quantity]));
    const chosen = catalog.services.filter((service) => Object.hasOwn(selection.quantities, service.id));
    const planName = plan?.name ?? subscription.name;
    return html`
      <section part="subscription-details" class="services subscription-details" aria-labelledby="details-title">
        <h2 id="details-title" class="title">${t('planPicker.partner.details')}</h2>
        <p class="muted subscription-name"><bdi>${subscription.name}</bdi></p>
        <button
          type="button"
          part="capacity-toggle"
          class="capacity-toggle"
          aria-expanded=${this.capacityOpen ? 'true' : 'false'}
          aria-controls="current-capacity"
          aria-label=${t('planPicker.partner.capacity', { name: planName })}
          @click=${this.toggleCapacity}
        >
          ${chevron}<bdi class="plan-name">${planName}</bdi>
        </button>
        <dl id="current-capacity" part="capacity" class="details capacity" ?hidden=${!this.capacityOpen}>
          ${catalog.services.map(
            (service) => html`<div data-service-id=${service.id}>
              <dt><bdi>${service.name}</bdi></dt>
              <dd>${owned.has(service.id) ? formatCount(owned.get(service.id) ?? 0, locale()) : t('planPicker.partner.notSubscribed')}</dd>
            </div>`,
          )}
        </dl>
        <div part="selected-services" class="selected-services">
          ${chosen.map(
            (service) => html`<div part="service" class="service" data-service-id=${service.id}>
              <div class="service-main">
                ${renderStepper(this.context, service.id)}
                ${owned.has(service.id) ? nothing : renderRemoveService(this.context, service, () => this.remove(service))}
              </div>
            </div>`,
          )}
        </div>
        <p class="muted hint">${t('planPicker.expand.note', { date: formatDate(subscription.termEnd, locale()) })}</p>
      </section>
    `;
  }

  private renderTabs(subscription: Subscription, plan: Plan | undefined, catalog: Catalog, selection: ExpandSelection): TemplateResult {
    const { t, locale } = this.context;
    const tabLabels: Record<Tab, string> = { plan: t('planPicker.partner.tab.plan'), service: t('planPicker.partner.tab.service') };
    return html`
      <section class="partner-tabs">
        <div role="tablist" part="tabs" class="tabs" aria-label=${t('planPicker.partner.tabs')} @keydown=${this.handleTabKeydown}>
          ${TABS.map(
            (tab) => html`<button
              type="button"
              role="tab"
              part=${this.tab === tab ? 'tab tab-selected' : 'tab'}
              class="tab"
              id=${`tab-${tab}`}
              data-tab=${tab}
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              aria-controls=${`panel-${tab}`}
              tabindex=${this.tab === tab ? '0' : '-1'}
              @click=${() => this.selectTab(tab, false)}
            >
              ${tabLabels[tab]}
            </button>`,
          )}
        </div>
        <div role="tabpanel" part="tab-panel" class="tab-panel" id="panel-plan" aria-labelledby="tab-plan" tabindex="0" ?hidden=${this.tab !== 'plan'}>
          <p class="plan-name"><bdi>${plan?.name ?? subscription.name}</bdi></p>
          ${plan?.description ? html`<p class="muted"><bdi>${plan.description}</bdi></p>` : nothing}
          ${plan && plan.features.length > 0 ? html`<ul class="features">${plan.features.map((feature) => html`<li><bdi>${feature}</bdi></li>`)}</ul>` : nothing}
          <p class="muted">${t('planPicker.partner.termEnd', { date: formatDate(subscription.termEnd, locale()) })}</p>
        </div>
        <div role="tabpanel" part="tab-panel" class="tab-panel" id="panel-service" aria-labelledby="tab-service" ?hidden=${this.tab !== 'service'}>
          <ul class="service-list">
            ${catalog.services.map((service) => {
              const chosen = Object.hasOwn(selection.quantities, service.id);
              return html`<li part="service" class="service catalog-service" data-service-id=${service.id}>
                <div class="service-main">
                  <span class="service-name"><bdi>${service.name}</bdi></span>
                  <span class="unit-price">${this.unitPrice(service)}</span>
                  <button
                    type="button"
                    part="subscribe"
                    class="button subscribe"
                    aria-label=${t(chosen ? 'planPicker.partner.changeNamed' : 'planPicker.partner.subscribeNamed', { name: service.name })}
                    @click=${() => this.subscribe(service, selection)}
                  >
                    ${t(chosen ? 'planPicker.partner.change' : 'planPicker.partner.subscribe')}
                  </button>
                </div>
                ${service.description ? html`<p class="muted service-description"><bdi>${service.description}</bdi></p>` : nothing}
              </li>`;
            })}
          </ul>
        </div>
      </section>
    `;
  }

  private renderOthers(catalog: Catalog, selection: ExpandSelection): TemplateResult {
    const { t } = this.context;
    const others = catalog.services.filter((service) => !Object.hasOwn(selection.quantities, service.id));
    return html`
      <section part="other-services" class="services other-services" aria-labelledby="other-title">
        <h2 id="other-title" class="title">${t('planPicker.other.title')}</h2>
        ${
          others.length === 0
            ? html`<p class="muted">${t('planPicker.other.empty')}</p>`
            : others.map(
                (service) => html`<div part="service" class="service other" data-service-id=${service.id}>
                  <div class="service-main">
                    <span class="service-name"><bdi>${service.name}</bdi></span>
                    <span class="unit-price">${this.unitPrice(service)}</span>
                    <button
                      type="button"
                      class="button add"
                      aria-haspopup="dialog"
                      aria-label=${t('planPicker.service.addNamed', { name: service.name })}
                      @click=${() => this.openDialog(service)}
                    >
                      ${t('planPicker.service.add')}
                    </button>
                  </div>
                </div>`,
              )
        }
      </section>
    `;
  }

  private renderDialog(): TemplateResult {
    const { t } = this.context;
    const service = this.dialogService;
    return html`
      <dialog
        class="service-dialog"
        part="service-dialog"
        aria-labelledby="service-dialog-title"
        aria-describedby="service-dialog-price service-dialog-note"
        @close=${this.handleClosed}
        @keydown=${this.handleDialogKeydown}
      >
        ${
          service === null
            ? nothing
            : html`
              <h2 id="service-dialog-title" class="title">${t('planPicker.service.addNamed', { name: service.name })}</h2>
              ${service.description ? html`<p class="muted"><bdi>${service.description}</bdi></p>` : nothing}
              ${registeredElement(
                stepperTag(),
                {
                  label: t('planPicker.partner.dialog.capacity'),
                  // The server's names of the unit in the buyer's language, when it sends them.
                  unit: unitName(service, 1, this.context.locale(), this.catalogLanguage),
                  'unit-plural': formsFit(this.catalogLanguage, this.context.locale()) ? service.unitForms?.other : undefined,
                  theme: this.context.theme(),
                },
                {
                  min: firstQuantity(service),
                  max: service.max,
                  step: service.step,
                  value: this.draft,
                  onchange: this.handleDraftChange,
                },
              )}
              <p id="service-dialog-price" part="price-preview" class="price-preview">${this.unitPrice(service)}</p>
              <p id="service-dialog-note" class="muted hint">${t('planPicker.partner.dialog.note')}</p>
              ${this.dialogRefused ? html`<p class="field-error" role="alert">${t('planPicker.service.refused', { name: service.name })}</p>` : nothing}
              <div class="dialog-actions">
                <button type="button" class="button cancel" @click=${this.handleCancel}>${t('common.cancel')}</button>
                <button type="button" class="button primary confirm" @click=${this.handleConfirm}>${t('common.confirm')}</button>
              </div>
            `
        }
      </dialog>
    `;
  }

  render(subscription: Subscription, catalog: Catalog, selection: ExpandSelection): TemplateResult {
    const plan = catalog.plans.find((candidate) => candidate.id === subscription.planId);
    return html`
      ${this.renderDetails(subscription, plan, catalog, selection)} ${this.renderTabs(subscription, plan, catalog, selection)}
      ${this.renderOthers(catalog, selection)} ${this.renderDialog()}
    `;
  }
}
