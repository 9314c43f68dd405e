/** Strings of <billing-contact>. */
export const billingContact = {
  'billingContact.label': 'Billing contact',
  'billingContact.loading': 'Loading billing contacts…',
  'billingContact.empty': 'There is no billing contact yet. Add one to receive the invoice.',
  'billingContact.choose': 'Choose a billing contact',
  'billingContact.option.company': '{name} ({company})',
  'billingContact.option.default': '{label} – default',
  'billingContact.addNew': 'Add new',
  'billingContact.summary.label': 'Invoice details',
  'billingContact.summary.email': 'Invoice sent to',
  'billingContact.summary.vatId': 'VAT / tax ID',
  'billingContact.summary.hint': 'These details are printed on the invoice, which is sent to this email address.',
  'billingContact.form.loadError': 'The form could not be loaded. Check your connection and try again.',
  'billingContact.saved': '{name} was saved and chosen as the billing contact.',
  'billingContact.validity.valueMissing': 'Choose a billing contact.',
};
