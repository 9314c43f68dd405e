/**
 * The result of an order in `<pay-checkout>`: its id, status and dates, every row of the quote it
 * was placed for, read from the order (a read-only receipt: lines in the buyer's language,
 * subtotal, promotion, tax or reverse charge, total, after a reload or a payment return too), the invoice link with how long it is valid, the note for
 * an offline or a paid order, and "Start a new order". A chunk of its own with its messages (see
 * result-loaders.ts): a buyer sees it only once an order is placed, so the checkout's first load
 * does not carry it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog, Invoice } from '../../api/schemas.js';
import { formatCount, formatDate, formatDateTime, formatMoney } from '../../i18n/format.js';
import { orderResult as english } from '../../i18n/locales/en/order-result.js';
import { addEnglish } from '../../i18n/messages.js';
import type { CheckoutOrder as Order } from '../../store/checkout-state.js';
import { lineMath, lineText, type LineWriter } from '../shared/line-label.js';
import { receiptRows } from '../shared/receipt-rows.js';
import type { OrderResultContext, OrderResultView } from './result-context.js';
import { styles } from './order-result.styles.js';

/** Invoice links valid for at most this long are described in hours, longer ones by their end date. */
const HOURS_SHOWN_UP_TO = 48;

/** The invoice address when it is a web link; anything else is never rendered as a link. */
function webUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function invoiceNote(view: ResultView, order: Order, invoice: Invoice): string {
  const issued = Date.parse(order.effectiveAt ?? order.createdAt);
  const hours = Math.round((Date.parse(invoice.expiresAt) - issued) / 3_600_000);
  if (hours >= 1 && hours <= HOURS_SHOWN_UP_TO) {
    return view.t(invoice.singleUse ? 'pay.result.invoice.validForOnce' : 'pay.result.invoice.validFor', { hours });
  }
  const date = formatDate(invoice.expiresAt, view.locale);
  return view.t(invoice.singleUse ? 'pay.result.invoice.validUntilOnce' : 'pay.result.invoice.validUntil', { date });
}

function renderInvoice(view: ResultView, order: Order): TemplateResult | typeof nothing {
  const invoice = order.invoice;
  const href = invoice ? webUrl(invoice.url) : null;
  if (!invoice || href === null) return nothing;
  const proforma = order.status !== 'paid' && order.paymentMethod === 'offline';
  return html`<div class="invoice">
    <a part="invoice-link" href=${href} target="_blank" rel="noopener">
      ${view.t(proforma ? 'pay.result.proforma' : 'pay.result.invoice')}<span class="visually-hidden"> ${view.t('pay.result.newTab')}</span>
    </a>
    <p class="hint">${invoiceNote(view, order, invoice)}</p>
  </div>`;
}

export class OrderResult implements OrderResultView {
  static {
    addEnglish(english);
  }

  /** Added to the element's own when the result loads (see shared/lazy-views.ts). */
  static readonly styles = styles;

  constructor(private readonly context: OrderResultContext) {}

  render(order: Order, catalog: Catalog | null): TemplateResult {
    return renderOrderResult({ t: this.context.t, locale: this.context.locale(), catalog, newOrder: this.context.newOrder }, order);
  }
}

/** What the result's templates read: the line writer's words, locale and catalog (to name items), and "Start a new order". */
interface ResultView extends Pick<OrderResultContext, 'newOrder'>, LineWriter {}

function renderOrderResult(view: ResultView, order: Order): TemplateResult {
  const locale = view.locale;
  const problem = order.status === 'failed' || order.status === 'cancelled';
  return html`<section part="result" class="result" aria-labelledby="result-title">
    <h2 id="result-title" tabindex="-1" class=${problem ? 'problem' : ''}>${view.t(`pay.result.title.${order.status}`)}</h2>
    <dl>
      <dt>${view.t('pay.result.orderId')}</dt>
      <dd class="order-id">${order.id}</dd>
      <dt>${view.t('pay.result.status')}</dt>
      <dd class="status" data-status=${order.status}>${view.t(`pay.result.status.${order.status}`)}</dd>
      <dt>${view.t('pay.result.createdAt')}</dt>
      <dd>${formatDateTime(order.createdAt, locale)}</dd>
      ${
        order.effectiveAt
          ? html`<dt>${view.t('pay.result.effectiveAt')}</dt>
            <dd>${formatDateTime(order.effectiveAt, locale)}</dd>`
          : nothing
      }
      ${
        order.piNumber
          ? html`<dt>${view.t('pay.result.piNumber')}</dt>
            <dd>${order.piNumber}</dd>`
          : nothing
      }
    </dl>
    <table>
      <caption class="visually-hidden">${view.t('pay.result.items')}</caption>
      <thead>
        <tr>
          <th scope="col">${view.t('pay.result.item')}</th>
          <th scope="col" class="num">${view.t('pay.result.quantity')}</th>
          <th scope="col" class="num">${view.t('pay.result.amount')}</th>
        </tr>
      </thead>
      <tbody>
        ${order.lines.map(
          (line) => html`<tr>
            <th scope="row">${lineText(line, view)}${notes(line, view)}</th>
            <td class="num">${formatCount(line.quantity, locale)}</td>
            <td class="num">${formatMoney(line.amount, locale)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        ${receiptRows(order, { t: view.t, locale, partPrefix: 'receipt-', labelColumns: 2 })}
        <tr>
          <th scope="row" colspan="2">${view.t('pay.result.total')}</th>
          <td class="num result-total">${formatMoney(order.total, locale)}</td>
        </tr>
      </tfoot>
    </table>
    ${renderInvoice(view, order)}
    ${order.status === 'awaiting_offline_payment' ? html`<p class="note">${view.t('pay.result.offlineNote')}</p>` : nothing}
    ${order.status === 'paid' ? html`<p class="note">${view.t('pay.result.paidNote')}</p>` : nothing}
    <button type="button" part="new-order" class="button new-order" @click=${view.newOrder}>${view.t('pay.result.newOrder')}</button>
  </section>`;
}

/** How a line's amount comes about (quantity × unit price × months…), under its text as in the summary. */
function notes(line: Order['lines'][number], view: ResultView): TemplateResult | typeof nothing {
  const math = lineMath(line, view);
  return math ? html`<span class="notes"><span class="math">${math}</span></span>` : nothing;
}
