import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { PRICE_CHANGE_CODES } from '../../api/rules.js';
import type { Catalog, Contact, Money, PaymentMethod, Quote, Subscription } from '../../api/schemas.js';
import { UpcartOrderCompleteEvent } from '../../events/order-complete.js';
import { UpcartOrderPlacedEvent } from '../../events/order-placed.js';
import { UpcartPaymentMethodChangeEvent } from '../../events/payment-method-change.js';
import { bridgeStoreEvents, type Reaction } from '../../events/store-event-bridge.js';
import { formatMoney } from '../../i18n/format.js';
import { addEnglish, type MessageKey } from '../../i18n/messages.js';
import {
  COMPLETE_ORDER_STATUSES,
  type CheckoutConfig,
  type CheckoutOrder as Order,
  type CheckoutState,
  type PaymentSelection,
  type PriceChange,
  type PriceNotice,
  type RejectedInput,
  type Selection,
  type StepStatus,
} from '../../store/checkout-state.js';
import { orderBlockers, type OrderBlocker } from '../../store/selectors/order-blockers.js';
import { StoreController } from '../../store/store-controller.js';
import type { PaymentContext, PaymentMethodHandler } from '../../payments/payment-method.js';
import { breakable } from '../shared/breakable.js';
import { renderAlert } from '../shared/step-status.js';
import { UpcartElement } from '../upcart-element.js';
import { styles } from './pay-checkout.styles.js';
import { payCheckout as english } from '../../i18n/locales/en/pay-checkout.js';
import { methodLoaders } from '../../payments/method-loaders.js';
import type { LoadingPart } from '../shared/import-once.js';
import { LazyViews } from '../shared/lazy-views.js';
import type { OrderResultContext } from './result-context.js';
import { resultLoaders } from './result-loaders.js';

interface PaySlice {
  readonly config: CheckoutConfig | null;
  readonly catalog: Catalog | null;
  readonly catalogStatus: StepStatus;
  readonly subscriptions: readonly Subscription[];
  readonly selection: Selection | null;
  readonly contacts: readonly Contact[];
  readonly contactId: string | null;
  readonly payment: PaymentSelection;
  readonly quote: Quote | null;
  readonly quoteStatus: StepStatus;
  readonly priceChange: PriceChange | null;
  readonly priceNotice: PriceNotice | null;
  readonly rejectedInputs: Readonly<Record<string, RejectedInput>>;
  readonly order: Order | null;
  readonly orderStatus: StepStatus;
  readonly blockers: readonly OrderBlocker[];
}

function selectPay(state: CheckoutState): PaySlice {
  return {
    config: state.config,
    catalog: state.catalog,
    catalogStatus: state.status.catalog,
    subscriptions: state.subscriptions,
    selection: state.selection,
    contacts: state.contacts,
    contactId: state.contactId,
    payment: state.payment,
    quote: state.quote,
    quoteStatus: state.status.quote,
    priceChange: state.priceChange,
    priceNotice: state.priceNotice,
    rejectedInputs: state.rejectedInputs,
    order: state.order,
    orderStatus: state.status.order,
    blockers: orderBlockers(state),
  };
}

const BLOCKER_MESSAGES: Record<OrderBlocker, MessageKey> = {
  rejected_input: 'pay.blocked.rejectedInput',
  quote_loading: 'pay.blocked.quoteLoading',
  no_quote: 'pay.blocked.noQuote',
  confirm_price: 'pay.blocked.priceChange',
  no_contact: 'pay.blocked.noContact',
  no_payment_method: 'pay.blocked.noMethod',
  invalid_pi_number: 'pay.blocked.piInvalid',
};

/**
 * The last step of a checkout: the payment method (PayPal, card or offline), the Auto Renew
 * checkbox, the PI number for offline orders, a review of what is ordered with everything still
 * missing, the pay / Place Order button, and the result with the order id, status, items and the
 * invoice link. Stripe's Payment Element and PayPal's buttons load only when their method is
 * chosen and mount into light DOM (they refuse shadow roots) through the `card-mount` and
 * `paypal-mount` slots, projected through every shadow root above this element. Keys come from
 * the attributes or the catalog's `payments`; without one, that method says it isn't configured.
 *
 * @tagname pay-checkout
 * @summary Payment method, auto-renew, PI number, place order and the order result.
 *
 * @slot card-mount - Where a card payment provider mounts its fields (light DOM, so iframes such as Stripe's work).
 * @slot paypal-mount - Where the PayPal buttons mount (light DOM).
 *
 * @fires upcart-payment-method-change - The buyer chose a payment method.
 * @fires upcart-input-invalid - The typed PI number breaks the contract's rule (on change).
 * @fires upcart-order-placed - A new order was created (once per order).
 * @fires upcart-payment-pending - The buyer finished the provider's step (card, PayPal) and the server has not confirmed the payment yet; the checkout reads the order until it is paid or failed.
 * @fires upcart-order-complete - The order is done for the buyer: placed offline (awaiting offline payment) or paid (once per order and status).
 *
 * @csspart base - The whole checkout block.
 * @csspart method - The payment-method radio group (fieldset).
 * @csspart auto-renew - The Auto Renew checkbox label.
 * @csspart pi-number - The PI number input.
 * @csspart review - The service-information review.
 * @csspart pay-button - The pay / Place Order button.
 * @csspart result - The order result panel.
 * @csspart invoice-link - The invoice link in the result.
 * @csspart new-order - The "Start a new order" button of the result.
 * @csspart receipt-subtotal - The result's subtotal row.
 * @csspart receipt-discount - The result's promotion row.
 * @csspart receipt-tax - The result's tax row.
 * @csspart payment-pending - The note shown while the server confirms a card or PayPal payment (with "Check again" when it takes long).
 * @csspart error - The alert shown when the order could not be placed.
 *
 * @cssprop --upcart-pay-background - Background of the block; defaults to the surface color.
 * @cssprop --upcart-pay-option-border-color - Border of a payment option; defaults to the border token.
 * @cssprop --upcart-pay-option-selected-color - Border and radio color of the chosen option; defaults to the primary color.
 * @cssprop --upcart-pay-button-background - Background of the pay button; defaults to the primary color.
 * @cssprop --upcart-pay-button-color - Text color of the pay button; defaults to the on-primary color.
 */
export class PayCheckout extends UpcartElement {
  static {
    addEnglish(english);
  }

  static override styles = [UpcartElement.styles, styles];

  private readonly pay = new StoreController(this, selectPay, { store: () => this.store });
  private readonly context: PaymentContext = {
    ...this.hostContext(),
    state: () => this.pay.value,
    stripeKey: () => this.stripeKey || this.pay.value.catalog?.payments?.stripePublishableKey || undefined,
    paypalClientId: () => this.paypalClientId || this.pay.value.catalog?.payments?.paypalClientId || undefined,
    blockers: () => this.blockers,
  };
  /** Each method the catalog may offer, a chunk of its own imported once the buyer chooses it (or ahead, see `preloadMethods`). */
  private readonly lazyMethods = new LazyViews(this.context, methodLoaders, () => this.pay.value.payment.method ?? undefined);

  /** Stripe publishable key; the catalog's `payments.stripePublishableKey` by default. */
  @property({ attribute: 'stripe-key' }) stripeKey: string | undefined;

  /** PayPal client id; the catalog's `payments.paypalClientId` by default. */
  @property({ attribute: 'paypal-client-id' }) paypalClientId: string | undefined;

  @query('#result-title') private resultHeading!: HTMLElement | null;

  private readonly resultContext: OrderResultContext = { ...this.hostContext(), newOrder: () => this.activeStore?.startNewOrder() };
  /** The order result, a chunk of its own: imported once there is an order to show (or ahead, see `preloadResult`). */
  private readonly lazyResult = new LazyViews(this.resultContext, resultLoaders, () => (this.shownOrder ? 'result' : undefined));
  /** A new order's result takes the focus once it is rendered, which may be after its module arrives. */
  private focusResult = false;

  private readonly events = bridgeStoreEvents(this, () => this.activeStore, {
    events: (event) => (event.type === 'order-placed' || event.type === 'order-update' ? this.orderEvents(event.order) : []),
    // An order present when the element starts to listen is history: marked as reported.
    attached: ({ order }) => order && this.orderEvents(order),
  });
  /** Orders reported, by id, and `id|status` pairs reported complete. */
  private readonly reported = new Set<string>();

  protected override get loadingParts(): readonly LoadingPart[] {
    return [this.lazyResult, this.lazyMethods];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Before rendering, so a provider's phase change ('loading') is part of this update rather
    // than a second one.
    this.syncProviders();
  }

  /** A new order gets its result focused and is reported once; each complete status once. */
  private orderEvents(order: Order): Reaction[] {
    const reactions: Reaction[] = [];
    if (this.once(order.id)) reactions.push(() => void (this.focusResult = true), new UpcartOrderPlacedEvent({ order }));
    if (COMPLETE_ORDER_STATUSES.includes(order.status) && this.once(`${order.id}|${order.status}`)) reactions.push(new UpcartOrderCompleteEvent({ order }));
    return reactions;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusResult && this.resultHeading) {
      this.focusResult = false;
      this.resultHeading.focus();
    }
  }

  /** True the first time `key` is reported. */
  private once(key: string): boolean {
    return !this.reported.has(key) && !!this.reported.add(key);
  }

  private handleMethodChange(event: Event): void {
    const method = (event.target as HTMLInputElement).value as PaymentMethod;
    const result = this.activeStore?.setPaymentMethod(method);
    if (result?.ok) this.dispatchEvent(new UpcartPaymentMethodChangeEvent({ method }));
  }

  private handlePay(): void {
    // aria-disabled keeps the button focusable with its reasons; a click then does nothing.
    if (this.payBlocked) return;
    this.preloadResult();
    this.method?.pay();
  }

  /** The buyer reaches for the pay button: the result's module loads while the order is placed. */
  private preloadResult(): void {
    this.lazyResult.load('result');
  }

  /** The order the result shows: any but a pending card or PayPal order, which keeps the payment step until it is paid. */
  private get shownOrder(): Order | null {
    const { order } = this.pay.value;
    return order && order.status !== 'pending_payment' ? order : null;
  }

  /** The pointer or the focus reaches the choice of method: every method's module loads before a click needs it. */
  private preloadMethods(): void {
    for (const method of this.pay.value.catalog?.paymentMethods ?? []) this.lazyMethods.load(method);
  }

  private readonly handleMethodRetry = (): void => {
    const { method } = this.pay.value.payment;
    if (method) this.lazyMethods.load(method);
  };

  /** The chosen method, once its module is in. */
  private get method(): PaymentMethodHandler | undefined {
    const { method } = this.pay.value.payment;
    return method ? this.lazyMethods.view(method) : undefined;
  }

  /** A method is chosen and its module is still loading, or failed to. */
  private get methodPending(): boolean {
    return this.pay.value.payment.method !== null && !this.method;
  }

  /** Mounts the chosen method's provider, and removes the others, as the state now asks. */
  private syncProviders(): void {
    // A store change can still render a removed element; mounts belong to connected ones only.
    if (!this.isConnected) return;
    const { payment, order } = this.pay.value;
    const done = order !== null && order.status !== 'pending_payment';
    for (const name of Object.keys(methodLoaders) as PaymentMethod[]) this.lazyMethods.view(name)?.sync(payment.method === name && !done);
  }

  /** Everything that still keeps the order from being placed, in the order a buyer fixes them. */
  private get blockers(): MessageKey[] {
    return this.pay.value.blockers.map((blocker) => BLOCKER_MESSAGES[blocker]);
  }

  /** Controls that show a value the store refused: each is a reason the order cannot be placed. */
  private get rejectedInputs(): RejectedInput[] {
    return Object.values(this.pay.value.rejectedInputs);
  }

  private blockerItems(blockers: readonly MessageKey[]): TemplateResult[] {
    return blockers.flatMap((key) =>
      key === 'pay.blocked.rejectedInput'
        ? this.rejectedInputs.map((input) => html`<li>${this.t(key, { label: input.label, message: input.message })}</li>`)
        : [html`<li>${this.t(key)}</li>`],
    );
  }

  private get placing(): boolean {
    const methods = Object.keys(methodLoaders) as PaymentMethod[];
    return this.pay.value.orderStatus.state === 'loading' || methods.some((name) => this.lazyMethods.view(name)?.paying);
  }

  /** A method without its key, or whose provider failed to load: the buyer is told why. */
  private get methodUnavailable(): boolean {
    return this.methodPending || (this.method?.unavailable ?? false);
  }

  private get payBlocked(): boolean {
    return this.placing || this.methodUnavailable || this.blockers.length > 0;
  }

  private renderMethods(catalog: Catalog, method: PaymentMethod | null): TemplateResult {
    return html`<fieldset part="method" @pointerenter=${this.preloadMethods} @focusin=${this.preloadMethods}>
      <legend>${this.t('pay.method.legend')}</legend>
      <div class="options">
        ${catalog.paymentMethods.map(
          (option) => html`<label class="option">
            <input
              type="radio"
              name="method"
              value=${option}
              .checked=${method === option}
              aria-describedby=${`hint-${option}`}
              @change=${this.handleMethodChange}
            />
            <span class="option-title">${this.t(`pay.method.${option}`)}</span>
            <span class="option-hint" id=${`hint-${option}`}>${this.t(`pay.method.${option}.hint`)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderReview(): TemplateResult {
    const { config, catalog, subscriptions, selection, contacts, contactId, quote, quoteStatus } = this.pay.value;
    const flow = config?.flow ?? null;
    const contact = contacts.find((candidate) => candidate.id === contactId);
    const none = html`<span class="muted">${this.t('pay.review.none')}</span>`;
    let subscriptionLabel: MessageKey = 'pay.review.subscription';
    let subscriptionValue: TemplateResult | string = none;
    if (selection?.flow === 'renew') {
      subscriptionLabel = 'pay.review.subscriptions';
      // A renewal center's selection lists no ids: its quote counts it, each resource's plan in a renewal line.
      const count = config?.renewal
        ? quote?.lines.reduce(
            (sum, line) => sum + (line.kind === 'renewal' && catalog?.plans.some((plan) => plan.id === line.refId) ? (line.count ?? 1) : 0),
            0,
          )
        : selection.subscriptionIds.length;
      if (count) subscriptionValue = this.t('pay.review.subscriptionCount', { count });
    } else if (subscriptions[0]) {
      subscriptionValue = breakable(subscriptions[0].name);
    }
    return html`<section part="review" aria-labelledby="review-title">
      <h2 id="review-title">${this.t('pay.review.title')}</h2>
      <dl>
        <dt>${this.t('pay.review.flow')}</dt>
        <dd>${flow ? this.t(`pay.review.flow.${flow}`) : none}</dd>
        <dt>${this.t(subscriptionLabel)}</dt>
        <dd>${subscriptionValue}</dd>
        <dt>${this.t('pay.review.contact')}</dt>
        <dd>${contact ? html`<bdi>${contact.name}</bdi><br /><span class="muted">${breakable(contact.email)}</span>` : none}</dd>
        <dt>${this.t('pay.review.total')}</dt>
        <dd class="review-total">
          ${
            quote && this.rejectedInputs.length === 0
              ? html`<bdi>${formatMoney(quote.total, this.locale)}</bdi>`
              : html`<span class="muted"
                >${this.t(this.rejectedInputs.length > 0 ? 'pay.review.blocked' : quoteStatus.state === 'loading' ? 'pay.review.pricing' : 'pay.review.none')}</span
              >`
          }
        </dd>
      </dl>
    </section>`;
  }

  private renderOrderError(): TemplateResult | typeof nothing {
    const { orderStatus } = this.pay.value;
    const error = orderStatus.state === 'error' ? orderStatus.error : undefined;
    // An order refused for a stale price: the price-change notice covers it, and a retry could not help.
    if (!error || (PRICE_CHANGE_CODES as readonly (string | undefined)[]).includes(error.serverCode)) return nothing;
    return renderAlert(this.hostContext(), { step: 'order', error });
  }

  private renderActions(): TemplateResult {
    const blockers = this.blockers;
    const placing = this.placing;
    const blocked = this.payBlocked;
    const describedBy = [blockers.length > 0 ? 'pay-blockers' : '', this.methodUnavailable ? 'pay-unavailable' : ''].filter(Boolean).join(' ');
    const notice = this.pay.value.priceNotice;
    return html`<div class="actions">
      ${notice ? html`<p class="notice" role="status">${this.t(`pay.notice.${notice}`)}</p>` : nothing}
      ${
        blockers.length > 0
          ? html`<div class="blockers" id="pay-blockers">
            <p>${this.t('pay.blocked.title')}</p>
            <ul>
              ${this.blockerItems(blockers)}
            </ul>
          </div>`
          : nothing
      }
      ${this.method?.actions() ?? this.renderMethodLoad()} ${this.renderPayButton(blocked, placing, describedBy)}
    </div>`;
  }

  private renderPayButton(blocked: boolean, placing: boolean, describedBy: string): TemplateResult | typeof nothing {
    // No figure for what the store holds while a field shows another value.
    const total = this.rejectedInputs.length === 0 ? this.pay.value.quote?.total : undefined;
    // Before a method is chosen (or while its module loads) the button reads as it will, blocked.
    const label = this.payLabel(total);
    if (label === null) return nothing;
    return html`<button
        type="button"
        part="pay-button"
        class="button primary pay"
        aria-disabled=${blocked ? 'true' : 'false'}
        aria-busy=${placing ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @click=${this.handlePay}
        @pointerenter=${this.preloadResult}
        @focus=${this.preloadResult}
      >
        ${placing && this.method ? html`<span class="spinner" aria-hidden="true"></span>${this.t(this.method.busyLabel)}` : label}
      </button>`;
  }

  /** The pay button's text for `total` (none while a field shows a refused value); null: PayPal brings its own buttons. */
  private payLabel(total: Money | undefined): string | null {
    const { method } = this.pay.value.payment;
    if (method === 'paypal') return null;
    if (method !== 'card') return this.t('pay.button.offline');
    return total ? this.t('pay.button.cardTotal', { total: formatMoney(total, this.locale) }) : this.t('pay.button.card');
  }

  /** While the chosen method's module loads, a status where its part will be; if it fails, why, with Try again. */
  private renderMethodLoad(): TemplateResult | typeof nothing {
    const { method } = this.pay.value.payment;
    if (!method) return nothing;
    if (this.lazyMethods.hasFailed(method)) {
      return renderAlert(this.context, { id: 'pay-unavailable', message: this.t('pay.method.loadError'), retry: this.handleMethodRetry });
    }
    return html`<p class="provider-status" id="pay-unavailable" role="status">${this.t('common.loading')}</p>`;
  }

  /** The order's result; while its module loads, or if it fails to, the order's id and status still show. */
  private renderResult(order: Order, catalog: Catalog | null): TemplateResult {
    const view = this.lazyResult.view('result');
    if (view) return view.render(order, catalog);
    const failed = this.lazyResult.hasFailed('result');
    const message = this.t(failed ? 'pay.resultLoadError' : 'pay.resultLoading', { id: order.id });
    if (failed) return renderAlert(this.resultContext, { message, retry: this.preloadResult });
    return html`<p class="loading" role="status" aria-busy="true">${message}</p>`;
  }

  private renderContent(): TemplateResult {
    const { catalog, catalogStatus, payment } = this.pay.value;
    const order = this.shownOrder;
    if (order) return this.renderResult(order, catalog);
    if (!catalog) {
      if (catalogStatus.state === 'error' && catalogStatus.error) return renderAlert(this.hostContext(), { step: 'catalog', error: catalogStatus.error });
      return html`<p class="loading" aria-busy="true">${this.t('pay.loading')}</p>`;
    }
    return html`${this.renderMethods(catalog, payment.method)} ${this.method?.options() ?? nothing} ${this.renderReview()}
    ${this.renderOrderError()} ${this.renderActions()}`;
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" role="group" aria-label=${this.t('pay.label')}>${this.renderContent()}</div>`;
  }
}
