import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { PRICE_CHANGE_CODES } from '../../api/rules.js';
import type { Catalog, Contact, PaymentMethod, Quote, Subscription } from '../../api/schemas.js';
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
import { renderAlert } from '../shared/step-status.js';
import { UpcartElement } from '../upcart-element.js';
import { styles } from './pay-checkout.styles.js';
import { payCheckout as english } from '../../i18n/locales/en/pay-checkout.js';
import { cardMethod } from '../../payments/card-method.js';
import { offlineMethod } from '../../payments/offline-method.js';
import { paypalMethod } from '../../payments/paypal-method.js';
import { renderOrderResult } from './order-result.js';

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

  readonly #pay = new StoreController(this, selectPay, { store: () => this.store });
  readonly #card = new CardPaymentController(this, 'card-mount');
  readonly #paypal = new PaypalController(this, 'paypal-mount');

  /** Stripe publishable key; the catalog's `payments.stripePublishableKey` by default. */
  @property({ attribute: 'stripe-key' }) stripeKey: string | undefined;

  /** PayPal client id; the catalog's `payments.paypalClientId` by default. */
  @property({ attribute: 'paypal-client-id' }) paypalClientId: string | undefined;

  @query('#result-title') private resultHeading!: HTMLElement | null;

  private readonly events = bridgeStoreEvents(this, () => this.activeStore, {
    events: (event) => (event.type === 'order-placed' || event.type === 'order-update' ? this.#orderEvents(event.order) : []),
    // An order present when the element starts to listen is history: marked as reported.
    attached: ({ order }) => order && this.#orderEvents(order),
  });
  /** Orders reported, by id, and `id|status` pairs reported complete. */
  readonly #reported = new Set<string>();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Before rendering, so a provider's phase change ('loading') is part of this update rather
    // than a second one.
    this.#syncProviders();
  }

  /** A new order gets its result focused and is reported once; each complete status once. */
  #orderEvents(order: Order): Reaction[] {
    const reactions: Reaction[] = [];
    if (this.#once(order.id)) reactions.push(() => this.resultHeading?.focus(), new UpcartOrderPlacedEvent({ order }));
    if (COMPLETE_ORDER_STATUSES.includes(order.status) && this.#once(`${order.id}|${order.status}`)) reactions.push(new UpcartOrderCompleteEvent({ order }));
    return reactions;
  }

  /** True the first time `key` is reported. */
  #once(key: string): boolean {
    return !this.#reported.has(key) && !!this.#reported.add(key);
  }

  #handleMethodChange(event: Event): void {
    const method = (event.target as HTMLInputElement).value as PaymentMethod;
    const result = this.activeStore?.setPaymentMethod(method);
    if (result?.ok) this.dispatchEvent(new UpcartPaymentMethodChangeEvent({ method }));
  }

  #handleAutoRenewChange(event: Event): void {
    this.activeStore?.setAutoRenew((event.target as HTMLInputElement).checked);
  }

  #handlePiInput(event: Event): void {
    this.activeStore?.setPiNumber((event.target as HTMLInputElement).value);
  }

  #handlePiChange(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const problem = piProblem(value);
    if (problem) this.dispatchEvent(new UpcartInputInvalidEvent({ name: 'piNumber', value, message: this.t(problem) }));
  }

  #handlePay(): void {
    // aria-disabled keeps the button focusable with its reasons; a click then does nothing.
    if (this.#payBlocked) return;
    if (this.#pay.value.payment.method === 'card') {
      void this.#card.pay({ clientSecret: () => this.#clientSecret(), confirm: (paymentIntentId) => this.#confirmOrder({ paymentIntentId }) });
      return;
    }
    void this.activeStore?.placeOrder();
  }

  #handleRetryProvider(): void {
    const { quote } = this.#pay.value;
    const options = this.#stripeOptions();
    if (quote && options) this.#card.retry(quote.total, options);
  }

  get #resolvedStripeKey(): string | undefined {
    return this.stripeKey || this.#pay.value.catalog?.payments?.stripePublishableKey || undefined;
  }

  get #resolvedPaypalClientId(): string | undefined {
    return this.paypalClientId || this.#pay.value.catalog?.payments?.paypalClientId || undefined;
  }

  #stripeOptions() {
    const publishableKey = this.#resolvedStripeKey;
    if (!publishableKey) return null;
    const settings = paymentSettings();
    return { publishableKey, locale: this.locale, nonce: settings.nonce, scriptUrl: settings.stripeScriptUrl };
  }

  /** Mounts the chosen method's provider, and removes the others, as the state now asks. */
  #syncProviders(): void {
    // A store change can still render a removed element; mounts belong to connected ones only.
    if (!this.isConnected) return;
    const { payment, quote, order } = this.#pay.value;
    const done = order !== null && order.status !== 'pending_payment';
    const stripe = this.#stripeOptions();
    if (payment.method === 'card' && !done && stripe) {
      if (quote) this.#card.ensure(quote.total, stripe);
    } else {
      this.#card.teardown();
    }
    const clientId = this.#resolvedPaypalClientId;
    const currency = quote?.currency ?? this.#pay.value.catalog?.currency;
    if (payment.method === 'paypal' && !done && clientId && currency) {
      const settings = paymentSettings();
      this.#paypal.ensure(
        { clientId, currency, locale: this.locale, nonce: settings.nonce, sdkBaseUrl: settings.paypalSdkBaseUrl },
        { createOrder: () => this.#paypalOrderId(), onApprove: (paypalOrderId) => this.#confirmOrder({ paypalOrderId }).then(() => undefined) },
      );
    } else {
      this.#paypal.teardown();
    }
  }

  /**
   * Our pending order for the price on screen: the store reuses one only while its quote is
   * current, else orders anew (an expired price is re-quoted and confirmed first).
   */
  async #payableOrder(): Promise<Order | null> {
    const store = this.activeStore;
    if (!store) return null;
    const result = await store.preparePayment();
    return result.ok ? payableOrder(store.getState()) : null;
  }

  async #clientSecret(): Promise<string | null> {
    const order = await this.#payableOrder();
    return order?.payment?.provider === 'stripe' ? (this.activeStore?.cardClientSecret(order.id) ?? null) : null;
  }

  async #paypalOrderId(): Promise<string> {
    if (this.#blockers.length > 0) throw new Error(this.t(this.#blockers[0]!));
    const order = await this.#payableOrder();
    if (order?.payment?.provider !== 'paypal') throw new Error(this.t('pay.paypal.failed'));
    return order.payment.paypalOrderId;
  }

  async #confirmOrder(request: { paymentIntentId?: string; paypalOrderId?: string }): Promise<boolean> {
    const result = await this.activeStore?.confirmOrder(request);
    return result?.ok === true;
  }

  #handleRetryOrder(): void {
    void this.activeStore?.retry('order');
  }

  #handleNewOrder(): void {
    this.activeStore?.startNewOrder();
  }

  #handleRetryCatalog(): void {
    void this.activeStore?.retry('catalog');
  }

  /** Everything that still keeps the order from being placed, in the order a buyer fixes them. */
  get #blockers(): MessageKey[] {
    return this.#pay.value.blockers.map((blocker) => BLOCKER_MESSAGES[blocker]);
  }

  /** Controls that show a value the store refused: each is a reason the order cannot be placed. */
  get #rejectedInputs(): RejectedInput[] {
    return Object.values(this.#pay.value.rejectedInputs);
  }

  #blockerItems(blockers: readonly MessageKey[]): TemplateResult[] {
    return blockers.flatMap((key) =>
      key === 'pay.blocked.rejectedInput'
        ? this.#rejectedInputs.map((input) => html`<li>${this.t(key, { label: input.label, message: input.message })}</li>`)
        : [html`<li>${this.t(key)}</li>`],
    );
  }

  get #placing(): boolean {
    return this.#pay.value.orderStatus.state === 'loading' || this.#card.state.phase === 'paying';
  }

  /** A method without its key, or whose provider failed to load: the buyer is told why. */
  get #methodUnavailable(): boolean {
    const { method } = this.#pay.value.payment;
    if (method === 'card') return !this.#resolvedStripeKey || this.#card.state.phase === 'unavailable' || this.#card.state.phase === 'loading';
    if (method === 'paypal') return !this.#resolvedPaypalClientId;
    return false;
  }

  get #payBlocked(): boolean {
    return this.#placing || this.#methodUnavailable || this.#blockers.length > 0;
  }

  #renderMethods(catalog: Catalog, method: PaymentMethod | null): TemplateResult {
    return html`<fieldset part="method">
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
              @change=${this.#handleMethodChange}
            />
            <span class="option-title">${this.t(`pay.method.${option}`)}</span>
            <span class="option-hint" id=${`hint-${option}`}>${this.t(`pay.method.${option}.hint`)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderMethodOptions(payment: PaymentSelection): TemplateResult | typeof nothing {
    if (payment.method === 'card' || payment.method === 'paypal') {
      return html`<label class="check" part="auto-renew">
        <input type="checkbox" .checked=${payment.autoRenew} aria-describedby="auto-renew-hint" @change=${this.#handleAutoRenewChange} />
        <span>${this.t('pay.autoRenew')}</span>
        <span class="hint" id="auto-renew-hint">${this.t('pay.autoRenew.hint')}</span>
      </label>`;
    }
    if (payment.method === 'offline') {
      const problem = piProblem(payment.piNumber);
      return html`<div class="field">
        <label for="pi">${this.t('pay.pi.label')} <span class="muted">${this.t('common.optional')}</span></label>
        <input
          id="pi"
          part="pi-number"
          name="piNumber"
          autocomplete="off"
          spellcheck="false"
          .value=${payment.piNumber}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="pi-hint pi-error"
          @input=${this.#handlePiInput}
          @change=${this.#handlePiChange}
        />
        <p class="hint" id="pi-hint">${this.t('pay.pi.hint')}</p>
        <p class="field-error" id="pi-error" role="alert">${problem ? this.t(problem) : ''}</p>
      </div>`;
    }
    return nothing;
  }

  #renderReview(): TemplateResult {
    const { config, subscriptions, selection, contacts, contactId, quote, quoteStatus } = this.#pay.value;
    const flow = config?.flow ?? null;
    const contact = contacts.find((candidate) => candidate.id === contactId);
    const none = html`<span class="muted">${this.t('pay.review.none')}</span>`;
    let subscriptionLabel: MessageKey = 'pay.review.subscription';
    let subscriptionValue: TemplateResult | string = none;
    if (selection?.flow === 'renew') {
      subscriptionLabel = 'pay.review.subscriptions';
      if (selection.subscriptionIds.length > 0) subscriptionValue = this.t('pay.review.subscriptionCount', { count: selection.subscriptionIds.length });
    } else if (subscriptions[0]) {
      subscriptionValue = subscriptions[0].name;
    }
    return html`<section part="review" aria-labelledby="review-title">
      <h2 id="review-title">${this.t('pay.review.title')}</h2>
      <dl>
        <dt>${this.t('pay.review.flow')}</dt>
        <dd>${flow ? this.t(`pay.review.flow.${flow}`) : none}</dd>
        <dt>${this.t(subscriptionLabel)}</dt>
        <dd>${subscriptionValue}</dd>
        <dt>${this.t('pay.review.contact')}</dt>
        <dd>${contact ? html`${contact.name}<br /><span class="muted">${contact.email}</span>` : none}</dd>
        <dt>${this.t('pay.review.total')}</dt>
        <dd class="review-total">
          ${quote && this.#rejectedInputs.length === 0
            ? formatMoney(quote.total, this.locale)
            : html`<span class="muted"
                >${this.t(this.#rejectedInputs.length > 0 ? 'pay.review.blocked' : quoteStatus.state === 'loading' ? 'pay.review.pricing' : 'pay.review.none')}</span
              >`}
        </dd>
      </dl>
    </section>`;
  }

  #renderOrderError(): TemplateResult | typeof nothing {
    const { orderStatus } = this.#pay.value;
    const error = orderStatus.state === 'error' ? orderStatus.error : undefined;
    // An order refused for a stale price: the price-change notice covers it, and a retry could not help.
    if (!error || (PRICE_CHANGE_CODES as readonly (string | undefined)[]).includes(error.serverCode)) return nothing;
    return html`<div class="alert" role="alert" part="error">
      <p>${this.errorText(error)}</p>
      <button type="button" class="button" @click=${this.#handleRetryOrder}>${this.t('common.retry')}</button>
    </div>`;
  }

  #renderActions(method: PaymentMethod | null): TemplateResult {
    const blockers = this.#blockers;
    const placing = this.#placing;
    const blocked = this.#payBlocked;
    const describedBy = [blockers.length > 0 ? 'pay-blockers' : '', this.#methodUnavailable ? 'pay-unavailable' : ''].filter(Boolean).join(' ');
    const notice = this.#pay.value.priceNotice;
    return html`<div class="actions">
      ${notice ? html`<p class="notice" role="status">${this.t(`pay.notice.${notice}`)}</p>` : nothing}
      ${
        blockers.length > 0
          ? html`<div class="blockers" id="pay-blockers">
            <p>${this.t('pay.blocked.title')}</p>
            <ul>
              ${this.#blockerItems(blockers)}
            </ul>
          </div>`
        : nothing}
      ${method === 'card' ? html`<div class="mount"><slot name="card-mount"></slot></div>${this.#renderCardStatus()}` : nothing}
      ${method === 'paypal' ? html`<div class="mount"><slot name="paypal-mount"></slot></div>${this.#renderPaypalStatus()}` : nothing}
      ${this.#methodUnavailable && !(method === 'card' && this.#resolvedStripeKey)
        ? html`<p class="unavailable" id="pay-unavailable">${this.t(method === 'card' ? 'pay.unavailable.card' : 'pay.unavailable.paypal')}</p>`
        : nothing}
      ${method === 'paypal' ? nothing : this.#renderPayButton(method, blocked, placing, describedBy)}
    </div>`;
  }

  #renderCardStatus(): TemplateResult | typeof nothing {
    const state = this.#card.state;
    if (state.phase === 'loading') return html`<p class="provider-status" id="pay-unavailable" role="status">${this.t('pay.card.loading')}</p>`;
    if (state.phase === 'unavailable') {
      return html`<div class="alert" role="alert" part="error" id="pay-unavailable">
        <p>${this.t('pay.card.loadFailed')}</p>
        <button type="button" class="button" @click=${this.#handleRetryProvider}>${this.t('common.retry')}</button>
      </div>`;
    }
    if (state.phase === 'declined') {
      return html`<p class="alert" role="alert" part="error">${state.message || this.t('pay.card.declined')}</p>`;
    }
    return nothing;
  }

  #renderPaypalStatus(): TemplateResult | typeof nothing {
    const state = this.#paypal.state;
    if (state.phase === 'loading') return html`<p class="provider-status" role="status">${this.t('pay.paypal.loading')}</p>`;
    if (state.phase === 'approving') return html`<p class="provider-status" role="status">${this.t('pay.paying')}</p>`;
    if (state.phase === 'unavailable') return html`<p class="alert" role="alert" part="error">${this.t('pay.paypal.loadFailed')}</p>`;
    if (state.phase === 'cancelled') return html`<p class="provider-status" role="status">${this.t('pay.paypal.cancelled')}</p>`;
    if (state.phase === 'failed') return html`<p class="alert" role="alert" part="error">${state.message || this.t('pay.paypal.failed')}</p>`;
    return nothing;
  }

  #renderPayButton(method: PaymentMethod | null, blocked: boolean, placing: boolean, describedBy: string): TemplateResult {
    // No figure for what the store holds while a field shows another value.
    const total = this.#rejectedInputs.length === 0 ? this.#pay.value.quote?.total : undefined;
    const label =
      method === 'card' && total ? this.t('pay.button.cardTotal', { total: formatMoney(total, this.locale) }) : this.t(method === 'card' ? 'pay.button.card' : 'pay.button.offline');
    return html`<button
        type="button"
        part="pay-button"
        class="button primary pay"
        aria-disabled=${blocked ? 'true' : 'false'}
        aria-busy=${placing ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @click=${this.#handlePay}
      >
        ${placing ? html`<span class="spinner" aria-hidden="true"></span>${this.t(method.busyLabel)}` : label}
      </button>`;
  }

  #renderContent(): TemplateResult {
    const { catalog, catalogStatus, payment, order } = this.#pay.value;
    // A pending card or PayPal order keeps the payment step until it is paid.
    if (order && order.status !== 'pending_payment') {
      return renderOrderResult({ t: (key, params) => this.t(key, params), locale: this.locale, quote: this.#pay.value.quote, newOrder: this.#handleNewOrder }, order);
    }
    if (!catalog) {
      if (catalogStatus.state === 'error' && catalogStatus.error) {
        return html`<div class="alert" role="alert" part="error">
          <p>${this.errorText(catalogStatus.error)}</p>
          <button type="button" class="button" @click=${this.#handleRetryCatalog}>${this.t('common.retry')}</button>
        </div>`;
      }
      return html`<p class="loading" aria-busy="true">${this.t('pay.loading')}</p>`;
    }
    return html`${this.#renderMethods(catalog, payment.method)} ${this.#renderMethodOptions(payment)} ${this.#renderReview()}
    ${this.#renderOrderError()} ${this.#renderActions(payment.method)}`;
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" role="group" aria-label=${this.t('pay.label')}>${this.#renderContent()}</div>`;
  }
}
