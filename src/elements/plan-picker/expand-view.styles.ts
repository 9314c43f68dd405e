/**
 * The styles only the expand view (the next step of a subscription that cannot be expanded, the
 * partner layout's disclosure, tabs and dialog) uses: they load with the view (see
 * shared/view-styles.ts), after the picker's own, so a portal that never shows it never downloads them.
 */
import { css } from 'lit';
import { dialogStyles } from './dialog.styles.js';

export const styles = css`
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

  /* ------------------------------------------------------------ partner layout */

  .capacity-toggle {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    gap: var(--_space-s);
    min-height: var(--_control-height);
    padding: 0 var(--_space-s);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 650;
    cursor: pointer;
  }
  .capacity-toggle:hover {
    background: var(--_surface-alt);
  }
  .chevron {
    width: 1em;
    height: 1em;
    transition: transform 0.15s;
  }
  /* Closed it points in the reading direction (mirrored right to left, wherever the direction comes
     from: the picker's locale or the page), open it points down. */
  .capacity-toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .capacity-toggle[aria-expanded='false'] .chevron:dir(rtl) {
    transform: scaleX(-1);
  }
  .capacity[hidden] {
    display: none;
  }
  .capacity {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 3px solid var(--_border);
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    border-bottom: 1px solid var(--_border);
  }
  .tab {
    min-height: var(--_control-height);
    padding: 0 var(--_space-m);
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_primary);
    color: var(--_primary);
  }
  .tab-panel {
    display: grid;
    gap: var(--_space-s);
    padding-top: var(--_space-s);
  }
  .tab-panel[hidden] {
    display: none;
  }
  .service-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .unit-price {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .service-main:has(.unit-price) {
    align-items: center;
  }
  .features {
    margin: 0;
    padding-inline-start: 1.1em;
    font-size: 0.9em;
  }

  ${dialogStyles}
  dialog {
    max-width: min(30rem, calc(100vw - 2 * var(--_space-m)));
  }
  .price-preview {
    font-weight: 600;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
  }

  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;
