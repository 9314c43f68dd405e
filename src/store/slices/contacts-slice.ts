/** The billing contacts: loading them, choosing one, and saving a new one exactly once. */
import { ContactInput, type Contact } from '../../api/schemas.js';
import { OK, refuse, type ActionResult } from '../action-result.js';
import { isOrderComplete, withStatus } from '../checkout-state.js';
import { validationError } from '../field-errors.js';
import type { StoreKit } from './store-kit.js';

export interface ContactsActions {
  /** Loads the billing contacts and preselects the chosen one, else the default, else the first. */
  loadContacts(): Promise<ActionResult>;
  selectContact(contactId: string): ActionResult;
  /** Validates, saves, appends and selects a new billing contact; invalid input sends nothing. */
  addContact(input: ContactInput): Promise<ActionResult>;
}

export const contactsActions: ContactsActions & ThisType<StoreKit & ContactsActions> = {
  loadContacts() {
    if (this.container.destroyed) return Promise.resolve(refuse('destroyed'));
    this.runner.repeatWith('contacts', () => this.loadContacts());
    return this.runner.call(
      'contacts',
      (signal) => this.backend.listContacts({ signal }),
      (contacts, state) => ({ ...state, contacts, contactId: pickContactId(contacts, state.contactId) }),
    );
  },

  selectContact(contactId) {
    if (this.container.destroyed) return refuse('destroyed');
    const state = this.container.get();
    if (isOrderComplete(state)) return refuse('order_complete');
    if (!state.contacts.some((contact) => contact.id === contactId)) return refuse('unknown_id');
    if (contactId !== state.contactId && this.runner.busy('order')) return refuse('busy');
    if (contactId !== state.contactId) this.container.commit({ ...state, contactId });
    return OK;
  },

  addContact(input) {
    if (this.container.destroyed) return Promise.resolve(refuse('destroyed'));
    // The contract has no idempotency key for contacts: a second submit would save a duplicate.
    if (this.runner.busy('saveContact')) return Promise.resolve(refuse('busy'));
    const parsed = ContactInput.safeParse(input);
    if (!parsed.success) {
      const error = validationError(parsed.error.issues);
      this.container.commit({ ...this.container.get(), status: withStatus(this.container.get().status, 'saveContact', { state: 'error', error }) });
      return Promise.resolve(refuse('invalid_input', { error }));
    }
    const contactInput = parsed.data;
    // The same contact after a failure -> the same key: an answer lost after the server saved it
    // must not make a retry save it twice.
    const body = JSON.stringify(contactInput);
    const attempt = this.contactAttempt?.body === body ? this.contactAttempt : { body, key: this.newIdempotencyKey() };
    this.contactAttempt = attempt;
    this.runner.repeatWith('saveContact', () => this.addContact(input));
    return this.runner.call(
      'saveContact',
      (signal) => this.backend.createContact(contactInput, { signal, idempotencyKey: attempt.key }),
      (contact, state) => ({
        ...state,
        contacts: [...state.contacts.filter((existing) => existing.id !== contact.id), contact],
        contactId: contact.id,
      }),
      () => {
        if (this.contactAttempt === attempt) this.contactAttempt = null;
      },
    );
  },
};

/** The chosen contact while it exists, else the default, else the first. */
function pickContactId(contacts: readonly Contact[], chosen: string | null): string | null {
  if (chosen !== null && contacts.some((contact) => contact.id === chosen)) return chosen;
  return (contacts.find((contact) => contact.isDefault) ?? contacts[0])?.id ?? null;
}
