import { css } from 'lit';

export const styles = css`
  :host {
    container: upcart-picker / inline-size;
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

  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
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
