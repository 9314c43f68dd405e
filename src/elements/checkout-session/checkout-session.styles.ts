import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: var(--upcart-session-gap, var(--_space-l));
  }
  .layout {
    display: grid;
    gap: var(--upcart-session-gap, var(--_space-l));
    grid-template-columns: var(--upcart-session-columns, minmax(0, 1fr));
    align-items: start;
  }
  @container upcart-session (min-width: 760px) {
    .layout {
      grid-template-columns: var(--upcart-session-columns, minmax(0, 3fr) minmax(0, 2fr));
    }
  }
  :host {
    container: upcart-session / inline-size;
  }
  .column {
    display: grid;
    gap: var(--upcart-session-gap, var(--_space-l));
    min-width: 0;
  }
  .company-search {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .company-search label {
    font-weight: 600;
  }
  .company-search p {
    margin: 0;
  }
  .company-row {
    display: flex;
    gap: var(--_space-s);
  }
  .company-row input {
    flex: 1;
    min-height: var(--_control-height);
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .company-row input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .company-search .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
`;
