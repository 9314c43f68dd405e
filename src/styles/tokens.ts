/**
 * Design tokens shared by every element. A designer sets the public `--upcart-*` properties
 * anywhere above an element (they inherit through shadow roots); each element resolves them
 * into private `--_*` properties with defaults inside the component, since an embedded SDK
 * cannot require a page stylesheet.
 *
 * Light and dark come from `light-dark()` and `color-scheme`: `<checkout-session theme="dark">`
 * (or any element with `theme`, or `--upcart-color-scheme: dark` anywhere above) sets it for
 * every element inside; without it the page's `prefers-color-scheme` decides.
 *
 * Public tokens:
 * --upcart-font-family, --upcart-font-size, --upcart-color-primary, --upcart-color-on-primary,
 * --upcart-color-surface, --upcart-color-surface-alt, --upcart-color-text,
 * --upcart-color-text-muted, --upcart-color-border, --upcart-color-danger,
 * --upcart-color-success, --upcart-color-warning, --upcart-radius, --upcart-density,
 * --upcart-focus-ring, --upcart-shadow.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    /* Inherited through a custom property, so a theme set on an outer element reaches nested ones. */
    color-scheme: var(--upcart-color-scheme, light dark);
    --_font: var(--upcart-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans SC', sans-serif);
    --_font-size: var(--upcart-font-size, 15px);
    --_primary: var(--upcart-color-primary, light-dark(#4338ca, #a5b4fc));
    --_on-primary: var(--upcart-color-on-primary, light-dark(#ffffff, #1e1b4b));
    --_surface: var(--upcart-color-surface, light-dark(#ffffff, #18181b));
    --_surface-alt: var(--upcart-color-surface-alt, light-dark(#f5f6f8, #232329));
    --_text: var(--upcart-color-text, light-dark(#1f2328, #ececf1));
    --_muted: var(--upcart-color-text-muted, light-dark(#57606a, #a1a1aa));
    --_border: var(--upcart-color-border, light-dark(#8496a9, #646470));
    --_danger: var(--upcart-color-danger, light-dark(#b42318, #fca5a5));
    --_success: var(--upcart-color-success, light-dark(#067647, #86efac));
    --_warning: var(--upcart-color-warning, light-dark(#8a5300, #fcd34d));
    --_radius: var(--upcart-radius, 8px);
    --_density: var(--upcart-density, 1);
    --_space-xs: calc(4px * var(--_density));
    --_space-s: calc(8px * var(--_density));
    --_space-m: calc(16px * var(--_density));
    --_space-l: calc(24px * var(--_density));
    --_control-height: calc(40px * var(--_density));
    --_focus-ring: var(--upcart-focus-ring, 0 0 0 2px var(--_surface), 0 0 0 4px var(--_primary));
    --_shadow: var(--upcart-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 1px 3px rgb(0 0 0 / 0.1));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    --upcart-color-scheme: light;
  }
  :host([theme='dark']) {
    --upcart-color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-height: var(--_control-height);
    padding: 0 var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    font-weight: 600;
  }
  .button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .field-error,
  .error {
    color: var(--_danger);
    font-size: 0.9em;
  }
  .muted {
    color: var(--_muted);
  }
  /* A failed step: its message and, where it helps, a Retry button (role="alert" in the markup). */
  .alert {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
  .alert p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .button.primary {
      border: 2px solid ButtonText;
    }
    :focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
