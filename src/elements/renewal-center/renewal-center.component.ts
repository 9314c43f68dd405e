import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CheckoutBackend } from '../../api/backend.js';
import type { CheckoutError } from '../../api/errors.js';
import type { RenewalResource } from '../../api/renewal-schemas.js';
import type { ExpiryWindow, QuoteLine, RenewalMode, RenewalSelection } from '../../api/schemas.js';
import { EXPIRY_WINDOWS } from '../../api/rules.js';
import { UpcartRenewalChangeEvent } from '../../events/renewal-change.js';
import { formatCount, formatDate, formatDaysAhead, formatMoney } from '../../i18n/format.js';
import { addEnglish, isRtl, type MessageKey } from '../../i18n/messages.js';
import {
  initialCenterState,
  isSelected,
  RENEWAL_MODES,
  selectedCount,
  selectionOf,
  type CenterStep,
  type RenewalAction,
  RenewalCenterStore,
  type RenewalCenterState,
} from '../../store/account/renewal-center-state.js';
import { isOrderComplete } from '../../store/checkout-state.js';
import { StoreController } from '../../store/store-controller.js';
import { OVERSCAN, RowWindow } from '../plan-picker/row-window.js';
import { renderAlert } from '../shared/step-status.js';
import { isolated } from '../shared/isolated.js';
import { UpcartElement } from '../upcart-element.js';
import { styles } from './renewal-center.styles.js';
import { renewalCenter as english } from '../../i18n/locales/en/renewal-center.js';
import { closeDialog, openModal } from '../shared/modal-dialog.js';

/** The header row is row 1 of the table; resources start at 2. */
const FIRST_ROW_INDEX = 2;
const DAY_MS = 86_400_000;

/** Back points against the reading direction: left here, right in a right-to-left page (mirrored in the styles). */
const backIcon = html`<svg class="back-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M10 3L5 8l5 5" stroke="currentColor" stroke-width="2" fill="none" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** The checkout's default elements, put in the center's light DOM so card payment can mount there. */
const CHECKOUT_COLUMNS = [
  ['plan-picker', 'billing-contact'],
  ['order-summary', 'pay-checkout'],
];

/** The tab each row action or bulk button moves resources to, in the order they are offered. */
const MOVES: readonly RenewalMode[] = ['manual', 'auto', 'pay_per_use', 'canceled'];

/** `openMenu` while the bulk bar's More actions menu (narrow widths) is open; no row id is empty. */
const BULK_MENU = '';

interface PendingDialog {
  readonly kind: 'cancel' | 'day';
  readonly selection: RenewalSelection;
  readonly count: number;
  readonly opener: HTMLElement | null;
}

/**
 * @tagname renewal-center
 * @summary KooPhone's Billing Center: every renewable resource by how it renews, search, bulk
 * actions, and batch renewal through the checkout in the same page.
 *
 * Tabs (manual renewals, auto renewals, pay-per-use after expiration, renewals canceled) with
 * their counts under the search criteria (name or id, product and plan, expiry window, sort by
 * expiry). Rows load a page at a time from the server as the buyer scrolls (or with Load more)
 * and only the rows in view are in the DOM, so 100,000 resources cost what 50 do. "Select all in
 * this view" selects what the filter matches on every page as one `{ filter, except }` selection.
 *
 * Put it in a `<checkout-session>` with a `product` and no `flow`: the center sets the renew flow
 * when the buyer renews (the session then lists no subscriptions), and shows the renew checkout in
 * its place: the duration and co-terming, the quote's groups, each resource's new end date on
 * demand, the billing contact and payment, then back to the views once the order is complete.
 * Outside a session, set `.store`.
 *
 * It follows the session's locale (its tabs, dates and numbers, and the renew checkout it opens).
 * Its failed calls show in the center with Retry and also reach the host as the session's
 * `upcart-error` and `upcart-auth-required` (steps `renewals`, `renewalsMore`, `renewalCounts`,
 * `renewalAction`, `renewalSettings`, `renewalItems`); the session's `retryFailed()` repeats
 * those still failed.
 *
 * @fires upcart-renewal-change - Resources were moved to another tab or given a renewal day, or that failed (`detail.status`, `action`, `selection`, `updated`, `counts`, `code`).
 *
 * @slot checkout - The renew checkout's elements. Without it, the center fills it with `<plan-picker>`, `<billing-contact>`, `<order-summary>` and `<pay-checkout>` when the buyer renews (in the light DOM, so card payment can mount).
 *
 * @csspart base - The wrapper of every view.
 * @csspart tabs - The tab list.
 * @csspart tab - A tab; the open one also `tab-selected`.
 * @csspart count - A tab's count.
 * @csspart search - The search criteria form.
 * @csspart bulk-bar - Selection and bulk actions.
 * @csspart table - The table of resources.
 * @csspart row - A resource's row; a selected one also `row-selected`.
 * @csspart menu - A row's More menu.
 * @csspart load-more - The Load more button.
 * @csspart dialog - The confirmation and renewal-day dialogs.
 * @csspart status - The polite status line (what an action did).
 * @csspart error - A failed load or action, with its Retry button.
 * @csspart retry - The Retry button of a failure.
 * @csspart empty - A tab without resources.
 * @csspart checkout - The renew checkout view.
 * @csspart groups - The checkout's grouped summary.
 * @csspart end-dates - The "Show new end dates" disclosure.
 *
 * @cssprop --upcart-renewals-table-max-height - Height of the table before it scrolls (default: 32rem).
 * @cssprop --upcart-renewals-row-height - Height of a row (default: 3.25rem; cards under 560px are taller).
 * @cssprop --upcart-renewals-tab-selected - The open tab's underline (default: the primary color).
 * @cssprop --upcart-renewals-row-selected-background - A selected row's background.
 */
export class RenewalCenter extends UpcartElement {
  static {
    addEnglish(english);
  }

  static override styles = [UpcartElement.styles, styles];

  /** The checkout store's quote and order, for the renew checkout view. */
  private readonly checkout = new StoreController(
    this,
    (state) => ({
      config: state.config,
      sessionLocale: state.locale,
      catalog: state.catalog,
      request: state.quoteRequest,
      quote: state.quote,
      quoteStatus: state.status.quote,
      order: state.order,
      complete: isOrderComplete(state),
    }),
    { store: () => this.store },
  );

  /**
   * Only the rows in view (and a margin) are in the DOM from the first page on: a page of 50 rendered
   * whole cost the first rows' frame about twice the style, layout and paint of the ~20 in view.
   */
  private readonly rowWindow = Object.assign(new RowWindow(0), {
    // The default theme's row (3.25rem) and table (32rem less its borders) at a 16px root: the
    // first rows then need no second pass once measured.
    rowHeight: 52,
    viewport: 510,
  });
  #center: RenewalCenterStore | undefined;
  #centerBackend: CheckoutBackend | undefined;
  #stopCenter: (() => void) | undefined;
  #defaultCheckout: HTMLElement | undefined;
  #checkoutOpener: HTMLElement | null = null;
  /** The quote whose new end dates the open disclosure shows; null while it is closed. */
  #datesFor: string | null = null;
  /** The order the view returned from, so that it returns once. */
  #returnedFrom: string | null = null;
  /** Products and plans seen in the rows, for the product and plan select. */
  readonly #plans = new Map<string, string>();

  @state() private center: RenewalCenterState = initialCenterState;
  @state() private view: 'list' | 'checkout' = 'list';
  @state() private checkoutCount = 0;
  @state() private message = '';
  @state() private openMenu: string | null = null;
  @state() private dialog: PendingDialog | null = null;
  @state() private dayInput = '';
  @state() private dayError = '';

  /**
   * The product whose resources the views start with and whose catalog prices a renewal (durations,
   * standard renewal day); the session's `product` by default.
   */
  @property({ reflect: true }) product: string | undefined;

  #product(): string | undefined {
    return this.product ?? this.checkout.value.config?.productId ?? this.closest('[product]')?.getAttribute('product') ?? undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#setBackend(undefined);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const backend = this.activeStore?.backend;
    if (backend !== this.#centerBackend) this.#setBackend(backend);
    for (const row of this.center.rows) {
      this.#plans.set(`${row.productId}|`, row.productName);
      if (row.planId) this.#plans.set(`${row.productId}|${row.planId}`, `${row.productName} · ${row.planName ?? row.planId}`);
    }
    this.#followSessionLocale();
    const { complete, order, quote } = this.checkout.value;
    // "Show new end dates" open: a new quote's dates replace the old one's (whose request is aborted).
    if (this.view === 'checkout' && this.#datesFor !== null && quote && this.#datesFor !== quote.id) {
      this.#datesFor = quote.id;
      void this.#center?.loadQuoteItems(quote.id);
    }
    if (this.view === 'checkout' && complete && order && this.#returnedFrom !== order.id) {
      this.#returnedFrom = order.id;
      this.message = this.t(order.status === 'paid' ? 'renewals.done.order' : 'renewals.done.offline', { id: order.id });
      this.#showList();
      this.#center?.clearSelection();
      void this.#center?.reload();
    }
  }

  protected override updated(): void {
    this.#measureRows();
  }

  /**
   * After an action moved rows away, the focus (on a row's More button that is gone, or a bulk
   * button now disabled) goes to the checkbox of the row now at `index`, else the tab panel.
   */
  async #refocus(index: number): Promise<void> {
    await this.updateComplete;
    if (this.view !== 'list') return;
    const boxes = this.renderRoot.querySelectorAll<HTMLElement>('tbody input[data-action="select"]');
    (boxes[Math.min(index, boxes.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#panel'))?.focus();
  }

  /** Makes the center's own state for the store's backend (its renewal calls, loaded with their schemas when first used). */
  #setBackend(backend: CheckoutBackend | undefined): void {
    this.#centerBackend = backend;
    this.#stopCenter?.();
    this.#center?.destroy();
    this.#center = undefined;
    this.#stopCenter = undefined;
    if (!backend) return;
    void import('../../api/renewal-http.js').then(({ renewalBackend }) => {
      if (this.#centerBackend !== backend || !this.isConnected) return;
      const product = this.#product();
      const store = this.activeStore;
      const center = new RenewalCenterStore(renewalBackend(backend), {
        criteria: product ? { productId: product } : {},
        // The host hears of a failed list, count or action as of the checkout's failures (upcart-error, upcart-auth-required).
        onFailure: (step, error, retry) => store?.reportAccountFailure(step, error, retry),
      });
      this.#center = center;
      this.center = center.getState();
      this.#stopCenter = center.subscribe((next) => (this.center = next));
      void center.reload();
    });
  }

  // ------------------------------------------------------------ rows

  #measureRows(): void {
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap');
    const row = wrap?.querySelector<HTMLElement>('tbody tr[data-id]');
    if (!wrap || !row) return;
    const height = row.getBoundingClientRect().height;
    if (height > 0 && (Math.abs(height - this.rowWindow.rowHeight) > 0.5 || (wrap.clientHeight > 0 && wrap.clientHeight !== this.rowWindow.viewport))) {
      this.rowWindow.rowHeight = height;
      if (wrap.clientHeight > 0) this.rowWindow.viewport = wrap.clientHeight;
      this.requestUpdate();
    }
  }

  private readonly handleScroll = {
    handleEvent: (event: Event): void => {
      const wrap = event.currentTarget as HTMLElement;
      const count = this.center.rows.length;
      if (this.rowWindow.scrollTo(wrap.scrollTop, wrap.clientHeight, count)) this.requestUpdate();
      // Near the end of what is loaded: the next page.
      if (this.rowWindow.range(count).end >= count - OVERSCAN) void this.#center?.loadMore();
    },
    passive: true,
  };

  private readonly handleRowChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const id = input.closest('tr')?.dataset['id'];
    if (id !== undefined && input.dataset['action'] === 'select') this.#center?.toggle(id);
  };

  private readonly handleLoadMore = (): void => {
    void this.#center?.loadMore();
  };

  // ------------------------------------------------------------ tabs and search

  private readonly handleTabKeydown = (event: KeyboardEvent): void => {
    const index = RENEWAL_MODES.indexOf(this.center.mode);
    const rtl = isRtl(this.locale);
    const keys: Record<string, number> = {
      [rtl ? 'ArrowLeft' : 'ArrowRight']: index + 1,
      [rtl ? 'ArrowRight' : 'ArrowLeft']: index - 1,
      Home: 0,
      End: RENEWAL_MODES.length - 1,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const mode = RENEWAL_MODES[(next + RENEWAL_MODES.length) % RENEWAL_MODES.length]!;
    this.#openTab(mode);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${mode}`)?.focus());
  };

  #openTab(mode: RenewalMode): void {
    this.openMenu = null;
    this.rowWindow.scrollTop = 0;
    void this.#center?.setMode(mode);
  }

  private readonly handleSearchInput = (event: Event): void => {
    this.#center?.setSearch((event.target as HTMLInputElement).value);
  };

  private readonly handleSearchSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#center?.setSearch(this.center.searchInput, true);
  };

  private readonly handlePlanChange = (event: Event): void => {
    const [productId, planId] = (event.target as HTMLSelectElement).value.split('|');
    this.rowWindow.scrollTop = 0;
    void this.#center?.setCriteria({ productId: productId || undefined, planId: planId || undefined });
  };

  private readonly handleExpiryChange = (event: Event): void => {
    this.rowWindow.scrollTop = 0;
    void this.#center?.setCriteria({ expires: ((event.target as HTMLSelectElement).value || undefined) as ExpiryWindow | undefined });
  };

  private readonly handleSortChange = (event: Event): void => {
    this.rowWindow.scrollTop = 0;
    void this.#center?.setCriteria({ sort: (event.target as HTMLSelectElement).value as 'expiry_asc' | 'expiry_desc' });
  };

  // ------------------------------------------------------------ actions

  /** Runs an action on a selection (confirming a cancel first), then says what it did or why not. */
  async #act(action: RenewalAction, selection: RenewalSelection | null, count: number, opener: HTMLElement | null, confirmed = false): Promise<void> {
    const center = this.#center;
    if (!center || selection === null) return;
    if (action.kind === 'mode' && action.mode === 'canceled' && !confirmed) {
      this.#openDialog({ kind: 'cancel', selection, count, opener });
      return;
    }
    this.message = '';
    const rows = [...this.renderRoot.querySelectorAll('tbody tr[data-id]')];
    const focused = opener?.closest('tr');
    const index = focused ? Math.max(0, rows.indexOf(focused)) : 0;
    const outcome = await center.apply(action, selection);
    if (!outcome) return;
    if (outcome.ok && action.kind === 'mode') void this.#refocus(index);
    const base = { action, selection };
    if (outcome.ok) {
      this.message =
        action.kind === 'mode'
          ? this.t('renewals.done.mode', { count: outcome.update.updated, tab: this.t(`renewals.tab.${action.mode}`) })
          : this.t('renewals.done.day', { count: outcome.update.updated, day: action.day });
      this.dispatchEvent(new UpcartRenewalChangeEvent({ status: 'done', ...base, updated: outcome.update.updated, counts: outcome.update.counts }));
    } else {
      this.dispatchEvent(new UpcartRenewalChangeEvent({ status: 'failed', ...base, code: outcome.error.code }));
    }
  }

  #bulk(): { selection: RenewalSelection | null; count: number } {
    return { selection: selectionOf(this.center), count: selectedCount(this.center) };
  }

  private readonly handleBulk = (event: Event): void => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-bulk]');
    if (button) this.#runBulk(button.dataset['bulk']!, button);
  };

  /** A bulk action on the selection, from its button or the More actions menu (`opener` takes the focus back). */
  #runBulk(what: string, opener: HTMLElement | null): void {
    const { selection, count } = this.#bulk();
    if (what === 'renew') void this.#startRenew(selection, count, opener);
    else if (what === 'day') {
      if (selection) this.#openDialog({ kind: 'day', selection, count, opener });
    } else void this.#act({ kind: 'mode', mode: what as RenewalMode }, selection, count, opener);
  }

  private readonly handleSelectAll = (): void => {
    if (this.center.selection.all) this.#center?.clearSelection();
    else this.#center?.selectAll();
  };

  // ------------------------------------------------------------ row menu

  /** The menu a More button opens: its row's, or the bulk bar's. */
  #menuIdOf(element: HTMLElement): string | null {
    return element.closest('tr')?.dataset['id'] ?? (element.closest('.bulk-bar') ? BULK_MENU : null);
  }

  private readonly handleMenuButton = (event: MouseEvent): void => {
    const id = this.#menuIdOf(event.currentTarget as HTMLElement);
    this.#setMenu(this.openMenu === id ? null : id, true);
  };

  #setMenu(id: string | null, focusFirst: boolean): void {
    this.openMenu = id;
    if (id !== null && focusFirst) void this.updateComplete.then(() => this.#menuItems()[0]?.focus());
  }

  #menuItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]')];
  }

  #menuButton(id: string): HTMLElement | null {
    if (id === BULK_MENU) return this.renderRoot.querySelector<HTMLElement>('.bulk-bar .more-actions');
    // Found by comparing ids, not by a selector built from one: nothing to escape (jsdom has no `CSS.escape`).
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('tr[data-id]')].find((each) => each.dataset['id'] === id);
    return row?.querySelector<HTMLElement>('.more') ?? null;
  }

  private readonly handleMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.#menuItems();
    const index = items.indexOf(event.target as HTMLElement);
    const id = this.openMenu;
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = index + 1;
    else if (event.key === 'ArrowUp') next = index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      this.openMenu = null;
      if (id !== null && event.key === 'Escape') this.#menuButton(id)?.focus();
      return;
    } else return;
    event.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };

  private readonly handleMenuButtonKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.openMenu = this.#menuIdOf(event.currentTarget as HTMLElement);
    void this.updateComplete.then(() => {
      const items = this.#menuItems();
      items[event.key === 'ArrowUp' ? items.length - 1 : 0]?.focus();
    });
  };

  private readonly handleMenuFocusout = (event: FocusEvent): void => {
    // The row's menu cell, or the bulk bar's More actions wrapper.
    const holder = event.currentTarget as HTMLElement;
    if (!holder.contains(event.relatedTarget as Node | null)) this.openMenu = null;
  };

  private readonly handleMenuItem = (event: Event): void => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="menuitem"]');
    const id = this.openMenu;
    if (!item || id === null) return;
    const opener = this.#menuButton(id);
    this.openMenu = null;
    opener?.focus();
    const what = item.dataset['action']!;
    if (id === BULK_MENU) {
      this.#runBulk(what, opener);
      return;
    }
    const selection = { ids: [id] };
    if (what === 'renew') void this.#startRenew(selection, 1, opener);
    else void this.#act({ kind: 'mode', mode: what as RenewalMode }, selection, 1, opener);
  };

  // ------------------------------------------------------------ dialogs

  #openDialog(dialog: PendingDialog): void {
    this.dialog = dialog;
    this.dayError = '';
    if (dialog.kind === 'day') {
      const fill = () => (this.dayInput = String(this.center.settings?.standardRenewalDay ?? ''));
      fill();
      // The account's day, once read, unless the buyer typed one meanwhile.
      void this.#center?.loadSettings().then(() => this.dialog === dialog && this.dayInput === '' && fill());
    }
    void this.updateComplete.then(() => openModal(this.renderRoot.querySelector('dialog')));
  }

  /** Closed by a button, Escape or the form: the focus goes back to what opened it. */
  private readonly handleDialogClose = (): void => {
    const opener = this.dialog?.opener;
    this.dialog = null;
    if (opener?.isConnected) opener.focus();
  };

  #closeDialog(): void {
    closeDialog(this.renderRoot.querySelector('dialog'));
  }

  private readonly handleDialogSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const dialog = this.dialog;
    if (!dialog) return;
    if (dialog.kind === 'cancel') {
      this.#closeDialog();
      void this.#act({ kind: 'mode', mode: 'canceled' }, dialog.selection, dialog.count, dialog.opener, true);
      return;
    }
    const day = Number(this.dayInput);
    if (!Number.isInteger(day) || day < 1 || day > 28) {
      this.dayError = this.t('renewals.day.invalid');
      return;
    }
    this.#closeDialog();
    void this.#act({ kind: 'day', day }, dialog.selection, dialog.count, dialog.opener);
  };

  // ------------------------------------------------------------ renew checkout

  /** Opens the renew checkout for `selection` in place of the views. */
  async #startRenew(selection: RenewalSelection | null, count: number, opener: HTMLElement | null): Promise<void> {
    const store = this.activeStore;
    if (!store || selection === null) return;
    const config = store.getState().config;
    const first = 'ids' in selection ? this.center.rows.find((row) => row.id === selection.ids[0]) : undefined;
    const productId = ('filter' in selection ? selection.filter.productId : first?.productId) ?? this.#product();
    if (!productId) return;
    // The account's standard day, which the server co-terms to before the catalog's (read once).
    await this.#center?.loadSettings();
    const standardRenewalDay = this.center.settings?.standardRenewalDay ?? undefined;
    // The session's locale now (a renewal configured before keeps the one it had then).
    const locale = store.getState().locale ?? this.locale;
    // Refused while an order is being sent: the list stays, saying so.
    if (!store.configure({ flow: 'renew', productId, locale, currency: config?.currency, renewal: selection, standardRenewalDay }).ok) {
      this.message = this.t('renewals.checkout.busy');
      return;
    }
    // The same selection renewed again: the receipt of the last order gives way to a new one.
    if (isOrderComplete(store.getState())) store.startNewOrder();
    // Card and PayPal orders with Auto Renew off make auto renewals manual: renewing them keeps it on.
    store.setAutoRenew(('filter' in selection ? selection.filter.mode : this.center.mode) === 'auto');
    void store.load();
    if (store.getState().status.contacts.state === 'idle') void store.loadContacts();
    this.#checkoutOpener = opener;
    this.checkoutCount = count;
    this.message = '';
    this.view = 'checkout';
    if (!this.querySelector(':scope > [slot="checkout"]')) {
      const box = document.createElement('div');
      box.slot = 'checkout';
      box.className = 'upcart-renewal-checkout';
      for (const tags of CHECKOUT_COLUMNS) {
        const column = box.appendChild(document.createElement('div'));
        for (const tag of tags) column.append(document.createElement(tag));
      }
      this.#defaultCheckout = this.appendChild(box);
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#checkout-title')?.focus());
  }

  /**
   * The session's locale changed while the store holds a renewal the center configured: that
   * renewal takes it, as a session's own flow does (configured anew: the catalog is localized by
   * the server), and the open checkout loads again. Tried again at the next update while an order
   * is being sent (the store refuses then).
   */
  #followSessionLocale(): void {
    const { config, sessionLocale, complete } = this.checkout.value;
    const store = this.activeStore;
    if (!store || !sessionLocale || config?.flow !== 'renew' || !config.renewal || config.locale === sessionLocale || complete) return;
    const result = store.configure({ ...config, locale: sessionLocale });
    if (!result.ok || this.view !== 'checkout') return;
    void store.load();
    if (store.getState().status.contacts.state === 'idle') void store.loadContacts();
  }

  #showList(): void {
    this.view = 'list';
    this.#datesFor = null;
    this.#defaultCheckout?.remove();
    this.#defaultCheckout = undefined;
    const opener = this.#checkoutOpener;
    void this.updateComplete.then(() =>
      (opener?.isConnected ? opener : this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'))?.focus(),
    );
  }

  /** Back leaves the renew flow, so that no hidden quote is asked for again when it expires. */
  private readonly handleBack = (): void => {
    if (!this.activeStore?.configure(null).ok) {
      this.message = this.t('renewals.checkout.busy');
      return;
    }
    this.#showList();
  };

  /** Resources the quote renews (its plans' renewal lines), else those chosen when it started. */
  #renewCount(): number {
    const { quote, catalog } = this.checkout.value;
    const lines = quote?.lines.filter((line) => line.kind === 'renewal' && !catalog?.services.some((service) => service.id === line.refId));
    return lines?.length ? lines.reduce((sum, line) => sum + (line.count ?? 1), 0) : this.checkoutCount;
  }

  private readonly handleEndDates = (event: Event): void => {
    const quote = this.checkout.value.quote;
    const open = (event.target as HTMLDetailsElement).open;
    this.#datesFor = open && quote ? quote.id : null;
    if (open && quote && this.center.items?.quoteId !== quote.id) void this.#center?.loadQuoteItems(quote.id);
  };

  private readonly handleMoreDates = (): void => {
    const quote = this.checkout.value.quote;
    if (quote) void this.#center?.loadQuoteItems(quote.id);
  };

  // ------------------------------------------------------------ rendering

  #failure(step: CenterStep, title: MessageKey, error: CheckoutError | undefined): TemplateResult {
    return renderAlert(this.hostContext(), {
      message: html`<strong>${this.t(title)}</strong> ${error ? this.errorText(error) : ''}`,
      retry: () => {
        const quote = this.checkout.value.quote;
        void (step === 'items' && quote ? this.#center?.loadQuoteItems(quote.id) : this.#center?.retry(step));
      },
    });
  }

  #cycle(months: number): string {
    if (months === 1) return this.t('renewals.cycle.monthly');
    return months === 12 ? this.t('renewals.cycle.yearly') : this.t('renewals.cycle.months', { count: months });
  }

  #expiry(termEnd: string, today: number): TemplateResult {
    const days = Math.round((Date.parse(`${termEnd}T00:00:00Z`) - today) / DAY_MS);
    const hint = days < 0 ? this.t('renewals.expired') : days <= 90 ? formatDaysAhead(days, this.locale) : '';
    return html`${formatDate(termEnd, this.locale)}${hint ? html` <span class="hint ${days < 0 ? 'expired' : ''}">${hint}</span>` : nothing}`;
  }

  private renderTabs(): TemplateResult {
    const { mode, counts } = this.center;
    return html`<div part="tabs" class="tabs" role="tablist" aria-label=${this.t('renewals.label')} @keydown=${this.handleTabKeydown}>
      ${RENEWAL_MODES.map((tab) => {
        const selected = tab === mode;
        return html`<button
          part=${selected ? 'tab tab-selected' : 'tab'}
          class="tab"
          role="tab"
          type="button"
          id="tab-${tab}"
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${selected ? 0 : -1}
          @click=${() => this.#openTab(tab)}
        >
          <span>${this.t(`renewals.tab.${tab}`)}</span>
          <span part="count" class="count">${counts ? formatCount(counts[tab], this.locale) : '…'}</span>
        </button>`;
      })}
    </div>`;
  }

  private renderSearch(): TemplateResult {
    const { criteria, searchInput } = this.center;
    const plan = `${criteria.productId ?? ''}|${criteria.planId ?? ''}`;
    return html`<form part="search" class="search" role="search" aria-label=${this.t('renewals.search.label')} @submit=${this.handleSearchSubmit}>
      <label class="field"
        ><span>${this.t('renewals.search.text')}</span
        ><input type="search" name="search" autocomplete="off" .value=${live(searchInput)} @input=${this.handleSearchInput}
      /></label>
      <label class="field"
        ><span>${this.t('renewals.search.product')}</span>
        <select name="plan" @change=${this.handlePlanChange}>
          <option value="|" ?selected=${plan === '|'}>${this.t('renewals.search.anyProduct')}</option>
          ${[...this.#plans].map(([value, label]) => html`<option value=${value} ?selected=${value === plan}>${label}</option>`)}
        </select></label
      >
      <label class="field"
        ><span>${this.t('renewals.search.expires')}</span>
        <select name="expires" @change=${this.handleExpiryChange}>
          <option value="" ?selected=${!criteria.expires}>${this.t('renewals.search.anyExpiry')}</option>
          ${EXPIRY_WINDOWS.map((window) => html`<option value=${window} ?selected=${criteria.expires === window}>${this.t(`renewals.search.expires.${window}`)}</option>`)}
        </select></label
      >
      <label class="field"
        ><span>${this.t('renewals.search.sort')}</span>
        <select name="sort" @change=${this.handleSortChange}>
          ${(['expiry_asc', 'expiry_desc'] as const).map(
            (sort) => html`<option value=${sort} ?selected=${criteria.sort === sort}>${this.t(`renewals.search.sort.${sort}`)}</option>`,
          )}
        </select></label
      >
    </form>`;
  }

  private renderBulkBar(): TemplateResult {
    const { mode, total, selection, status, stale } = this.center;
    const count = selectedCount(this.center);
    const none = count === 0 || stale || status.action.state === 'loading';
    const secondary: [string, MessageKey][] = [
      ...MOVES.filter((target) => target !== mode).map((target): [string, MessageKey] => [
        target,
        mode === 'canceled' && target === 'manual' ? 'renewals.action.restore' : `renewals.action.${target}`,
      ]),
      ['day', 'renewals.action.day'],
    ];
    const open = this.openMenu === BULK_MENU && !none;
    return html`<div part="bulk-bar" class="bulk-bar" role="group" aria-label=${this.t('renewals.selected', { count })} @click=${this.handleBulk}>
      <button class="button select-all" type="button" aria-pressed=${selection.all ? 'true' : 'false'} ?disabled=${total === 0 || stale} @click=${this.handleSelectAll}>
        ${this.t('renewals.selectAll', { count: formatCount(total, this.locale) })}
      </button>
      <span class="selected-count" role="status" aria-live="polite">${this.t('renewals.selected', { count })}</span>
      <span class="actions">
        ${mode === 'canceled' ? nothing : html`<button class="button primary" type="button" data-bulk="renew" ?disabled=${none}>${this.t('renewals.action.batchRenew')}</button>`}
        ${secondary.map(([what, label]) => html`<button class="button secondary" type="button" data-bulk=${what} ?disabled=${none}>${this.t(label)}</button>`)}
        <span class="bulk-more" @focusout=${this.handleMenuFocusout}>
          <button
            class="button more-actions"
            type="button"
            aria-haspopup="menu"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? 'menu' : nothing}
            ?disabled=${none}
            @click=${this.handleMenuButton}
            @keydown=${this.handleMenuButtonKeydown}
          >
            ${this.t('renewals.moreActions')}<span class="chevron" aria-hidden="true">▾</span>
          </button>
          ${
            open
              ? html`<div part="menu" class="menu" role="menu" id="menu" aria-label=${this.t('renewals.moreActions')} @keydown=${this.handleMenuKeydown} @click=${this.handleMenuItem}>
                  ${secondary.map(([what, label]) => html`<button role="menuitem" type="button" tabindex="-1" data-action=${what}>${this.t(label)}</button>`)}
                </div>`
              : nothing
          }
        </span>
      </span>
    </div>`;
  }

  private renderMenu(row: RenewalResource): TemplateResult {
    const mode = this.center.mode;
    const items: [string, MessageKey][] = [
      ...(mode === 'canceled' ? [] : [['renew', 'renewals.action.renew'] as [string, MessageKey]]),
      ...MOVES.filter((target) => target !== mode).map((target): [string, MessageKey] => [
        target,
        mode === 'canceled' && target === 'manual' ? 'renewals.action.restore' : `renewals.action.${target}`,
      ]),
    ];
    return html`<div part="menu" class="menu" role="menu" id="menu" aria-labelledby="more-${row.id}" @keydown=${this.handleMenuKeydown} @click=${this.handleMenuItem}>
      ${items.map(([action, label]) => html`<button role="menuitem" type="button" tabindex="-1" data-action=${action}>${this.t(label)}</button>`)}
    </div>`;
  }

  private renderRow(row: RenewalResource, index: number, today: number): TemplateResult {
    const selected = isSelected(this.center.selection, row.id);
    const { stale } = this.center;
    const open = this.openMenu === row.id && !stale;
    return html`<tr part=${selected ? 'row row-selected' : 'row'} data-id=${row.id} aria-rowindex=${index + FIRST_ROW_INDEX}>
      <td class="select-cell">
        <input type="checkbox" data-action="select" aria-label=${this.t('renewals.select', { name: row.name })} .checked=${live(selected)} ?disabled=${stale} />
      </td>
      <th scope="row" class="name-cell" title=${row.name}><bdi class="name">${row.name}</bdi> <bdi class="id muted">${row.id}</bdi></th>
      <td data-label=${this.t('renewals.col.product')}><bdi>${row.productName}</bdi>${row.planName ? html` <bdi class="muted">${row.planName}</bdi>` : nothing}</td>
      <td data-label=${this.t('renewals.col.cycle')}>${this.#cycle(row.cycleMonths)}</td>
      <td data-label=${this.t('renewals.col.status')}><span class="badge status-${row.status}">${this.t(`common.status.${row.status}`)}</span></td>
      <td data-label=${this.t('renewals.col.expires')}>${this.#expiry(row.termEnd, today)}</td>
      <td data-label=${this.t('renewals.col.day')}>${row.renewalDay === null ? this.t('renewals.noDay') : this.t('renewals.day', { day: row.renewalDay })}</td>
      <td class="menu-cell" @focusout=${this.handleMenuFocusout}>
        <button
          class="button more"
          type="button"
          id="more-${row.id}"
          aria-haspopup="menu"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? 'menu' : nothing}
          aria-label=${this.t('renewals.more', { name: row.name })}
          ?disabled=${stale}
          @click=${this.handleMenuButton}
          @keydown=${this.handleMenuButtonKeydown}
        >
          ⋯
        </button>
        ${open ? this.renderMenu(row) : nothing}
      </td>
    </tr>`;
  }

  private renderSpacer(height: number): TemplateResult | typeof nothing {
    return height > 0 ? html`<tr class="spacer" role="presentation" aria-hidden="true" .style=${`height: ${height}px`}><td colspan="8"></td></tr>` : nothing;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" role="status">
      <span class="visually-hidden">${this.t('common.loading')}</span>
      ${[1, 2, 3, 4, 5].map(() => html`<div class="bar" aria-hidden="true"></div>`)}
    </div>`;
  }

  private renderTable(): TemplateResult {
    const { rows, total, mode, status, criteria, stale } = this.center;
    if (status.rows.state === 'error') return this.#failure('rows', 'renewals.error.rows', status.rows.error);
    if (rows.length === 0) {
      if (status.rows.state !== 'done') return this.renderSkeleton();
      const filtered = Boolean(criteria.search || criteria.productId || criteria.expires);
      return html`<p part="empty" class="empty" role="status">${this.t(filtered ? 'renewals.empty.filtered' : `renewals.empty.${mode}`)}</p>`;
    }
    const range = this.rowWindow.range(rows.length);
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    return html`<div class="table-wrap ${stale ? 'stale' : ''}" @scroll=${this.handleScroll} aria-busy=${stale || status.rows.state === 'loading' ? 'true' : 'false'}>
        <table part="table" class="table" aria-rowcount=${total + 1}>
          <caption class="visually-hidden">${this.t('renewals.caption', { tab: this.t(`renewals.tab.${mode}`) })}</caption>
          <thead>
            <tr aria-rowindex="1">
              <th scope="col" class="select-cell"><span class="visually-hidden">${this.t('renewals.selected', { count: selectedCount(this.center) })}</span></th>
              <th scope="col">${this.t('renewals.col.name')}</th>
              <th scope="col">${this.t('renewals.col.product')}</th>
              <th scope="col">${this.t('renewals.col.cycle')}</th>
              <th scope="col">${this.t('renewals.col.status')}</th>
              <th scope="col">${this.t('renewals.col.expires')}</th>
              <th scope="col">${this.t('renewals.col.day')}</th>
              <th scope="col">${this.t('renewals.col.actions')}</th>
            </tr>
          </thead>
          <tbody @change=${this.handleRowChange}>
            ${this.renderSpacer(range.before)}
            ${repeat(
              rows.slice(range.start, range.end),
              (row) => row.id,
              (row, offset) => this.renderRow(row, range.start + offset, today),
            )}
            ${this.renderSpacer(range.after)}
          </tbody>
        </table>
      </div>
      <div class="more-row">
        <span class="muted" role="status">${this.t('renewals.shown', { shown: formatCount(rows.length, this.locale), total: formatCount(total, this.locale) })}</span>
        ${
          this.center.nextCursor !== null
            ? html`<button part="load-more" class="button" type="button" aria-busy=${status.more.state === 'loading' ? 'true' : 'false'} @click=${this.handleLoadMore}>
                ${this.t('renewals.loadMore')}
              </button>`
            : nothing
        }
      </div>
      ${status.more.state === 'error' ? this.#failure('more', 'renewals.error.rows', status.more.error) : nothing}`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const dialog = this.dialog;
    if (!dialog) return nothing;
    const cancel = dialog.kind === 'cancel';
    return html`<dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${this.handleDialogClose}>
      <form method="dialog" @submit=${this.handleDialogSubmit} novalidate>
        <h2 id="dialog-title">${this.t(cancel ? 'renewals.confirmCancel.title' : 'renewals.day.title')}</h2>
        ${
          cancel
            ? html`<p>${this.t('renewals.confirmCancel.text', { count: dialog.count })}</p>`
            : html`<label class="field"
                  ><span>${this.t('renewals.day.label')}</span
                  ><input
                    name="day"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max="28"
                    required
                    aria-describedby="day-hint${this.dayError ? ' day-error' : ''}"
                    aria-invalid=${this.dayError ? 'true' : 'false'}
                    .value=${live(this.dayInput)}
                    @input=${(event: Event) => (this.dayInput = (event.target as HTMLInputElement).value)}
                /></label>
                <p id="day-hint" class="muted">${this.t('renewals.day.hint', { count: dialog.count })}</p>
                ${this.dayError ? html`<p id="day-error" class="field-error" role="alert">${this.dayError}</p>` : nothing}`
        }
        <div class="dialog-actions">
          <button class="button" type="button" value="cancel" @click=${() => this.#closeDialog()} ?autofocus=${cancel}>${this.t('common.cancel')}</button>
          <button class="button primary" type="submit">${this.t(cancel ? 'renewals.action.canceled' : 'common.save')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderList(): TemplateResult {
    const { status, mode } = this.center;
    return html`${this.renderTabs()} ${this.renderSearch()}
      ${status.counts.state === 'error' ? this.#failure('counts', 'renewals.error.counts', status.counts.error) : nothing}
      <div class="panel" role="tabpanel" id="panel" tabindex="-1" aria-labelledby="tab-${mode}">
        ${this.renderBulkBar()} ${status.action.state === 'error' ? this.#failure('action', 'renewals.error.action', status.action.error) : nothing}
        ${this.renderTable()}
      </div>
      ${this.renderDialog()}`;
  }

  /**
   * A group of the quote in the buyer's language: its plan or service (from the catalog) and the
   * renewal's duration, with the resource's name when the group is one resource; the server's
   * text when either is unknown here.
   */
  #groupLabel(line: QuoteLine): TemplateResult {
    const { catalog, request } = this.checkout.value;
    const item = line.refId
      ? (catalog?.plans.find((plan) => plan.id === line.refId) ?? catalog?.services.find((service) => service.id === line.refId))
      : undefined;
    const months = request?.flow === 'renew' ? catalog?.renewalDurations.find((duration) => duration.id === request.durationId)?.months : undefined;
    if (!item || (line.kind === 'renewal' && !months)) return html`<bdi>${line.description}</bdi>`;
    const label =
      line.kind === 'coterm'
        ? isolated((params) => this.t('renewals.checkout.line.coterm', params), { name: item.name })
        : isolated((params) => this.t('renewals.checkout.line.renewal', params), { name: item.name, months: months! });
    if (!line.subscriptionId) return label;
    const resource = this.center.rows.find((row) => row.id === line.subscriptionId)?.name ?? line.subscriptionId;
    return html`<bdi>${resource}</bdi>: ${label}`;
  }

  private renderGroup(line: QuoteLine): TemplateResult {
    return html`<li>
      <span class="group-name">${this.#groupLabel(line)}</span>
      <span class="muted">${this.t('renewals.checkout.group', { count: line.count ?? 1 })}</span>
      <span class="amount">${formatMoney(line.amount, this.locale)}</span>
    </li>`;
  }

  private renderCheckout(): TemplateResult {
    const { quote, quoteStatus } = this.checkout.value;
    const items = quote && this.center.items?.quoteId === quote.id ? this.center.items : null;
    const itemsStatus = this.center.status.items;
    return html`<section part="checkout" class="checkout" aria-labelledby="checkout-title">
      <button class="button back" type="button" @click=${this.handleBack}>${backIcon}<span>${this.t('renewals.checkout.back')}</span></button>
      <h2 id="checkout-title" tabindex="-1">${this.t('renewals.checkout.title', { count: this.#renewCount() })}</h2>
      <div part="groups" class="groups">
        <h3>${this.t('renewals.checkout.groups')}</h3>
        ${
          quote
            ? html`<ul>
                ${quote.lines.filter((line) => line.kind === 'renewal' || line.kind === 'coterm').map((line) => this.renderGroup(line))}
              </ul>`
            : html`<p class="muted" role="status">${quoteStatus.state === 'loading' ? this.t('common.loading') : this.t('renewals.checkout.waiting')}</p>`
        }
        ${
          quote
            ? html`<details part="end-dates" class="end-dates" @toggle=${this.handleEndDates}>
                <summary>${this.t('renewals.checkout.endDates')}</summary>
                <ul>
                  ${(items?.items ?? []).map(
                    (item) =>
                      html`<li>
                        ${isolated((params) => this.t('renewals.checkout.endDate', params), {
                          name: item.name,
                          from: formatDate(item.termEnd, this.locale),
                          to: formatDate(item.newTermEnd, this.locale),
                        })}
                      </li>`,
                  )}
                </ul>
                ${itemsStatus.state === 'loading' ? html`<p class="muted" role="status">${this.t('common.loading')}</p>` : nothing}
                ${itemsStatus.state === 'error' ? this.#failure('items', 'renewals.error.rows', itemsStatus.error) : nothing}
                ${items?.nextCursor ? html`<button class="button" type="button" @click=${this.handleMoreDates}>${this.t('renewals.checkout.moreDates')}</button>` : nothing}
              </details>`
            : nothing
        }
      </div>
      <slot name="checkout"></slot>
    </section>`;
  }

  override render(): TemplateResult {
    const { available } = this.center;
    const content =
      available === false
        ? html`<p part="empty" class="empty" role="status">${this.t('renewals.unavailable')}</p>`
        : this.view === 'checkout'
          ? this.renderCheckout()
          : this.renderList();
    return html`<div part="base" class="base" dir=${isRtl(this.locale) ? 'rtl' : nothing}>
      <p part="status" class="status" role="status">${this.message}</p>
      ${content}
    </div>`;
  }
}
