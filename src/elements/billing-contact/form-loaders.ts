/**
 * Where the new-contact form comes from: its own chunk (the form, its validation with zod and the
 * contract's schemas, the country list), imported only when a `<billing-contact>` shows the form,
 * so a buyer who picks an existing contact never downloads it. The record is mutable so a test can
 * swap the loader for one that stalls or fails, and restore it after.
 */
import type { ViewLoaders } from '../shared/lazy-views.js';
import type { ContactFormContext, ContactFormView } from './form-context.js';

export const formLoaders: ViewLoaders<'form', ContactFormContext, ContactFormView> = {
  form: () => import('./contact-form.js').then((module) => module.ContactForm),
};
