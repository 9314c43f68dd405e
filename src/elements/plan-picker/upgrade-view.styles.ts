/**
 * The styles only the upgrade view (the current plan's actions, the unsubscribe dialog, plan cards, SLA levels, the total) uses: they load with the view (see shared/view-styles.ts), after the
 * picker's own, so a portal that never shows it never downloads them.
 */
import { css } from 'lit';
import { dialogStyles } from './dialog.styles.js';

export const styles = css`
  .current-name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    font-weight: 650;
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

  ${dialogStyles}
  dialog {
    max-width: min(28rem, calc(100vw - 2 * var(--_space-m)));
  }
  .details-dialog .details {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
  }
  .subtitle {
    margin: 0;
    font-size: 1em;
    font-weight: 650;
  }
  .registered-accounts {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .term-note:empty {
    display: none;
  }
  .term-note {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
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

  @media (forced-colors: active) {
    .plan[aria-checked='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
