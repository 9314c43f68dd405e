/**
 * The modal dialogs of the picker's views (expand: other services; upgrade: unsubscribe, View
 * details): a surface card over a dimmed page, its content in a grid. Each view adds its width.
 */
import { css } from 'lit';

export const dialogStyles = css`
  dialog {
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
`;
