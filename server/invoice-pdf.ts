/**
 * An issued invoice or proforma as a PDF, drawn with pdfkit from the document the core stored
 * when it was issued (so the same link content never changes). Standard PDF fonts: text outside
 * their character set (WinAnsi) is replaced, never dropped silently into a broken file.
 */
import PDFDocument from 'pdfkit';
import type { InvoiceDocument } from '../core/invoices.js';
import { formatAmount } from '../core/mail.js';
import type { Money } from '../src/api/schemas.js';

const LOCALE = 'en-US';
const money = (value: Money) => formatAmount(value, LOCALE);
const day = (iso: string) => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

/** Windows-1252 holds Latin-1 plus these; anything else becomes `?` (the standard fonts have no glyph for it). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Common characters the standard fonts lack, written with ones they have. */
const SPELLED: Record<string, string> = { '→': '->', '←': '<-', '≤': '<=', '≥': '>=', '−': '-', '\u2009': ' ', '\u202f': ' ' };
export function printable(text: string): string {
  return Array.from(text.normalize('NFC'), (char) => {
    if (SPELLED[char] !== undefined) return SPELLED[char];
    const code = char.codePointAt(0) ?? 0;
    return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char) ? char : '?';
  }).join('');
}

export const REVERSE_CHARGE_NOTE = 'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).';

export function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const proforma = document.series === 'proforma';
  const title = proforma ? 'Proforma invoice' : 'Invoice';
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${title} ${document.number}`, Author: printable(document.seller.name), CreationDate: new Date(document.issuedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const text = (value: string) => printable(value);
  const left = 50;
  const width = 495;

  pdf.font('Helvetica-Bold').fontSize(20).text(`${title} ${document.number}`, left, 50);
  pdf.moveDown(0.5).font('Helvetica').fontSize(10);
  const facts: [string, string][] = [
    [proforma ? 'Proforma number' : 'Invoice number', document.number],
    ['Issue date', day(document.issuedAt)],
  ];
  if (document.paidAt) facts.push(['Paid on', day(document.paidAt)]);
  if (document.dueAt) facts.push(['Due date', day(document.dueAt)]);
  facts.push(['Order', document.orderId]);
  if (document.piNumber) facts.push(['PI number', document.piNumber]);
  if (document.proformaNumber) facts.push(['Settles proforma', document.proformaNumber]);
  facts.push(['Payment method', document.paymentMethod]);
  for (const [label, value] of facts) pdf.text(`${label}: ${text(value)}`);

  const top = pdf.y + 16;
  const { seller, buyer } = document;
  pdf.font('Helvetica-Bold').text('Seller', left, top);
  pdf.font('Helvetica').text([seller.name, ...seller.address, seller.country, `VAT ID: ${seller.vatId}`, seller.email].map(text).join('\n'), left, top + 14, {
    width: 230,
  });
  const sellerBottom = pdf.y;
  pdf.font('Helvetica-Bold').text('Bill to', 315, top);
  const buyerLines = buyer
    ? [
        buyer.name,
        buyer.company ?? '',
        buyer.address.line1,
        buyer.address.line2 ?? '',
        `${buyer.address.postalCode} ${buyer.address.city}`,
        buyer.address.region ?? '',
        buyer.country,
        buyer.vatId ? `VAT ID: ${buyer.vatId}` : '',
        buyer.email,
      ].filter((line) => line !== '')
    : ['(no billing contact)'];
  pdf.font('Helvetica').text(buyerLines.map(text).join('\n'), 315, top + 14, { width: 230 });
  let y = Math.max(sellerBottom, pdf.y) + 24;

  pdf.font('Helvetica').text(text(document.productName), left, y);
  y = pdf.y + 8;
  const columns = { description: left, quantity: 330, unit: 380, amount: 455 };
  const row = (cells: [string, string, string, string], bold = false) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    const start = y;
    pdf.text(cells[0], columns.description, start, { width: 270 });
    const end = pdf.y;
    pdf.text(cells[1], columns.quantity, start, { width: 40, align: 'right' });
    pdf.text(cells[2], columns.unit, start, { width: 70, align: 'right' });
    pdf.text(cells[3], columns.amount, start, { width: 90, align: 'right' });
    y = Math.max(end, pdf.y) + 4;
  };
  row(['Description', 'Qty', 'Unit price', 'Amount'], true);
  pdf
    .moveTo(left, y - 2)
    .lineTo(left + width, y - 2)
    .stroke();
  for (const line of document.lines) {
    const details = [
      line.periodStart && line.periodEnd ? `${line.periodStart} to ${line.periodEnd}` : '',
      line.discountPercent ? `${line.discountPercent}% off` : '',
    ]
      .filter(Boolean)
      .join(', ');
    row([text(details ? `${line.description} (${details})` : line.description), String(line.quantity), money(line.unitPrice), money(line.amount)]);
  }
  pdf
    .moveTo(left, y)
    .lineTo(left + width, y)
    .stroke();
  y += 8;
  const sum = (label: string, value: string, bold = false) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    pdf.text(label, left, y, { width: 395, align: 'right' });
    pdf.text(value, columns.amount, y, { width: 90, align: 'right' });
    y = pdf.y + 4;
  };
  sum('Subtotal', money(document.subtotal));
  if (document.discount) sum(`Discount ${text(document.discount.code)}`, `-${money(document.discount.amount)}`);
  sum(document.tax.reverseCharge ? 'VAT 0% (reverse charge)' : `Tax ${document.tax.ratePercent}% (${document.tax.country})`, money(document.tax.amount));
  sum('Total', money(document.total), true);
  y += 12;
  pdf.font('Helvetica').fontSize(9);
  if (document.tax.reverseCharge) {
    pdf.text(REVERSE_CHARGE_NOTE, left, y, { width });
    y = pdf.y + 6;
  }
  const closing = proforma
    ? `This proforma invoice is not a tax invoice. Please transfer ${money(document.total)} by ${document.dueAt ? day(document.dueAt) : 'the due date'}, quoting ${document.number}${document.piNumber ? ` and ${text(document.piNumber)}` : ''}. The service takes effect once the payment arrives; the invoice follows.`
    : `Paid in full on ${document.paidAt ? day(document.paidAt) : day(document.issuedAt)}. Thank you for your business.`;
  pdf.text(closing, left, y, { width });
  pdf.end();
  return done;
}
