import { css } from 'lit';

export const styles = css`
  :host {
    container: upcart-contact / inline-size;
    --_contact-gap: var(--upcart-contact-gap, var(--_space-m));
    --_contact-background: var(--upcart-contact-background, var(--_surface));
    --_contact-border: var(--upcart-contact-border-color, var(--_border));
    --_contact-card-background: var(--upcart-contact-card-background, var(--_surface-alt));
    --_contact-card-border: var(--upcart-contact-card-border, var(--_border));
    --_contact-input-background: var(--upcart-contact-input-background, var(--_surface));
    --_contact-input-border: var(--upcart-contact-input-border, var(--_border));
    --_contact-error: var(--upcart-contact-error-color, var(--_danger));
  }
  .base {
    display: grid;
    gap: var(--_contact-gap);
    padding: var(--_space-m);
    background: var(--_contact-background);
    border: 1px solid var(--_contact-border);
    border-radius: var(--_radius);
  }
  .picker {
    display: grid;
    gap: var(--_space-xs);
  }
  label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: stretch;
  }
  .row select {
    flex: 1 1 16em;
    min-width: 0;
  }
  select,
  input {
    min-height: var(--_control-height);
    padding-block: 0;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_contact-input-border);
    border-radius: var(--_radius);
    background: var(--_contact-input-background);
    inline-size: 100%;
    min-inline-size: 0;
  }
  select:disabled,
  input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  [aria-invalid='true'] {
    border-color: var(--_contact-error);
    border-width: 2px;
  }
  .card {
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_contact-card-border);
    border-radius: var(--_radius);
    background: var(--_contact-card-background);
    display: grid;
    gap: var(--_space-xs);
    /* Emails and ids break at their <wbr>s (shared/breakable.ts); a word still too long breaks anywhere as a last resort. */
    overflow-wrap: break-word;
    text-align: start;
  }
  .card p,
  .card address {
    margin: 0;
    font-style: normal;
  }
  .card address span {
    display: block;
  }
  .card .name {
    font-weight: 600;
  }
  .card dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-s);
  }
  .card dt {
    color: var(--_muted);
  }
  .card dd {
    margin: 0;
  }
  /* Narrow: each label above its value. */
  @container upcart-contact (max-width: 400px) {
    .card dl {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .card dd + dt {
      margin-block-start: var(--_space-xs);
    }
  }
  .form {
    display: grid;
    gap: var(--_contact-gap);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 700;
    font-size: 1.05em;
  }
  @container upcart-contact (min-width: 520px) {
    fieldset {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .field.wide {
      grid-column: 1 / -1;
    }
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    align-content: start;
    min-inline-size: 0;
  }
  .field label .muted {
    font-weight: 400;
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
  }
  .field-error {
    margin: 0;
    color: var(--_contact-error);
    overflow-wrap: anywhere;
  }
  .alert {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_contact-error);
    border-radius: var(--_radius);
    color: var(--_contact-error);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    justify-content: space-between;
  }
  .alert p {
    margin: 0;
  }
  .notice {
    color: inherit;
    border-color: var(--_contact-card-border);
    background: var(--_contact-card-background);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .status {
    margin: 0;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: Mark;
    }
    .card {
      border-color: CanvasText;
    }
  }
`;
