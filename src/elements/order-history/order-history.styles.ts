import { css } from 'lit';

export const styles = css`
  :host {
    --_orders-background: var(--upcart-orders-background, var(--_surface));
    --_orders-border: var(--upcart-orders-border-color, var(--_border));
    --_table-rule: var(--_orders-border);
    --_badge-radius: var(--upcart-orders-badge-radius, 999px);
    --_paid: var(--upcart-orders-paid-color, var(--_success));
    --_awaiting: var(--upcart-orders-awaiting-color, var(--_warning));
    --_problem: var(--upcart-orders-problem-color, var(--_danger));
  }

  .base {
    container: orders / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--_space-m);
    background: var(--_orders-background);
    border: 1px solid var(--_orders-border);
    border-radius: var(--_radius);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .toolbar label {
    font-weight: 600;
  }
  select {
    min-height: var(--_control-height);
    padding: 0 var(--_space-s);
    border: 1px solid var(--_orders-border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  tbody tr + tr :is(th, td) {
    border-block-start: 1px solid var(--_orders-border);
  }
  tbody :is(th, td) {
    padding-block: var(--_space-s);
  }
  .order-id {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A long name breaks between letters only when nothing else fits ("anywhere" broke it letter by letter). */
  .items {
    overflow-wrap: break-word;
  }
  /* A date and time on one line: Arabic's "ص" (a.m.) was left alone on the next. */
  .date time {
    white-space: nowrap;
  }
  .lines summary {
    cursor: pointer;
  }
  .lines ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: var(--_space-m);
  }
  .more-lines,
  .pi-number {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .pi-number {
    display: block;
  }
  .pi-number bdi {
    white-space: nowrap;
  }

  /* The text says the status; the color only repeats it. */
  .badge {
    display: inline-block;
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_badge-radius);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge[data-status='paid'] {
    color: var(--_paid);
  }
  .badge[data-status='awaiting_offline_payment'],
  .badge[data-status='pending_payment'] {
    color: var(--_awaiting);
  }
  .badge[data-status='failed'],
  .badge[data-status='cancelled'] {
    color: var(--_problem);
  }

  .invoice-cell,
  th.invoice-col {
    text-align: end;
  }
  .invoice-cell .alert {
    margin-block-start: var(--_space-xs);
    padding: var(--_space-s);
    text-align: start;
  }
  .button.invoice {
    min-height: calc(32px * var(--_density));
    padding: 0 var(--_space-s);
  }
  .button[aria-busy='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .more {
    align-self: center;
  }
  .empty {
    margin: 0;
    padding: var(--_space-l) 0;
    text-align: center;
    color: var(--_muted);
  }
  .cell-label {
    display: none;
  }

  /* Narrow: each order is a card, its cells label themselves. */
  @container orders (max-width: 520px) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tbody tr {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: var(--_space-xs) var(--_space-m);
      padding: var(--_space-s) 0;
    }
    tbody tr + tr {
      border-block-start: 1px solid var(--_orders-border);
    }
    /* Each cell spans the card's two columns: its label, then its value. */
    tbody :is(th, td) {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: baseline;
      padding: 0;
      border: 0;
      text-align: start;
      white-space: normal;
    }
    tbody tr + tr :is(th, td) {
      border: 0;
    }
    .cell-label {
      display: block;
      color: var(--_muted);
      font-size: 0.85em;
    }
    .order-id bdi {
      font-weight: 600;
    }
    tbody .num {
      text-align: start;
    }
    .invoice-cell {
      display: block;
    }
    /* The items take the card's whole width under their label: a long compound word
       ("Minuten Gesprächsaufzeichnung") would otherwise break inside itself beside it. */
    tbody td.items {
      grid-template-columns: 1fr;
    }
    tbody td.items .cell-label {
      grid-column: 1 / -1;
    }
    /* "No invoice" is still read; the dash only aligns the wide table. */
    .invoice-cell .muted {
      display: none;
    }
    .invoice-cell .button.invoice {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
