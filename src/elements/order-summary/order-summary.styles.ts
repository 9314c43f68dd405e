import { css } from 'lit';

export const styles = css`
  :host {
    --_summary-background: var(--upcart-summary-background, var(--_surface));
    --_summary-border: var(--upcart-summary-border-color, var(--_border));
    --_table-rule: var(--_summary-border);
    --_summary-total-color: var(--upcart-summary-total-color, var(--_text));
    --_summary-skeleton: var(--upcart-summary-skeleton-color, color-mix(in srgb, var(--_muted) 22%, transparent));
    --_summary-min-height: var(--upcart-summary-min-height, 12rem);
  }

  .base {
    container: summary / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--_space-m);
    background: var(--_summary-background);
    border: 1px solid var(--_summary-border);
    border-radius: var(--_radius);
  }

  /* The priced area keeps its size between loading and loaded, so nothing below it jumps. */
  .priced {
    min-height: var(--_summary-min-height);
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  table {
    table-layout: fixed;
  }
  caption {
    text-align: start;
  }
  col.quantity {
    width: 3.5em;
  }
  col.unit {
    width: 7.5em;
  }
  col.amount {
    width: 8em;
  }
  /* Long names wrap between words; only a word wider than the column breaks. */
  th {
    overflow-wrap: break-word;
  }
  /* Money, counts, codes and names read in their own direction inside right-to-left text. */
  .num,
  bdi,
  [part='total'] {
    unicode-bidi: isolate;
  }
  .credit .amount-value {
    color: var(--_success);
  }
  /* A batch renewal: each subscription's lines under its name. */
  [part~='group-heading'] th {
    font-weight: 600;
    padding-block-start: var(--_space-s);
  }
  [part~='group'] + [part~='group'] [part~='group-heading'] th {
    border-block-start: 1px solid var(--_summary-border);
  }
  [part~='group'] [part~='line'] .description {
    padding-inline-start: var(--_space-s);
  }
  /* A folded subscription: its name is the button that unfolds it. */
  .group-toggle {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space-xs);
    padding: 0;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .group-toggle::before {
    content: '▸' / '';
    display: inline-block;
    transition: transform 0.15s;
  }
  .group-toggle[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .group-toggle[aria-expanded='false']::before {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    .group-toggle::before {
      transition: none;
    }
  }
  tbody tr:last-child td,
  tbody tr:last-child th {
    padding-block-end: var(--_space-s);
  }
  tfoot th,
  tfoot td {
    border-block-start: 1px solid var(--_summary-border);
  }
  tfoot tr + tr th,
  tfoot tr + tr td {
    border-block-start: none;
  }

  /* A long summary keeps its total in view: the row sticks to the bottom of the scrolling page or sidebar. */
  .total-row {
    position: sticky;
    bottom: 0;
    z-index: 1;
    background: var(--_summary-background);
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space-s);
    margin: 0;
    padding-block-start: var(--_space-s);
    border-block-start: 2px solid var(--_summary-border);
    font-size: 1.25em;
    font-weight: 700;
  }
  /* Kept in the tree while empty, so a screen reader already knows the live region. */
  .total-row:empty {
    padding: 0;
    border: none;
  }
  [part='total'] {
    color: var(--_summary-total-color);
    font-variant-numeric: tabular-nums;
  }
  .expiry {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .empty {
    margin: auto 0;
    padding: var(--_space-l) var(--_space-m);
    text-align: center;
    color: var(--_muted);
  }

  .receipt-title {
    margin: 0 0 var(--_space-s);
    font-size: 1em;
    font-weight: 600;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  .notice p {
    margin: 0;
    flex: 1 1 14em;
  }

  /* Skeleton: the same table and rows as the priced summary, with bars of hidden text in place of text. */
  .bone {
    color: transparent;
    background: var(--_summary-skeleton);
    border-radius: 4px;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
    user-select: none;
  }
  .placeholder .notes > *::before {
    color: transparent;
  }
  .placeholder .bone,
  .total-row .bone,
  .expiry .bone {
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none !important;
    }
  }

  .promo {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .promo label {
    font-size: 0.9em;
    font-weight: 600;
  }
  .promo-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .promo input {
    flex: 1 1 8em;
    min-width: 0;
    min-height: var(--_control-height);
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .promo input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error,
  .promo-hint {
    margin: 0;
  }

  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
  }

  /* Narrow sidebars: quantity and unit price move under the description. */
  @container summary (max-width: 26rem) {
    col.quantity,
    col.unit,
    .quantity,
    .unit {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .bone {
      background: GrayText;
      forced-color-adjust: none;
    }
    .notice,
    .alert {
      border-color: CanvasText;
    }
  }
`;
