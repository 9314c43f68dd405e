/**
 * The styles only the expand view (the next step of a subscription that cannot be expanded) uses: they load with the view (see shared/view-styles.ts), after the
 * picker's own, so a portal that never shows it never downloads them.
 */
import { css } from 'lit';

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
`;
