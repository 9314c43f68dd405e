/**
 * The styles only the renew view (the subscriptions table, the auto-renew switch, co-terming) uses: they load with the view (see shared/view-styles.ts), after the
 * picker's own, so a portal that never shows it never downloads them.
 */
import { css } from 'lit';

export const styles = css`
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    cursor: pointer;
  }
  .check:has(input:focus-visible) {
    border-radius: var(--_radius);
    box-shadow: var(--_focus-ring);
  }

  /* ------------------------------------------------------------ renew table */

  /* Scroll shadows at the inline edges: a table wider than its box shows that it scrolls. */
  .table-wrap {
    max-height: var(--_table-max-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background:
      linear-gradient(to right, var(--_surface) 40%, transparent) left / 1.5rem 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 40%, transparent) right / 1.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75rem 100% no-repeat scroll;
  }
  .renew-table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  .renew-table th,
  .renew-table td {
    padding: var(--_space-xs) var(--_space-s);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  .renew-table thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface-alt);
    font-weight: 650;
  }
  .renew-table tbody th {
    font-weight: 500;
  }
  /* Rows of one height: long lists render only the rows in view and size the rest from one row. */
  .renew-table tbody th,
  .renew-table tbody td {
    white-space: nowrap;
  }
  .renew-table tr.spacer td {
    padding: 0;
    border: 0;
  }
  .renew-table tr[part~='renew-row-selected'] {
    background: var(--_card-selected-bg);
  }
  .renew-table input[type='checkbox'] {
    margin: 0;
    accent-color: var(--_primary);
  }
  .select-cell {
    width: 2.5rem;
  }
  .new-end.estimate {
    color: var(--_muted);
    font-style: italic;
  }
  .auto-renew-cell .field-error {
    display: block;
    white-space: normal;
  }

  input.switch {
    appearance: none;
    position: relative;
    display: inline-block;
    width: 2.4rem;
    height: 1.35rem;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    cursor: pointer;
    vertical-align: middle;
  }
  input.switch::before {
    content: '';
    position: absolute;
    top: 2px;
    inset-inline-start: 2px;
    width: calc(1.35rem - 6px);
    height: calc(1.35rem - 6px);
    border-radius: 50%;
    background: var(--_muted);
    transition: inset-inline-start 0.15s;
  }
  input.switch:checked {
    border-color: var(--_switch-on);
    background: var(--_switch-on);
  }
  input.switch:checked::before {
    inset-inline-start: calc(100% - 1.35rem + 4px);
    background: var(--_on-primary);
  }
  input.switch[aria-busy='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  @media (prefers-reduced-motion: reduce) {
    input.switch::before {
      transition: none;
    }
  }

  /* A narrow picker: each subscription a card, every value named (the header is for screen readers). */
  @container upcart-picker (max-width: 640px) {
    .renew-table,
    .renew-table tbody,
    .renew-table thead {
      display: block;
    }
    .renew-table thead tr {
      display: flex;
      align-items: center;
    }
    .renew-table thead th {
      border: 0;
    }
    .renew-table thead th:nth-child(n + 3) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .renew-table tr[data-id] {
      display: grid;
      grid-template-columns: 2rem minmax(0, 1fr) auto;
      align-items: center;
      padding: var(--_space-s) var(--_space-xs);
      border-bottom: 1px solid var(--_border);
    }
    .renew-table tbody th,
    .renew-table tbody td {
      border: 0;
      padding: 0 var(--_space-xs);
      white-space: normal;
    }
    .renew-table .select-cell {
      grid-row: 1 / span 4;
      align-self: start;
    }
    .renew-table .status-cell {
      text-align: end;
    }
    .renew-table td[data-label] {
      grid-column: 2;
      font-size: 0.9em;
    }
    .renew-table td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
    .renew-table .auto-renew-cell {
      grid-column: 2 / 4;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s);
    }
    .renew-table .auto-renew-cell::before {
      content: attr(data-label);
    }
    /* A date moves to the next line whole ("20 בדצמ׳ 2026" broke after the day in Hebrew). */
    .renew-table .date {
      white-space: nowrap;
    }
    .renew-table .new-end-cell:empty {
      display: none;
    }
    .renew-table tr.spacer {
      display: block;
    }
  }

  .coterm {
    display: grid;
    gap: var(--_space-xs);
  }

  @media (forced-colors: active) {
    input.switch {
      border-color: ButtonText;
    }
    input.switch:checked::before {
      background: Highlight;
    }
  }
`;
