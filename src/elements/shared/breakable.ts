/**
 * Emails, domains and ids in a narrow box: a line break may fall after `@`, `.`, `-`, `_` and `/`
 * (a `<wbr>` there), so `anna.schmidt@acme-telecom.example` wraps as `anna.schmidt@` /
 * `acme-telecom.example` and never letter by letter. Isolated in `<bdi>` so it reads in its own
 * direction inside right-to-left text (DESIGN, "Language").
 */
import { html, type TemplateResult } from 'lit';

export function breakable(text: string): TemplateResult {
  const pieces = text.split(/(?<=[@./_-])/);
  return html`<bdi class="breakable">${pieces.map((piece, index) => (index === 0 ? piece : html`<wbr />${piece}`))}</bdi>`;
}
