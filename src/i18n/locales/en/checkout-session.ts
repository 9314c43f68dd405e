/** Strings of <checkout-session>. */
export const checkoutSession = {
  'session.companySearch.label': 'Company ID',
  'session.companySearch.hint': 'Start by entering the company ID of your customer.',
  'session.companySearch.submit': 'Search',
  'session.companySearch.searching': 'Searching…',
  'session.companySearch.required': 'Enter a company ID.',
  'session.misconfigured': 'This checkout is not set up: it needs a flow, a product and a subscription or company ID.',
  'session.tagsTaken': 'This checkout cannot be shown: the page uses {tags} for elements of its own.',
  'session.offline': 'You are offline. The checkout will continue when your connection is back.',
  'session.retryWaiting': 'The checkout service asked us to wait. Trying again at {time}.',
  'session.payBar.total': 'Total',
  'session.payBar.go': 'Go to payment',
};
