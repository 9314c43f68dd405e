import { BillingContact } from './billing-contact.component.js';

BillingContact.define('billing-contact');

declare global {
  interface HTMLElementTagNameMap {
    'billing-contact': BillingContact;
  }
}
