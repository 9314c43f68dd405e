/** Strings of <plan-picker>'s expand view (expand-view.ts), loaded with it. */
export const expandView = {
  'planPicker.service.refused': '{name} cannot be added.',

  'planPicker.customer.label': 'Customer',
  'planPicker.customer.companyId': 'Company ID',
  'planPicker.expand.services': 'Your services',
  'planPicker.expand.note': 'Added capacity is charged up to the end of the current term ({date}) and takes effect once paid.',
  'planPicker.expand.trial': 'A trial cannot be expanded: upgrade it to a paid plan first, with the capacity you need.',
  'planPicker.expand.inactive': 'An inactive subscription cannot be expanded: reactivate it first.',
  'planPicker.expand.noFlow': 'This subscription can be expanded once it is active again; your provider can reactivate it.',
  'planPicker.expand.upgradeTrial': 'Upgrade this trial',
  'planPicker.expand.upgrade': 'Upgrade this subscription',
  'planPicker.expand.renew': 'Renew this subscription',
  'planPicker.other.title': 'Other services',
  'planPicker.other.empty': 'Every service is already part of your subscription.',
};
