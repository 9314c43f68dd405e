/**
 * What a quote or order line is called in the buyer's language, by its machine kind (DESIGN,
 * "Language"): kinds whose name says it all are written from the catalogs; the others keep the
 * server's description (it names the catalog's plan or service), which is the fallback anyway.
 * `<order-summary>` (in define) and `<order-history>` (its own entry) both use it.
 */
import type { QuoteLine } from '../../api/schemas.js';
import { lineLabels as english } from '../../i18n/locales/en/line-labels.js';
import type { MessageKey } from '../../i18n/message-keys.js';
import { addEnglish } from '../../i18n/messages.js';

// Only the elements that name lines carry these words.
addEnglish(english);

const BY_KIND: Partial<Record<QuoteLine['kind'], MessageKey>> = {
  renewal: 'lines.renewal',
  coterm: 'lines.coterm',
  credit: 'lines.credit',
};

/** The line's name by its kind alone, or undefined where only the server's description names it. */
export function kindLabel(kind: QuoteLine['kind'], t: (key: MessageKey) => string): string | undefined {
  const key = BY_KIND[kind];
  return key && t(key);
}

export function lineLabel(line: Pick<QuoteLine, 'kind' | 'description'>, t: (key: MessageKey) => string): string {
  return kindLabel(line.kind, t) ?? line.description;
}
