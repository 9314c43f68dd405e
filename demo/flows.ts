/** The seed flows the demo shows, one per vendor help page, with the attributes of their session. */
export interface DemoFlow {
  id: string;
  tab: string;
  title: string;
  source: string;
  attributes: Record<string, string>;
  /** Elements put in the session instead of its default layout. */
  children?: string[];
  /** A switch above the session: its label and the URL parameter it sets (the page reloads with it). */
  toggle?: { label: string; param: string; value: string };
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
  },
  {
    id: 'trial',
    tab: 'Trial (pascom)',
    title: 'Upgrade your trial subscription',
    source: 'pascom Cloud: user licenses, trunk lines, endpoint devices, phone numbers and SLA',
    attributes: { flow: 'upgrade', product: 'pascom', subscription: 'sub-pascom' },
  },
  {
    id: 'renew',
    tab: 'Renew (KooPhone)',
    title: 'Renew cloud phones',
    source: 'KooPhone: batch renewal of 30 monthly and yearly phones, on the standard renewal date',
    attributes: { flow: 'renew', product: 'koophone' },
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
