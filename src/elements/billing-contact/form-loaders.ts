/**
 * Where the new-contact form comes from: its own chunk (the form, its validation with zod and the
 * contract's schemas, the country list), imported only when a `<billing-contact>` shows the form,
 * so a buyer who picks an existing contact never downloads it. The record is mutable so a test can
 * swap the loader for one that stalls or fails, and restore it after.
 */
import { importOnce } from '../import-once.js';
import type { ContactFormClass } from './form-context.js';

export type FormLoader = () => Promise<ContactFormClass>;

export const formLoaders: { form: FormLoader } = {
  form: () => import('./contact-form.js').then((module) => module.ContactForm),
};

/** The form class, imported once per page (again after a failure). */
export function loadForm(): Promise<ContactFormClass> {
  return importOnce(formLoaders.form);
}
