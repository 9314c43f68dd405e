import { css } from 'lit';

export const styles = css`
  :host {
    --_table-max-height: var(--upcart-renewals-table-max-height, 32rem);
    --_row-height: var(--upcart-renewals-row-height, 3.25rem);
    --_tab-selected: var(--upcart-renewals-tab-selected, var(--_primary));
    --_row-selected-bg: var(--upcart-renewals-row-selected-background, color-mix(in srgb, var(--_primary) 10%, var(--_surface)));
    container-type: inline-size;
    background: var(--_surface);
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 3px solid var(--_success);
    background: var(--_surface-alt);
  }

  /* ------------------------------------------------------------ tabs */
  /* One row that scrolls sideways when the tabs do not fit, with shadows at the edges that hide more. */
  .tabs {
    display: flex;
    gap: var(--_space-xs);
    border-bottom: 1px solid var(--_border);
    overflow-x: auto;
    scrollbar-width: thin;
    background:
      linear-gradient(to right, var(--_surface) 40%, transparent) left / 1.5rem 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 40%, transparent) right / 1.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75rem 100% no-repeat scroll;
  }
  .tab {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: var(--_control-height);
    padding: 0 var(--_space-m);
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    cursor: pointer;
    font-weight: 600;
    color: var(--_muted);
    flex: none;
    white-space: nowrap;
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_tab-selected);
    color: var(--_text);
  }
  .count {
    min-width: 1.75em;
    padding: 0 var(--_space-xs);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-variant-numeric: tabular-nums;
    font-size: 0.85em;
    text-align: center;
  }

  /* ------------------------------------------------------------ search and bulk bar */
  .search {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: var(--_space-s) var(--_space-m);
  }
  .field {
    display: grid;
    min-width: 0;
    gap: var(--_space-xs);
    font-size: 0.9em;
    color: var(--_muted);
  }
  .field input,
  .field select {
    min-width: 0;
    min-height: var(--_control-height);
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .panel {
    display: grid;
    gap: var(--_space-s);
  }
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-s);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .bulk-bar .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .selected-count {
    font-weight: 600;
    margin-inline-end: auto;
  }
  /* The bulk bar's More actions menu, for narrow widths only (below). */
  .bulk-more {
    display: none;
    position: relative;
  }
  .chevron {
    font-size: 0.8em;
  }

  /* ------------------------------------------------------------ table */
  .table-wrap {
    max-height: var(--_table-max-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* The previous tab's rows while the new one loads: not to be acted on. */
  .stale {
    opacity: 0.5;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  .table th,
  .table td {
    padding: 0 var(--_space-s);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
    white-space: nowrap;
  }
  .table thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    height: var(--_control-height);
    background: var(--_surface-alt);
    font-weight: 650;
  }
  /* Rows of one height: only the rows in view are rendered, the rest sized from one row. */
  .table tbody tr[data-id] {
    height: var(--_row-height);
  }
  .table tbody th {
    font-weight: 500;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .table tr.spacer td {
    padding: 0;
    border: 0;
  }
  tr[part~='row-selected'] {
    background: var(--_row-selected-bg);
  }
  .id {
    font-size: 0.85em;
  }
  .hint {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .hint.expired {
    color: var(--_danger);
  }
  .badge {
    padding: 1px var(--_space-s);
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.85em;
  }
  .status-active {
    color: var(--_success);
  }
  .status-inactive {
    color: var(--_danger);
  }
  .select-cell {
    width: 2.5rem;
  }
  input[type='checkbox'] {
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--_primary);
  }
  .menu-cell {
    position: relative;
    width: 3rem;
  }
  .more {
    min-height: 2rem;
    padding: 0 var(--_space-s);
  }
  .menu {
    position: absolute;
    inset-inline-end: var(--_space-s);
    top: calc(100% - var(--_space-xs));
    z-index: 3;
    display: grid;
    min-width: 14rem;
    padding: var(--_space-xs);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .menu button {
    padding: var(--_space-s);
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .menu button:hover,
  .menu button:focus-visible {
    background: var(--_surface-alt);
  }
  .more-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .empty {
    margin: 0;
    padding: var(--_space-l);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: var(--_space-s);
  }
  .skeleton .bar {
    height: var(--_row-height);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-alt), color-mix(in srgb, var(--_surface-alt) 60%, var(--_border)), var(--_surface-alt));
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bar {
      animation: none;
    }
  }

  /* ------------------------------------------------------------ dialog */
  .dialog {
    max-width: min(32rem, 92vw);
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog h2 {
    margin: 0 0 var(--_space-s);
    font-size: 1.15em;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-s);
    margin-top: var(--_space-m);
  }

  /* ------------------------------------------------------------ checkout */
  .checkout {
    display: grid;
    gap: var(--_space-m);
  }
  .checkout h2 {
    margin: 0;
    font-size: 1.25em;
  }
  /* The heading takes the focus when the checkout opens; it is no control, so no ring. */
  .checkout h2:focus {
    box-shadow: none;
  }
  /* Back keeps to one line where it fits ("Zurück zu den Verlängerungen" at 390 px does, just); where
     it does not, its words wrap beside the arrow, aligned to the start, never centred under it. */
  .back {
    justify-self: start;
    justify-content: flex-start;
    gap: var(--_space-xs);
    padding-inline: var(--_space-s) var(--_space-m);
    text-align: start;
  }
  .back-icon {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .back-icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .groups {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .groups h3 {
    margin: 0 0 var(--_space-s);
    font-size: 1em;
  }
  .groups ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-xs);
  }
  .groups li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .group-name {
    flex: 1 1 12rem;
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  .end-dates {
    margin-top: var(--_space-s);
  }
  .end-dates summary {
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
  .end-dates ul {
    max-height: 16rem;
    overflow: auto;
    margin-block: var(--_space-s);
  }
  ::slotted([slot='checkout']) {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: var(--_space-l);
    align-items: start;
  }

  /* ------------------------------------------------------------ narrow: rows become cards */
  @container (max-width: 560px) {
    /* The bulk bar: the count, Select all, then Batch renew (the primary action) and one More actions
       menu with the moves and the renewal day, instead of five buttons stacked at different widths. */
    .bulk-bar {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      justify-items: stretch;
    }
    .selected-count {
      grid-row: 1;
      margin: 0;
      font-size: 0.9em;
    }
    .bulk-bar .actions {
      display: flex;
      flex-wrap: wrap;
    }
    .bulk-bar .actions > * {
      flex: 1 1 auto;
    }
    .bulk-bar .button {
      padding-inline: var(--_space-s);
      white-space: normal;
    }
    .bulk-bar .secondary {
      display: none;
    }
    .bulk-bar .bulk-more {
      display: flex;
    }
    .bulk-more .more-actions {
      flex: 1 1 auto;
    }
    .bulk-more .menu {
      inset-inline-end: 0;
      top: calc(100% + var(--_space-xs));
      min-width: min(16rem, 100cqi - 2 * var(--_space-m));
    }
    .menu button {
      white-space: normal;
    }
    .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .table tbody tr[data-id] {
      display: grid;
      grid-template-columns: 2rem 1fr auto;
      height: calc(var(--_row-height) * 3.4);
      align-content: center;
      padding: var(--_space-xs) 0;
      border-bottom: 1px solid var(--_border);
    }
    .table tbody th,
    .table tbody td {
      border: 0;
      padding: 0 var(--_space-xs);
    }
    .table tbody th {
      white-space: normal;
    }
    .table tbody td[data-label] {
      grid-column: 2 / 4;
      font-size: 0.9em;
      white-space: normal;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .table tbody td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
    .table tbody .menu-cell {
      grid-column: 3;
      grid-row: 1;
    }
    .table tr.spacer {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;
