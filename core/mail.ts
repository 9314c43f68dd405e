/**
 * The emails the billing contact receives: on payment (the invoice) and on an offline order (the
 * proforma to pay). Each is plain text plus simple HTML, in the contact's language where a
 * template exists (English and German), written into the outbox in the same transaction as the
 * order change; a sender delivers it later and retries (server/mailer.ts), so mail never blocks
 * or undoes an order.
 */
import type { Money } from '../src/api/schemas.js';
import type { InvoiceDocument } from './invoices.js';

/** A message waiting in the outbox. */
export interface OutboxMail {
  id: string;
  orderId: string;
  /** What it is about: `invoice` (paid) or `proforma` (offline order placed). */
  topic: 'invoice' | 'proforma';
  to: string;
  /** Reply-to and sender name: the vendor. */
  fromName: string;
  replyTo: string;
  language: MailLanguage;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

export type MailLanguage = 'en' | 'de';

/** Countries whose contacts get German mail; everyone else English. */
const GERMAN_COUNTRIES = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);

/** The contact's language, where there is a template for it. */
export function mailLanguage(country: string | undefined): MailLanguage {
  return country !== undefined && GERMAN_COUNTRIES.has(country) ? 'de' : 'en';
}

interface Words {
  subjectInvoice: (order: string, number: string) => string;
  subjectProforma: (order: string, number: string) => string;
  hello: (name: string) => string;
  thanksPaid: (product: string) => string;
  thanksOffline: (product: string) => string;
  order: string;
  invoiceNumber: string;
  proformaNumber: string;
  piNumber: string;
  subtotal: string;
  discount: string;
  tax: (rate: string) => string;
  reverseCharge: string;
  total: string;
  dueBy: (date: string) => string;
  linkInvoice: string;
  linkProforma: string;
  linkRule: string;
  fresh: string;
  regards: string;
}

const WORDS: Record<MailLanguage, Words> = {
  en: {
    subjectInvoice: (order, number) => `Your invoice ${number} for order ${order}`,
    subjectProforma: (order, number) => `Proforma invoice ${number} for order ${order}`,
    hello: (name) => `Hello ${name},`,
    thanksPaid: (product) => `thank you for your payment. Your order of ${product} is paid and the service has taken effect.`,
    thanksOffline: (product) =>
      `thank you for your order of ${product}. Please pay the proforma invoice by bank transfer; the service takes effect once the payment arrives.`,
    order: 'Order',
    invoiceNumber: 'Invoice number',
    proformaNumber: 'Proforma number',
    piNumber: 'PI number',
    subtotal: 'Subtotal',
    discount: 'Discount',
    tax: (rate) => `Tax (${rate})`,
    reverseCharge: 'Reverse charge: VAT to be accounted for by the recipient',
    total: 'Total',
    dueBy: (date) => `Please pay by ${date}.`,
    linkInvoice: 'View or download your invoice',
    linkProforma: 'View or download your proforma invoice',
    linkRule: 'The link is valid for 24 hours and can be used once only.',
    fresh: 'After that, open Orders in the portal to get a fresh link to the invoice.',
    regards: 'Kind regards',
  },
  de: {
    subjectInvoice: (order, number) => `Ihre Rechnung ${number} zur Bestellung ${order}`,
    subjectProforma: (order, number) => `Proforma-Rechnung ${number} zur Bestellung ${order}`,
    hello: (name) => `Guten Tag ${name},`,
    thanksPaid: (product) => `vielen Dank für Ihre Zahlung. Ihre Bestellung von ${product} ist bezahlt, der Dienst ist aktiv.`,
    thanksOffline: (product) =>
      `vielen Dank für Ihre Bestellung von ${product}. Bitte überweisen Sie den Betrag der Proforma-Rechnung; der Dienst wird aktiv, sobald die Zahlung eingeht.`,
    order: 'Bestellung',
    invoiceNumber: 'Rechnungsnummer',
    proformaNumber: 'Proforma-Nummer',
    piNumber: 'PI-Nummer',
    subtotal: 'Zwischensumme',
    discount: 'Rabatt',
    tax: (rate) => `USt. (${rate})`,
    reverseCharge: 'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)',
    total: 'Gesamtbetrag',
    dueBy: (date) => `Bitte zahlen Sie bis zum ${date}.`,
    linkInvoice: 'Rechnung ansehen oder herunterladen',
    linkProforma: 'Proforma-Rechnung ansehen oder herunterladen',
    linkRule: 'Der Link ist 24 Stunden gültig und kann nur einmal verwendet werden.',
    fresh: 'Danach erhalten Sie im Portal unter Bestellungen jederzeit einen neuen Link zur Rechnung.',
    regards: 'Mit freundlichen Grüßen',
  },
};

const LOCALE: Record<MailLanguage, string> = { en: 'en-US', de: 'de-DE' };

/**
 * Intl formatters by their arguments: building one costs far more than formatting with it, and
 * each order's mail formats several amounts and days (a profile of order creation on the
 * reference server, scripts/bench-server.ts --cpu-prof). Locales and currencies are few; the
 * map is emptied should it ever pass 200.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    if (formatters.size >= 200) formatters.clear();
    made = make();
    formatters.set(key, made);
  }
  return made;
}

export function formatAmount(money: Money, locale: string): string {
  const currency = { style: 'currency', currency: money.currency } as const;
  const digits = formatter(`n en ${money.currency}`, () => new Intl.NumberFormat('en', currency)).resolvedOptions().maximumFractionDigits ?? 2;
  return formatter(`n ${locale} ${money.currency}`, () => new Intl.NumberFormat(locale, currency)).format(money.amount / 10 ** digits);
}

function formatDay(iso: string, locale: string): string {
  return formatter(`d ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(iso));
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export interface ComposeInput {
  id: string;
  document: InvoiceDocument;
  to: string;
  /** The signed link to the document. */
  url: string;
  createdAt: string;
}

/** The message for a document just issued, in the buyer's language. */
export function composeMail({ id, document, to, url, createdAt }: ComposeInput): OutboxMail {
  const language = mailLanguage(document.buyer?.country);
  const words = WORDS[language];
  const locale = LOCALE[language];
  const money = (value: Money) => formatAmount(value, locale);
  const proforma = document.series === 'proforma';
  const subject = (proforma ? words.subjectProforma : words.subjectInvoice)(document.orderId, document.number);
  const rows: [string, string][] = [
    [words.order, document.orderId],
    [proforma ? words.proformaNumber : words.invoiceNumber, document.number],
  ];
  if (document.piNumber) rows.push([words.piNumber, document.piNumber]);
  const lines: [string, string][] = document.lines.map((line) => [line.description, money(line.amount)]);
  const sums: [string, string][] = [[words.subtotal, money(document.subtotal)]];
  if (document.discount) sums.push([`${words.discount} (${document.discount.code})`, `-${money(document.discount.amount)}`]);
  if (document.tax.reverseCharge) sums.push([words.reverseCharge, money(document.tax.amount)]);
  else sums.push([words.tax(`${document.tax.ratePercent}%`), money(document.tax.amount)]);
  sums.push([words.total, money(document.total)]);
  const intro = (proforma ? words.thanksOffline : words.thanksPaid)(document.productName);
  const due = proforma && document.dueAt ? words.dueBy(formatDay(document.dueAt, locale)) : '';
  const linkLabel = proforma ? words.linkProforma : words.linkInvoice;
  const greeting = words.hello(document.buyer?.name ?? '');

  const text = [
    greeting,
    '',
    intro,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    ...lines.map(([label, value]) => `${label}: ${value}`),
    '',
    ...sums.map(([label, value]) => `${label}: ${value}`),
    ...(due ? ['', due] : []),
    '',
    `${linkLabel}: ${url}`,
    words.linkRule,
    words.fresh,
    '',
    words.regards,
    document.seller.name,
    '',
  ].join('\n');

  const table = (entries: [string, string][], bold = false) =>
    entries
      .map(([label, value], index) => {
        const strong = bold && index === entries.length - 1;
        const cell = (content: string, align: string) =>
          `<td style="padding:2px 12px 2px 0;text-align:${align}">${strong ? `<b>${content}</b>` : content}</td>`;
        return `<tr>${cell(escapeHtml(label), 'left')}${cell(escapeHtml(value), 'right')}</tr>`;
      })
      .join('');
  const html = `<!doctype html><html lang="${language}"><body style="font-family:sans-serif">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(intro)}</p>
<table>${table(rows)}</table>
<table style="margin-top:12px">${table(lines)}</table>
<table style="margin-top:12px">${table(sums, true)}</table>
${due ? `<p>${escapeHtml(due)}</p>` : ''}
<p><a href="${escapeHtml(url)}">${escapeHtml(linkLabel)}</a><br>${escapeHtml(words.linkRule)} ${escapeHtml(words.fresh)}</p>
<p>${escapeHtml(words.regards)}<br>${escapeHtml(document.seller.name)}</p>
</body></html>`;

  return {
    id,
    orderId: document.orderId,
    topic: document.series,
    to,
    fromName: document.seller.name,
    replyTo: document.seller.email,
    language,
    subject,
    text,
    html,
    createdAt,
  };
}
