import { css } from 'lit';

export const styles = css`
  :host {
    --_picker-bg: var(--upcart-plan-background, var(--_surface));
    --_card-bg: var(--upcart-plan-card-background, var(--_surface));
    --_card-border: var(--upcart-plan-card-border, var(--_border));
    --_card-radius: var(--upcart-plan-card-radius, var(--_radius));
    --_card-selected-border: var(--upcart-plan-card-selected-border, var(--_primary));
    --_card-selected-bg: var(--upcart-plan-card-selected-background, color-mix(in srgb, var(--_primary) 7%, var(--_surface)));
    --_badge-bg: var(--upcart-plan-badge-background, color-mix(in srgb, var(--_primary) 14%, var(--_surface)));
    --_save: var(--upcart-plan-save-color, var(--_success));
    --_switch-on: var(--upcart-plan-switch-on, var(--_primary));
    --_skeleton-height: var(--upcart-plan-skeleton-height, 22rem);
    --_table-max-height: var(--upcart-plan-table-max-height, 28rem);
  }

  .base {
    display: grid;
    gap: var(--_space-l);
    padding: var(--_space-m);
    background: var(--_picker-bg);
    text-align: start;
  }

  h2.title,
  legend.title {
    margin: 0 0 var(--_space-s);
    padding: 0;
    font-size: 1.05em;
    font-weight: 650;
  }

  p {
    margin: 0;
  }

  .hint {
    font-size: 0.9em;
  }

  section,
  fieldset {
    display: grid;
    gap: var(--_space-s);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /* ------------------------------------------------------------ states */

  .skeleton {
    display: grid;
    align-content: start;
    gap: var(--_space-m);
    min-height: var(--_skeleton-height);
  }
  .skeleton .bar {
    height: 1.1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .bar.card {
    height: 7rem;
  }
  .skeleton .bar.short {
    width: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bar {
      animation: none;
    }
  }

  /* The shared alert (tokens.ts) laid out in a row, only the titles in the danger color. */
  .alert {
    display: flex;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    color: inherit;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .alert p {
    flex: 1 1 16rem;
    display: grid;
    gap: var(--_space-xs);
  }
  .alert strong {
    color: var(--_danger);
  }

  .empty {
    padding: var(--_space-l);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }

  /* ------------------------------------------------------------ badges, details */

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_badge-bg);
    color: var(--_text);
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.status-active {
    background: color-mix(in srgb, var(--_success) 16%, var(--_surface));
  }
  .badge.status-trial {
    background: color-mix(in srgb, var(--_warning) 18%, var(--_surface));
  }
  .badge.status-inactive {
    background: var(--_surface-alt);
  }

  .current,
  .customer {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_card-radius);
    background: var(--_surface-alt);
  }
  .current-name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    font-weight: 650;
  }
  .details {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
  }
  .details dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .details dd {
    margin: 0;
    font-weight: 600;
  }
  .current-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
  }

  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: light-dark(#ffffff, #1f1f1f);
  }

  dialog {
    max-width: min(28rem, calc(100vw - 2 * var(--_space-m)));
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  dialog[open] {
    display: grid;
    gap: var(--_space-m);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
  }

  /* ------------------------------------------------------------ plan cards */

  .plans {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: var(--_space-m);
  }
  .plan {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    cursor: pointer;
  }
  .plan[aria-checked='true'] {
    border-color: var(--_card-selected-border);
    box-shadow: inset 0 0 0 1px var(--_card-selected-border);
    background: var(--_card-selected-bg);
  }
  .plan[aria-checked='true']:focus-visible {
    box-shadow: inset 0 0 0 1px var(--_card-selected-border), var(--_focus-ring);
  }
  .plan[aria-disabled='true'] {
    border-style: dashed;
    background: var(--_surface-alt);
    cursor: not-allowed;
  }
  .plan-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-s);
  }
  .plan-name {
    font-weight: 650;
  }
  .plan-price {
    font-weight: 600;
  }
  .plan-description,
  .plan-hint {
    font-size: 0.9em;
  }
  .features {
    margin: 0;
    padding-inline-start: 1.1em;
    font-size: 0.9em;
  }

  /* ------------------------------------------------------------ native radio options */

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .option {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    min-height: var(--_control-height);
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_card-selected-border);
    background: var(--_card-selected-bg);
  }
  .option:has(input:focus-visible) {
    box-shadow: var(--_focus-ring);
  }
  .option input,
  .check input {
    margin: 0;
    accent-color: var(--_primary);
  }
  .option input:focus-visible,
  .check input:focus-visible {
    box-shadow: none;
  }
  .option-name {
    font-weight: 600;
  }
  .save {
    color: var(--_save);
    font-size: 0.9em;
    font-weight: 600;
  }
  .sla-options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  .sla-option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-content: start;
    padding-block: var(--_space-s);
  }
  .sla-option > :not(input) {
    grid-column: 2;
  }
  .option-description {
    font-size: 0.9em;
  }
  .option.unavailable {
    border-style: dashed;
    color: var(--_muted);
    cursor: not-allowed;
  }
  .option-note {
    font-size: 0.85em;
  }

  .next-step {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_warning);
    border-radius: var(--_radius);
  }
  .next-step-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

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

  /* ------------------------------------------------------------ quantity and total */

  .total {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: baseline;
  }
  .total-label {
    font-weight: 650;
  }

  /* ------------------------------------------------------------ services */

  .service {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-s) 0 var(--_space-m);
    border-bottom: 1px solid var(--_border);
  }
  .service:last-of-type {
    border-bottom: 0;
  }
  .service-main {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
  }
  .service:not(.added) .service-main:has(.add) {
    align-items: center;
  }
  .service-name {
    font-weight: 600;
  }
  .service-description {
    font-size: 0.9em;
  }

  /* ------------------------------------------------------------ renew table */

  .table-wrap {
    max-height: var(--_table-max-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
    white-space: nowrap;
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

  .coterm {
    display: grid;
    gap: var(--_space-xs);
  }

  @media (forced-colors: active) {
    .plan[aria-checked='true'],
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
    input.switch {
      border-color: ButtonText;
    }
    input.switch:checked::before {
      background: Highlight;
    }
  }

  /* The receipt's read-only picker: no fieldset chrome, and cards that look as off as the inputs. */
  fieldset.locked {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: contents;
  }
  fieldset.locked [role='radio'] {
    pointer-events: none;
    opacity: 0.75;
  }
  .locked-note {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
`;
