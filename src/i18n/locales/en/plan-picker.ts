/** Strings of <plan-picker>. */
export const planPicker = {
  'planPicker.error.catalog': 'The plans and services could not be loaded.',
  'planPicker.error.subscriptions': 'Your subscriptions could not be loaded.',
  'planPicker.error.lookup': 'The customer could not be looked up.',
  'planPicker.error.view': 'This part of the checkout could not be loaded.',
  'planPicker.error.viewHint': 'Check your connection and try again.',
  'planPicker.empty.subscription': 'No subscription to change was found.',
  'planPicker.empty.renew': 'No subscriptions to renew.',

  'planPicker.locked': 'This order is complete. To change anything else, start a new order.',
};
