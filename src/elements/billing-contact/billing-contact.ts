import { BillingContact } from './billing-contact.component.js';

BillingContact.define('billing-contact');

// Types document.querySelector('billing-contact') and its kin (see tag-name-map.ts).
export type { UpcartTagNameMap } from '../tag-name-map.js';
