/**
 * Where the new-contact form comes from: its own chunk (the form, its validation with zod and the
 * contract's schemas, the country list), imported only when a `<billing-contact>` shows the form,
 * so a buyer who picks an existing contact never downloads it. The record is mutable so a test can
 * swap the loader for one that stalls or fails, and restore it after.
 */
import type { ContactFormClass } from './form-context.js';

export type FormLoader = () => Promise<ContactFormClass>;

export const formLoaders: { form: FormLoader } = {
  form: () => import('./contact-form.js').then((module) => module.ContactForm),
};

/** One import per loader for the whole page, shared by every element. */
const imports = new Map<FormLoader, Promise<ContactFormClass>>();

/** The form class; a failed import (a chunk 404, the network) is forgotten so the next call imports again. */
export function loadForm(): Promise<ContactFormClass> {
  const loader = formLoaders.form;
  let loading = imports.get(loader);
  if (!loading) {
    loading = loader();
    imports.set(loader, loading);
    loading.catch(() => imports.delete(loader));
  }
  return loading;
}
