/**
 * A message whose text parameters are each isolated in `<bdi>`, for sentences that mix a value of
 * its own direction with the catalog's words: "{name}: {from} ← {to}" in Hebrew, where a Latin
 * resource name would otherwise pull the dates and the arrow after it into a left-to-right run
 * (the arrow then pointing from the new date to the old one). Inside the isolates each value reads
 * in its own direction; outside, the catalog's words and arrows follow the paragraph's. Number
 * parameters stay plain (plurals count them), as does an empty text; the text is the same as the
 * message's `t()` gives, trimmed. The one writer of such messages: the line writer
 * (shared/line-label.ts), the receipt rows, the stepper and the renewal center all use it.
 */
import { html, type TemplateResult } from 'lit';
import type { MessageParams } from '../../i18n/messages.js';

/** Private-use characters stand in for the parameters while the message is formatted. */
const MARK = 0xe000;
const MARKS = /([\ue000-\ue0ff])/;

/**
 * One `<span>` per message, so the message reads as one text around its isolated values (the
 * pseudo-locale test reads an element of text and `<bdi>` children as one string).
 */
export function isolated(message: (params: MessageParams) => string, params: MessageParams): TemplateResult {
  const values: string[] = [];
  const marked: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' || value === '') marked[name] = value;
    else marked[name] = String.fromCharCode(MARK + values.push(value) - 1);
  }
  const pieces = message(marked)
    .trim()
    .split(MARKS)
    .map((piece) => (MARKS.test(piece) ? html`<bdi>${values[piece.charCodeAt(0) - MARK]}</bdi>` : piece));
  return html`<span>${pieces}</span>`;
}
