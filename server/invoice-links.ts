/**
 * Invoice links as the buyer gets them: `{base}/invoices/{linkId}.{signature}`, where the
 * signature is an HMAC-SHA256 of the link id with the server's secret. The link is the
 * credential (no bearer token): a token that does not verify is refused before the database is
 * asked, and the database then enforces the rest (valid 24 hours, usable once).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { InvoiceLinkIssuer } from '../core/invoices.js';

const LINK_ID = /^[0-9a-f]{32}$/;

function signature(secret: string, linkId: string): string {
  return createHmac('sha256', secret).update(`upcart invoice link ${linkId}`).digest('base64url');
}

export function signLink(secret: string, linkId: string): string {
  return `${linkId}.${signature(secret, linkId)}`;
}

/** The link id of a token whose signature verifies; `undefined` for anything else. */
export function verifyLink(secret: string, token: string): string | undefined {
  const [linkId, given, ...rest] = token.split('.');
  if (linkId === undefined || given === undefined || rest.length > 0 || !LINK_ID.test(linkId)) return undefined;
  const expected = Buffer.from(signature(secret, linkId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? linkId : undefined;
}

/** Issues signed links under `base` (the server's public URL and base path, e.g. `https://shop.example/api`). */
export function signedLinks(secret: string, base: string): InvoiceLinkIssuer {
  const root = base.replace(/\/+$/, '');
  return { url: (linkId) => `${root}/invoices/${signLink(secret, linkId)}` };
}
