/**
 * The table of money rows that the summary and the order result share: full width, cells aligned
 * to the start with the first and last flush with the edges, a muted header over a rule, and
 * amounts in tabular figures that never wrap. `--_table-rule` is the rule's colour (the border
 * token by default).
 */
import { css } from 'lit';

export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-xs);
    text-align: start;
    vertical-align: top;
    font-weight: normal;
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  thead th {
    color: var(--_muted);
    font-size: 0.85em;
    border-block-end: 1px solid var(--_table-rule, var(--_border));
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
