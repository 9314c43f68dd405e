import { css } from 'lit';

export const styles = css`
  :host {
    container: upcart-pay / inline-size;
    --_pay-background: var(--upcart-pay-background, var(--_surface));
    --_pay-option-border: var(--upcart-pay-option-border-color, var(--_border));
    --_pay-option-selected: var(--upcart-pay-option-selected-color, var(--_primary));
    --_pay-button-background: var(--upcart-pay-button-background, var(--_primary));
    --_pay-button-color: var(--upcart-pay-button-color, var(--_on-primary));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
    padding: var(--_space-m);
    background: var(--_pay-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  h2 {
    margin: 0 0 var(--_space-s);
    font-size: 1.05em;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 700;
  }

  .options {
    display: grid;
    gap: var(--_space-s);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    align-items: start;
    padding: var(--_space-m);
    border: 1px solid var(--_pay-option-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_pay-option-selected);
    box-shadow: inset 0 0 0 1px var(--_pay-option-selected);
  }
  .option:has(input:focus-visible) {
    box-shadow: var(--_focus-ring);
  }
  .option input {
    margin: 0.2em 0 0;
    accent-color: var(--_pay-option-selected);
    width: 1.1em;
    height: 1.1em;
  }
  .option input:focus-visible {
    box-shadow: none;
    outline: none;
  }
  .option-title {
    font-weight: 600;
  }
  .option-hint {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    align-items: start;
    cursor: pointer;
  }
  .check input {
    margin: 0.2em 0 0;
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_primary);
  }
  .check .hint {
    grid-column: 2;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .field label {
    font-weight: 600;
  }
  .field input {
    min-height: var(--_control-height);
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
  .field-error {
    margin: 0;
  }

  dl {
    display: grid;
    grid-template-columns: minmax(7em, auto) 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: break-word;
  }
  /* Narrow: each label above its value. */
  @container upcart-pay (max-width: 400px) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    dd + dt {
      margin-block-start: var(--_space-s);
    }
  }
  .review-total {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .blockers {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .blockers p {
    margin: 0 0 var(--_space-xs);
    font-weight: 600;
  }
  .blockers ul {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .notice {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }

  .actions {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .button.pay {
    width: 100%;
    min-height: calc(var(--_control-height) * 1.2);
    background: var(--_pay-button-background);
    border-color: var(--_pay-button-background);
    color: var(--_pay-button-color);
    font-size: 1.05em;
  }
  .unavailable {
    margin: 0;
    color: var(--_muted);
  }

  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      opacity: 0.6;
    }
  }

  .loading {
    min-height: 12rem;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
    .blockers,
    .alert {
      border: 1px solid CanvasText;
    }
  }

  /* Light-DOM mount points of Stripe's element and PayPal's buttons, projected through slots. */
  .mount:has(slot) {
    display: block;
  }
  .mount ::slotted(*) {
    display: block;
    margin-block: var(--_space-s);
  }
  .provider-status {
    margin: 0;
    color: var(--_muted);
  }
`;
