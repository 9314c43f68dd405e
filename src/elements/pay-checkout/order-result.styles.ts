/**
 * The styles of the order result (order-result.ts): they load with it, after the element's own
 * (see shared/view-styles.ts), on top of the money table the summary shares (styles/table.ts).
 */
import { css } from 'lit';
import { tableStyles } from '../../styles/table.js';
import { receiptStyles } from '../shared/receipt-rows.js';

export const styles = [
  tableStyles,
  receiptStyles,
  css`
  .result {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
  .result h2 {
    font-size: 1.25em;
    color: var(--_success);
  }
  .result h2:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
    border-radius: 4px;
  }
  .result h2.problem {
    color: var(--_danger);
  }
  th:first-child,
  td:first-child {
    overflow-wrap: anywhere;
  }
  tfoot th,
  tfoot td {
    border-block-start: 1px solid var(--_border);
    font-weight: 700;
  }
  /* Subtotal, promotion and tax lead to the total without competing with it. */
  tfoot tr:not(:last-child) :is(th, td) {
    font-weight: 400;
  }
  tfoot tr:not(:first-child) :is(th, td) {
    border-block-start: 0;
  }
  tfoot tr:last-child :is(th, td) {
    border-block-start: 1px solid var(--_border);
  }
  .invoice {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .invoice a {
    color: var(--_primary);
    font-weight: 600;
  }
  .note {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .new-order {
    align-self: flex-start;
  }
  `,
];
