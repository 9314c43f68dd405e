/** The seed flows the demo shows, one per vendor help page, with the attributes of their session. */
export interface DemoFlow {
  id: string;
  tab: string;
  title: string;
  source: string;
  attributes: Record<string, string>;
  /** Other subscriptions of the same flow, chosen with a select above the checkout; the first is the default. */
  variants?: DemoVariant[];
  /** Elements put in the session instead of its default layout (an account page: orders, renewals). */
  children?: string[];
  /** A switch above the session: its label and the URL parameter it sets (the page reloads with it). */
  toggle?: { label: string; param: string; value: string };
}

/** A subscription the tab can show instead: its label and the session attributes it changes. */
export interface DemoVariant {
  id: string;
  label: string;
  attributes: Record<string, string>;
}

export const demoFlows: DemoFlow[] = [
  {
    id: 'expand',
    tab: 'Expand (P-Series)',
    title: 'Expand capacity or subscribe new services',
    source: 'Yeastar P-Series BYOI hosting: extensions, call recording minutes, High Availability',
    attributes: { flow: 'expand', product: 'pseries', subscription: 'sub-pseries' },
  },
  {
    id: 'partner',
    tab: 'Partner portal',
    title: 'Purchase for a customer: start by entering the company ID',
    source: 'Yeastar Workplace SaaS in a partner portal. Try WP-100234, or WP-200777, a trial the checkout offers to upgrade first.',
    attributes: { flow: 'expand', product: 'workplace', 'company-lookup': '' },
  },
  {
    id: 'upgrade',
    tab: 'Upgrade (Plans)',
    title: 'Plans: upgrade your service package',
    source: 'Contact-center Plans page: packages, billing cycles with discounts, accounts',
    attributes: { flow: 'upgrade', product: 'contact-center', subscription: 'sub-cc' },
    variants: [
      { id: 'active', label: 'Support hotline: Contact Center 2, Active', attributes: { subscription: 'sub-cc' } },
      { id: 'try', label: 'Sales team: Contact Center 1, Try', attributes: { subscription: 'sub-cc-trial' } },
      { id: 'inactive', label: 'Old branch office: Contact Center 1, Inactive', attributes: { subscription: 'sub-cc-inactive' } },
    ],
  },
  {
    id: 'trial',
    tab: 'pascom',
    title: 'Upgrade a trial, or add user licenses during the minimum term',
    source: 'pascom Cloud: user licenses, trunk lines, endpoint devices, phone numbers and SLA',
    attributes: { flow: 'upgrade', product: 'pascom', subscription: 'sub-pascom' },
    variants: [
      { id: 'trial', label: 'acme.pascom.cloud: trial, upgrade any time', attributes: { subscription: 'sub-pascom' } },
      { id: 'licenses', label: 'hq.pascom.cloud: paid, add user licenses during the minimum term', attributes: { subscription: 'sub-pascom-paid' } },
    ],
  },
  {
    id: 'renew',
    tab: 'Renew (KooPhone)',
    title: 'Renew cloud phones',
    source: 'KooPhone: batch renewal of 30 monthly and yearly phones, on the standard renewal date',
    attributes: { flow: 'renew', product: 'koophone' },
  },
  {
    id: 'orders',
    tab: 'Orders',
    title: 'Orders',
    source: 'Yeastar "Orders and Billing > Orders": past orders with status and totals, a fresh invoice link on every click, filter by status',
    attributes: {},
    children: ['order-history'],
  },
  {
    id: 'billing',
    tab: 'Billing Center',
    title: 'Renewals',
    source: 'KooPhone Billing Center: every cloud phone by how it renews, search, bulk actions and batch renewal with co-terming',
    // No flow: the renewal center sets the renew flow when the buyer renews.
    attributes: { product: 'koophone' },
    children: ['renewal-center'],
    toggle: { label: '100,000 resources', param: 'resources', value: '100000' },
  },
];
