/**
 * Renew mode (KooPhone): the renewable subscriptions as a table with a checkbox per row and a
 * tri-state "select all", an auto-renew switch per row, the renewal duration, "renew on the
 * standard renewal date", and each selected row's new end date (the quote's, else an estimate).
 *
 * Long lists stay fast: only the rows in the scrolled viewport (and a margin) are in the DOM, with
 * spacer rows for the rest (`RowWindow`); the table keeps its semantics with `aria-rowcount` and
 * each row's `aria-rowindex`, rows are keyed so a focused checkbox stays with its subscription,
 * and select-all works on the store's list, not on the rendered rows. Per-render lookups
 * (selected ids, quoted ends, billing labels, status labels) are computed once outside the rows,
 * and one delegated `change` listener on the table body serves every row.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CheckoutError } from '../../api/errors.js';
import { RENEWAL_PAGE } from '../../api/rules.js';
import type { Catalog, Quote, RenewalDuration, Subscription } from '../../api/schemas.js';
import { UpcartAutoRenewChangeEvent } from '../../events/auto-renew-change.js';
import { formatDate, formatPercent } from '../../i18n/format.js';
import { renewView as english } from '../../i18n/locales/en/renew-view.js';
import { addEnglish, type MessageKey } from '../../i18n/messages.js';
import type { RenewSelection } from '../../store/checkout-state.js';
import { estimateRenewedEnd, quotedEnds } from './renew-dates.js';
import { RowWindow } from './row-window.js';
import type { PickerSlice, ViewContext } from './view-context.js';
import { styles } from './renew-view.styles.js';

/** What every row of one render shares. */
interface RowContext {
  readonly selected: ReadonlySet<string>;
  readonly quoted: ReadonlyMap<string, string>;
  readonly billing: ReadonlyMap<string, string>;
  readonly status: Readonly<Record<Subscription['status'], string>>;
  readonly duration: RenewalDuration | undefined;
  readonly standardDay: number | null;
  readonly locale: string;
  /** Column names, shown beside each value when the rows are cards (a narrow picker). */
  readonly labels: Readonly<Record<'billing' | 'expires' | 'autoRenew' | 'newEnd', string>>;
}

/** Pages of a quote's items read for the table's new end dates: 1,000 rows; the rest keep estimates. */
const MAX_ITEM_PAGES = 5;

/** The header row is row 1 of the table; subscriptions start at 2. */
const FIRST_ROW_INDEX = 2;

export class RenewView implements ReactiveController {
  /** Added to the picker's own when the view loads (see shared/lazy-views.ts). */
  static readonly styles = styles;

  static {
    // Its words load with it, like its styles.
    addEnglish(english);
  }

  private readonly context: ViewContext;
  private readonly rows = new RowWindow();
  /** Subscriptions in the last render, for the scroll handler. */
  private rowCount = 0;
  private rowHeightMeasured = false;
  /** Subscription id -> the auto-renew value the buyer asked for and the server has not confirmed. */
  private readonly wantedAutoRenew = new Map<string, boolean>();
  /** Subscription id -> why its last auto-renew change failed. */
  private readonly autoRenewErrors = new Map<string, CheckoutError>();
  private autoRenewRunning = false;
  private lastQuote: Quote | null = null;
  private lastQuotedEnds: ReadonlyMap<string, string> = new Map();
  /** Reads the quote's items; a newer quote aborts it. */
  private itemsRead: AbortController | undefined;

  constructor(context: ViewContext) {
    this.context = context;
    context.host.addController(this);
  }

  /** Measures the row height and viewport once a windowed table is in the DOM. */
  hostUpdated(): void {
    if (this.rowHeightMeasured || this.rowCount === 0) return;
    const wrap = this.context.root().querySelector<HTMLElement>('.table-wrap');
    // A row without an error message has the standard height.
    const row = [...(wrap?.querySelectorAll<HTMLElement>('tbody tr[data-id]') ?? [])].find((candidate) => !candidate.querySelector('.field-error'));
    if (!wrap || !row) return;
    const height = row.getBoundingClientRect().height;
    if (height <= 0) return;
    this.rowHeightMeasured = true;
    const viewport = wrap.clientHeight;
    if (Math.abs(height - this.rows.rowHeight) > 0.5 || (viewport > 0 && viewport !== this.rows.viewport)) {
      this.rows.rowHeight = height;
      if (viewport > 0) this.rows.viewport = viewport;
      this.context.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    // Sizes may differ when the element is attached again; its quote's items are read again then.
    this.rowHeightMeasured = false;
    this.itemsRead?.abort();
    this.lastQuote = null;
  }

  // ------------------------------------------------------------ actions

  private selectableIds(): string[] {
    const subscriptions = this.context.store()?.getState().subscriptions ?? [];
    return subscriptions.filter((subscription) => subscription.status !== 'trial').map((subscription) => subscription.id);
  }

  private readonly handleSelectAll = (): void => {
    const store = this.context.store();
    const selection = store?.getState().selection;
    if (!store || selection?.flow !== 'renew') return;
    const selectable = this.selectableIds();
    const chosen = new Set(selection.subscriptionIds);
    const all = selectable.length > 0 && selectable.every((id) => chosen.has(id));
    if (store.setRenewalSelection(all ? [] : selectable).ok) this.context.selectionChanged();
    // A live binding puts the store's answer back in place of the click.
    this.context.host.requestUpdate();
  };

  /** One listener for every row's checkbox and switch. */
  private readonly handleRowChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const id = input.closest('tr')?.dataset['id'];
    if (id === undefined) return;
    if (input.dataset['action'] === 'select') {
      if (this.context.store()?.toggleRenewal(id).ok) this.context.selectionChanged();
    } else if (input.dataset['action'] === 'auto-renew') {
      this.requestAutoRenew(id, input.checked);
    }
    this.context.host.requestUpdate();
  };

  private readonly handleDurationChange = (event: Event): void => {
    const store = this.context.store();
    const durationId = (event.target as HTMLInputElement).value;
    const selection = store?.getState().selection;
    if (!store || selection?.flow !== 'renew' || selection.durationId === durationId) return;
    if (store.setDuration(durationId).ok) this.context.selectionChanged();
    this.context.host.requestUpdate();
  };

  /** Passive: moves the rendered window of rows when the scroll calls for another range. */
  private readonly handleScroll = {
    handleEvent: (event: Event): void => {
      const wrap = event.currentTarget as HTMLElement;
      if (this.rows.scrollTo(wrap.scrollTop, wrap.clientHeight, this.rowCount)) this.context.host.requestUpdate();
    },
    passive: true,
  };

  private readonly handleCotermChange = (event: Event): void => {
    const store = this.context.store();
    if (store?.setCoterm((event.target as HTMLInputElement).checked).ok) this.context.selectionChanged();
    this.context.host.requestUpdate();
  };

  private requestAutoRenew(id: string, autoRenew: boolean): void {
    this.wantedAutoRenew.set(id, autoRenew);
    this.autoRenewErrors.delete(id);
    void this.sendAutoRenew();
  }

  /**
   * Sends the wanted auto-renew values one at a time (the store runs one such request at a
   * time); a row switched again while its request runs is sent again with the latest value.
   */
  private async sendAutoRenew(): Promise<void> {
    if (this.autoRenewRunning) return;
    this.autoRenewRunning = true;
    try {
      for (;;) {
        const store = this.context.store();
        if (!store) {
          this.wantedAutoRenew.clear();
          break;
        }
        const subscriptions = store.getState().subscriptions;
        let next: [string, boolean] | undefined;
        for (const [id, wanted] of this.wantedAutoRenew) {
          const subscription = subscriptions.find((candidate) => candidate.id === id);
          if (subscription === undefined || subscription.autoRenew === wanted) this.wantedAutoRenew.delete(id);
          else if (next === undefined) next = [id, wanted];
        }
        if (next === undefined) break;
        const [id, wanted] = next;
        const result = await store.setSubscriptionAutoRenew(id, wanted);
        if (result.ok) {
          const updated = store.getState().subscriptions.find((candidate) => candidate.id === id);
          if (updated) this.context.emit(new UpcartAutoRenewChangeEvent({ subscription: updated }));
        } else {
          this.wantedAutoRenew.delete(id);
          if (result.error) this.autoRenewErrors.set(id, result.error);
        }
        this.context.host.requestUpdate();
      }
    } finally {
      this.autoRenewRunning = false;
      this.context.host.requestUpdate();
    }
  }

  // ------------------------------------------------------------ rendering

  private durationText(duration: RenewalDuration): string {
    return duration.months % 12 === 0
      ? this.context.t('planPicker.duration.years', { count: duration.months / 12 })
      : this.context.t('common.months', { count: duration.months });
  }

  private billingLabels(catalog: Catalog): Map<string, string> {
    const { t } = this.context;
    return new Map(
      catalog.cycles.map((cycle) => [
        cycle.id,
        cycle.months === 1
          ? t('planPicker.renew.billing.monthly')
          : cycle.months === 12
            ? t('planPicker.renew.billing.yearly')
            : t('planPicker.renew.billing.months', { count: cycle.months }),
      ]),
    );
  }

  private quotedEndsOf(quote: Quote | null): ReadonlyMap<string, string> {
    if (quote !== this.lastQuote) {
      this.lastQuote = quote;
      this.lastQuotedEnds = quotedEnds(quote);
      this.readItems(quote);
    }
    return this.lastQuotedEnds;
  }

  /**
   * A line that groups several phones names no one phone's new end: the quote's items do, read on
   * demand (`GET /quotes/{id}/items`) for the rows a buyer can see in this table. Until they come,
   * or where the backend has no items, the rows keep their estimates, labelled as such.
   */
  private readItems(quote: Quote | null): void {
    this.itemsRead?.abort();
    const backend = this.context.store()?.backend;
    if (!backend || quote?.flow !== 'renew' || !quote.lines.some((line) => line.count !== undefined && line.subscriptionId === undefined)) return;
    const { signal } = (this.itemsRead = new AbortController());
    // Loaded with the renewal calls' schemas, which only a grouped renewal needs.
    const read = async () => {
      const items = (await import('../../api/renewal-http.js')).renewalBackend(backend);
      if (!items) return;
      const ends = new Map(this.lastQuotedEnds);
      let cursor: string | undefined;
      for (let page = 0; page < MAX_ITEM_PAGES; page++) {
        const answer = await items.listQuoteItems(quote.id, { limit: RENEWAL_PAGE.maxLimit, ...(cursor ? { cursor } : {}) }, { signal });
        for (const item of answer.items) ends.set(item.subscriptionId, item.newTermEnd);
        if (answer.nextCursor === null) break;
        cursor = answer.nextCursor;
      }
      if (this.lastQuote !== quote) return;
      this.lastQuotedEnds = ends;
      this.context.host.requestUpdate();
    };
    read().catch(() => undefined);
  }

  private renderNewEnd(subscription: Subscription, rows: RowContext): TemplateResult | string {
    if (!rows.selected.has(subscription.id)) return '';
    const quoted = rows.quoted.get(subscription.id);
    if (quoted !== undefined) return html`<span class="new-end quoted date">${formatDate(quoted, rows.locale)}</span>`;
    if (rows.duration === undefined) return '';
    const estimate = estimateRenewedEnd(subscription.termEnd, rows.duration.months, rows.standardDay);
    return html`<span class="new-end estimate">${this.context.t('planPicker.renew.estimate', { date: formatDate(estimate, rows.locale) })}</span>`;
  }

  private renderRow(subscription: Subscription, index: number, rows: RowContext): TemplateResult {
    const { t } = this.context;
    const selected = rows.selected.has(subscription.id);
    const trial = subscription.status === 'trial';
    const wanted = this.wantedAutoRenew.get(subscription.id);
    const error = this.autoRenewErrors.get(subscription.id);
    return html`
      <tr part=${selected ? 'renew-row renew-row-selected' : 'renew-row'} data-id=${subscription.id} aria-rowindex=${index + FIRST_ROW_INDEX}>
        <td class="select-cell">
          <input
            type="checkbox"
            data-action="select"
            aria-label=${t('planPicker.renew.select', { name: subscription.name })}
            title=${trial ? t('planPicker.renew.trial') : nothing}
            .checked=${live(selected)}
            ?disabled=${trial}
          />
        </td>
        <th scope="row" class="name-cell"><bdi>${subscription.name}</bdi></th>
        <td class="status-cell"><span part="badge" class="badge status-${subscription.status}">${rows.status[subscription.status]}</span></td>
        <td data-label=${rows.labels.billing}>${rows.billing.get(subscription.cycleId) ?? ''}</td>
        <td data-label=${rows.labels.expires}><span class="date">${formatDate(subscription.termEnd, rows.locale)}</span></td>
        <td class="auto-renew-cell" data-label=${rows.labels.autoRenew}>
          <input
            type="checkbox"
            role="switch"
            class="switch"
            data-action="auto-renew"
            aria-label=${t('planPicker.renew.autoRenew', { name: subscription.name })}
            aria-busy=${wanted !== undefined ? 'true' : 'false'}
            .checked=${live(wanted ?? subscription.autoRenew)}
          />
          ${
            error
              ? html`<span class="field-error" role="alert"
                >${t('planPicker.renew.autoRenew.error', { name: subscription.name, error: this.context.errorText(error) })}</span
              >`
              : nothing
          }
        </td>
        <td class="new-end-cell" data-label=${selected ? rows.labels.newEnd : nothing}>${this.renderNewEnd(subscription, rows)}</td>
      </tr>
    `;
  }

  /** Stands in for rows that are not rendered; its height is set through the CSSOM, which a strict CSP allows. */
  private renderSpacer(height: number): TemplateResult | typeof nothing {
    return height > 0 ? html`<tr class="spacer" role="presentation" aria-hidden="true" .style=${`height: ${height}px`}><td colspan="7"></td></tr>` : nothing;
  }

  private renderDurations(durations: readonly RenewalDuration[], selection: RenewSelection): TemplateResult | typeof nothing {
    if (durations.length === 0) return nothing;
    const { t, locale } = this.context;
    return html`
      <fieldset part="durations" class="options-group">
        <legend class="title">${t('planPicker.duration.label')}</legend>
        <div class="options" @change=${this.handleDurationChange}>
          ${durations.map(
            (duration) => html`
              <label part=${selection.durationId === duration.id ? 'duration duration-selected' : 'duration'} class="option" data-duration-id=${duration.id}>
                <input type="radio" name="duration" value=${duration.id} .checked=${live(selection.durationId === duration.id)} />
                <span class="option-name">${this.durationText(duration)}</span>
                ${
                  duration.discountPercent > 0
                    ? html`<span class="save">${t('common.save.percent', { percent: formatPercent(duration.discountPercent, locale()) })}</span>`
                    : nothing
                }
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderCoterm(day: number | undefined, selection: RenewSelection, hint: MessageKey = 'planPicker.coterm.hint'): TemplateResult | typeof nothing {
    if (day === undefined) return nothing;
    const { t } = this.context;
    return html`
      <div class="coterm">
        <label part="coterm" class="check">
          <input type="checkbox" aria-describedby="coterm-hint" .checked=${live(selection.coterm)} @change=${this.handleCotermChange} />
          <span>${t('planPicker.coterm.label')}</span>
        </label>
        <p id="coterm-hint" class="muted hint">${t(hint, { day: t('planPicker.coterm.day', { day }) })}</p>
      </div>
    `;
  }

  render(slice: PickerSlice): TemplateResult | typeof nothing {
    const { catalog, selection, subscriptions } = slice;
    if (catalog === null || selection?.flow !== 'renew') return nothing;
    const { t, locale } = this.context;
    this.rowCount = subscriptions.length;
    // From <renewal-center>: it shows what is renewed (the quote's groups); here the duration and co-terming.
    if (slice.config?.renewal)
      return html`${this.renderDurations(catalog.renewalDurations, selection)} ${this.renderCoterm(
        // The server co-terms each resource to its own renewal day, else the account's, else the catalog's.
        slice.config.standardRenewalDay ?? catalog.standardRenewalDay,
        selection,
        'renewals.coterm.hint',
      )}`;
    if (subscriptions.length === 0) return html`<p class="empty" role="status">${t('planPicker.empty.renew')}</p>`;
    const lang = locale();
    const selected = new Set(selection.subscriptionIds);
    const selectable = subscriptions.filter((subscription) => subscription.status !== 'trial');
    const all = selectable.length > 0 && selectable.every((subscription) => selected.has(subscription.id));
    const some = selected.size > 0 && !all;
    const rows: RowContext = {
      selected,
      quoted: this.quotedEndsOf(slice.quote),
      billing: this.billingLabels(catalog),
      status: { active: t('common.status.active'), trial: t('common.status.trial'), inactive: t('common.status.inactive') },
      duration: catalog.renewalDurations.find((duration) => duration.id === selection.durationId),
      standardDay: selection.coterm ? (catalog.standardRenewalDay ?? null) : null,
      locale: lang,
      labels: {
        billing: t('planPicker.renew.col.billing'),
        expires: t('planPicker.renew.col.expires'),
        autoRenew: t('planPicker.renew.col.autoRenew'),
        newEnd: t('planPicker.renew.col.newEnd'),
      },
    };
    const range = this.rows.range(subscriptions.length);
    const visible = subscriptions.slice(range.start, range.end);
    return html`
      <div class="table-wrap" @scroll=${this.handleScroll}>
        <table part="renew-table" class="renew-table" aria-rowcount=${subscriptions.length + 1}>
          <caption class="visually-hidden">${t('planPicker.renew.caption')}</caption>
          <thead>
            <tr aria-rowindex="1">
              <th scope="col" class="select-cell">
                <input
                  type="checkbox"
                  class="select-all"
                  aria-label=${t('planPicker.renew.selectAll')}
                  .checked=${live(all)}
                  .indeterminate=${live(some)}
                  ?disabled=${selectable.length === 0}
                  @change=${this.handleSelectAll}
                />
              </th>
              <th scope="col">${t('planPicker.renew.col.name')}</th>
              <th scope="col">${t('planPicker.renew.col.status')}</th>
              <th scope="col">${t('planPicker.renew.col.billing')}</th>
              <th scope="col">${t('planPicker.renew.col.expires')}</th>
              <th scope="col">${t('planPicker.renew.col.autoRenew')}</th>
              <th scope="col">${t('planPicker.renew.col.newEnd')}</th>
            </tr>
          </thead>
          <tbody @change=${this.handleRowChange}>
            ${this.renderSpacer(range.before)}
            ${repeat(
              visible,
              (subscription) => subscription.id,
              (subscription, offset) => this.renderRow(subscription, range.start + offset, rows),
            )}
            ${this.renderSpacer(range.after)}
          </tbody>
        </table>
      </div>
      <p class="selected-count muted" role="status">${t('planPicker.renew.selected', { count: selected.size })}</p>
      ${this.renderDurations(catalog.renewalDurations, selection)} ${this.renderCoterm(catalog.standardRenewalDay, selection)}
    `;
  }
}
