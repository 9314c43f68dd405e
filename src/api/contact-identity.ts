/**
 * When a contact is one the account already has: a rule of the contract. A backend answers a
 * create with the same content with the existing contact instead of a second row, and the
 * new-contact form offers the existing contact before sending anything, both by this function.
 */
import type { ContactInput } from './schemas.js';

/** Trimmed, NFC, runs of white space as one space; '' for a field left out. */
function plain(value: string | undefined): string {
  return (value ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Mailboxes compare case-insensitively, the domain by its A-labels (`bücher.de` is `xn--bcher-kva.de`). */
function mailbox(email: string): string {
  const address = plain(email).toLowerCase();
  const at = address.lastIndexOf('@');
  try {
    return `${address.slice(0, at)}@${new URL(`http://${address.slice(at + 1)}`).hostname}`;
  } catch {
    return address;
  }
}

/** What makes two contacts the same one: every field, normalized. */
function identity(contact: ContactInput): string {
  const { address } = contact;
  return JSON.stringify([
    plain(contact.name),
    mailbox(contact.email),
    plain(contact.company),
    plain(address.line1),
    plain(address.line2),
    plain(address.city),
    plain(address.postalCode),
    plain(address.region),
    contact.country,
    plain(contact.vatId).replace(/ /g, '').toUpperCase(),
  ]);
}

/** The contact of `contacts` that `input` repeats, if any. */
export function findSameContact<T extends ContactInput>(contacts: readonly T[], input: ContactInput): T | undefined {
  const wanted = identity(input);
  return contacts.find((contact) => identity(contact) === wanted);
}
