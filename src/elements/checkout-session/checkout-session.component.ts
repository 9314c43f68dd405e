import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CheckoutBackend } from '../../api/backend.js';
import { retryCanHelp } from '../../api/errors.js';
import { httpBackend } from '../../api/http-backend.js';
import type { Flow } from '../../api/schemas.js';
import { UpcartAuthRequiredEvent } from '../../events/auth-required.js';
import { UpcartErrorEvent } from '../../events/error.js';
import { UpcartFlowRequestEvent } from '../../events/flow-request.js';
import { UpcartNewOrderEvent } from '../../events/new-order.js';
import { UpcartSubscriptionsUpdateEvent } from '../../events/subscriptions-update.js';
import { formatMoney, formatTime } from '../../i18n/format.js';
import { addEnglish, isRtl } from '../../i18n/messages.js';
import type { ActionResult } from '../../store/action-result.js';
import { checkoutContext } from '../../store/checkout-context.js';
import { ASYNC_STEPS, isOrderComplete } from '../../store/checkout-state.js';
import { CheckoutStore } from '../../store/checkout-store.js';
import { StoreController } from '../../store/store-controller.js';
import type { CheckoutStoreEvent } from '../../store/store-events.js';
import { bridgeStoreEvents } from '../../events/store-event-bridge.js';
import { registeredElement } from '../shared/registered-element.js';
import { renderAlert } from '../shared/step-status.js';
import { tagOf, UpcartElement } from '../upcart-element.js';
import { styles } from './checkout-session.styles.js';
import { ConnectivityController } from './connectivity.js';
import { checkoutSession as english } from '../../i18n/locales/en/checkout-session.js';
// The layout's classes last, in the order checkout-session.ts registers them: the bundle keeps
// its module order, which gzip measurably prefers.
import { PlanPicker } from '../plan-picker/plan-picker.component.js';
import { BillingContact } from '../billing-contact/billing-contact.component.js';
import { OrderSummary } from '../order-summary/order-summary.component.js';
import { PayCheckout } from '../pay-checkout/pay-checkout.component.js';

/** `sessionStorage`, unless the page may not use it (sandboxed iframes throw on access). */
function sessionStorageOrNothing(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The default layout's elements: Upcart's class and the tag it has on a page that left the tag free. */
const LAYOUT = [
  [PlanPicker, 'plan-picker'],
  [BillingContact, 'billing-contact'],
  [OrderSummary, 'order-summary'],
  [PayCheckout, 'pay-checkout'],
] as const;

/** Properties that configure the store; a change re-configures it. */
const CONFIG_PROPERTIES = ['flow', 'product', 'subscription', 'companyId', 'localeAttribute', 'currency'];

/**
 * @tagname checkout-session
 * @summary The provider of a checkout: owns the store and the backend, configures the flow, and
 * lays out the other elements when it has no children of its own.
 *
 * An order placed just before a reload is resumed after it, once, by the session for the same flow
 * and subscription. A page that shows two sessions for the same flow and subscription gives each
 * its own `id` (set before it is attached, and the same after a reload: not one a framework
 * generates anew), so each resumes only its own order.
 *
 * When the buyer asks for the flow the backend needs first (`upcart-flow-request` from
 * `<plan-picker>`, e.g. "Upgrade this trial"), the session switches its `flow` and `subscription`
 * to it, unless a listener calls `preventDefault()` on the event to take the buyer elsewhere.
 *
 * @slot - The checkout's elements, arranged as the portal likes. When empty, a default layout of
 * `<plan-picker>`, `<billing-contact>`, `<order-summary>` and `<pay-checkout>` is shown; where
 * the page defined one of these tags itself, Upcart's element is `<upcart-plan-picker>` and so on.
 *
 * Offline, the session says so; once the connection is back it repeats the calls that failed for
 * want of a network. A retry the server asked to wait for (`Retry-After`) says when it is sent.
 *
 * @fires upcart-error - A backend call failed, the checkout's or an account element's inside the session (`orders`, `invoiceLink`; the renewal center's `renewals`, `renewalsMore`, `renewalCounts`, `renewalAction`, `renewalSettings`, `renewalItems`): `{ step, code, status, serverCode, retryAfterMs, message }`.
 * @fires upcart-subscriptions-update - After a complete order, the subscriptions as read again (`detail.subscriptions`): their new capacity, plan, status and term end.
 * @fires upcart-new-order - The buyer left a complete order's receipt with "Start a new order"; the checkout starts over from a fresh selection.
 * @fires upcart-auth-required - The server refused the buyer's session (401 or 403): `{ step, status }`. Sign the buyer in again (or refresh the token your `backend` sends), then call `retryFailed()`.
 *
 * @csspart base - The wrapper of the whole checkout.
 * @csspart company-search - The company ID search form of partner portals.
 * @csspart layout - The default layout's grid.
 * @csspart error - A configuration or lookup error.
 * @csspart status - The polite status line: offline, or waiting to retry.
 * @csspart pay-bar - The bar at the bottom of a one-column checkout while the payment is out of view below: the total and "Go to payment".
 *
 * @cssprop --upcart-session-gap - Space between the default layout's sections.
 * @cssprop --upcart-session-columns - Grid columns of the default layout (two from 760px wide).
 * @cssprop --upcart-color-primary - Brand color of buttons, selections and focus.
 * @cssprop --upcart-color-on-primary - Text on the brand color.
 * @cssprop --upcart-color-surface - Background of cards and fields.
 * @cssprop --upcart-color-surface-alt - Background of secondary areas.
 * @cssprop --upcart-color-text - Body text.
 * @cssprop --upcart-color-text-muted - Secondary text.
 * @cssprop --upcart-color-border - Borders of cards and fields.
 * @cssprop --upcart-color-danger - Errors.
 * @cssprop --upcart-color-success - Confirmations.
 * @cssprop --upcart-color-warning - Warnings such as a changed price.
 * @cssprop --upcart-radius - Corner radius.
 * @cssprop --upcart-density - Spacing multiplier: 0.85 compact, 1 default, 1.2 roomy.
 * @cssprop --upcart-font-family - Font of all elements.
 * @cssprop --upcart-font-size - Base font size.
 * @cssprop --upcart-focus-ring - Box shadow of the keyboard focus ring.
 * @cssprop --upcart-shadow - Shadow of raised cards.
 */
export class CheckoutSession extends UpcartElement {
  static {
    addEnglish(english);
  }

  static override styles = [UpcartElement.styles, styles];

  readonly #provider = new ContextProvider(this, { context: checkoutContext });
  readonly #lookup = new StoreController(this, (s) => ({ status: s.status.lookup, customer: s.customer, config: s.config }), {
    store: () => this.#ownStore,
  });
  /** The earliest time a retry waits for (`Retry-After`), if one does. */
  readonly #waiting = new StoreController(this, (s) => Math.min(...ASYNC_STEPS.map((step) => s.status[step].retryAt ?? Infinity)), {
    store: () => this.#ownStore,
  });
  /** The quote's total while there is something to pay: what the pay bar shows. */
  readonly #total = new StoreController(this, (s) => (isOrderComplete(s) ? null : (s.quote?.total ?? null)), {
    store: () => this.#ownStore,
  });
  /** Watches whether <pay-checkout> is below the window (the pay bar shows only then). */
  #payObserver: IntersectionObserver | undefined;
  #observed: Element | undefined;
  readonly #connectivity = new ConnectivityController(this, () => void this.#ownStore?.retryFailed({ codes: ['network', 'timeout'] }));
  private readonly events = bridgeStoreEvents(this, () => this.#ownStore, {
    events: (event) => this.#storeEvents(event),
    immediate: true,
  });
  #ownStore: CheckoutStore | undefined;

  /** Slotted elements replace the default layout. */
  @state() private hasChildren = false;
  @state() private companyInput = '';
  @state() private companyError = '';
  /** The default layout's <pay-checkout> is below what the buyer sees. */
  @state() private payBelow = false;

  /** `expand`, `upgrade` or `renew`. */
  @property({ reflect: true }) flow: Flow | undefined;

  /** The product whose catalog applies, e.g. `pseries`. */
  @property({ reflect: true }) product: string | undefined;

  /** The subscription to expand or upgrade; for renew, one to preselect. */
  @property({ reflect: true }) subscription: string | undefined;

  /** Partner portals: the customer's company id; the customer and its subscriptions are looked up. */
  @property({ attribute: 'company-id', reflect: true }) companyId: string | undefined;

  /** Partner portals: show a company ID search when no `company-id` is given. */
  @property({ attribute: 'company-lookup', type: Boolean, reflect: true }) companyLookup = false;

  /** Base URL of the backend contract, used when no `backend` is set. Default `/api`. */
  @property({ attribute: 'api-base', reflect: true }) apiBase = '/api';

  /** BCP 47 locale for text, money and dates, e.g. `de-DE`. The page's language by default. */
  @property({ attribute: 'locale', reflect: true }) localeAttribute: string | undefined;

  /** ISO 4217 currency to ask prices in; the catalog's by default. */
  @property({ reflect: true }) currency: string | undefined;

  /** Stripe publishable key for the default layout's `<pay-checkout>`; the catalog's by default. */
  @property({ attribute: 'stripe-key', reflect: true }) stripeKey: string | undefined;

  /** PayPal client id for the default layout's `<pay-checkout>`; the catalog's by default. */
  @property({ attribute: 'paypal-client-id', reflect: true }) paypalClientId: string | undefined;

  /** A backend of your own (any `CheckoutBackend`); replaces `api-base`. */
  @property({ attribute: false }) backend: CheckoutBackend | undefined;

  /**
   * The locale in use; setting it sets the `locale` attribute. Frameworks that set a property
   * whenever the element has one (React 19, Vue 3) would otherwise hit a getter-only accessor.
   */
  override get locale(): string {
    return super.locale;
  }

  override set locale(value: string | undefined) {
    this.localeAttribute = value || undefined;
  }

  /** The session's store. Each session has its own: two sessions on a page never share state. */
  override get store(): CheckoutStore | undefined {
    return this.#ownStore;
  }

  override set store(_store: CheckoutStore | undefined) {
    // The session owns its store; one set from outside is ignored on purpose.
  }

  constructor() {
    super();
    this.addEventListener(UpcartFlowRequestEvent.eventName, this.#handleFlowRequest);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasChildren = [...this.children].some((child) => !child.hasAttribute('slot'));
    // Attached again after a removal: start over with a fresh store.
    if (this.hasUpdated && this.#ownStore === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed session stops everything in flight and leaves no listener behind. Its store is
    // recreated if the element is attached again.
    this.#ownStore?.destroy();
    this.#ownStore = undefined;
    this.#payObserver?.disconnect();
    this.#observed = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#observePay();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Removed before its first update ran: no store (it would never be destroyed); one is made
    // when the session is attached again.
    if (!this.isConnected) {
      super.willUpdate(changed);
      return;
    }
    if (this.#ownStore === undefined || changed.has('backend') || (changed.has('apiBase') && this.backend === undefined)) {
      this.#replaceStore();
    } else if (CONFIG_PROPERTIES.some((name) => (changed as PropertyValues).has(name))) {
      this.#configureStore();
    }
    super.willUpdate(changed);
  }

  #replaceStore(): void {
    this.#ownStore?.destroy();
    const store = new CheckoutStore({
      backend: this.backend ?? httpBackend({ baseUrl: this.apiBase }),
      attemptStorage: sessionStorageOrNothing(),
      // Two sessions for the same flow and subscription on one page keep their attempts apart by id.
      instanceId: this.id || undefined,
    });
    this.#ownStore = store;
    this.#provider.setValue(store);
    this.#configureStore();
  }

  /** What the session reports of its store: failures (and a refused sign-in), the subscriptions read again, a new order. */
  #storeEvents(event: CheckoutStoreEvent): Event[] {
    if (event.type === 'subscriptions-update') return [new UpcartSubscriptionsUpdateEvent({ subscriptions: event.subscriptions })];
    if (event.type === 'new-order') return [new UpcartNewOrderEvent()];
    if (event.type !== 'error') return [];
    const { step, error } = event;
    const failed = new UpcartErrorEvent({
      step,
      code: error.code,
      status: error.status,
      serverCode: error.serverCode,
      retryAfterMs: error.retryAfterMs,
      message: this.errorText(error),
    });
    return error.code === 'auth' ? [failed, new UpcartAuthRequiredEvent({ step, status: error.status })] : [failed];
  }

  #configureStore(): void {
    const store = this.#ownStore;
    if (!store) return;
    const locale = this.localeAttribute ?? (document.documentElement.lang || navigator.language || 'en');
    // Without a flow too: an account page's elements (order history, renewals) read it from the store.
    store.setLocale(locale);
    if (!this.flow || !this.product) return;
    const before = store.getState().config;
    const result = store.configure({
      flow: this.flow,
      productId: this.product,
      subscriptionId: this.subscription,
      companyId: this.companyId,
      locale,
      currency: this.currency,
    });
    // An attribute set to an equivalent value (`''` for none, spaces, case) changes nothing: a
    // reload would start the buyer's selection over.
    if (!result.ok || store.getState().config === before) return;
    // An order sent just before a reload is picked up again with its idempotency key.
    void store.load().then(() => store.resumeOrder());
    if (store.getState().status.contacts.state === 'idle') void store.loadContacts();
  }

  /** Switches to the flow asked for once every listener has had the event, unless one prevented it. */
  readonly #handleFlowRequest = (event: UpcartFlowRequestEvent): void => {
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      this.subscription = event.detail.subscriptionId;
      this.flow = event.detail.flow;
    });
  };

  /**
   * Repeats every call that failed (a refused input excepted), e.g. once the host page signed the
   * buyer in again after `upcart-auth-required`. A call the server asked to wait for waits.
   */
  retryFailed(): Promise<ActionResult[]> {
    return this.#ownStore?.retryFailed() ?? Promise.resolve([]);
  }

  #handleSlotChange(event: Event): void {
    this.hasChildren = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  #handleCompanyInput(event: Event): void {
    this.companyInput = (event.target as HTMLInputElement).value;
    this.companyError = '';
  }

  #handleCompanySubmit(event: SubmitEvent): void {
    event.preventDefault();
    const id = this.companyInput.trim();
    if (id === '') {
      this.companyError = this.t('session.companySearch.required');
      return;
    }
    if (id === this.companyId) {
      void this.#ownStore?.lookupCompany(id);
      return;
    }
    this.companyId = id;
  }

  readonly #handleRetryLookup = (): void => {
    void this.#ownStore?.retry('lookup');
  };

  /** Whether the company lookup failed: the search then holds the one message, and nothing else shows. */
  #lookupFailed(): boolean {
    return this.#lookup.value.status.state === 'error';
  }

  #renderCompanySearch() {
    const { status } = this.#lookup.value;
    const searching = status.state === 'loading';
    const error = status.state === 'error' ? status.error : undefined;
    const failed = error ? (error.status === 404 ? this.t('common.customerNotFound', { companyId: this.companyId ?? '' }) : this.errorText(error)) : '';
    const message = this.companyError || failed;
    // Searching again for the same id cannot find what is not there, so a 404 offers no Try again.
    const retry = !this.companyError && error !== undefined && retryCanHelp(error);
    return html`<form part="company-search" class="company-search" role="search" @submit=${this.#handleCompanySubmit} novalidate>
      <label for="company-id">${this.t('session.companySearch.label')}</label>
      <p class="muted" id="company-hint">${this.t('session.companySearch.hint')}</p>
      <div class="company-row">
        <input
          id="company-id"
          name="company-id"
          autocomplete="off"
          spellcheck="false"
          maxlength="128"
          .value=${this.companyInput || this.companyId || ''}
          aria-describedby=${message ? 'company-hint company-error' : 'company-hint'}
          aria-invalid=${message ? 'true' : 'false'}
          @input=${this.#handleCompanyInput}
        />
        <button class="button primary" type="submit" ?disabled=${searching} aria-busy=${searching ? 'true' : 'false'}>
          ${searching ? this.t('session.companySearch.searching') : this.t('session.companySearch.submit')}
        </button>
      </div>
      ${message ? renderAlert(this.hostContext(), { id: 'company-error', message, retry: retry ? this.#handleRetryLookup : undefined }) : nothing}
    </form>`;
  }

  /**
   * Upcart's elements by the tags they are registered under, so a page that defined `<plan-picker>`
   * itself still gets Upcart's (as `<upcart-plan-picker>`); a tag free but not defined yet is
   * rendered as it is, to upgrade once defined. When both names are another class's, it says so.
   */
  /** The default layout's payment element, once rendered. */
  #payElement(): Element | null | undefined {
    return this.renderRoot.querySelector('.layout > .column:last-child')?.lastElementChild;
  }

  /** Follows where the payment element is, so the pay bar shows while it is out of view below. */
  #observePay(): void {
    const pay = this.#payElement() ?? undefined;
    if (pay === this.#observed || typeof IntersectionObserver === 'undefined') return;
    this.#observed = pay;
    this.#payObserver ??= new IntersectionObserver(([entry]) => {
      if (entry) this.payBelow = !entry.isIntersecting && entry.boundingClientRect.top > 0;
    });
    this.#payObserver.disconnect();
    if (pay) this.#payObserver.observe(pay);
    else this.payBelow = false;
  }

  readonly #handleGoToPay = (): void => {
    const pay = this.#payElement() as HTMLElement | null | undefined;
    pay?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    // Focus moves to the payment method, so the keyboard and a screen reader continue there.
    pay?.focus({ preventScroll: true });
  };

  /**
   * A bar at the bottom of a narrow checkout (one column) while the payment is below the window: the
   * total and "Go to payment", so a long renewal keeps its pay action one step away.
   */
  #renderPayBar() {
    const total = this.#total.value;
    if (!total || !this.payBelow) return nothing;
    return html`<div part="pay-bar" class="pay-bar">
      <span class="pay-bar-total"
        >${this.t('session.payBar.total')} <bdi><strong>${formatMoney(total, this.locale)}</strong></bdi></span
      >
      <button class="button primary" type="button" @click=${this.#handleGoToPay}>${this.t('session.payBar.go')}</button>
    </div>`;
  }

  #renderDefaultLayout() {
    const tags = LAYOUT.map(([constructor, tag]) => tagOf(constructor, tag) ?? (customElements.get(tag) ? undefined : tag));
    const taken = LAYOUT.flatMap(([, tag], index) => (tags[index] ? [] : [`<${tag}>`]));
    if (taken.length) return html`<p part="error" class="error" role="alert">${this.t('session.tagsTaken', { tags: taken.join(', ') })}</p>`;
    const [picker, contact, summary, pay] = tags as [string, string, string, string];
    return html`<div part="layout" class="layout">
      <div class="column">${registeredElement(picker)} ${registeredElement(contact)}</div>
      <div class="column">
        ${registeredElement(summary)} ${registeredElement(pay, { 'stripe-key': this.stripeKey, 'paypal-client-id': this.paypalClientId })}
      </div>
    </div>`;
  }

  #statusText(): string {
    if (!this.#connectivity.online) return this.t('session.offline');
    const retryAt = this.#waiting.value;
    return Number.isFinite(retryAt) ? this.t('session.retryWaiting', { time: formatTime(retryAt, this.locale) }) : '';
  }

  override render() {
    const needsCompany = this.companyLookup && (!this.companyId || this.#lookupFailed());
    // Without a flow, children of its own choose it (<renewal-center> sets renew when the buyer renews).
    const configured = Boolean(
      this.product && (this.flow ? this.flow === 'renew' || this.subscription || this.companyId || this.companyLookup : this.hasChildren),
    );
    // Without a flow or a product, a session around elements of its own is an account page (orders):
    // they need its backend and locale, not a flow.
    const accountPage = !this.flow && !this.product && this.hasChildren;
    const locale = this.localeAttribute;
    const dir = locale ? (isRtl(locale) ? 'rtl' : 'ltr') : nothing;
    return html`<div part="base" class="base" dir=${dir} lang=${locale ?? nothing}>
      ${configured || accountPage ? nothing : html`<p part="error" class="error" role="alert">${this.t('session.misconfigured')}</p>`}
      <p part="status" class="status" role="status">${this.#statusText() || nothing}</p>
      ${this.companyLookup ? this.#renderCompanySearch() : nothing}
      <slot @slotchange=${this.#handleSlotChange}></slot>
      ${this.hasChildren || needsCompany || !configured ? nothing : html`${this.#renderDefaultLayout()} ${this.#renderPayBar()}`}
    </div>`;
  }
}
