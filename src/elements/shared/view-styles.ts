/**
 * Styles a view loaded on demand brings with it (see lazy-views.ts): added to the host's shadow
 * root when the view is made, after the element's own, so a page that never shows the view never
 * downloads them. Shared sheets, as Lit's own `static styles`: one per page, adopted by each host.
 */
import type { CSSResult } from 'lit';

export function adoptViewStyles(root: Node, styles: CSSResult | readonly CSSResult[]): void {
  if (Array.isArray(styles)) {
    for (const each of styles) adoptViewStyles(root, each);
    return;
  }
  if (!(root instanceof ShadowRoot)) return;
  const sheet = (styles as CSSResult).styleSheet;
  if (!sheet) {
    // Without constructable style sheets Lit renders <style> elements; so does a view.
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) style.setAttribute('nonce', nonce);
    style.textContent = (styles as CSSResult).cssText;
    root.append(style);
  } else if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
