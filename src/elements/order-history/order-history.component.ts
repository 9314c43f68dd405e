import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { retryCanHelp, type CheckoutError } from '../../api/errors.js';
import { documentOf } from '../../api/rules.js';
import type { Order, OrderStatus } from '../../api/schemas.js';
import { UpcartInvoiceLinkEvent } from '../../events/invoice-link.js';
import { formatCount, formatDateTime, formatMoney } from '../../i18n/format.js';
import { orderHistory as english } from '../../i18n/locales/en/order-history.js';
import { addEnglish } from '../../i18n/messages.js';
import { OrderHistoryStore, type OrderHistoryState } from '../../store/account/order-history-state.js';
import { checkoutContext } from '../../store/checkout-context.js';
import { isOrderComplete } from '../../store/checkout-state.js';
import type { CheckoutStore } from '../../store/checkout-store.js';
import { StoreController } from '../../store/store-controller.js';
import { tableStyles } from '../../styles/table.js';
import { kindLabel, lineText, type LineWriter } from '../shared/line-label.js';
import { renderAlert, renderLoading } from '../shared/step-status.js';
import { UpcartElement } from '../upcart-element.js';
import { styles } from './order-history.styles.js';

/** The filter's choices, in the order a buyer looks for them. */
const STATUSES: readonly OrderStatus[] = ['paid', 'awaiting_offline_payment', 'pending_payment', 'failed', 'cancelled'];

/**
 * The account's orders, newest first: when, what was bought, status, payment method (the PI
 * number of an offline order), total, and its invoice. Each Invoice click asks the backend for a
 * fresh link (valid 24 hours and usable once), so a link is never reused. A status filter asks the
 * server again, and "Load more" follows the server's cursor.
 *
 * It reads the backend of the store it gets (inside `<checkout-session>`, or `.store`), keeping
 * the order list in state of its own; inside a session it reloads when the session's order completes,
 * follows the session's locale, and its failed calls reach the host as the session's `upcart-error`
 * and `upcart-auth-required` (steps `orders` and `invoiceLink`; `retryFailed()` loads the list again).
 *
 * @tagname order-history
 * @summary The account's orders with status, totals and a fresh invoice link per click.
 *
 * @fires upcart-invoice-link - A fresh invoice link was minted for an order: `{ orderId, url, expiresAt }`. Cancelable: without `preventDefault()` the link opens in the new tab the click opened (so popup blockers let it through); with it, that tab closes again.
 *
 * @csspart base - The wrapper of the list.
 * @csspart filter - The status filter (a native select).
 * @csspart table - The table of orders (a card list below about 520px of the element's width).
 * @csspart row - One order.
 * @csspart status - An order's status badge (text, not color alone).
 * @csspart invoice - An order's Invoice button.
 * @csspart more - The "Load more" button.
 * @csspart error - An alert: the list, a page or an invoice link could not be loaded.
 * @csspart retry - The alert's Try again button.
 *
 * @cssprop --upcart-orders-background - Background of the list; defaults to the surface color.
 * @cssprop --upcart-orders-border-color - Borders and rules; defaults to the border token.
 * @cssprop --upcart-orders-badge-radius - Corner radius of the status badges (default 999px).
 * @cssprop --upcart-orders-paid-color - Text and outline of the Paid badge; defaults to the success color.
 * @cssprop --upcart-orders-awaiting-color - Text and outline of the Awaiting and Pending payment badges; defaults to the warning color.
 * @cssprop --upcart-orders-problem-color - Text and outline of the Failed and Cancelled badges; defaults to the danger color.
 */
export class OrderHistory extends UpcartElement {
  static {
    addEnglish(english);
  }

  static override styles = [UpcartElement.styles, tableStyles, styles];

  /** A session found (or replaced) later: make the list's state over its backend. */
  private readonly session = new ContextConsumer(this, { context: checkoutContext, subscribe: true, callback: () => this.requestUpdate() });
  /** The session's complete order, if any: the list is read again when one completes. */
  private readonly completed = new StoreController(this, (state) => (isOrderComplete(state) ? (state.order?.id ?? null) : null), {
    store: () => this.store,
  });

  /** Orders per page (1 to 100); the backend's default (20) without it. */
  @property({ attribute: 'page-size', type: Number }) pageSize: number | undefined;

  #history: OrderHistoryStore | undefined;
  #historyFor: CheckoutStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #seenCompleted: string | null = null;
  /** The language the history was last asked for in. */
  #historyLocale: string | undefined;
  /** The filter chosen, kept when the element is removed and put back. */
  #filter: OrderStatus | null = null;

  /** The list's state now (idle until a store is found). */
  get historyState(): OrderHistoryState | undefined {
    return this.#history?.getState();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back after a removal: the list's state was dropped with it, so make it anew.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#drop();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const store = this.isConnected ? this.activeStore : undefined;
    if (store !== this.#historyFor) this.#follow(store);
    else if (changed.has('pageSize') && this.#history) {
      this.#history.pageSize = this.#pageSizeOrNone();
      void this.#history.load();
    }
    // The backend names the lines' items in the buyer's language: another language, the page again.
    if (this.#history && this.locale !== this.#historyLocale) {
      this.#historyLocale = this.locale;
      void this.#history.load();
    }
    const completed = this.completed.value;
    if (completed !== null && completed !== this.#seenCompleted) void this.#history?.load();
    this.#seenCompleted = completed;
  }

  #pageSizeOrNone(): number | undefined {
    const size = this.pageSize;
    return size !== undefined && Number.isInteger(size) && size >= 1 && size <= 100 ? size : undefined;
  }

  #follow(store: CheckoutStore | undefined): void {
    this.#drop();
    this.#historyFor = store;
    if (!store) return;
    const history = new OrderHistoryStore({
      backend: store.backend,
      pageSize: this.#pageSizeOrNone(),
      // The host hears of a failed list or link as of the checkout's failures (upcart-error, upcart-auth-required).
      onFailure: (step, error, retry) => store.reportAccountFailure(step, error, retry),
      locale: () => this.locale,
    });
    this.#historyLocale = this.locale;
    this.#history = history;
    this.#unsubscribe = history.subscribe((state) => {
      this.#filter = state.filter;
      this.requestUpdate();
    });
    // An order completed before this element met the store is already in the first page.
    this.#seenCompleted = this.completed.value;
    void history.load(this.#filter);
  }

  #drop(): void {
    this.#unsubscribe?.();
    this.#history?.destroy();
    this.#unsubscribe = undefined;
    this.#history = undefined;
    this.#historyFor = undefined;
  }

  private handleFilter(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    void this.#history?.load(value === '' ? null : (value as OrderStatus));
  }

  private handleMore(): void {
    void this.#history?.loadMore();
  }

  private handleRetry(): void {
    void this.#history?.retry();
  }

  /**
   * Mints a fresh link and hands it to the host (the event), then opens it unless the host took it.
   * The tab is opened now, in the click, for a popup blocker lets only that through, and is sent to
   * the link once it is minted; it closes again when the link fails or the host takes it.
   */
  private handleInvoice(order: Order): void {
    const history = this.#history;
    if (!history || history.getState().links[order.id]?.state === 'loading') return;
    const tab = window.open('', '_blank');
    // What `noopener` does, which `window.open` cannot be told while the tab is still needed here.
    if (tab) tab.opener = null;
    void history.invoiceLink(order.id).then((result) => {
      const url = result.ok ? result.invoice.url : '';
      const wanted = result.ok && this.dispatchEvent(new UpcartInvoiceLinkEvent({ orderId: order.id, url, expiresAt: result.invoice.expiresAt }));
      if (!wanted) tab?.close();
      else if (tab) tab.location.href = url;
      // Blocked anyway: one more try, as a link opened by script.
      else window.open(url, '_blank', 'noopener');
    });
  }

  /** What to say about a failed invoice link: 409 means the order has no document (yet). */
  private linkErrorText(error: CheckoutError): string {
    return error.status === 409 ? this.t('orders.invoice.none') : this.errorText(error);
  }

  private renderFilter(state: OrderHistoryState): TemplateResult {
    return html`<div class="toolbar">
      <label for="filter">${this.t('orders.filter.label')}</label>
      <select id="filter" part="filter" .value=${state.filter ?? ''} @change=${this.handleFilter}>
        <option value="" ?selected=${state.filter === null}>${this.t('orders.filter.all')}</option>
        ${STATUSES.map((status) => html`<option value=${status} ?selected=${state.filter === status}>${this.t(`orders.status.${status}`)}</option>`)}
      </select>
    </div>`;
  }

  private renderItems(order: Order): TemplateResult {
    // Written in the buyer's language from the line's kind and parameters, its item named from the
    // session's catalog, with the subscription it is for (the summary groups by it instead); a line
    // lacking a parameter is named by its kind beside its subscription, else the server's description.
    const writer: LineWriter = { t: (key, params) => this.t(key, params), locale: this.locale, catalog: this.activeStore?.getState().catalog };
    const [first, ...rest] = order.lines.map((line) => {
      // A renewal's, co-term's or credit's subscription tells one order's lines apart.
      const named = line.subscriptionId !== undefined && kindLabel(line.kind, writer.t) !== undefined;
      const written = lineText(line, writer, named);
      // The server's description may be English inside a right-to-left page: isolated.
      const label = typeof written === 'string' ? html`<bdi>${written}</bdi>` : written;
      return named ? html`${label} <bdi class="subscription-id">${line.subscriptionId}</bdi>` : label;
    });
    if (!first) return html``;
    if (rest.length === 0) return html`<span class="item">${first}</span>`;
    return html`<details class="lines">
      <summary><span class="item">${first}</span> <span class="more-lines">${this.t('orders.moreLines', { count: formatCount(rest.length, this.locale) })}</span></summary>
      <ul>
        ${rest.map((label) => html`<li>${label}</li>`)}
      </ul>
    </details>`;
  }

  private renderPayment(order: Order): TemplateResult {
    return html`<span>${this.t(`orders.method.${order.paymentMethod}`)}</span>${
      order.piNumber ? html`<span class="pi-number">${this.t('orders.piNumber')} <bdi>${order.piNumber}</bdi></span>` : nothing
    }`;
  }

  private renderInvoice(order: Order, state: OrderHistoryState): TemplateResult {
    const kind = documentOf(order);
    if (kind === undefined)
      return html`<span class="muted" aria-hidden="true">—</span><span class="visually-hidden">${this.t('orders.invoice.unavailable')}</span>`;
    const link = state.links[order.id];
    const busy = link?.state === 'loading';
    const error = link?.state === 'error' ? link.error : undefined;
    return html`<button
        type="button"
        part="invoice"
        class="button invoice"
        aria-label=${this.t(kind === 'invoice' ? 'orders.invoice.label' : 'orders.proforma.label', { id: order.id })}
        aria-busy=${busy ? 'true' : 'false'}
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.handleInvoice(order)}
      >
        ${this.t(kind === 'invoice' ? 'orders.invoice' : 'orders.proforma')}
      </button>
      ${
        error
          ? renderAlert(this.hostContext(), {
              error,
              message: this.linkErrorText(error),
              retry: error.status !== 409 && retryCanHelp(error) ? () => this.handleInvoice(order) : undefined,
            })
          : nothing
      }`;
  }

  private renderRow(order: Order, state: OrderHistoryState): TemplateResult {
    const locale = this.locale;
    const label = (key: Parameters<OrderHistory['t']>[0]) => html`<span class="cell-label" aria-hidden="true">${this.t(key)}</span>`;
    return html`<tr part="row" data-order=${order.id} data-status=${order.status}>
      <th scope="row" class="order-id">${label('orders.column.order')}<span class="value"><bdi>${order.id}</bdi></span></th>
      <td class="date">${label('orders.column.date')}<span class="value"><time datetime=${order.createdAt}>${formatDateTime(order.createdAt, locale)}</time></span></td>
      <td class="items">${label('orders.column.items')}<span class="value">${this.renderItems(order)}</span></td>
      <td class="status-cell">
        ${label('orders.column.status')}<span class="value"><span part="status" class="badge" data-status=${order.status}>${this.t(`orders.status.${order.status}`)}</span></span>
      </td>
      <td class="payment">${label('orders.column.payment')}<span class="value">${this.renderPayment(order)}</span></td>
      <td class="num total">${label('orders.column.total')}<span class="value amount">${formatMoney(order.total, locale)}</span></td>
      <td class="invoice-cell">${this.renderInvoice(order, state)}</td>
    </tr>`;
  }

  private renderTable(state: OrderHistoryState): TemplateResult {
    return html`<table part="table">
      <caption class="visually-hidden">${this.t('orders.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('orders.column.order')}</th>
          <th scope="col">${this.t('orders.column.date')}</th>
          <th scope="col">${this.t('orders.column.items')}</th>
          <th scope="col">${this.t('orders.column.status')}</th>
          <th scope="col">${this.t('orders.column.payment')}</th>
          <th scope="col" class="num">${this.t('orders.column.total')}</th>
          <th scope="col" class="invoice-col">${this.t('orders.column.invoice')}</th>
        </tr>
      </thead>
      <tbody>
        ${state.orders.map((order) => this.renderRow(order, state))}
      </tbody>
    </table>`;
  }

  private renderMore(state: OrderHistoryState): TemplateResult | typeof nothing {
    const { more, nextCursor } = state;
    const moreError = more.state === 'error' ? more.error : undefined;
    if (moreError) return renderAlert(this.hostContext(), { error: moreError, retry: () => this.handleRetry() });
    if (nextCursor === null) return nothing;
    const busy = more.state === 'loading';
    return html`<button
      type="button"
      part="more"
      class="button more"
      aria-busy=${busy ? 'true' : 'false'}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${this.handleMore}
    >
      ${busy ? this.t('orders.loadingMore') : this.t('orders.loadMore')}
    </button>`;
  }

  private renderBody(state: OrderHistoryState): TemplateResult {
    const { list, orders, filter } = state;
    const listError = list.state === 'error' ? list.error : undefined;
    const parts: (TemplateResult | typeof nothing)[] = [];
    if (listError) parts.push(renderAlert(this.hostContext(), { error: listError, retry: () => this.handleRetry() }));
    if (orders.length > 0) parts.push(this.renderTable(state), this.renderMore(state));
    else if (list.state === 'loading' || list.state === 'idle') parts.push(renderLoading(this.hostContext()));
    else if (list.state === 'done') parts.push(html`<p class="empty">${this.t(filter === null ? 'orders.empty' : 'orders.empty.filtered')}</p>`);
    return html`${parts}`;
  }

  /** A polite count after each page, so a screen reader hears what a filter or "Load more" did. */
  private renderCount(state: OrderHistoryState): string {
    const { list, more, orders, nextCursor } = state;
    if (list.state !== 'done' || more.state === 'loading' || orders.length === 0) return '';
    return this.t(nextCursor === null ? 'orders.allShown' : 'orders.shown', { count: orders.length });
  }

  override render(): TemplateResult {
    const state = this.#history?.getState();
    const busy = state === undefined || state.list.state === 'loading' || state.more.state === 'loading';
    return html`<section part="base" class="base" aria-label=${this.t('orders.label')} aria-busy=${busy ? 'true' : 'false'}>
      ${state ? this.renderFilter(state) : nothing}
      <p class="visually-hidden" role="status">${state ? this.renderCount(state) : ''}</p>
      ${state ? this.renderBody(state) : renderLoading(this.hostContext())}
    </section>`;
  }
}
