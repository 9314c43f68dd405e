/**
 * The state of `<renewal-center>` (KooPhone's Billing Center): the open tab and its search
 * criteria, the rows loaded so far (server-side paging with the cursor), the tabs' counts, the
 * selection, the account's renewal settings, and a status per async step. Its own module, created
 * by the element with the backend of the checkout store it is given, so the checkout's entry
 * carries none of it; in the store's style: typed immutable state, `subscribe`, actions.
 *
 * - Every list and count request aborts the one before it and is applied only while it is the
 *   latest (a sequence number), so an answer that arrives out of order never shows.
 * - "Select all in this view" is one flag, not the ids: its request is `{ filter, except }`,
 *   however many resources the filter matches; unticking a row then adds it to `except`.
 * - An action changes nothing locally until the backend answered; then the rows it moved leave the
 *   tab at once, and rows and counts are read again. A failure keeps everything as it was.
 */
import type { CallOptions, RenewalBackend } from '../../api/backend.js';
import { toCheckoutError, type CheckoutError } from '../../api/errors.js';
import type { ExpiryWindow, RenewalFilter, RenewalMode, RenewalSelection } from '../../api/schemas.js';
import type { QuoteItem, RenewalCounts, RenewalResource, RenewalSettings, RenewalSort, RenewalUpdate } from '../../api/renewal-schemas.js';
import type { StepStatus } from '../checkout-state.js';
import type { AccountStep } from '../store-events.js';

export const RENEWAL_MODES: readonly RenewalMode[] = ['manual', 'auto', 'pay_per_use', 'canceled'];

/** Rows per page the center asks for. */
export const RENEWAL_CENTER_PAGE = 50;
/** Quiet time after the last keystroke in the search before it is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The search criteria of every tab. */
export interface RenewalCriteria {
  readonly search: string;
  readonly productId?: string | undefined;
  readonly planId?: string | undefined;
  readonly expires?: ExpiryWindow | undefined;
  readonly sort: RenewalSort;
}

/**
 * The rows chosen: some by id (`all` false), or every row of the view (`all` true) less `ids`.
 * The filter of "all" is the view's at the time, since changing the tab or criteria clears it.
 */
export interface CenterSelection {
  readonly all: boolean;
  readonly ids: ReadonlySet<string>;
}

/** What an action does to the selected resources. */
export type RenewalAction = { readonly kind: 'mode'; readonly mode: RenewalMode } | { readonly kind: 'day'; readonly day: number };

export type CenterStep = 'rows' | 'more' | 'counts' | 'action' | 'settings' | 'items';

/** Each step as the store reports it to the host (`upcart-error`, `upcart-auth-required`). */
export const ACCOUNT_STEPS: Readonly<Record<CenterStep, AccountStep>> = {
  rows: 'renewals',
  more: 'renewalsMore',
  counts: 'renewalCounts',
  action: 'renewalAction',
  settings: 'renewalSettings',
  items: 'renewalItems',
};

export interface RenewalCenterOptions {
  /** Where the views start, e.g. the product of the portal's page. */
  criteria?: Partial<RenewalCriteria> | undefined;
  /**
   * Told of every failed call (an aborted one excepted), with what repeats it: the element hands
   * it to its store's `reportAccountFailure`, so the host hears of it as of a checkout's failure.
   */
  onFailure?: ((step: AccountStep, error: CheckoutError, retry: () => unknown) => void) | undefined;
}

export interface RenewalCenterState {
  /** False when the backend has no renewal calls; null until known. */
  readonly available: boolean | null;
  readonly mode: RenewalMode;
  readonly criteria: RenewalCriteria;
  /** The search as typed; `criteria.search` follows it after a pause. */
  readonly searchInput: string;
  readonly rows: readonly RenewalResource[];
  /**
   * The rows (and `total`) are the previous tab's or criteria's while the new first page loads:
   * shown dimmed, nothing can be selected or acted on until it arrives.
   */
  readonly stale: boolean;
  /** Resources of the tab under the criteria, on all pages. */
  readonly total: number;
  readonly nextCursor: string | null;
  readonly counts: RenewalCounts | null;
  readonly selection: CenterSelection;
  readonly settings: RenewalSettings | null;
  readonly status: Readonly<Record<CenterStep, StepStatus>>;
  /** A renewal quote's resources with their new end dates, loaded page by page on demand. */
  readonly items: { readonly quoteId: string; readonly items: readonly QuoteItem[]; readonly nextCursor: string | null } | null;
  /** The last action done, for the element's status message and event. */
  readonly lastAction: { readonly action: RenewalAction; readonly update: RenewalUpdate } | null;
}

const IDLE: StepStatus = { state: 'idle' };
const LOADING: StepStatus = { state: 'loading' };
const DONE: StepStatus = { state: 'done' };
const NONE: CenterSelection = { all: false, ids: new Set() };

export const initialCenterState: RenewalCenterState = {
  available: null,
  mode: 'manual',
  criteria: { search: '', sort: 'expiry_asc' },
  searchInput: '',
  rows: [],
  stale: false,
  total: 0,
  nextCursor: null,
  counts: null,
  selection: NONE,
  settings: null,
  status: { rows: IDLE, more: IDLE, counts: IDLE, action: IDLE, settings: IDLE, items: IDLE },
  items: null,
  lastAction: null,
};

export type CenterListener = (state: RenewalCenterState, previous: RenewalCenterState) => void;

/** What the action step reports: done with the update, or failed with the error (state unchanged). */
export type ActionOutcome = { ok: true; update: RenewalUpdate } | { ok: false; error: CheckoutError };

/** The number of resources the selection stands for. */
export function selectedCount(state: Pick<RenewalCenterState, 'selection' | 'total'>): number {
  const { all, ids } = state.selection;
  return all ? Math.max(0, state.total - ids.size) : ids.size;
}

export function isSelected(selection: CenterSelection, id: string): boolean {
  return selection.all !== selection.ids.has(id);
}

/** The tab and its criteria as the contract's filter. */
export function filterOf(state: Pick<RenewalCenterState, 'mode' | 'criteria'>): RenewalFilter {
  const { search, productId, planId, expires } = state.criteria;
  return {
    mode: state.mode,
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(productId ? { productId } : {}),
    ...(planId ? { planId } : {}),
    ...(expires ? { expires } : {}),
  };
}

/** The selection as the contract's `RenewalSelection`: ids, or the view's filter less exceptions; null for none. */
export function selectionOf(state: RenewalCenterState): RenewalSelection | null {
  const { all, ids } = state.selection;
  if (all) return selectedCount(state) > 0 ? { filter: filterOf(state), ...(ids.size > 0 ? { except: [...ids] } : {}) } : null;
  return ids.size > 0 ? { ids: [...ids] } : null;
}

export class RenewalCenterStore {
  #state: RenewalCenterState = initialCenterState;
  readonly #listeners = new Set<CenterListener>();
  readonly #backend: RenewalBackend | null;
  readonly #inFlight = new Map<CenterStep, AbortController>();
  #sequence = 0;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #retryAction: (() => Promise<ActionOutcome | null>) | undefined;
  /** The quote whose items load now. */
  #itemsFor: string | undefined;
  readonly #onFailure: RenewalCenterOptions['onFailure'];
  #destroyed = false;

  constructor(backend: RenewalBackend | null, { criteria = {}, onFailure }: RenewalCenterOptions = {}) {
    this.#backend = backend;
    this.#onFailure = onFailure;
    this.#commit({ ...this.#state, available: backend !== null, criteria: { ...this.#state.criteria, ...criteria } });
  }

  getState(): RenewalCenterState {
    return this.#state;
  }

  subscribe(listener: CenterListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops every request and timer; nothing is reported after. */
  destroy(): void {
    this.#destroyed = true;
    clearTimeout(this.#searchTimer);
    for (const controller of this.#inFlight.values()) controller.abort();
    this.#inFlight.clear();
    this.#listeners.clear();
  }

  /** Loads the tab's first page and the counts (again, after a change elsewhere or an order). */
  reload(): Promise<void> {
    return Promise.all([this.#loadRows(), this.#loadCounts()]).then(() => undefined);
  }

  /** Opens a tab: its first page; the selection is cleared (it belonged to the other tab). */
  setMode(mode: RenewalMode): Promise<void> {
    if (mode === this.#state.mode) return Promise.resolve();
    this.#commit({ ...this.#state, mode, selection: NONE, stale: true });
    return this.#loadRows();
  }

  /** Changes criteria (not the search text, see `setSearch`): the tab's first page and the counts under them. */
  setCriteria(change: Partial<Omit<RenewalCriteria, 'search'>>): Promise<void> {
    const criteria = { ...this.#state.criteria, ...change };
    this.#commit({ ...this.#state, criteria, selection: NONE, stale: true });
    return 'sort' in change && Object.keys(change).length === 1 ? this.#loadRows() : this.reload();
  }

  /** The search as typed; sent once typing pauses (`SEARCH_DEBOUNCE_MS`), or at once with `now`. */
  setSearch(text: string, now = false): void {
    this.#commit({ ...this.#state, searchInput: text });
    clearTimeout(this.#searchTimer);
    const send = () => {
      if (this.#state.criteria.search === this.#state.searchInput) return;
      this.#commit({ ...this.#state, criteria: { ...this.#state.criteria, search: this.#state.searchInput }, selection: NONE, stale: true });
      void this.reload();
    };
    if (now) send();
    else this.#searchTimer = setTimeout(send, SEARCH_DEBOUNCE_MS);
  }

  /** The next page, when there is one and none is loading. */
  loadMore(): Promise<void> {
    const { nextCursor, status } = this.#state;
    if (nextCursor === null || this.#state.stale || status.more.state === 'loading' || status.rows.state === 'loading') return Promise.resolve();
    const sequence = this.#sequence;
    return this.#run(
      'more',
      (options) =>
        this.#backend!.listRenewals({ ...filterOf(this.#state), sort: this.#state.criteria.sort, limit: RENEWAL_CENTER_PAGE, cursor: nextCursor }, options),
      (page, state) =>
        sequence !== this.#sequence
          ? null
          : {
              ...state,
              rows: [...state.rows, ...page.resources.filter((row) => !state.rows.some((known) => known.id === row.id))],
              total: page.total,
              nextCursor: page.nextCursor,
            },
    );
  }

  toggle(id: string): void {
    if (this.#state.stale) return;
    const { all, ids } = this.#state.selection;
    const next = new Set(ids);
    if (!next.delete(id)) next.add(id);
    this.#commit({ ...this.#state, selection: { all, ids: next } });
  }

  /** "Select all in this view": every resource the tab's filter matches, on every page. */
  selectAll(): void {
    if (this.#state.stale) return;
    this.#commit({ ...this.#state, selection: { all: true, ids: new Set() } });
  }

  clearSelection(): void {
    this.#commit({ ...this.#state, selection: NONE });
  }

  /** Reads the account's standard renewal day once. */
  loadSettings(): Promise<void> {
    if (this.#state.status.settings.state === 'done' || this.#state.status.settings.state === 'loading') return Promise.resolve();
    return this.#run(
      'settings',
      (options) => this.#backend!.getRenewalSettings(options),
      (settings, state) => ({ ...state, settings }),
    );
  }

  /**
   * Applies `action` to `selection` (the current selection by default): moves it to a tab, or sets
   * the account's standard renewal day and gives it to the selection. Null when there is nothing
   * to do or another action runs.
   */
  async apply(action: RenewalAction, selection = selectionOf(this.#state)): Promise<ActionOutcome | null> {
    if (!this.#backend || selection === null || this.#state.stale || this.#state.status.action.state === 'loading') return null;
    const backend = this.#backend;
    this.#retryAction = () => this.apply(action, selection);
    let update: RenewalUpdate | undefined;
    let failure: CheckoutError | undefined;
    await this.#run(
      'action',
      async (options) => {
        if (action.kind === 'mode') return backend.setRenewalMode(selection, action.mode, options);
        const settings = await backend.updateRenewalSettings({ standardRenewalDay: action.day }, options);
        this.#commit({ ...this.#state, settings });
        return backend.setRenewalDay(selection, action.day, options);
      },
      (answer, state) => {
        update = answer;
        return { ...moveRows(state, action, selection), selection: NONE, lastAction: { action, update: answer } };
      },
      (error) => (failure = error),
    );
    if (update) {
      void this.reload();
      return { ok: true, update };
    }
    return failure ? { ok: false, error: failure } : null;
  }

  /**
   * The next page of a quote's items (the first for another quote): each resource's new end date.
   * Another quote's request still loading is aborted.
   */
  loadQuoteItems(quoteId: string): Promise<void> {
    const known = this.#state.items?.quoteId === quoteId ? this.#state.items : null;
    if ((known && known.nextCursor === null) || (this.#state.status.items.state === 'loading' && this.#itemsFor === quoteId)) return Promise.resolve();
    this.#itemsFor = quoteId;
    const cursor = known?.nextCursor ?? undefined;
    return this.#run(
      'items',
      (options) => this.#backend!.listQuoteItems(quoteId, { limit: RENEWAL_CENTER_PAGE, ...(cursor ? { cursor } : {}) }, options),
      (page, state) => ({ ...state, items: { quoteId, items: [...(known?.items ?? []), ...page.items], nextCursor: page.nextCursor } }),
    );
  }

  /** Repeats a failed step: the action with what it was for, or a load. */
  retry(step: CenterStep): Promise<unknown> {
    if (step === 'action') return this.#retryAction?.() ?? Promise.resolve(null);
    if (step === 'more') return this.loadMore();
    if (step === 'settings') return this.loadSettings();
    if (step === 'items') return this.#state.items ? this.loadQuoteItems(this.#state.items.quoteId) : Promise.resolve();
    return step === 'counts' ? this.#loadCounts() : this.#loadRows();
  }

  #loadRows(): Promise<void> {
    const sequence = ++this.#sequence;
    this.#abort('more');
    const query = { ...filterOf(this.#state), sort: this.#state.criteria.sort, limit: RENEWAL_CENTER_PAGE };
    return this.#run(
      'rows',
      (options) => this.#backend!.listRenewals(query, options),
      (page, state) => (sequence !== this.#sequence ? null : { ...state, rows: page.resources, stale: false, total: page.total, nextCursor: page.nextCursor }),
    );
  }

  #loadCounts(): Promise<void> {
    const { mode: _mode, ...criteria } = filterOf(this.#state);
    return this.#run(
      'counts',
      (options) => this.#backend!.countRenewals(criteria, options),
      (counts, state) => ({ ...state, counts }),
    );
  }

  #abort(step: CenterStep): void {
    this.#inFlight.get(step)?.abort();
    this.#inFlight.delete(step);
  }

  /**
   * One request of `step`: aborts the step's previous one, marks it loading, applies the answer
   * only while it is the step's latest (`apply` may drop it with null), and fails the step
   * otherwise, leaving the rest of the state as it was.
   */
  async #run<T>(
    step: CenterStep,
    send: (options: CallOptions) => Promise<T>,
    apply: (value: T, state: RenewalCenterState) => RenewalCenterState | null,
    failed?: (error: CheckoutError) => void,
  ): Promise<void> {
    if (this.#destroyed || !this.#backend) return;
    this.#abort(step);
    const controller = new AbortController();
    this.#inFlight.set(step, controller);
    this.#setStatus(step, LOADING);
    try {
      const value = await send({ signal: controller.signal });
      if (this.#inFlight.get(step) !== controller) return;
      this.#inFlight.delete(step);
      const next = apply(value, this.#state);
      this.#commit({ ...(next ?? this.#state), status: { ...(next ?? this.#state).status, [step]: next ? DONE : IDLE } });
    } catch (thrown) {
      if (this.#inFlight.get(step) !== controller) return;
      this.#inFlight.delete(step);
      const error = toCheckoutError(thrown);
      this.#setStatus(step, error.code === 'aborted' ? IDLE : { state: 'error', error });
      if (error.code === 'aborted') return;
      failed?.(error);
      // The host's retryFailed() repeats the step only while it is still failed: the center's own
      // Retry may have done it meanwhile, and an action must not run twice.
      this.#onFailure?.(ACCOUNT_STEPS[step], error, () => (this.#state.status[step].state === 'error' ? this.retry(step) : undefined));
    }
  }

  #setStatus(step: CenterStep, status: StepStatus): void {
    this.#commit({ ...this.#state, status: { ...this.#state.status, [step]: status } });
  }

  #commit(next: RenewalCenterState): void {
    if (this.#destroyed) return;
    const previous = this.#state;
    this.#state = next;
    for (const listener of [...this.#listeners]) listener(next, previous);
  }
}

/** After a move, the rows that left the open tab go at once (the reload that follows confirms it). */
function moveRows(state: RenewalCenterState, action: RenewalAction, selection: RenewalSelection): RenewalCenterState {
  if (action.kind === 'day') {
    const day = action.day;
    return { ...state, rows: state.rows.map((row) => (inSelection(selection, row.id) ? { ...row, renewalDay: day } : row)) };
  }
  if (action.mode === state.mode) return state;
  const rows = state.rows.filter((row) => !inSelection(selection, row.id));
  return { ...state, rows, total: Math.max(0, state.total - (state.rows.length - rows.length)) };
}

function inSelection(selection: RenewalSelection, id: string): boolean {
  return 'ids' in selection ? selection.ids.includes(id) : !(selection.except ?? []).includes(id);
}
