/**
 * Quote and order lines in the buyer's language (DESIGN, "Language"): what a line is, written
 * from its machine kind and parameters, and how its amount comes about (quantity × unit price ×
 * months × days of the term − discount). A line missing a parameter its text needs keeps the
 * server's description, the contract's fallback. Names, counts and money sit in `<bdi>`, so each
 * reads in its own direction inside Arabic or Hebrew text. `<order-summary>` (in define) and
 * `<order-history>` (its own entry) both use it, and nothing else writes a line.
 */
import { html, type TemplateResult } from 'lit';
import type { Catalog, QuoteLine } from '../../api/schemas.js';
import { formatCount, formatMoney, formatPercent } from '../../i18n/format.js';
import { lineLabels as english } from '../../i18n/locales/en/line-labels.js';
import type { MessageKey } from '../../i18n/message-keys.js';
import { addEnglish, type MessageParams } from '../../i18n/messages.js';
import { formsFit, unitName } from '../../i18n/units.js';
import { isolated } from './isolated.js';

// Only the elements that name lines carry these words.
addEnglish(english);

export interface LineWriter {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly locale: string;
  /** The session's catalog, to name a line's plan, service or SLA as the server localized it. */
  readonly catalog?: Catalog | null | undefined;
  /** A batch renewal's months when its lines do not say them (older servers). */
  readonly months?: number | undefined;
}

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

/** The message `key` with its text parameters (a name, a figure) isolated (shared/isolated.ts). */
function write(writer: Pick<LineWriter, 't'>, key: MessageKey, params: MessageParams): TemplateResult {
  return isolated((marked) => writer.t(key, marked), params);
}

/** The message that writes a line, when the line has every parameter it needs. */
function messageOf(line: QuoteLine, named: boolean, months: number | undefined): MessageKey | undefined {
  const { prorationDays: days, termDays, fromQuantity: from, toQuantity: to } = line;
  const term = days !== undefined && termDays !== undefined;
  if (line.kind === 'credit') return term ? 'lines.credit.days' : 'lines.credit';
  if (!named) return undefined;
  if (line.kind === 'renewal') return months === undefined ? undefined : line.count ? 'lines.renewal.group' : 'lines.renewal.item';
  if (line.kind === 'coterm') return line.count ? 'lines.coterm.group' : days === undefined ? undefined : 'lines.coterm.item';
  if (from !== undefined && to !== undefined) {
    // Added over an included allowance: "+10, 10 included", so "+10" beside "5 × price" adds up.
    if (line.included) return term ? 'lines.expand.included.term' : 'lines.expand.included';
    return term ? 'lines.expand.term' : 'lines.expand';
  }
  if (months === undefined) return undefined;
  return line.kind === 'sla' ? 'lines.sla' : line.included ? 'lines.included' : 'lines.plan';
}

/**
 * What the line is: "Contact Center 2 × 10 accounts, 12 months", "Extensions 50 → 60 (+10), 151
 * of 365 days left in the term", "Credit for 121 unused of 182 days". The item is named from the
 * catalog (localized by the server), else by the line's `itemName`. Without what its text needs,
 * the server's description, or with `short` (a row that names its subscription already) the kind.
 */
export function lineText(line: QuoteLine, writer: LineWriter, short = false): TemplateResult | string {
  const { locale } = writer;
  const { catalog } = writer;
  const named = (candidate: { id: string }) => line.refId !== undefined && candidate.id === line.refId;
  const plan = line.kind === 'sla' ? undefined : catalog?.plans.find(named);
  const name = (plan ?? (line.kind === 'sla' ? catalog?.slaLevels : catalog?.services)?.find(named))?.name ?? line.itemName;
  const months = line.months ?? (line.kind === 'renewal' ? writer.months : undefined);
  const key = messageOf(line, name !== undefined, months);
  if (!key) return (short && kindLabel(line.kind, writer.t)) || line.description;
  const count = (value: number) => formatCount(value, locale);
  const included = line.included ?? 0;
  const total = line.quantity + included;
  const from = line.fromQuantity ?? 0;
  const to = line.toQuantity ?? 0;
  return write(writer, key, {
    name: name ?? '',
    // A plan's unit beside its count ("10 accounts"); a service's name says its unit already. Only
    // forms in the buyer's language: a catalog in another one gets the bare count.
    units:
      plan?.unitForms && formsFit(catalog?.language, locale)
        ? writer.t('lines.units', { count: count(total), unit: unitName(plan, total, locale) })
        : count(total),
    included: count(included),
    months: months ?? 0,
    days: line.kind === 'coterm' ? (line.prorationDays ?? 0) : count(line.prorationDays ?? 0),
    termDays: line.termDays ?? 0,
    from: count(from),
    to: count(to),
    // With its sign, isolated as one value: in a right-to-left line "(+2,000)" would read "(2,000+)".
    added: `+${count(to - from)}`,
    count: line.count ?? 0,
  });
}

/**
 * How the line's amount comes about: "10 × $2.50 × 12 months × 151/365 days − 10%". Undefined for
 * a group of co-term lines, whose days differ by subscription; only "10 × $2.50" without `months`.
 */
export function lineMath(line: QuoteLine, writer: LineWriter): TemplateResult | undefined {
  const { locale } = writer;
  const { months, prorationDays: days, termDays, discountPercent } = line;
  if (line.kind === 'coterm' && days === undefined) return undefined;
  const parts = [write(writer, 'lines.math', { quantity: formatCount(line.quantity, locale), price: formatMoney(line.unitPrice, locale) })];
  // A server that does not say the months says less than the amount holds: only quantity × price.
  if (months === undefined && line.kind !== 'credit') return parts[0];
  if (months !== undefined) parts.push(write(writer, 'lines.math.months', { months }));
  if (days !== undefined && termDays !== undefined) parts.push(write(writer, 'lines.math.days', { days: formatCount(days, locale), termDays }));
  if (discountPercent) parts.push(write(writer, 'lines.math.discount', { percent: formatPercent(discountPercent, locale) }));
  return html`${parts.map((part, index) => (index ? html` ${part}` : part))}`;
}
