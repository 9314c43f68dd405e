import { PROMO_CODE } from '../../api/rules.js';
import { addEnglish } from '../../i18n/messages.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Catalog, Money, Quote, QuoteLine, QuoteRequest, Subscription } from '../../api/schemas.js';
import { UpcartQuoteChangeEvent } from '../../events/quote-change.js';
import { bridgeStoreEvents } from '../../events/store-event-bridge.js';
import { formatCount, formatDate, formatDateTime, formatMoney } from '../../i18n/format.js';
import { isOrderComplete, type CheckoutOrder, type CheckoutState, type PriceChange, type PromoRefusal, type StepStatus } from '../../store/checkout-state.js';
import { StoreController } from '../../store/store-controller.js';
import { lineMath, lineText, type LineWriter } from '../shared/line-label.js';
import { receiptRows, receiptStyles } from '../shared/receipt-rows.js';
import { renderAlert } from '../shared/step-status.js';
import { UpcartElement } from '../upcart-element.js';
import { styles } from './order-summary.styles.js';
import { tableStyles } from '../../styles/table.js';
import { orderSummary as english } from '../../i18n/locales/en/order-summary.js';

/** More skeleton rows than this would only guess at a long page; a big renewal grows when its quote arrives. */
const MAX_SKELETON_LINES = 12;
/** A batch renewal of more subscriptions than this starts with each one's lines folded under its name. */
const FOLD_GROUPS_ABOVE = 3;
/** Subscriptions listed before "Show all": the total and the payment stay near, however many were renewed. */
const GROUPS_SHOWN = 8;

type View = 'quote' | 'receipt' | 'loading' | 'error' | 'blocked' | 'empty';

interface SummarySlice {
  readonly quote: Quote | null;
  readonly quoteStatus: StepStatus;
  /** Catalog or subscriptions are still loading, so there is no selection to price yet. */
  readonly setupLoading: boolean;
  /** The selection asks for a price (something was chosen). */
  readonly hasSelection: boolean;
  /** How many lines the quote being fetched will likely have, to size the skeleton. */
  readonly expectedLines: number;
  readonly promoCode: string | null;
  readonly promoRefusal: PromoRefusal | null;
  readonly priceChange: PriceChange | null;
  /** The order, once it is complete: the summary is its receipt. */
  readonly completeOrder: CheckoutOrder | null;
  /** A control shows a value the store refused: no total is shown for what it holds instead. */
  readonly inputRejected: boolean;
  /** To name the subscriptions of a batch renewal's line groups. */
  readonly subscriptions: readonly Subscription[];
  /** To write a grouped renewal line from its data: its plan or service, its duration. */
  readonly catalog: Catalog | null;
  readonly request: QuoteRequest | null;
}

function selectSummary(state: CheckoutState): SummarySlice {
  const request = state.pricing;
  const { status } = state;
  return {
    quote: state.quote,
    quoteStatus: status.quote,
    setupLoading:
      state.selection === null && (status.catalog.state === 'loading' || status.subscriptions.state === 'loading' || status.lookup.state === 'loading'),
    hasSelection: request !== null,
    expectedLines: expectedLineCount(state, request),
    promoCode: state.promoCode,
    promoRefusal: state.promoRefusal,
    priceChange: state.priceChange,
    completeOrder: isOrderComplete(state) ? state.order : null,
    inputRejected: Object.keys(state.rejectedInputs).length > 0,
    subscriptions: state.subscriptions,
    catalog: state.catalog,
    request: state.quoteRequest,
  };
}

/** A guess of the next quote's line count from what is being priced; only sizes the placeholder. */
function expectedLineCount(state: CheckoutState, request: QuoteRequest | null): number {
  if (request === null) return 1;
  let lines: number;
  switch (request.flow) {
    case 'expand':
      lines = request.items.length;
      break;
    case 'renew':
      lines = (request.subscriptionIds?.length ?? MAX_SKELETON_LINES) * (request.coterm ? 2 : 1);
      break;
    case 'upgrade': {
      const subscription = state.subscriptions[0];
      const credited = subscription !== undefined && subscription.status !== 'trial' && subscription.paidThisTerm !== null;
      lines = 1 + (request.slaId !== undefined ? 1 : 0) + (request.services?.length ?? 0) + (credited ? 1 : 0);
      break;
    }
  }
  return Math.min(Math.max(lines, 1), MAX_SKELETON_LINES);
}

interface LineGroup {
  readonly subscriptionId: string;
  readonly name: string;
  readonly lines: readonly QuoteLine[];
  /** What the subscription's lines come to, shown beside its name while they are folded. */
  readonly amount: Money;
}

/** The rows a priced table shows: a quote's, or those of the order a receipt is for. */
type Priced = Pick<Quote, 'lines' | 'subtotal' | 'discount' | 'tax'>;

/**
 * A quote for several subscriptions (a batch renewal: a renewal and a co-term line for each) read
 * per subscription: its lines grouped under its name, in the quote's order. Null when the quote is
 * for one subscription or a line is for none; then the lines are shown as they come.
 */
function groupBySubscription(lines: readonly QuoteLine[], subscriptions: readonly Subscription[]): LineGroup[] | null {
  const groups = new Map<string, QuoteLine[]>();
  for (const line of lines) {
    if (line.subscriptionId === undefined) return null;
    const group = groups.get(line.subscriptionId);
    if (group) group.push(line);
    else groups.set(line.subscriptionId, [line]);
  }
  if (groups.size < 2) return null;
  const names = new Map(subscriptions.map((subscription) => [subscription.id, subscription.name]));
  return [...groups].map(([subscriptionId, grouped]) => ({
    subscriptionId,
    name: names.get(subscriptionId) ?? subscriptionId,
    lines: grouped,
    amount: { ...grouped[0]!.amount, amount: grouped.reduce((sum, line) => sum + line.amount.amount, 0) },
  }));
}

/** A receipt row's empty quantity and unit-price cells, which narrow widths hide with their columns. */
const RECEIPT_GAP = html`<td class="quantity"></td>
  <td class="unit"></td>`;

/** Typical text lengths in the placeholder, in characters. */
const DESCRIPTION_CHARS = 58;
const NOTES_CHARS = 36;
const MONEY_CHARS = 7;
const EXPIRY_CHARS = 40;

/**
 * Ordinary words, so hidden placeholder text has the widths and break points of real text: an
 * English message the bundle carries anyway (76 characters, longer than any bar) costs no bytes.
 */
const FILLER = english['summary.priceChange.superseded'];

/** A placeholder bar: `length` characters of hidden text, so it wraps like the text it stands for. */
function bone(length: number): TemplateResult {
  return html`<span class="bone">${FILLER.slice(0, Math.max(1, Math.min(length, FILLER.length))).trim()}</span>`;
}

/**
 * The order's price as the server quoted it: lines with proration, periods, credits and cycle
 * discounts, subtotal, promotion, tax and the total, plus the promotion-code field, the quote's
 * expiry and the notice of a changed price. It never computes a price: while no quote for the
 * current selection exists it shows a placeholder of the same size, never an older figure.
 *
 * @tagname order-summary
 * @summary Lines, proration, discount, tax and total of the server's quote.
 *
 * @fires upcart-quote-change - The quote shown changed: a new one arrived, or it was cleared (`quote: null`).
 *
 * @csspart base - The summary region.
 * @csspart line - One quote line (a table row).
 * @csspart group - The lines of one subscription in a batch renewal (a table row group).
 * @csspart group-heading - The row naming that subscription, with its amount; a button folds or unfolds its lines when there are many.
 * @csspart show-all - The button that lists every subscription of a long batch renewal.
 * @csspart subtotal - The subtotal row.
 * @csspart discount - The promotion row.
 * @csspart tax - The tax row.
 * @csspart total - The total amount, inside the polite live region.
 * @csspart promo - The promotion-code form.
 * @csspart expiry - "Price valid until …".
 * @csspart error - The alert shown when the quote could not be loaded.
 * @csspart placeholder - The skeleton shown while the quote loads.
 *
 * @cssprop --upcart-summary-background - Background of the summary; defaults to the surface color.
 * @cssprop --upcart-summary-border-color - Border and rule color; defaults to the border token.
 * @cssprop --upcart-summary-total-color - Color of the total amount; defaults to the text color.
 * @cssprop --upcart-summary-skeleton-color - Color of the placeholder bars.
 * @cssprop --upcart-summary-min-height - Height reserved for the priced area (default 12rem).
 */
export class OrderSummary extends UpcartElement {
  static {
    addEnglish(english);
  }

  static override styles = [UpcartElement.styles, tableStyles, receiptStyles, styles];

  private readonly summary = new StoreController(this, selectSummary, { store: () => this.store });

  /** What the buyer typed in the promotion field. */
  @state() private promoDraft = '';
  /** A message about the typed code found before anything was sent. */
  @state() private promoProblem = '';
  /** A long batch renewal's subscriptions whose lines the buyer unfolded. */
  @state() private unfolded: ReadonlySet<string> = new Set();
  /** The buyer asked to list every subscription of a long batch renewal. */
  @state() private showAllGroups = false;

  private readonly events = bridgeStoreEvents(this, () => this.activeStore, {
    events: (event) => (event.type === 'quote-change' ? [new UpcartQuoteChangeEvent({ quote: event.quote })] : []),
  });
  /** The store's code the field was last synced from. */
  private syncedPromoCode: string | null = null;
  /** Height of the last priced summary: a re-quote's placeholder keeps it, so nothing jumps. */
  private pricedHeight = 0;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Follow the store's code (set here, by another element, or removed) unless it is unchanged.
    const { promoCode } = this.summary.value;
    if (promoCode !== this.syncedPromoCode) {
      this.syncedPromoCode = promoCode;
      this.promoDraft = promoCode ?? '';
      this.promoProblem = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const priced = this.renderRoot.querySelector<HTMLElement>('.priced');
    // Set through the CSSOM, not a style attribute: a strict `style-src` refuses inline styles.
    if (priced) priced.style.minHeight = this.view === 'loading' && this.pricedHeight > 0 ? `${this.pricedHeight}px` : '';
    if (this.view === 'quote') this.pricedHeight = priced?.getBoundingClientRect().height ?? 0;
  }

  private handlePromoInput(event: Event): void {
    this.promoDraft = (event.target as HTMLInputElement).value;
    this.promoProblem = '';
  }

  private handlePromoSubmit(event: Event): void {
    event.preventDefault();
    const code = this.promoDraft.trim();
    if (code === '') {
      this.promoProblem = this.t('summary.promo.required');
      return;
    }
    if (code.length > PROMO_CODE.maxLength) {
      this.promoProblem = this.t('summary.promo.tooLong');
      return;
    }
    const result = this.activeStore?.setPromoCode(code);
    if (result && !result.ok && result.reason === 'invalid_input') this.promoProblem = this.t('summary.promo.tooLong');
  }

  private handlePromoRemove(): void {
    this.activeStore?.setPromoCode(null);
    this.promoDraft = '';
    this.promoProblem = '';
  }

  private handleGroupToggle(subscriptionId: string): void {
    const unfolded = new Set(this.unfolded);
    if (!unfolded.delete(subscriptionId)) unfolded.add(subscriptionId);
    this.unfolded = unfolded;
  }

  private handleConfirmPriceChange(): void {
    this.activeStore?.confirmPriceChange();
  }

  private get view(): View {
    const { quote, quoteStatus, setupLoading, hasSelection, completeOrder, inputRejected } = this.summary.value;
    if (completeOrder !== null) return 'receipt';
    if (inputRejected) return 'blocked';
    if (quote !== null) return 'quote';
    if (quoteStatus.state === 'error') return 'error';
    if (quoteStatus.state === 'loading' || setupLoading || hasSelection) return 'loading';
    return 'empty';
  }

  private money(money: Money): string {
    return formatMoney(money, this.locale);
  }

  /** Writes lines in the buyer's language: the session's catalog names their items. */
  private get writer(): LineWriter {
    const { catalog, request } = this.summary.value;
    const months = request?.flow === 'renew' ? catalog?.renewalDurations.find((duration) => duration.id === request.durationId)?.months : undefined;
    return { t: (key, params) => this.t(key, params), locale: this.locale, catalog, months };
  }

  /** The line's period, and how its amount comes about (quantity × unit price × months…). */
  private renderLineNotes(line: QuoteLine, writer: LineWriter): TemplateResult {
    const locale = this.locale;
    const notes: TemplateResult[] = [];
    const showsPeriod = line.kind === 'renewal' || line.kind === 'coterm' || line.kind === 'plan';
    if (showsPeriod && line.periodStart !== undefined && line.periodEnd !== undefined) {
      notes.push(html`<span>${this.t('summary.line.period', { start: formatDate(line.periodStart, locale), end: formatDate(line.periodEnd, locale) })}</span>`);
    }
    const math = lineMath(line, writer);
    if (math) notes.push(html`<span class="math">${math}</span>`);
    return html`<span class="notes">${notes}</span>`;
  }

  private renderColumns(): TemplateResult {
    return html`<colgroup><col class="item" /><col class="quantity" /><col class="unit" /><col class="amount" /></colgroup>
      <thead>
        <tr>
          <th scope="col">${this.t('summary.column.item')}</th>
          <th scope="col" class="num quantity">${this.t('summary.column.quantity')}</th>
          <th scope="col" class="num unit">${this.t('summary.column.unitPrice')}</th>
          <th scope="col" class="num">${this.t('summary.column.amount')}</th>
        </tr>
      </thead>`;
  }

  private renderLine(line: QuoteLine, label: string | TemplateResult, writer: LineWriter, hidden = false): TemplateResult {
    return html`<tr part="line" class=${line.kind === 'credit' ? 'credit' : ''} data-kind=${line.kind} ?hidden=${hidden}>
      <th scope="row" class="description">${label}${this.renderLineNotes(line, writer)}</th>
      <td class="num quantity">${formatCount(line.quantity, this.locale)}</td>
      <td class="num unit">${this.money(line.unitPrice)}</td>
      <td class="num"><span class="amount-value">${this.money(line.amount)}</span></td>
    </tr>`;
  }

  /**
   * A subscription's lines under its name. In a long batch renewal they start folded: the name is
   * a button (`aria-expanded`) and the subscription's amount stands beside it.
   */
  private renderGroup(group: LineGroup, foldable: boolean, writer: LineWriter): TemplateResult {
    const open = !foldable || this.unfolded.has(group.subscriptionId);
    const name = html`<bdi>${group.name}</bdi>`;
    return html`<tbody part="group" data-subscription=${group.subscriptionId}>
      <tr part="group-heading">
        <th scope="rowgroup">
          ${
            foldable
              ? html`<button type="button" class="group-toggle" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.handleGroupToggle(group.subscriptionId)}>
                  ${name}
                </button>`
              : name
          }
        </th>
        <td class="quantity"></td>
        <td class="unit"></td>
        <td class="num">${foldable ? this.money(group.amount) : nothing}</td>
      </tr>
      ${group.lines.map((line) =>
        // The subscription's name is read with each line: a row group's header is not
        // announced by every screen reader.
        this.renderLine(line, html`<span class="visually-hidden">${group.name}: </span>${lineText(line, writer, true)}`, writer, !open),
      )}
    </tbody>`;
  }

  private renderGroups(groups: readonly LineGroup[], writer: LineWriter): TemplateResult {
    const foldable = groups.length > FOLD_GROUPS_ABOVE;
    const shown = this.showAllGroups || groups.length <= GROUPS_SHOWN + 1 ? groups : groups.slice(0, GROUPS_SHOWN);
    return html`${shown.map((group) => this.renderGroup(group, foldable, writer))}
    ${
      shown.length < groups.length
        ? html`<tbody>
          <tr>
            <td colspan="4">
              <button type="button" part="show-all" class="button link show-all" @click=${() => (this.showAllGroups = true)}>
                ${this.t('summary.showAll', { count: groups.length })}
              </button>
            </td>
          </tr>
        </tbody>`
        : nothing
    }`;
  }

  /** The priced table: every line, the subtotal, the promotion, tax or reverse charge. */
  private renderQuote(priced: Priced): TemplateResult {
    const writer = this.writer;
    const groups = groupBySubscription(priced.lines, this.summary.value.subscriptions);
    return html`<table>
      <caption class="visually-hidden">${this.t('summary.caption')}</caption>
      ${this.renderColumns()}
      ${
        groups
          ? this.renderGroups(groups, writer)
          : html`<tbody>
            ${priced.lines.map((line) => this.renderLine(line, lineText(line, writer), writer))}
          </tbody>`
      }
      <tfoot>
        ${receiptRows(priced, { t: (key, params) => this.t(key, params), locale: this.locale, between: RECEIPT_GAP })}
      </tfoot>
    </table>`;
  }

  /**
   * The same table as a priced summary, rows and all. Each bar is transparent text of a typical
   * length, so it wraps at the element's width the way the real description, notes and figures
   * will, and the priced summary takes the placeholder's place without moving what follows.
   */
  private renderPlaceholder(): TemplateResult {
    const { expectedLines, promoCode } = this.summary.value;
    const footRow = (label: number) => html`<tr>
      <th scope="row">${bone(label)}</th>
      <td class="quantity"></td>
      <td class="unit"></td>
      <td class="num">${bone(MONEY_CHARS)}</td>
    </tr>`;
    return html`<p class="visually-hidden">${this.t('summary.loadingPrice')}</p>
      <table part="placeholder" class="placeholder" aria-hidden="true">
        ${this.renderColumns()}
        <tbody>
          ${Array.from(
            { length: expectedLines },
            () => html`<tr>
              <th class="description">${bone(DESCRIPTION_CHARS)}<span class="notes">${bone(NOTES_CHARS)}</span></th>
              <td class="num quantity">${bone(2)}</td>
              <td class="num unit">${bone(MONEY_CHARS - 1)}</td>
              <td class="num">${bone(MONEY_CHARS)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          ${footRow(8)} ${promoCode !== null ? footRow(16) : nothing} ${footRow(12)}
        </tfoot>
      </table>`;
  }

  /**
   * The receipt of a complete order: every row of the quote it was placed for, or, when this
   * checkout no longer has that quote (a reload), the same rows from the order, which carries them.
   */
  private renderReceipt(order: CheckoutOrder): TemplateResult {
    const { quote } = this.summary.value;
    return this.renderQuote(quote !== null && quote.id === order.quoteId ? quote : order);
  }

  private renderBody(view: View): TemplateResult | typeof nothing {
    const { quote, quoteStatus, completeOrder } = this.summary.value;
    switch (view) {
      case 'quote':
        return quote ? this.renderQuote(quote) : nothing;
      case 'receipt':
        return completeOrder ? html`<h2 class="receipt-title">${this.t('summary.receipt')}</h2>${this.renderReceipt(completeOrder)}` : nothing;
      case 'blocked':
        return html`<p class="empty">${this.t('summary.blocked')}</p>`;
      case 'loading':
        return this.renderPlaceholder();
      case 'error':
        // A refusal of the selection itself (422) or of something gone (404) is not retried as it is.
        return renderAlert(this.hostContext(), { step: 'quote', error: quoteStatus.error });
      case 'empty':
        return html`<p class="empty">${this.t('summary.empty')}</p>`;
    }
  }

  private renderTotal(view: View): TemplateResult | typeof nothing {
    const { quote, completeOrder } = this.summary.value;
    if (view === 'receipt' && completeOrder) {
      return html`<span>${this.t('summary.total')}</span> <strong part="total">${this.money(completeOrder.total)}</strong>`;
    }
    if (view === 'quote' && quote) {
      return html`<span>${this.t('summary.total')}</span> <strong part="total">${this.money(quote.total)}</strong>`;
    }
    if (view === 'loading') return html`<span>${this.t('summary.total')}</span> <span aria-hidden="true">${bone(MONEY_CHARS)}</span>`;
    return nothing;
  }

  private renderExpiry(view: View): TemplateResult | typeof nothing {
    const { quote } = this.summary.value;
    if (view === 'quote' && quote) {
      return html`<p class="expiry" part="expiry">${this.t('summary.expiry', { time: formatDateTime(quote.expiresAt, this.locale) })}</p>`;
    }
    if (view === 'loading') return html`<p class="expiry" aria-hidden="true">${bone(EXPIRY_CHARS)}</p>`;
    return nothing;
  }

  private renderPriceChange(): TemplateResult | typeof nothing {
    const { priceChange, quote } = this.summary.value;
    if (priceChange === null) return nothing;
    const previous = this.money(priceChange.previousTotal);
    if (quote === null) {
      const pending =
        priceChange.reason === 'quote_expired'
          ? 'summary.priceChange.expired'
          : priceChange.reason === 'quote_superseded'
            ? 'summary.priceChange.superseded'
            : 'summary.priceChange.pending';
      return html`<div class="notice" role="status"><p>${this.t(pending, { previous })}</p></div>`;
    }
    return html`<div class="notice" role="status">
      <p>${this.t('summary.priceChange.changed', { previous, current: this.money(quote.total) })}</p>
      <button type="button" class="button primary" @click=${this.handleConfirmPriceChange}>${this.t('summary.priceChange.confirm')}</button>
    </div>`;
  }

  private renderPromo(): TemplateResult {
    const { promoCode, promoRefusal } = this.summary.value;
    const refused = promoRefusal ? this.t('summary.promo.refused', { code: promoRefusal.code, reason: this.errorText(promoRefusal.error) }) : '';
    const message = this.promoProblem || refused;
    return html`<form part="promo" class="promo" novalidate @submit=${this.handlePromoSubmit}>
      <label for="promo">${this.t('summary.promo.label')}</label>
      <div class="promo-controls">
        <input
          id="promo"
          name="promo"
          autocomplete="off"
          spellcheck="false"
          maxlength=${PROMO_CODE.maxLength}
          .value=${this.promoDraft}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby="promo-message"
          @input=${this.handlePromoInput}
        />
        <button type="submit" class="button">${this.t('summary.promo.apply')}</button>
        ${
          promoCode !== null
            ? html`<button type="button" class="button link" @click=${this.handlePromoRemove}>${this.t('summary.promo.remove')}</button>`
            : nothing
        }
      </div>
      <p id="promo-message" class="field-error" role="alert">${message}</p>
    </form>`;
  }

  override render(): TemplateResult {
    const view = this.view;
    const busy = view === 'loading' || (view === 'quote' && this.summary.value.quoteStatus.state === 'loading');
    return html`<div part="base" class="base" role="group" aria-label=${this.t('summary.label')} aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderPriceChange()}
      <div class="priced">
        ${this.renderBody(view)}
        <p class="total-row" aria-live="polite" aria-atomic="true">${this.renderTotal(view)}</p>
        ${this.renderExpiry(view)}
      </div>
      ${view === 'receipt' ? nothing : this.renderPromo()}
    </div>`;
  }
}
