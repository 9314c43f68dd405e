import { css } from 'lit';

export const styles = css`
  :host {
    --_stepper-width: var(--upcart-stepper-width, calc(11rem * var(--_density)));
    --_stepper-button-size: var(--upcart-stepper-button-size, max(40px, var(--_control-height)));
    --_stepper-button-background: var(--upcart-stepper-button-background, var(--_surface-alt));
    --_stepper-button-color: var(--upcart-stepper-button-color, var(--_text));
    --_stepper-input-background: var(--upcart-stepper-input-background, var(--_surface));
    --_stepper-border-color: var(--upcart-stepper-border-color, var(--_border));
    --_stepper-radius: var(--upcart-stepper-radius, var(--_radius));
    --_stepper-background: var(--upcart-stepper-background, var(--_surface));
  }

  .base {
    display: grid;
    gap: var(--_space-xs);
    justify-items: start;
    text-align: start;
    background: var(--_stepper-background);
  }

  .base p {
    margin: 0;
  }

  .label {
    font-weight: 600;
  }

  .required {
    color: var(--_danger);
    margin-inline-start: 0.15em;
  }

  .control {
    display: inline-flex;
    align-items: stretch;
    inline-size: var(--_stepper-width);
    max-inline-size: 100%;
    min-block-size: var(--_stepper-button-size);
    border: 1px solid var(--_stepper-border-color);
    border-radius: var(--_stepper-radius);
    background: var(--_stepper-input-background);
    overflow: hidden;
  }

  .control:focus-within {
    border-color: var(--_primary);
  }

  :host(:state(invalid)) .control {
    border-color: var(--_danger);
  }

  .step {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_stepper-button-size);
    min-block-size: var(--_stepper-button-size);
    padding: 0;
    border: 0;
    background: var(--_stepper-button-background);
    color: var(--_stepper-button-color);
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
    touch-action: manipulation;
    user-select: none;
  }

  .step.decrement {
    order: -1;
    border-inline-end: 1px solid var(--_stepper-border-color);
  }

  .step.increment {
    border-inline-start: 1px solid var(--_stepper-border-color);
  }

  .step:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_stepper-button-background) 80%, var(--_primary));
  }

  .step:disabled {
    cursor: not-allowed;
    color: var(--_muted);
    opacity: 0.6;
  }

  .step svg {
    inline-size: 1em;
    block-size: 1em;
  }

  input {
    flex: 1 1 auto;
    min-inline-size: 0;
    inline-size: 100%;
    padding: 0 var(--_space-s);
    border: 0;
    background: transparent;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  input:disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }

  .details {
    display: grid;
    gap: 2px;
  }

  .current {
    font-variant-numeric: tabular-nums;
  }

  .unit-price {
    font-size: 0.9em;
  }

  /* Paragraphs inside .base have no margin (above); a div has none. */
  .field-error,
  .alert {
    max-inline-size: max(var(--_stepper-width), 24rem);
  }

  @media (forced-colors: active) {
    .control {
      border-color: FieldText;
    }
    .step {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }
    :host(:state(invalid)) .control {
      border: 2px solid Mark;
    }
  }
`;
