/**
 * Invoices as rules, not storage: which document an order has (a proforma while an offline order
 * awaits the transfer, an invoice once paid), who sells (the vendor of the product), how a
 * document is numbered (per vendor and series, from a counter the repository advances in the
 * same transaction as the payment, so a rolled-back payment gives its number back), what a
 * document holds (a snapshot taken when it is issued: later changes never rewrite an invoice),
 * and the links to it (valid 24 hours, usable once; a fresh one can be minted at any time).
 *
 * The core never signs or serves a link: an `InvoiceLinkIssuer` (the server signs with its
 * secret and knows its public URL; the mocks answer a stand-in address) turns a link id into a URL.
 */
import type { Contact, Discount, Money, Order, QuoteLine, Tax } from '../src/api/schemas.js';
import { toIsoDateTime } from '../src/api/calendar.js';
import { documentOf, type OrderDocument } from '../src/api/rules.js';

/** Links to an invoice are valid for 24 hours and usable once, as the vendors' pages say. */
export const INVOICE_LINK_TTL_MS = 24 * 3_600_000;
/** A proforma asks for payment within this many days. */
export const PROFORMA_DUE_DAYS = 14;

/** Two numbering series per vendor: proformas and invoices never share numbers. */
export type InvoiceSeries = OrderDocument;

/** The vendor selling the product: the invoice's issuer. */
export interface Seller {
  /** Numbers are sequential per vendor id. */
  vendorId: string;
  name: string;
  address: string[];
  country: string;
  vatId: string;
  email: string;
  /** Prefix of its numbers: `YS` gives `YS-000001` (invoices) and `YS-PF-000001` (proformas). */
  prefix: string;
}

/** The seed's vendors, by product. A real deployment passes its own (`CheckoutServiceOptions.sellers`). */
const SEED_SELLERS: Record<string, Seller> = {
  pseries: {
    vendorId: 'yeastar',
    name: 'Yeastar Information Technology Co., Ltd.',
    address: ['No. 23 Wanghai Road', 'Xiamen 361008'],
    country: 'CN',
    vatId: 'CN91350200751601388T',
    email: 'billing@yeastar.example',
    prefix: 'YS',
  },
  workplace: {
    vendorId: 'workplace',
    name: 'Workplace SaaS B.V.',
    address: ['Herengracht 100', '1015 BS Amsterdam'],
    country: 'NL',
    vatId: 'NL859234871B01',
    email: 'billing@workplace.example',
    prefix: 'WP',
  },
  'contact-center': {
    vendorId: 'contact-center',
    name: 'Contact Center Cloud Ltd',
    address: ['1 Canada Square', 'London E14 5AB'],
    country: 'GB',
    vatId: 'GB123456789',
    email: 'billing@contact-center.example',
    prefix: 'CC',
  },
  pascom: {
    vendorId: 'pascom',
    name: 'pascom Netzwerktechnik GmbH',
    address: ['Berger Straße 42', '94469 Deggendorf'],
    country: 'DE',
    vatId: 'DE814163287',
    email: 'billing@pascom.example',
    prefix: 'PC',
  },
  koophone: {
    vendorId: 'koophone',
    name: 'KooPhone Technology Ltd.',
    address: ['88 Science Park Road', 'Singapore 117610'],
    country: 'SG',
    vatId: 'SG201912345K',
    email: 'billing@koophone.example',
    prefix: 'KP',
  },
};

const DEFAULT_SELLER: Seller = {
  vendorId: 'vendor',
  name: 'Upcart demo vendor',
  address: ['1 Example Street', '10115 Berlin'],
  country: 'DE',
  vatId: 'DE000000000',
  email: 'billing@vendor.example',
  prefix: 'INV',
};

export type SellerDirectory = (productId: string) => Seller;

export const seedSellers: SellerDirectory = (productId) => SEED_SELLERS[productId] ?? DEFAULT_SELLER;

/** A document's number as printed: the vendor's prefix, the series, six digits. */
export function formatInvoiceNumber(seller: Seller, series: InvoiceSeries, sequence: number): string {
  const digits = String(sequence).padStart(6, '0');
  return series === 'invoice' ? `${seller.prefix}-${digits}` : `${seller.prefix}-PF-${digits}`;
}

/** The billing contact as the invoice names it. */
export type Buyer = Omit<Contact, 'id' | 'isDefault'>;

/** An issued document: everything it shows, as it was when it was issued. */
export interface InvoiceDocument {
  series: InvoiceSeries;
  /** Per vendor and series, 1, 2, 3… without gaps. */
  sequence: number;
  number: string;
  orderId: string;
  productName: string;
  issuedAt: string;
  /** Proformas: pay by then. */
  dueAt?: string;
  /** Invoices: when the payment arrived. */
  paidAt?: string;
  paymentMethod: Order['paymentMethod'];
  /** The vendor's proforma-invoice number given by its sales team (offline orders). */
  piNumber?: string;
  /** The proforma an invoice settles (offline orders). */
  proformaNumber?: string;
  seller: Seller;
  buyer: Buyer | null;
  lines: QuoteLine[];
  subtotal: Money;
  discount: Discount | null;
  tax: Tax;
  total: Money;
}

/** One link to one document: valid until `expiresAt`, and used once at most. */
export interface InvoiceLinkRecord {
  id: string;
  orderId: string;
  series: InvoiceSeries;
  createdAt: string;
  expiresAt: string;
}

/** Turns a link id into the URL a buyer opens (the server signs it). */
export interface InvoiceLinkIssuer {
  url(linkId: string): string;
}

/** The mocks' stand-in: an address that names the link, on a host that does not exist. */
export const standInLinks: InvoiceLinkIssuer = { url: (linkId) => `https://billing.upcart.test/invoices/${linkId}` };

/** 128 random bits, hex: unguessable even before the server signs it. */
export function newLinkId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function newLink(orderId: string, series: InvoiceSeries, now: Date): InvoiceLinkRecord {
  return { id: newLinkId(), orderId, series, createdAt: toIsoDateTime(now), expiresAt: toIsoDateTime(new Date(now.getTime() + INVOICE_LINK_TTL_MS)) };
}

/** Which document a link minted now leads to (the contract's rule, `documentOf`). */
export const currentSeries: (order: Order) => InvoiceSeries | undefined = documentOf;

export interface IssueInput {
  series: InvoiceSeries;
  sequence: number;
  order: Order;
  seller: Seller;
  buyer: Contact | undefined;
  productName: string;
  now: Date;
  proformaNumber?: string | undefined;
}

/**
 * The document for an order, numbered `sequence`: every row of the order (its lines, subtotal,
 * discount, tax or reverse charge, total), which are its quote's. The order's own, so a document
 * adds up even when its quote is gone (a zero tax in the seller's country was made up here before).
 */
export function issueDocument({ series, sequence, order, seller, buyer, productName, now, proformaNumber }: IssueInput): InvoiceDocument {
  const document: InvoiceDocument = {
    series,
    sequence,
    number: formatInvoiceNumber(seller, series, sequence),
    orderId: order.id,
    productName,
    issuedAt: toIsoDateTime(now),
    paymentMethod: order.paymentMethod,
    seller,
    buyer: buyer ? withoutIds(buyer) : null,
    lines: structuredClone(order.lines),
    subtotal: structuredClone(order.subtotal),
    discount: order.discount ? structuredClone(order.discount) : null,
    tax: structuredClone(order.tax),
    total: structuredClone(order.total),
  };
  if (series === 'proforma') document.dueAt = toIsoDateTime(new Date(now.getTime() + PROFORMA_DUE_DAYS * 86_400_000));
  else document.paidAt = toIsoDateTime(now);
  if (order.piNumber) document.piNumber = order.piNumber;
  if (proformaNumber) document.proformaNumber = proformaNumber;
  return document;
}

function withoutIds(contact: Contact): Buyer {
  const { id: _id, isDefault: _default, ...buyer } = contact;
  return structuredClone(buyer);
}
