import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    /* Never wider than the session: what is inside shrinks or wraps instead. */
    grid-template-columns: minmax(0, 1fr);
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
  /* Empty, the live region stays in the accessibility tree (so what it later says is announced) but
     out of the layout. */
  .status:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .status {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .company-search {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
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
    min-width: 0;
    min-height: var(--_control-height);
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .company-row input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  /* Only where the layout is one column: beside the summary the payment is always near. */
  .pay-bar {
    display: none;
  }
  @container upcart-session (max-width: 759px) {
    .pay-bar {
      position: sticky;
      bottom: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-s);
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: 0 -2px 8px rgb(0 0 0 / 0.12);
    }
  }
`;
