/**
 * Expand mode (Yeastar P-Series): the subscription's services with current capacity and a stepper
 * each, and "Other services" the subscription does not have yet, each added with a button and then
 * given a stepper and Remove. For a customer found by company id (Workplace SaaS in a partner
 * portal) the customer and the partner layout of `partner-expand.ts` instead.
 * A subscription the backend does not expand (a trial, an inactive one) gets no steppers but
 * the reason and the next step: upgrade (or renew) it, asked for with `upcart-flow-request`.
 */
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { canExpand } from '../../api/rules.js';
import type { Catalog, Customer, Flow, Service, Subscription } from '../../api/schemas.js';
import { UpcartFlowRequestEvent } from '../../events/flow-request.js';
import { formatDate } from '../../i18n/format.js';
import type { ExpandSelection } from '../../store/checkout-state.js';
import { renderAddService, renderRemoveService, renderStepper, stepperTag } from './service-controls.js';
import { PartnerExpand } from './partner-expand.js';
import { planPickerViews as english } from '../../i18n/locales/en/plan-picker-views.js';
import { expandView } from '../../i18n/locales/en/expand-view.js';
import { addEnglish } from '../../i18n/messages.js';
import type { PickerSlice, ViewContext } from './view-context.js';
import { styles } from './expand-view.styles.js';
import { cssEscape } from '../shared/css-escape.js';

export class ExpandView implements ReactiveController {
  /** Added to the picker's own when the view loads (see shared/lazy-views.ts). */
  static readonly styles = styles;

  static {
    // Its words load with it, like its styles.
    addEnglish({ ...english, ...expandView });
  }

  private readonly context: ViewContext;
  /** What to focus once the next render is in: the control that replaced the one just used. */
  private focusAfterUpdate: string | null = null;
  /** A service whose Add the store refused, to say so beside it. */
  private refusedServiceId: string | null = null;
  /** The layout for a customer found by company id (Workplace SaaS in a partner portal). */
  private readonly partner: PartnerExpand;

  constructor(context: ViewContext) {
    this.context = context;
    this.partner = new PartnerExpand(context, (selector) => {
      this.focusAfterUpdate = selector;
    });
    context.host.addController(this);
  }

  hostUpdated(): void {
    if (this.focusAfterUpdate === null) return;
    const target = this.context.root().querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = null;
    if (target === null) return;
    // A stepper created in this update has no field to focus until its own first render.
    const pending = (target as Partial<ReactiveElement>).updateComplete;
    if (pending) void pending.then(() => target.focus());
    else target.focus();
  }

  // ------------------------------------------------------------ actions

  private addService(serviceId: string): void {
    const store = this.context.store();
    if (!store) return;
    const result = store.addService(serviceId);
    this.refusedServiceId = result.ok ? null : serviceId;
    if (result.ok) {
      // The Add button is gone; the new stepper takes the focus.
      this.focusAfterUpdate = `[data-service-id="${cssEscape(serviceId)}"] ${stepperTag()}`;
      this.context.selectionChanged();
    }
    this.context.host.requestUpdate();
  }

  private removeService(serviceId: string): void {
    const store = this.context.store();
    if (!store?.removeService(serviceId).ok) return;
    this.focusAfterUpdate = `[data-service-id="${cssEscape(serviceId)}"] button.add`;
    this.context.selectionChanged();
    this.context.host.requestUpdate();
  }

  private requestFlow(subscription: Subscription, flow: Flow): void {
    this.context.emit(new UpcartFlowRequestEvent({ subscriptionId: subscription.id, flow }));
  }

  // ------------------------------------------------------------ rendering

  private renderCustomer(customer: Customer): TemplateResult {
    const { t } = this.context;
    return html`
      <section part="customer" class="customer" aria-label=${t('planPicker.customer.label')}>
        <dl class="details">
          <div>
            <dt>${t('planPicker.customer.label')}</dt>
            <dd class="customer-name"><bdi>${customer.name}</bdi></dd>
          </div>
          <div>
            <dt>${t('planPicker.customer.companyId')}</dt>
            <dd class="company-id"><bdi>${customer.companyId}</bdi></dd>
          </div>
        </dl>
      </section>
    `;
  }

  /** A service the subscription has: the stepper shows its name, current → new and unit price. */
  private renderOwned(service: Service): TemplateResult {
    return html`
      <div part="service" class="service" data-service-id=${service.id}>
        ${renderStepper(this.context, service.id)}
        ${service.description ? html`<p class="muted service-description"><bdi>${service.description}</bdi></p>` : nothing}
      </div>
    `;
  }

  /** A service to add: its name and Add, then a stepper and Remove once added. */
  private renderOther(service: Service, selection: ExpandSelection): TemplateResult {
    const { t } = this.context;
    const added = Object.hasOwn(selection.quantities, service.id);
    const description = service.description ? html`<p class="muted service-description"><bdi>${service.description}</bdi></p>` : nothing;
    if (added) {
      return html`
        <div part="service" class="service other added" data-service-id=${service.id}>
          <div class="service-main">
            ${renderStepper(this.context, service.id)} ${renderRemoveService(this.context, service, () => this.removeService(service.id))}
          </div>
          ${description}
        </div>
      `;
    }
    return html`
      <div part="service" class="service other" data-service-id=${service.id}>
        <div class="service-main">
          ${renderAddService(this.context, service, () => this.addService(service.id))}
        </div>
        ${description}
        ${
          this.refusedServiceId === service.id
            ? html`<p class="field-error" role="alert">${t('planPicker.service.refused', { name: service.name })}</p>`
            : nothing
        }
      </div>
    `;
  }

  /** Why the subscription cannot be expanded, and the flows that can take it further. */
  private renderNextStep(subscription: Subscription, catalog: Catalog): TemplateResult {
    const { t } = this.context;
    const trial = subscription.status === 'trial';
    // A trial is never renewed; either needs the catalog to offer the flow at all.
    const flows = (['renew', 'upgrade'] as const).filter((flow) =>
      flow === 'renew' ? !trial && catalog.renewalDurations.length > 0 : catalog.plans.length > 0,
    );
    return html`
      <section part="next-step" class="next-step" aria-labelledby="expand-title">
        <h2 id="expand-title" class="title">${t('planPicker.expand.services')}</h2>
        <p class="muted subscription-name"><bdi>${subscription.name}</bdi></p>
        <p>${t(flows.length === 0 ? 'planPicker.expand.noFlow' : trial ? 'planPicker.expand.trial' : 'planPicker.expand.inactive')}</p>
        <div class="next-step-actions">
          ${flows.map(
            (flow) => html`<button type="button" class="button primary" data-flow=${flow} @click=${() => this.requestFlow(subscription, flow)}>
              ${t(flow === 'renew' ? 'planPicker.expand.renew' : trial ? 'planPicker.expand.upgradeTrial' : 'planPicker.expand.upgrade')}
            </button>`,
          )}
        </div>
      </section>
    `;
  }

  render(slice: PickerSlice): TemplateResult | typeof nothing {
    const { catalog, selection } = slice;
    const subscription: Subscription | undefined = slice.subscriptions[0];
    if (catalog === null || selection?.flow !== 'expand' || subscription === undefined) return nothing;
    if (!canExpand(subscription)) {
      return html`${slice.customer ? this.renderCustomer(slice.customer) : nothing} ${this.renderNextStep(subscription, catalog)}`;
    }
    if (slice.customer) return html`${this.renderCustomer(slice.customer)} ${this.partner.render(subscription, catalog, selection)}`;
    const { t, locale } = this.context;
    const owned = new Map(subscription.services.map((item) => [item.serviceId, item.quantity]));
    const ownedServices = catalog.services.filter((service) => owned.has(service.id));
    const otherServices = catalog.services.filter((service) => !owned.has(service.id));
    return html`
      <section class="services" aria-labelledby="expand-title">
        <h2 id="expand-title" class="title">${t('planPicker.expand.services')}</h2>
        <p class="muted subscription-name"><bdi>${subscription.name}</bdi></p>
        ${ownedServices.map((service) => this.renderOwned(service))}
        <p class="muted hint">${t('planPicker.expand.note', { date: formatDate(subscription.termEnd, locale()) })}</p>
      </section>
      <section part="other-services" class="services other-services" aria-labelledby="other-title">
        <h2 id="other-title" class="title">${t('planPicker.other.title')}</h2>
        ${
          otherServices.length === 0
            ? html`<p class="muted">${t('planPicker.other.empty')}</p>`
            : otherServices.map((service) => this.renderOther(service, selection))
        }
      </section>
    `;
  }
}
