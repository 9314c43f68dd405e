/**
 * The rows under a quote's or an order's lines: subtotal, promotion (its code and description, the
 * amount taken off with its sign), and tax or reverse charge. Written once for `<order-summary>`
 * (in define) and `<pay-checkout>`'s order result (a lazy chunk), with one set of messages; each
 * host lays the rows out in its own table (its part names, the cells between label and amount).
 * An order carries these rows itself, so a receipt shows them after a reload or a payment return.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Money, Quote } from '../../api/schemas.js';
import { formatMoney, formatPercent } from '../../i18n/format.js';
import { receiptRows as english } from '../../i18n/locales/en/receipt-rows.js';
import { addEnglish, type MessageKey, type MessageParams } from '../../i18n/messages.js';
import { isolated } from './isolated.js';

// Only the elements that show a receipt carry these words.
addEnglish(english);

/** What the rows are written from: a quote, or an order (which carries its quote's rows). */
export type ReceiptFigures = Pick<Quote, 'subtotal' | 'discount' | 'tax'>;

export interface ReceiptLayout {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly locale: string;
  /** Put before each row's part name: `subtotal`, `discount`, `tax`. */
  readonly partPrefix?: string;
  /** The cells between a row's label and its amount; without them the label spans `labelColumns`. */
  readonly between?: TemplateResult;
  readonly labelColumns?: number;
}

export function receiptRows(figures: ReceiptFigures, layout: ReceiptLayout): TemplateResult {
  const { t, locale, partPrefix = '', between, labelColumns = 1 } = layout;
  const { tax, discount } = figures;
  const message = (key: MessageKey, params: MessageParams) => isolated((marked) => t(key, marked), params);
  const row = (part: string, label: unknown, amount: Money, amountClass = '') => html`<tr part=${partPrefix + part}>
    <th scope="row" colspan=${labelColumns > 1 ? labelColumns : nothing}>${label}</th>
    ${between ?? nothing}
    <td class=${amountClass ? `num ${amountClass}` : 'num'}>${formatMoney(amount, locale)}</td>
  </tr>`;
  const taxLabel = tax.reverseCharge
    ? t('summary.tax.reverseCharge')
    : message('summary.tax', { rate: formatPercent(tax.ratePercent, locale), country: tax.country });
  return html`${row('subtotal', t('summary.subtotal'), figures.subtotal)}
  ${
    discount
      ? row(
          'discount',
          html`${message('summary.discount', { code: discount.code })} <span class="discount-description">${discount.description}</span>`,
          // The contract sends a discount as the positive amount taken off; a receipt shows it with its sign.
          { ...discount.amount, amount: -discount.amount.amount },
          'discount-value',
        )
      : nothing
  }
  ${row('tax', taxLabel, tax.amount)}`;
}

/** A line's notes (its period, how its amount comes about) and the promotion row, in both receipts. */
export const receiptStyles = css`
  /* Notes flow as one sentence-like line that wraps anywhere, not as boxes. */
  .notes,
  .discount-description {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .notes > * + *::before {
    content: ' · ' / '';
  }
  .discount-value {
    color: var(--_success);
  }
`;
